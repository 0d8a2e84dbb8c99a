import {describe, expect, it} from 'vitest';
import {lookUpPlace} from '../../source/geo/gazetteer.js';
import {sentenceFeatures, wordShape} from '../../source/ingest/name-tagger/features.js';
import {bare, isCommonWord} from '../../source/ingest/name-words.js';
import {analyseParagraph, type Token} from '../../source/ingest/tokens.js';

// The tagger's features and the rules' word tests are kept per word (the importer asks for the same words
// tens of thousands of times an article): a kept answer must be the one worked out afresh, the first time
// and every time after, and the features the same strings the tagger was trained on.

const lower = (token: Token | undefined) => (token ? token.text.toLowerCase() : '<none>');
/** The word and neighbour features as sentenceFeatures first wrote them, one template each. */
const written = (tokens: Token[], index: number) => {
	const word = tokens[index]!.text;
	const [previous, next] = [tokens[index - 1], tokens[index + 1]];
	return [
		'bias', `w=${word.toLowerCase()}`, `shape=${wordShape(word)}`, `p3=${word.slice(0, 3)}`, `s3=${word.slice(-3).toLowerCase()}`, `s2=${word.slice(-2).toLowerCase()}`,
		`w-1=${lower(previous)}`, `w+1=${lower(next)}`, `w-2=${lower(tokens[index - 2])}`, `w+2=${lower(tokens[index + 2])}`,
		`shape-1=${previous ? wordShape(previous.text) : '<none>'}`, `shape+1=${next ? wordShape(next.text) : '<none>'}`,
	];
};

describe('answers kept per word', () => {
	it('gives each token the same word and neighbour features, read once or again', () => {
		const text = 'Mayor Ilse Varnick of Port Ossery said the Ossery Ferry Company’s boats will sail on Monday, “not before”.';
		const evidence = {capitalisedInside: new Set<string>(), lowerCase: new Set<string>(), demonyms: new Set<string>(), capitalisedPairs: new Set<string>()};
		for (const {tokens} of analyseParagraph(text)) {
			for (let read = 0; read < 2; read++) {
				const features = sentenceFeatures(tokens, [], {text, headline: false}, evidence);
				tokens.forEach((_, index) => expect(features[index]!.slice(0, 12)).toEqual(written(tokens, index)));
			}
		}
	});

	it('gives a word’s bare form, its everyday reading and its place the same the first time and after', () => {
		const fresh = (word: string) => word.toLowerCase().replace(/[.’']+$/u, '').replace(/[’']s$/u, '');
		for (const word of ['Minister’s', 'Dr.', 'Hope', 'Man', 'Philippines', 'Lincoln', 'Paris', 'Ossery', 'New York', 'Mr', 'U.S.']) {
			expect(bare(word)).toBe(fresh(word));
			expect(bare(word)).toBe(fresh(word));
			const common = isCommonWord(word);
			expect(isCommonWord(word)).toBe(common);
			const place = lookUpPlace(word);
			expect(lookUpPlace(word)).toBe(place);
		}
		expect(isCommonWord('Hope')).toBe(true);
		expect(isCommonWord('Philippines')).toBe(false);
		expect(lookUpPlace('Paris')?.kind).toBe('City');
		expect(lookUpPlace('paris')).toBe(lookUpPlace('Paris'));
	});
});
