import {describe, expect, it} from 'vitest';
import {analyseParagraph} from '../../source/ingest/tokens.js';
import {labels, storeWeights, loadWeights, tagSentence, train, type Label, type TrainingSentence} from '../../source/ingest/name-tagger/perceptron.js';
import {committedWeights, spansOf} from '../../source/ingest/name-tagger/tag-names.js';
import {wordShape} from '../../source/ingest/name-tagger/features.js';
import {goldForms, projectForms} from '../ingest-eval/project-gold.js';
import {ingestText, namesOf} from '../helpers/ingest-text.js';

// The learned name tagger: the perceptron learns a tiny invented set and tags it back; the committed
// weights read an invented sentence sensibly; the gold projection gives the labels a reader would.

/**
 * A toy sentence: each word's features are its own word, its shape and the word before it, as in the real
 * tagger (which adds the label before); with word and shape alone "The" at the start of a sentence and "the"
 * inside one differ only by a shape that names share, and the set is fitted only by breaking a tie.
 */
function toy(words: string[], gold: Label[]): TrainingSentence {
	return {features: words.map((word, index) => ['bias', `w=${word.toLowerCase()}`, `shape=${wordShape(word)}`, `w-1=${words[index - 1]?.toLowerCase() ?? '<none>'}`]), words: words.map(word => word.toLowerCase()), gold};
}

describe('the averaged perceptron', () => {
	const sentences = [
		toy(['Ana', 'Lima', 'visited', 'Porto', '.'], ['B-person', 'I-person', 'O', 'B-place', 'O']),
		toy(['The', 'Harbour', 'Trust', 'met', 'Ana', 'Lima'], ['O', 'B-organization', 'I-organization', 'O', 'B-person', 'I-person']),
		toy(['Porto', 'welcomed', 'the', 'Harbour', 'Trust'], ['B-place', 'O', 'O', 'B-organization', 'I-organization']),
	];

	it('learns a tiny invented set and tags it back', () => {
		const weights = train(sentences, 10);
		for (const sentence of sentences) expect(tagSentence(weights, sentence.features, sentence.words)).toEqual(sentence.gold);
	});

	it('gives the same weights for the same input (fixed seed), and the stored file reads back to the same tags', () => {
		const once = storeWeights(train(sentences, 10));
		const again = storeWeights(train(sentences, 10));
		expect(JSON.stringify(again)).toBe(JSON.stringify(once));
		const reloaded = loadWeights(JSON.parse(JSON.stringify(once)));
		for (const sentence of sentences) expect(tagSentence(reloaded, sentence.features, sentence.words)).toEqual(sentence.gold);
	});

	it('bags: the mean of perceptrons trained on differently shuffled orders, each as trained alone', () => {
		const bagged = train(sentences, 3, 1, 1, 3);
		const alone = [1, 1 + 7919, 1 + 2 * 7919].map(seed => train(sentences, 3, seed));
		for (const [feature, row] of bagged.rows) {
			labels.forEach((_, label) => {
				const mean = alone.reduce((total, weights) => total + (weights.rows.has(feature) ? weights.values[weights.rows.get(feature)! * labels.length + label]! : 0), 0) / 3;
				expect(bagged.values[row * labels.length + label]).toBeCloseTo(mean, 10);
			});
		}
		for (const sentence of sentences) expect(tagSentence(bagged, sentence.features, sentence.words)).toEqual(sentence.gold);
	});

	it('never continues a name of another kind: an I- label follows its own B-', () => {
		const weights = train(sentences, 10);
		const tagged = tagSentence(weights, sentences[1]!.features, sentences[1]!.words);
		tagged.forEach((label, index) => {
			if (label.startsWith('I-')) expect(tagged[index - 1]!.slice(2)).toBe(label.slice(2));
		});
		expect(labels).toContain('O');
	});

	it('chooses the best sequence, not the best label at each step (Viterbi)', () => {
		// "Ana" alone leans a little to an organisation; "Lima" after it is strongly the rest of a person's
		// name. Word by word the first label would be B-organization and "Lima" could not continue it.
		const row = (values: Partial<Record<Label, number>>) => Float64Array.from(labels, label => values[label] ?? 0);
		const weights = {rows: new Map([['w=ana', 0], ['w=lima', 1]]), values: Float64Array.from([...row({'B-organization': 1.1, 'B-person': 1}), ...row({'I-person': 3, 'B-place': 1})])};
		expect(tagSentence(weights, [['w=ana'], ['w=lima']], ['ana', 'lima'])).toEqual(['B-person', 'I-person']);
	});

	it('reads spans from labels', () => {
		expect(spansOf(['B-person', 'I-person', 'O', 'B-place', 'B-place'])).toEqual([
			{start: 0, end: 2, kind: 'person'},
			{start: 3, end: 4, kind: 'place'},
			{start: 4, end: 5, kind: 'place'},
		]);
	});
});

describe('the committed weights', () => {
	it('load and tag an invented sentence sensibly', () => {
		expect(committedWeights().rows.size).toBeGreaterThan(1000);
		const story = ingestText({text: 'Tomas Berglund, a lawyer from Uppsala, told the Nordic Water Council on Monday that the plan had failed.'});
		const found = namesOf(story);
		expect(found.people).toContain('Tomas Berglund');
		expect(found.places).toContain('Uppsala');
		expect(found.organizations).toContain('Nordic Water Council');
	});
});

describe("projecting a document's gold names onto its words", () => {
	it('labels the full name, then the surname alone, longest first, and leaves "the" out', () => {
		const forms = goldForms({people: [{name: 'Mara Quell'}], organizations: ['Quell Institute'], places: ['Dunmore']});
		const [first] = analyseParagraph('Mara Quell founded the Quell Institute in Dunmore, and Quell ran it.');
		const tags = projectForms(first!.tokens, forms);
		const labelled = first!.tokens.map((token, index) => `${token.text}/${tags[index]}`);
		expect(labelled).toEqual([
			'Mara/B-person', 'Quell/I-person', 'founded/O', 'the/O', 'Quell/B-organization', 'Institute/I-organization', 'in/O', 'Dunmore/B-place', 'and/O', 'Quell/B-person', 'ran/O', 'it/O',
		]);
	});
});
