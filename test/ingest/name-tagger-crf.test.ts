import {describe, expect, it} from 'vitest';
import {tagSentence, type Label, type TrainingSentence} from '../../source/ingest/name-tagger/perceptron.js';
import {trainCrf} from '../../source/ingest/name-tagger/crf.js';
import {wordShape} from '../../source/ingest/name-tagger/features.js';

// The CRF learner of the name tagger: it learns a tiny invented set, and its weights do not depend on the
// order of the sentences nor move much when one uninformative feature is added (the steadiness it is for).

function toy(words: string[], gold: Label[]): TrainingSentence {
	return {features: words.map((word, index) => ['bias', `w=${word.toLowerCase()}`, `shape=${wordShape(word)}`, `w-1=${words[index - 1]?.toLowerCase() ?? '<none>'}`]), words: words.map(word => word.toLowerCase()), gold};
}

const sentences = [
	toy(['Ana', 'Lima', 'visited', 'Porto', '.'], ['B-person', 'I-person', 'O', 'B-place', 'O']),
	toy(['The', 'Harbour', 'Trust', 'met', 'Ana', 'Lima'], ['O', 'B-organization', 'I-organization', 'O', 'B-person', 'I-person']),
	toy(['Porto', 'welcomed', 'the', 'Harbour', 'Trust'], ['B-place', 'O', 'O', 'B-organization', 'I-organization']),
];
const settings = {iterations: 60, l2: 0.1, minCount: 1, memory: 6};

describe('the CRF learner', () => {
	it('learns a tiny invented set and tags it back', () => {
		const weights = trainCrf(sentences, settings);
		for (const sentence of sentences) expect(tagSentence(weights, sentence.features, sentence.words)).toEqual(sentence.gold);
	});

	it('gives the same tags whatever the order of the sentences, and close weights', () => {
		const forwards = trainCrf(sentences, settings);
		const backwards = trainCrf([...sentences].reverse(), settings);
		for (const sentence of sentences) expect(tagSentence(backwards, sentence.features, sentence.words)).toEqual(sentence.gold);
		for (const [feature, row] of forwards.rows) {
			const other = backwards.rows.get(feature);
			expect(other).toBeDefined();
			for (let label = 0; label < 7; label++) expect(backwards.values[other! * 7 + label]).toBeCloseTo(forwards.values[row * 7 + label]!, 2);
		}
	});

	it('a gold label continuing a name of another kind opens a name instead of breaking the training', () => {
		const broken = toy(['in', 'Porto', 'today'], ['O', 'I-place', 'O']);
		const weights = trainCrf([...sentences, broken], settings);
		expect(tagSentence(weights, broken.features, broken.words)).toEqual(['O', 'B-place', 'O']);
	});

	it('leaves out features seen fewer than the least count', () => {
		const weights = trainCrf(sentences, {...settings, minCount: 2});
		expect(weights.rows.has('w=visited')).toBe(false);
		expect(weights.rows.has('w=porto')).toBe(true);
	});
});
