import Fuse from 'fuse.js';
import {describe, expect, it} from 'vitest';
import {buildSearchDocuments} from '../../source/search/search-documents.js';
import {createSearcher, searchOptions, twoStageThreshold, type SearchHit} from '../../source/search/search.js';
import {generateStory} from '../bench/generate-story.js';

// A story large enough for the two-stage path (uFuzzy candidates, fuse.js ranking).
const story = generateStory(5000, 7);
const documents = buildSearchDocuments(story);
const fuseAlone = new Fuse(documents, searchOptions);

describe('two-stage search on a large story', () => {
	it('is used above the threshold', () => {
		expect(documents.length).toBeGreaterThan(twoStageThreshold);
	});

	it('finds a person by full name first, and through a typo', () => {
		const searcher = createSearcher(story);
		const person = story.people.find(each => /^[A-Za-z]+ [A-Za-z]{6,}$/.test(each.name))!;
		expect(searcher.search(person.name, 10)[0]).toMatchObject({kind: 'person', label: person.name});
		const typo = person.name.slice(0, -2) + person.name.at(-1);
		expect(searcher.search(typo, 10)[0]?.label).toBe(person.name);
	});

	it('keeps most of what fuse.js alone ranks in its top 50, for queries of 3+ characters', () => {
		const searcher = createSearcher(story);
		const recalls: number[] = [];
		for (const query of ['vladivostok', 'sanctions', 'ministry of energy', 'hoffmann', 'delegation']) {
			for (let length = 3; length <= query.length; length++) {
				const prefix = query.slice(0, length);
				const reference = fuseAlone.search(prefix, {limit: 50}).map(result => result.item.id);
				if (reference.length === 0) continue;
				const found = new Set(searcher.search(prefix, 50).map(hit => hit.id));
				recalls.push(reference.filter(id => found.has(id)).length / reference.length);
			}
		}
		expect(recalls.reduce((sum, value) => sum + value, 0) / recalls.length).toBeGreaterThan(0.75);
	});

	it('gives the same results when narrowing keystroke by keystroke as when searching afresh', () => {
		const typing = createSearcher(story);
		for (const query of ['smirnov ha', 'ministry of', 'park !seoul']) {
			let last: string[] = [];
			for (let length = 1; length <= query.length; length++) last = typing.search(query.slice(0, length), 50).map(hit => hit.id);
			expect(last).toEqual(createSearcher(story).search(query, 50).map(hit => hit.id));
		}
	});

	it('applies the operators', () => {
		const searcher = createSearcher(story);
		const without = searcher.search('delegation !minister', 200);
		expect(without.length).toBeGreaterThan(0);
		expect(without.some(hit => /minister/i.test(hit.label))).toBe(false);
		const either = searcher.search('^Vladivostok | ^Harbin', 50).filter(hit => hit.kind === 'place').map(hit => hit.label);
		expect(either.some(label => label.startsWith('Vladivostok'))).toBe(true);
		expect(either.some(label => label.startsWith('Harbin'))).toBe(true);
	});

	it('gives the same results for a single query without the word index as while typing with it', () => {
		const typing = createSearcher(story);
		const once = createSearcher(story, {oneQuery: true});
		// One and two letters ('v', 's', 'sm', 'a b') are in the names of more items than are ranked: typing reads
		// only the names for those, the single query every text.
		for (const query of ['vladivostk', 'ministy of', 'delegatoin', "o'", 'sanctions 2019', 'hoffman | smirnof', '^vlad', 'x', 'v', 's', 'sm', 'a b', 'e']) {
			expect(once.search(query, 200).map(hit => hit.id), query).toEqual(typing.search(query, 200).map(hit => hit.id));
		}
	});

	it('searches in steps that pause while ranking, with the same hits as one search, also when a search is dropped part-way', () => {
		const stepped = createSearcher(story);
		const whole = createSearcher(story);
		const shown = (hits: SearchHit[]) => hits.map(hit => [hit.id, hit.score, hit.labelRanges, hit.matchedElsewhere]);
		let pauses = 0;
		for (const query of ['smirnov ha', 'delegatoin', 'hoffman | smirnof']) {
			for (let length = 1; length <= query.length; length++) {
				const prefix = query.slice(0, length);
				// Every prefix is first begun and dropped after its first pause (a newer key came), then searched again in steps.
				stepped.searchSteps(prefix, 200).next();
				const steps = stepped.searchSteps(prefix, 200);
				let step = steps.next();
				for (; !step.done; step = steps.next()) pauses++;
				expect(shown(step.value), prefix).toEqual(shown(whole.search(prefix, 200)));
			}
		}
		// A short prefix has hundreds of candidates to rank: its search pauses several times.
		const first = stepped.searchSteps('s', 200);
		let count = 0;
		while (!first.next().done) count++;
		expect(count).toBeGreaterThanOrEqual(3);
		expect(pauses).toBeGreaterThan(count);
	});
});
