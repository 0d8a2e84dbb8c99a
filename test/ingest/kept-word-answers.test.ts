import {describe, expect, it} from 'vitest';
import {lookUpPlace} from '../../source/geo/gazetteer.js';
import {sentenceFeatures, wordShape} from '../../source/ingest/name-tagger/features.js';
import {bare, isCommonWord, startsClause} from '../../source/ingest/name-words.js';
import {analyseParagraph, type Token} from '../../source/ingest/tokens.js';

// The tagger's features and the rules' word tests are kept per word (the importer asks for the same words
// tens of thousands of times an article): a kept answer must be the one worked out afresh, the first time
// and every time after, and the features the same strings the tagger was trained on.

const lower = (token: Token | undefined) => (token ? token.text.toLowerCase() : '<none>');
const useful = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific', 'Place', 'Country', 'City', 'Region', 'Organization', 'ProperNoun', 'Acronym', 'Noun', 'Plural', 'Verb', 'Adjective', 'Adverb', 'Demonym', 'Date', 'Month', 'WeekDay', 'Value', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive', 'Abbreviation', 'Gerund', 'PastTense', 'Expression', 'Title']);
/** A token's features up to its neighbours' tags as sentenceFeatures first wrote them, one template each (outside any run of capitals). */
const written = (tokens: Token[], index: number, kind: 'headline' | 'line' | 'prose') => {
	const word = tokens[index]!.text;
	const [previous, next] = [tokens[index - 1], tokens[index + 1]];
	const shape = wordShape(word);
	const tags = (token: Token | undefined, prefix: string) => [...(token?.tags ?? [])].filter(tag => useful.has(tag)).map(tag => `${prefix}=${tag}`);
	return [
		'bias', `w=${word.toLowerCase()}`, `shape=${shape}`, `p3=${word.slice(0, 3)}`, `s3=${word.slice(-3).toLowerCase()}`, `s2=${word.slice(-2).toLowerCase()}`,
		`w-1=${lower(previous)}`, `w+1=${lower(next)}`, `w-2=${lower(tokens[index - 2])}`, `w+2=${lower(tokens[index + 2])}`,
		`shape-1=${previous ? wordShape(previous.text) : '<none>'}`, `shape+1=${next ? wordShape(next.text) : '<none>'}`,
		`shape|shape+1=${shape}|${next ? wordShape(next.text) : '<none>'}`, `w-1|w=${lower(previous)}|${word.toLowerCase()}`, `w|w+1=${word.toLowerCase()}|${lower(next)}`,
		`opens=${startsClause(tokens, index)}|${shape}`, `first=${index === 0}`, `post=${tokens[index]!.post.trim()}`, `pre=${tokens[index]!.pre.trim()}`,
		`post-1=${previous?.post.trim() ?? '<none>'}`, `paragraph=${kind}|${shape}`, 'run=O', ...tags(tokens[index], 't'), ...tags(previous, 't-1'), ...tags(next, 't+1'),
	];
};

describe('answers kept per word', () => {
	it('gives each token the same word, neighbour, spacing and tag features, read once or again', () => {
		const evidence = {capitalisedInside: new Set<string>(), lowerCase: new Set<string>(), demonyms: new Set<string>(), capitalisedPairs: new Set<string>()};
		const texts: Array<[string, boolean, 'headline' | 'line' | 'prose']> = [
			['Mayor Ilse Varnick of Port Ossery said the Ossery Ferry Company’s boats will sail on Monday, “not before”.', false, 'prose'],
			['Ferry Strike Ends', false, 'line'],
			['Ossery Ferries Sail Again (Photo: Ilse Varnick)', true, 'headline'],
		];
		for (const [text, headline, kind] of texts) {
			for (const {tokens} of analyseParagraph(text)) {
				for (let read = 0; read < 2; read++) {
					const features = sentenceFeatures(tokens, [], {text, headline}, evidence);
					tokens.forEach((_, index) => {
						const expected = written(tokens, index, kind);
						expect(features[index]!.slice(0, expected.length)).toEqual(expected);
					});
				}
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
