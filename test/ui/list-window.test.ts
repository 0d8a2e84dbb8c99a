import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {keepRowInView, listWindow, unfoldedRow, unfoldLimit, type ListRow, type PaneShape} from '../../source/ui/list-window.js';
import {lineWidth} from '../../source/text/text-fit.js';

const long = 'Kim crossed from North Korea into Russia’s eastern Primorsky region on Tuesday morning, according to Russian state media Ria Novosti, and the two leaders will hold a press conference.';
const text = (cells: Array<{text: string}>) => cells.map(cell => cell.text).join('');

/** Headings at rows 0 and 10 ("2022", "2023"), items elsewhere; item 5 (row 6) is long. */
function list(width: number, height: number) {
	const rows: ListRow[] = Array.from({length: 30}, (_, row) =>
		row === 0 || row === 10 ? {cells: [{text: row === 0 ? '2022' : '2023'}], heading: true} : {cells: [{text: 'F '}, {text: row === 6 ? long : `row ${row}`}], prefix: 1},
	);
	const rowOf = rows.flatMap((row, index) => (row.heading ? [] : [index]));
	const shape: PaneShape = {
		ids: rowOf.map(String),
		rowOf,
		rowCount: rows.length,
		isHeading: row => rows[row]?.heading === true,
		headingOf: row => (row >= 10 ? 10 : 0),
		linesOf: index => unfoldedRow(rows[rowOf[index]!]!, width, unfoldLimit(height)).length,
	};
	return {rows, shape};
}

describe('a list on screen', () => {
	it('unfolds the selected row at word boundaries, to at most a third of the pane', () => {
		const {rows} = list(40, 12);
		const lines = unfoldedRow(rows[6]!, 40, unfoldLimit(12));
		expect(lines).toHaveLength(4);
		expect(text(lines[0]!)).toMatch(/^▸ F Kim crossed/);
		// The mark of the cut follows a whole word.
		expect(text(lines.at(-1)!)).toMatch(/ [a-zA-Z,’.]+ …$/);
		const words = new Set(long.split(' '));
		for (const line of lines) {
			expect(lineWidth(line)).toBeLessThanOrEqual(40);
			for (const word of text(line).replace(/^▸ F /, '').replace(/ …$/, '').trim().split(/\s+/)) expect(words.has(word), word).toBe(true);
		}
		// With room, the row takes the lines it needs and nothing is left out.
		const whole = unfoldedRow(rows[6]!, 40, unfoldLimit(30));
		expect(whole).toHaveLength(6);
		expect(whole.map(line => text(line).replace(/^▸ F /, '').trim()).join(' ').replace(/ +/g, ' ')).toBe(long);
	});

	it('keeps the rows in place while the selection moves inside the window', () => {
		const {rows, shape} = list(40, 12);
		let top = 0;
		const screens: string[][] = [];
		for (const index of [0, 1, 2, 3]) {
			top = keepRowInView(top, shape, index, 12);
			screens.push(listWindow(rows, shape, index, top, 40, 12, true).map(line => text(line.cells).slice(2)));
		}
		expect(new Set(screens.map(screen => screen[0]))).toEqual(new Set(['2022']));
		expect(screens.map(screen => screen.indexOf('F row 3'))).toEqual([3, 3, 3, 3]);
	});

	it('keeps the heading of the section at the top in view (the timeline year)', () => {
		const {rows, shape} = list(40, 8);
		let top = 0;
		for (let index = 0; index <= 17; index++) top = keepRowInView(top, shape, index, 8);
		const lines = listWindow(rows, shape, 17, top, 40, 8, true);
		expect(lines[0]).toMatchObject({sticky: true});
		expect(text(lines[0]!.cells).trim()).toBe('2023');
		expect(text(lines.at(-1)!.cells)).toBe('▸ F row 19');
	});

	it('shows the selected row whole in a window of the pane height, for any moves (property)', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({min: -6, max: 6}), {maxLength: 40}), fc.integer({min: 3, max: 20}), fc.integer({min: 20, max: 60}), (moves, height, width) => {
				const {rows, shape} = list(width, height);
				let index = 0;
				let top = 0;
				for (const move of moves) {
					index = Math.max(0, Math.min(shape.ids.length - 1, index + move));
					top = keepRowInView(top, shape, index, height);
					const lines = listWindow(rows, shape, index, top, width, height, true);
					expect(lines.length).toBeLessThanOrEqual(height);
					expect(lines.filter(line => line.selected)).toHaveLength(shape.linesOf(index));
					for (const line of lines) expect(lineWidth(line.cells)).toBeLessThanOrEqual(width);
				}
			}),
		);
	});
});
