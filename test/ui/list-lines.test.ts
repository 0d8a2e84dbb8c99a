import {describe, expect, it} from 'vitest';
import {listScreenLines, listWindowStart, unfoldLimit, visibleListLines} from '../../source/ui/list-lines.js';
import {lineWidth} from '../../source/ui/text-fit.js';

const long = 'Kim crossed from North Korea into Russia’s eastern Primorsky region on Tuesday morning, according to Russian state media Ria Novosti.';
const rows = Array.from({length: 30}, (_, index) => ({cells: [{text: `F `}, {text: index === 5 ? long : `row ${index}`}]}));
const text = (cells: Array<{text: string}>) => cells.map(cell => cell.text).join('');

describe('list screen lines', () => {
	it('unfolds the selected row of the focused list to its full text', () => {
		const lines = listScreenLines(rows, 5, 40, true);
		const selected = lines.filter(line => line.selected).map(line => text(line.cells).trim());
		expect(selected.length).toBeGreaterThan(1);
		expect(selected.length).toBeLessThanOrEqual(unfoldLimit);
		expect(selected[0]!.startsWith('▸ F Kim crossed')).toBe(true);
		expect(selected.join(' ').replace(/ +/g, ' ')).toContain('according to Russian state media');
		for (const line of lines) expect(lineWidth(line.cells)).toBeLessThanOrEqual(40);
	});

	it('keeps one line per row when the list is not focused', () => {
		const lines = listScreenLines(rows, 5, 40, false);
		expect(lines).toHaveLength(rows.length);
		expect(text(lines[5]!.cells).endsWith('…')).toBe(true);
	});

	it('shows an unfolded row whole, even near the end of the window', () => {
		const lines = listScreenLines(rows, 5, 30, true);
		const first = lines.findIndex(line => line.selected);
		const count = lines.filter(line => line.selected).length;
		for (const height of [3, 5, 8]) {
			const start = listWindowStart(lines, height);
			expect(first).toBeGreaterThanOrEqual(start);
			if (count <= height) expect(first + count).toBeLessThanOrEqual(start + height);
		}
	});
});

describe('the visible window of a list', () => {
	it('equals slicing the lines of the whole list, for any list, selection and size (property)', async () => {
		const fc = (await import('fast-check')).default;
		fc.assert(
			fc.property(
				fc.array(fc.oneof(fc.constant('short'), fc.constant(long), fc.string({maxLength: 90})), {minLength: 0, maxLength: 80}),
				fc.nat(100),
				fc.integer({min: 12, max: 60}),
				fc.integer({min: 1, max: 30}),
				fc.boolean(),
				(texts, selected, width, height, unfold) => {
					const list = texts.map(text => ({cells: [{text: 'F '}, {text}], prefix: 1}));
					const selection = list.length === 0 ? undefined : selected % list.length;
					const all = listScreenLines(list, selection, width, unfold);
					const start = listWindowStart(all, height);
					expect(visibleListLines(list, selection, width, unfold, height)).toEqual(all.slice(start, start + height));
				},
			),
			{numRuns: 1500},
		);
	});
});
