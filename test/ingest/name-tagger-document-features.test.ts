import {describe, expect, it} from 'vitest';
import {documentFeatures, type FirstPassSentence} from '../../source/ingest/name-tagger/document-features.js';
import type {Label} from '../../source/ingest/name-tagger/perceptron.js';

// Invented sentences: what the first pass read of a word elsewhere in the article becomes a feature here.
const sentence = (text: string, labels: Label[]): FirstPassSentence => {
	const words = text.split(' ');
	return {words: words.map(word => word.toLowerCase()), capitalised: words.map(word => /^\p{Lu}/u.test(word)), labels};
};

describe('document features from the first pass', () => {
	const read = [
		sentence('Councillor Ilse Varga opened the Brenmoor depot', ['O', 'B-person', 'I-person', 'O', 'O', 'B-place', 'O']),
		sentence('Varga said the depot would stay open', ['O', 'O', 'O', 'O', 'O', 'O', 'O']),
		sentence('Later Varga thanked Brenmoor', ['O', 'B-person', 'O', 'B-organization']),
	];
	const features = documentFeatures(read);

	it('gives a surname the kind its other mentions were read as, and the full name it belongs to', () => {
		// "Varga said": missed by the first pass there, read as a person in the two other sentences.
		expect(features[1]![0]).toEqual(['nl-maj=person', 'nl-first=person', 'nl-long=person']);
	});

	it("leaves out the token's own reading and its own span", () => {
		// The first mention: its others are one person and one none, a tie; no earlier mention, no longer name elsewhere.
		expect(features[0]![2]).toEqual(['nl-maj=mixed']);
	});

	it('marks a capitalised word written once, and reads nothing for lower-case words', () => {
		expect(features[0]![0]).toEqual(['nl-alone']);
		expect(features[0]![3]).toEqual([]);
		// "the depot" twice in lower case: no mention of a name.
		expect(features[1]![3]).toEqual([]);
	});

	it('matches a word with and without its possessive', () => {
		const possessive = documentFeatures([sentence("Varga's plan", ['B-person', 'O']), sentence('Varga won', ['B-person', 'O'])]);
		expect(possessive[1]![0]).toEqual(['nl-maj=person', 'nl-first=person']);
	});
});
