import {describe, expect, it} from 'vitest';
import {analyseArticles} from '../../source/ingest/analyse.js';
import {parseArticleText} from '../../source/ingest/article-input.js';
import {collectCaseEvidence} from '../../source/ingest/entities.js';
import {labels, loadWeights, storeWeights, tagSentence, type Label, type Weights} from '../../source/ingest/name-tagger/perceptron.js';
import {readNamesLearned} from '../../source/ingest/name-tagger/tag-names.js';
import {encodeWeightsFile, readWeightsFile} from '../../source/ingest/name-tagger/weights-file.js';

// A two-pass model: the second pass reads what the first said of the same word elsewhere in the article
// (document-features.ts). Hand-made weights, invented text: the first pass knows one made-up surname as a
// person's; the second knows nothing of the word, only that a word read as a person elsewhere is one here.
const row = (values: Partial<Record<Label, number>>) => labels.map(label => values[label] ?? 0);
const weightsOf = (rows: Record<string, Partial<Record<Label, number>>>, firstPass?: Weights): Weights => ({
	rows: new Map(Object.keys(rows).map((feature, index) => [feature, index])),
	values: Float64Array.from(Object.values(rows).flatMap(row)),
	...(firstPass ? {firstPass} : {}),
});
const firstPass = weightsOf({'w=ruvalko': {'B-person': 5}});
const secondPass = {'nl-maj=person': {'B-person': 5}};

function peopleIn(text: string, weights: Weights): string[] {
	const paragraphs = analyseArticles([parseArticleText(text, 'invented.txt')]);
	return readNamesLearned(paragraphs, collectCaseEvidence(paragraphs), [], weights)
		.filter(occurrence => occurrence.votes.person > 0)
		.map(occurrence => occurrence.surface);
}

describe('the two-pass name tagger', () => {
	const text = 'The ferry left at dawn and Ruvalko watched it go.\n\nBy noon Ruvalko had reached the island.';

	it('reads a name by what its first pass read of the same word elsewhere in the article', () => {
		expect(peopleIn(text, weightsOf(secondPass, firstPass))).toEqual(['Ruvalko', 'Ruvalko']);
	});

	it('without a first pass, or for a word written once, the second pass has nothing to go on', () => {
		expect(peopleIn(text, weightsOf(secondPass))).toEqual([]);
		expect(peopleIn('The ferry left at dawn and Ruvalko watched it go.', weightsOf(secondPass, firstPass))).toEqual([]);
	});

	it('keeps the first pass in the stored and in the binary weights, tagging as before', () => {
		const stored = storeWeights(weightsOf(secondPass, firstPass));
		expect(stored.firstPass).toBeDefined();
		for (const weights of [loadWeights(JSON.parse(JSON.stringify(stored))), readWeightsFile(encodeWeightsFile(stored))]) {
			expect(tagSentence(weights.firstPass!, [['w=ruvalko']], ['ruvalko'])).toEqual(['B-person']);
			expect(tagSentence(weights, [['nl-maj=person']], ['ruvalko'])).toEqual(['B-person']);
			expect(tagSentence(weights, [['w=ruvalko']], ['ruvalko'])).toEqual(['O']);
		}
	});
});
