import fc from 'fast-check';
import Fuse from 'fuse.js';
import {describe, expect, it} from 'vitest';
import {createFuseScorer, type IndexRecord} from '../../source/search/fuse-score.js';
import {holdsAPiece, patternPieces} from '../../source/search/pattern-pieces.js';
import {fuseExpression, searchKeys, searchOptions} from '../../source/search/fuse-ranking.js';
import {parseQuery} from '../../source/search/query.js';
import {buildSearchDocuments} from '../../source/search/search-documents.js';
import {createSearcher, type SearchHit} from '../../source/search/search.js';
import {generateStory} from '../bench/generate-story.js';

// The large-story ranking computes fuse.js's score itself (fuse-score.ts); these tests hold it to
// fuse.js: the same items match, with the very same score, so the order users see is unchanged.

const documents = buildSearchDocuments(generateStory(1500, 11));
// Fields equal to a query (fuse.js's perfect score), a long text, letters whose lower case is longer.
documents.push(
	{id: 'equal', kind: 'place', label: 'Khasan', name: 'Khasan', aliases: ['khasan', 'Хасан'], role: 'Border crossing', text: '', speaker: ''},
	{id: 'long', kind: 'fact', label: 'x', name: '', aliases: [], role: '', text: 'delegation '.repeat(40), speaker: 'Oleg Petrov'},
	{id: 'dotted', kind: 'person', label: 'İnci Şahin', name: 'İnci Şahin', aliases: [], role: 'envoy', text: '', speaker: ''},
);
const fuse = new Fuse(documents, searchOptions);
const records = fuse.getIndex().records as unknown as IndexRecord[];
const scorer = createFuseScorer(searchKeys, searchOptions.threshold!);

// Typos, prefixes of every length, several terms, one letter, other scripts, the longest pattern.
const queries = [
	...['vladivostok', 'delegation'].flatMap(word => Array.from({length: word.length}, (_, length) => word.slice(0, length + 1))),
	'vladivostk', 'smirnof ta', 'ministy of', 'pyongyagn', 'delegatoin', 'hoffman an', 'x', 'e', 'khasan', 'хасан', 'мария',
	'부산', 'inci', 'zoe', 'zoë', 'sanctions border', 'of the', 'oleg petrov', 'delegationdelegationdelegationde', 'council for rail transport',
];

describe('fuse-score: the score of fuse.js without fuse.js', () => {
	it('matches the same items as fuse.js, each with the very same score', () => {
		for (const query of queries) {
			const terms = parseQuery(query).flat();
			const patterns = terms.map(term => term.text.toLowerCase());
			const expected = new Map(fuse.search(fuseExpression(terms)).map(result => [result.refIndex, result.score]));
			expect(expected.size, query).toBeGreaterThan(0);
			const found = new Map<number, number>();
			records.forEach((record, position) => {
				const score = scorer.score(record, patterns);
				if (score !== undefined) found.set(position, score);
			});
			expect(found, query).toEqual(expected);
		}
	});

	it('marks the same ranges as fuse.js in every field that matched', () => {
		for (const query of queries) {
			const terms = parseQuery(query).flat();
			const patterns = terms.map(term => term.text.toLowerCase());
			for (const result of fuse.search(fuseExpression(terms))) {
				const expected = result.matches!.map(match => ({key: match.key, value: match.value, indices: match.indices}));
				expect(scorer.matches(records[result.refIndex]!, patterns), `${query}: ${result.item.id}`).toEqual(expected);
			}
		}
	});

	it('finds the first field a hit shows as the first of those matches, without the ranges of the others', () => {
		// What a result line reads: its label's ranges, else the first alias, role or speaker that matched.
		const takes = [(key: string, value: string) => key === 'name' || value.length < 40, (key: string) => key === 'aliases' || key === 'role' || key === 'speaker', () => true, () => false];
		for (const query of queries) {
			const patterns = parseQuery(query).flat().map(term => term.text.toLowerCase());
			for (const result of fuse.search(fuseExpression(parseQuery(query).flat())).slice(0, 60)) {
				const record = records[result.refIndex]!;
				for (const accept of takes) {
					const expected = scorer.matches(record, patterns).find(match => accept(match.key, match.value));
					expect(scorer.firstMatch(record, patterns, accept), `${query}: ${result.item.id}`).toEqual(expected);
				}
			}
		}
	});

	it('scores texts of few letters, where every level of errors is reached, as fuse.js does', () => {
		// A four-letter alphabet makes near matches at every level (one, two, three errors...) common, and
		// matches at several levels in one text: the lowest level must win wherever in the text it is.
		const word = fc.string({unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 1, maxLength: 40});
		fc.assert(
			fc.property(fc.array(word, {minLength: 1, maxLength: 6}), fc.string({unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 1, maxLength: 14}), (texts, pattern) => {
				const small = texts.map((text, at) => ({id: String(at), kind: 'fact' as const, label: text, name: at % 2 ? text : '', aliases: [], role: '', text, speaker: ''}));
				const own = new Fuse(small, searchOptions);
				const expected = new Map(own.search(fuseExpression(parseQuery(pattern).flat())).map(result => [result.refIndex, result.score]));
				const found = new Map<number, number>();
				(own.getIndex().records as unknown as IndexRecord[]).forEach((record, position) => {
					const score = scorer.score(record, [pattern]);
					if (score !== undefined) found.set(position, score);
				});
				expect(found).toEqual(expected);
			}),
			{numRuns: 1500},
		);
	});

	it('rules out only texts fuse.js finds no match in: a match within k errors keeps one of k + 1 pieces whole', () => {
		// Six letters and patterns up to 16 long: near matches at every level, and texts missing pieces.
		const letters = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
		fc.assert(
			fc.property(fc.string({unit: letters, minLength: 0, maxLength: 60}), fc.string({unit: letters, minLength: 3, maxLength: 16}), (text, pattern) => {
				const errors = Math.floor(pattern.length * searchOptions.threshold!);
				const found = new Fuse([text], {threshold: searchOptions.threshold, ignoreLocation: true, minMatchCharLength: 1}).search(pattern).length > 0;
				if (found && errors > 0) expect(holdsAPiece(text, patternPieces(pattern, errors + 1)), `${pattern} in ${text}`).toBe(true);
			}),
			{numRuns: 3000},
		);
		expect(patternPieces('smirnof', 3)).toEqual(['sm', 'ir', 'nof']);
		expect(holdsAPiece('a long quote with no such name', patternPieces('smirnof', 3))).toBe(false);
	});

	it('gives a field equal to the query the perfect score fuse.js gives it', () => {
		const position = documents.findIndex(document => document.id === 'equal');
		expect(scorer.score(records[position]!, ['khasan'])).toBe(fuse.search(fuseExpression(parseQuery('khasan').flat())).find(result => result.refIndex === position)?.score);
		const others = records.filter((_, other) => other !== position).map(record => scorer.score(record, ['khasan']) ?? 1);
		expect(scorer.score(records[position]!, ['khasan'])).toBeLessThan(Math.min(...others));
	});
});

