import {describe, expect, it} from 'vitest';
import {computeLayout, paneBodyHeight, splitWidth, visiblePaneOf} from '../../source/ui/layout.js';

describe('layout', () => {
	it('uses three columns from 120 columns, two from 80, one below', () => {
		const at = (columns: number, rows: number) => {
			const layout = computeLayout(columns, rows);
			return layout.tooSmall ? 'too small' : layout.columns.map(column => column.panes.join('+')).join(' | ');
		};
		expect(at(120, 40)).toBe('facts+quotes | timeline | people+sources');
		expect(at(119, 40)).toBe('facts+timeline+quotes | people+sources');
		expect(at(80, 24)).toBe('facts+timeline+quotes | people+sources');
		expect(at(79, 40)).toBe('facts+timeline+people+quotes+sources');
		expect(at(200, 23)).toBe('facts+timeline+people+quotes+sources');
		expect(at(39, 40)).toBe('too small');
		expect(at(120, 11)).toBe('too small');
		expect(at(40, 12)).toBe('facts+timeline+people+quotes+sources');
	});

	it('fills the width exactly and draws one line fewer than the terminal', () => {
		for (const columns of [40, 79, 80, 101, 119, 120, 121, 200, 333]) {
			const layout = computeLayout(columns, 30);
			if (layout.tooSmall) throw new Error('unexpected');
			expect(layout.columns.reduce((sum, column) => sum + column.width, 0)).toBe(columns);
			expect(layout.height).toBe(29);
			expect(layout.headerHeight + layout.mainHeight + layout.footerHeight).toBe(29);
		}
		// A header of three lines takes its line from the panes.
		const taller = computeLayout(80, 30, 3);
		if (taller.tooSmall) throw new Error('unexpected');
		expect(taller.headerHeight + taller.mainHeight + taller.footerHeight).toBe(29);
	});

	it('splits widths by weight, adding up exactly', () => {
		expect(splitWidth(100, [1, 1, 1])).toEqual([34, 33, 33]);
		expect(splitWidth(120, [40, 34, 26])).toEqual([48, 41, 31]);
		for (let total = 40; total < 300; total++) expect(splitWidth(total, [40, 34, 26]).reduce((a, b) => a + b)).toBe(total);
	});

	it('shows the focused pane of a shared column, else the one shown last', () => {
		const column = {panes: ['people', 'sources'] as const, width: 40};
		expect(visiblePaneOf({...column, panes: [...column.panes]}, 'sources', 'people')).toBe('sources');
		expect(visiblePaneOf({...column, panes: [...column.panes]}, 'facts', 'sources')).toBe('sources');
		expect(visiblePaneOf({...column, panes: [...column.panes]}, 'facts', undefined)).toBe('people');
	});

	it('never gives a pane body less than one row', () => {
		expect(paneBodyHeight(2)).toBe(1);
	});
});
