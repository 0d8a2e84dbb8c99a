import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {shiftedAscii, shiftedByClusters, shiftToFirstMatch} from '../../source/ui/result-shift.js';
import {cellWidth, fitCells, type Cell} from '../../source/text/text-fit.js';

const badge: Cell = {text: 'fact   ', tone: 'accent'};
const line = (before: string, match: string, after: string): Cell[] => [badge, {text: before}, {text: match, tone: 'match', bold: true}, {text: after}];
const shown = (cells: Cell[], width: number) => fitCells(shiftToFirstMatch(cells, width), width).map(cell => cell.text).join('');

describe('shifting a result line to its first match', () => {
	const long = line('Police closed the roads at the main train station of the Russian border town of ', 'Khasan', ' before the armoured train arrived.');

	it('brings a match past the right edge into view, with … on the cut side', () => {
		const text = shown(long, 50);
		expect(text).toContain('Khasan');
		expect(text.startsWith('fact   …')).toBe(true);
		expect(cellWidth(text)).toBeLessThanOrEqual(50);
		// Some words before the match stay, for context.
		expect(text).toMatch(/town of Khasan/);
	});

	it('keeps the kind badge and the match highlight', () => {
		const cells = shiftToFirstMatch(long, 50);
		expect(cells[0]).toEqual(badge);
		expect(cells.find(cell => cell.tone === 'match')?.text).toBe('Khasan');
	});

	it('leaves a line alone when its match is already in view', () => {
		const early = line('At ', 'Khasan', ' the train stopped for a long time before going on to Vladivostok.');
		expect(shiftToFirstMatch(early, 40)).toEqual(early);
	});

	it('uses the room up to the end of the text instead of leaving a gap', () => {
		const nearEnd = line('A long sentence that goes on and on about the station at ', 'Khasan', '.');
		const text = shown(nearEnd, 40);
		expect(text.endsWith('Khasan.')).toBe(true);
		expect(cellWidth(text)).toBe(40);
	});

	it('counts wide characters as two cells', () => {
		const wide = line('金正恩委员长和普京总统在俄罗斯远东地区的符拉迪沃斯托克举行了会谈，随后前往', '哈桑', '车站。');
		const text = shown(wide, 30);
		expect(text).toContain('哈桑');
		expect(cellWidth(text)).toBeLessThanOrEqual(30);
	});
});

describe('shifting a line of plain ASCII by character offsets', () => {
	// Random lines of printable ASCII (empty cells, several matches, styles): the offsets path cuts them
	// exactly where the cluster-by-cluster path does, and leaves the same lines alone.
	const cell = fc.record({text: fc.string({unit: fc.constantFrom('a', 'b', ' ', '.', 'Z', '~'), maxLength: 30}), tone: fc.constantFrom(undefined, 'match', 'muted'), bold: fc.constantFrom(undefined, true)}, {requiredKeys: ['text']});
	it('gives the same cells as the general path', () => {
		fc.assert(
			fc.property(fc.array(cell, {minLength: 1, maxLength: 8}), fc.integer({min: 4, max: 60}), (body, room) => {
				const cells = body.map(({tone, bold, text}) => ({text, ...(tone ? {tone} : {}), ...(bold ? {bold} : {})}) as Cell);
				const first = cells.findIndex(each => each.tone === 'match' && each.text !== '');
				if (first < 0) return;
				expect(shiftedAscii([badge], cells, first, room)).toEqual(shiftedByClusters([badge], cells, first, room));
			}),
			{numRuns: 3000},
		);
	});

	// (1,000 lines: the cluster path segments each, slower than the ASCII test's 3,000.) Lines with one-cell letters and punctuation beyond ASCII (accents, Cyrillic, dashes, curly quotes) take
	// the offsets path too; lines with wide characters, marks or emoji keep the cluster path: the same cut.
	const anyCell = fc.record({text: fc.string({unit: fc.constantFrom('a', ' ', 'é', 'Д', '—', '“', '…', '金', 'e\u0301', '😀', 'Z'), maxLength: 30}), tone: fc.constantFrom(undefined, 'match', 'muted')}, {requiredKeys: ['text']});
	it('gives the general path\'s cells for lines of other scripts too', () => {
		fc.assert(
			fc.property(fc.array(anyCell, {minLength: 1, maxLength: 8}), fc.integer({min: 4, max: 60}), (body, room) => {
				const cells = body.map(({tone, text}) => ({text, ...(tone ? {tone} : {})}) as Cell);
				const first = cells.findIndex(each => each.tone === 'match' && each.text !== '');
				if (first < 0) return;
				const expected = shiftedByClusters([badge], cells, first, room) ?? [badge, ...cells];
				expect(shiftToFirstMatch([badge, ...cells], room + cellWidth(badge.text), 1)).toEqual(expected);
			}),
			{numRuns: 1000},
		);
	});
});