/** What a user sees of a result list: order, labels, highlighted ranges and where else it matched. */
const shown = (hits: SearchHit[]) => hits.map(hit => ({id: hit.id, score: hit.score, labelRanges: hit.labelRanges, matchedElsewhere: hit.matchedElsewhere}));

describe('the large-story engine ranked by fuse-score', () => {
	const story = generateStory(8000, 5);
	const byScorer = createSearcher(story);
	const byFuse = createSearcher(story, {rankWithFuse: true});

	it('shows what ranking by fuse.js shows, typed prefix by prefix and searched afresh', () => {
		for (const query of ['vladivostk', 'smirnof ta', 'ministy of', 'pyongyagn', 'delegatoin', 'hoffman an', 'мари', 'park !seoul', "'khasan train", '^vlad | harbin']) {
			for (let length = 1; length <= query.length; length++) {
				const prefix = query.slice(0, length);
				expect(shown(byScorer.search(prefix, 200)), prefix).toEqual(shown(byFuse.search(prefix, 200)));
			}
		}
		const afresh = createSearcher(story);
		expect(shown(afresh.search('delegatoin', 200))).toEqual(shown(byFuse.search('delegatoin', 200)));
	});

	it('shows what ranking by fuse.js shows for random queries of words of the story, with typos and new terms', () => {
		// Words of the generated story's names and texts, changed by a letter now and then, one to three of them.
		const vocabulary = [...new Set(story.people.slice(0, 200).map(person => person.name).concat(story.facts.slice(0, 200).map(fact => fact.text)).join(' ').toLowerCase().split(/[^\p{L}]+/u))].filter(word => word.length > 1);
		const typo = fc.tuple(fc.constantFrom(...vocabulary), fc.nat(), fc.constantFrom('', 'x', 'e', 'a')).map(([word, at, letter]) => {
			const cut = at % word.length;
			return at % 3 === 0 ? word : word.slice(0, cut) + letter + word.slice(cut + 1);
		});
		fc.assert(
			fc.property(fc.array(typo, {minLength: 1, maxLength: 3}), words => {
				const query = words.join(' ');
				expect(shown(byScorer.search(query, 200)), query).toEqual(shown(byFuse.search(query, 200)));
			}),
			{numRuns: 60},
		);
	});

	it('finds the ranges of a hit only when they are read', () => {
		const hits = byScorer.search('vladivostk', 200);
		expect(hits.length).toBeGreaterThan(50);
		// Reading one hit's ranges twice gives the same ranges, and they mark letters of the query.
		const first = hits[0]!;
		expect(first.labelRanges).toBe(first.labelRanges);
		const marked = first.labelRanges.map(([start, end]) => first.label.slice(start, end + 1)).join('').toLowerCase();
		expect(marked.length).toBeGreaterThan(5);
		for (const letter of marked) expect('vladivostk').toContain(letter);
	});

	it('writes the ranges into JSON (summit-tui search --json) as fuse.js ranking gives them', () => {
		const written = JSON.parse(JSON.stringify(byScorer.search('spokesprson', 50))) as SearchHit[];
		expect(written.length).toBeGreaterThan(0);
		expect(written.every(hit => Array.isArray(hit.labelRanges))).toBe(true);
		expect(written.some(hit => hit.matchedElsewhere !== undefined)).toBe(true);
		expect(written).toEqual(JSON.parse(JSON.stringify(byFuse.search('spokesprson', 50))));
	});
});
