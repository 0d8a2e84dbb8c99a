import {describe, expect, it} from 'vitest';
import {filterTexts} from '../../source/search/filter-texts.js';

const titles = ['Floods cut off villages near Valencia', 'Ferry crews vote to strike', 'Kim Jong Un travels to Russia', 'Valencia ferry resumes'];
const kept = (query: string) => filterTexts(titles, query).map(index => titles[index]);

describe('filtering short lists through the search core', () => {
	it('tolerates a typo in a word, as the dashboard search does', () => {
		expect(kept('valncia')).toEqual(expect.arrayContaining(['Floods cut off villages near Valencia', 'Valencia ferry resumes']));
		expect(kept('valncia')).toHaveLength(2);
		expect(kept('zzzz')).toEqual([]);
	});

	it('reads the query language every front end reads: all terms, !not, ^prefix, a | b', () => {
		expect(kept('ferry valencia')).toEqual(['Valencia ferry resumes']);
		expect(kept('ferry !valencia')).toEqual(['Ferry crews vote to strike']);
		expect(kept('^kim')).toEqual(['Kim Jong Un travels to Russia']);
		expect(kept('russia | strike').sort()).toEqual(['Ferry crews vote to strike', 'Kim Jong Un travels to Russia']);
	});

	it('keeps nothing for a query without terms', () => {
		expect(filterTexts(titles, '^')).toEqual([]);
	});
});
