import {describe, expect, it} from 'vitest';
import {crossValidate, waysOfChoosing, type Example} from './quote-ranker-fit.js';

// The ranker's thresholds are chosen on held-out predictions; a way of choosing trusted to decide alone must
// be trusted from the other folds' quotes, not from the held-out quote's own article, or the held-out precision
// the thresholds are aimed by counts the training data's own luck. And a way is trusted only when it is surely
// nearly always right, not when a handful of quotes happened to be.

const trustWay = ['sieve-chose', 'sieve-chose:quote-in-sentence', 'sieve-chose:quote-in-sentence:speaker-named', 'sieve-how:quote-in-sentence:a name before its role', 'kind:person'];

/** A quote whose sieves chose a person by one way of choosing (right or not), with one other candidate. */
const quote = (article: number, right: boolean): Example => ({
	article,
	label: `article ${article}`,
	none: ['none'],
	candidates: [
		{name: 'Chosen', right, features: trustWay},
		{name: 'Other', right: !right, features: ['kind:person', 'sieve-chose-other']},
	],
});

describe("the quote ranker's held-out predictions", () => {
	it('trust a way of choosing only when the folds it was fitted on show it nearly always right', () => {
		// Thirty quotes in each of five articles, two wrong in article 0: 148 of 150 in all, not surely 0.97;
		// without article 0, 120 of 120.
		const examples = [0, 1, 2, 3, 4].flatMap(article => Array.from({length: 30}, (_, index) => quote(article, !(article === 0 && index < 2))));
		expect(waysOfChoosing(examples).trusted.size).toBe(0);
		const predictions = crossValidate(examples, {epochs: 1, l2: 1e-4});
		const trustedIn = (article: number) => predictions.filter(prediction => prediction.example.article === article).every(prediction => prediction.sieve?.trusted);
		expect(trustedIn(0)).toBe(true);
		// Articles 1–4 are held out from folds that include article 0's wrong quotes: 118 of 120, not trusted.
		for (const article of [1, 2, 3, 4]) expect(trustedIn(article)).toBe(false);
	});

	it('do not trust a way of choosing that a few quotes found always right', () => {
		const few = Array.from({length: 25}, (_, index) => quote(index, true));
		expect(waysOfChoosing(few).trusted.size).toBe(0);
		const many = Array.from({length: 200}, (_, index) => quote(index, true));
		expect([...waysOfChoosing(many).trusted]).toEqual(['sieve-chose:quote-in-sentence:speaker-named|sieve-how:quote-in-sentence:a name before its role']);
	});
});
