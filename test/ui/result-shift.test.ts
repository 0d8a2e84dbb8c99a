import {describe, expect, it} from 'vitest';
import {shiftToFirstMatch} from '../../source/ui/result-shift.js';
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
