import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {readStoryFile} from '../../source/model/load.js';
import {splitByRanges} from '../../source/search/highlight.js';
import {createSearcher} from '../../source/search/search.js';

const {story} = readStoryFile(fileURLToPath(new URL('../../data/kim-putin-2023.json', import.meta.url)));
const searcher = createSearcher(story!);
const top = (query: string) => searcher.search(query, 10)[0];
const labels = (query: string, limit = 50) => searcher.search(query, limit).map(hit => hit.label);

describe('search over the bundled story', () => {
	it('puts Dmitry Peskov first for "peskv"', () => {
		expect(top('peskv')).toMatchObject({id: 'dmitry-peskov', kind: 'person'});
	});

	it('finds Vladivostok for the misspelling "vladivostock"', () => {
		expect(top('vladivostock')).toMatchObject({id: 'vladivostok', kind: 'place'});
	});

	it('finds Kim Jong Un for "kim jong-un" and for "kim jong un"', () => {
		expect(top('kim jong-un')?.id).toBe('kim-jong-un');
		expect(top('kim jong un')?.id).toBe('kim-jong-un');
	});

	it('ranks a person by exact name above facts that mention them', () => {
		const hits = searcher.search('putin');
		expect(hits[0]).toMatchObject({id: 'vladimir-putin', kind: 'person'});
		expect(hits.slice(1).some(hit => hit.kind === 'fact' || hit.kind === 'event')).toBe(true);
	});

	it('finds organisations by their role and says where it matched', () => {
		const hit = searcher.search('spokesperson').find(each => each.kind === 'person');
		expect(hit).toMatchObject({id: 'dmitry-peskov', matchedElsewhere: {field: 'role', value: 'Kremlin spokesperson'}});
	});

	it("supports 'exact: only items that contain the text", () => {
		const hits = searcher.search("'khasan");
		expect(hits.length).toBeGreaterThan(1);
		for (const hit of hits) expect(searcher.documents.find(document => document.id === hit.id)!.label.toLowerCase() + hit.matchedElsewhere?.value.toLowerCase()).toContain('khasan');
	});

	it('supports ^prefix and suffix$', () => {
		expect(labels('^vlad').slice(0, 2).toSorted()).toEqual(['Vladimir Putin', 'Vladivostok']);
		for (const label of labels('train$')) expect(label.toLowerCase().endsWith('train')).toBe(true);
	});

	it('supports !negation', () => {
		const withTrain = labels('kim');
		const without = labels('kim !train', 200);
		expect(without.length).toBeGreaterThan(0);
		expect(without.some(label => /train/i.test(label))).toBe(false);
		expect(withTrain.some(label => /train/i.test(label))).toBe(true);
	});

	it('supports | for either term', () => {
		const found = labels('trump | moon');
		expect(found).toContain('Donald Trump');
		expect(found).toContain('Moon Jae-in');
	});

	it('requires every space-separated term, in any field', () => {
		const found = searcher.search('peskov tass');
		expect(found.length).toBeGreaterThan(0);
		expect(found.every(hit => /tass/i.test(hit.label) || /tass/i.test(hit.matchedElsewhere?.value ?? ''))).toBe(true);
	});

	it('returns nothing for text the story does not contain', () => {
		expect(searcher.search('xylophone zebra')).toEqual([]);
	});

	it('marks the matched characters of the label', () => {
		const hit = top('vladivostok')!;
		const matched = splitByRanges(hit.label, hit.labelRanges).filter(segment => segment.matched).map(segment => segment.text).join('');
		expect(matched).toBe('Vladivostok');
	});
});

describe('splitByRanges', () => {
	it('merges overlapping ranges and clips ranges past the end', () => {
		expect(splitByRanges('abcdef', [[1, 2], [2, 3], [5, 40]])).toEqual([
			{text: 'a', matched: false},
			{text: 'bcd', matched: true},
			{text: 'e', matched: false},
			{text: 'f', matched: true},
		]);
	});
});
