import {describe, expect, it} from 'vitest';
import {conjunctionsOf, fieldMatchesLiterally, fusePattern, maxConjunctions, parseQuery, type QueryTerm} from '../../source/search/query.js';

const term = (kind: QueryTerm['kind'], text: string, inverse = false): QueryTerm => ({kind, inverse, text});

describe('parseQuery', () => {
	it('types each operator as fzf does', () => {
		expect(parseQuery("peskv 'khasan ^vlad train$ ^moon$ !train !^vlad !train$ !'fuzzy")).toEqual([
			[term('fuzzy', 'peskv')],
			[term('exact', 'khasan')],
			[term('prefix', 'vlad')],
			[term('suffix', 'train')],
			[term('equal', 'moon')],
			[term('exact', 'train', true)],
			[term('prefix', 'vlad', true)],
			[term('suffix', 'train', true)],
			[term('fuzzy', 'fuzzy', true)],
		]);
	});

	it('binds | tighter than a space: a term and either of two others', () => {
		expect(parseQuery('^kim train | !putin moon')).toEqual([
			[term('prefix', 'kim')],
			[term('fuzzy', 'train'), term('exact', 'putin', true)],
			[term('fuzzy', 'moon')],
		]);
	});

	it('ignores surrounding and repeated spaces, a trailing | and operator-only terms', () => {
		expect(parseQuery('  kim   ^ ! |  ')).toEqual([[term('fuzzy', 'kim')]]);
		expect(parseQuery('kim | ^ moon')).toEqual([[term('fuzzy', 'kim'), term('fuzzy', 'moon')]]);
		expect(parseQuery('')).toEqual([]);
		expect(parseQuery("' ^ ! !'")).toEqual([]);
	});

	it('reads a leading | as text, as fzf does', () => {
		expect(parseQuery('| kim')).toEqual([[term('fuzzy', '|')], [term('fuzzy', 'kim')]]);
	});

	it('keeps an escaped space inside a term and a lone $ as text', () => {
		expect(parseQuery("'kim\\ jong $")).toEqual([[term('exact', 'kim jong')], [term('fuzzy', '$')]]);
	});
});

describe('conjunctionsOf', () => {
	it('multiplies out alternatives into the conjunctions the engines search', () => {
		expect(conjunctionsOf(parseQuery('a b | c d'))).toEqual([
			[term('fuzzy', 'a'), term('fuzzy', 'b'), term('fuzzy', 'd')],
			[term('fuzzy', 'a'), term('fuzzy', 'c'), term('fuzzy', 'd')],
		]);
		expect(conjunctionsOf([])).toEqual([]);
	});

	it('stops multiplying at a cap, so a pasted wall of | cannot stall a keystroke', () => {
		const query = Array.from({length: 10}, () => 'a | b').join(' ');
		expect(conjunctionsOf(parseQuery(query)).length).toBe(maxConjunctions);
	});
});

describe('fieldMatchesLiterally', () => {
	it('reads the term kind, ignoring case', () => {
		expect(fieldMatchesLiterally('Vladivostok station', term('prefix', 'vlad'))).toBe(true);
		expect(fieldMatchesLiterally('Vladivostok station', term('suffix', 'vlad'))).toBe(false);
		expect(fieldMatchesLiterally('main train', term('suffix', 'TRAIN'))).toBe(true);
		expect(fieldMatchesLiterally('Moon', term('equal', 'moon'))).toBe(true);
		expect(fieldMatchesLiterally('Moon Jae-in', term('equal', 'moon'))).toBe(false);
		expect(fieldMatchesLiterally('the Khasan crossing', term('exact', 'khasan'))).toBe(true);
	});
});

describe('fusePattern', () => {
	it('quotes the text so that fuse.js never reads operators inside it', () => {
		expect(fusePattern(term('exact', 'a|b'))).toBe(String.raw`'"a\|b"`);
		expect(fusePattern(term('fuzzy', '=x'))).toBe('"=x"');
		expect(fusePattern(term('prefix', 'vlad'))).toBe('^"vlad"');
		expect(fusePattern(term('suffix', 'train'))).toBe('"train"$');
		expect(fusePattern(term('equal', 'moon'))).toBe('="moon"');
	});
});
