import {describe, expect, it} from 'vitest';
import {fitHints, headerSourceLines, joinHints, tabBar} from '../../source/ui/chrome-fit.js';
import {footerHints} from '../../source/ui/keys.js';
import {paneOrder, paneTitles, shortPaneTitles} from '../../source/ui/layout.js';
import {lineWidth} from '../../source/text/text-fit.js';

const text = (cells: Array<{text: string}>) => cells.map(cell => cell.text).join('');

describe('fitting the footer, header and tab bars without cutting a word', () => {
	it('drops the least important hints first and keeps whole hints in their order', () => {
		const hints = footerHints('list');
		const all = hints.map(hint => hint.label);
		for (const width of [30, 45, 60, 80, 100, 120]) {
			const kept = fitHints(hints, width);
			expect(joinHints(kept).length).toBeLessThanOrEqual(width);
			expect(all.filter(label => kept.includes(label))).toEqual(kept);
		}
		expect(fitHints(hints, 200)).toEqual(all);
		expect(fitHints(hints, 40)).toContain('Enter open');
		expect(fitHints(hints, 40)).not.toContain('↑↓/jk move');
	});

	it('puts the counts after the sources, flowing onto a second line between counts', () => {
		const sources = [[{text: 'F Forbes 12 Sep 2023'}], [{text: 'R Rappler 11 Sep 2023'}]];
		const counts = ['7 people', '16 organisations', '17 places', '42 facts', '17 events', '12 quotes'];
		expect(headerSourceLines(sources, counts, 140)).toHaveLength(1);
		// A shorter word saves the line when that is all it takes.
		expect(headerSourceLines(sources, counts, 120).map(text)).toEqual(['F Forbes 12 Sep 2023 · R Rappler 11 Sep 2023  ·  7 people · 16 orgs · 17 places · 42 facts · 17 events · 12 quotes']);
		for (const width of [60, 80, 100]) {
			const lines = headerSourceLines(sources, counts, width).map(text);
			expect(lines.length, `${width}`).toBe(2);
			for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
			expect(lines.join(' · ')).toMatch(/12 quotes$/);
		}
		expect(headerSourceLines(sources, counts, 60).map(text)[1]).toContain('16 orgs');
	});

	it('keeps readable tab names, shortening words and leaving tabs out before cutting', () => {
		const tabs = paneOrder.slice(0, 5).map((pane, index) => ({number: index + 1, name: paneTitles[pane], short: shortPaneTitles[pane]}));
		for (const width of [20, 30, 46, 60, 80]) {
			for (let shown = 0; shown < tabs.length; shown++) {
				const cells = tabBar(tabs, shown, width);
				expect(lineWidth(cells), `${width} ${shown}`).toBeLessThanOrEqual(width);
				const bar = text(cells);
				expect(bar).toContain(`[${shown + 1} `);
				// Each tab is a number with a name; no bare digits.
				for (const tab of bar.replace(/[[\]…│]/g, ' ').trim().split(/\s+(?=\d)/)) expect(tab, bar).toMatch(/^\d [A-Z][a-z]+( [a-z]+)?$/);
			}
		}
		expect(text(tabBar(tabs, 0, 80))).toBe('[1 Key facts] │ 2 Timeline │ 3 People │ 4 Quotes │ 5 Sources');
	});
});

describe('footer hints made once per context', () => {
	it('gives the same hints again without making them anew, and others for other omitted commands', () => {
		const first = footerHints('list');
		expect(footerHints('list')).toBe(first);
		const withoutLeave = footerHints('list', undefined, ['leaveStory']);
		expect(withoutLeave).not.toBe(first);
		expect(footerHints('list', undefined, ['leaveStory'])).toBe(withoutLeave);
		expect(footerHints('search')).not.toEqual(first);
	});
});
