import type {FooterHint} from './key-rows.js';
import {cellWidth, fitCellsAtWord, type Cell} from '../text/text-fit.js';

// Fitting the dashboard's own lines (footer hints, header counts, tab bars) by leaving things out or
// moving them to another line, never by cutting a word.

const gap = '  ';

/** The hints that fit in a width, in their order, dropping the least important first. */
export function fitHints(hints: FooterHint[], width: number): string[] {
	const kept = hints.map((hint, index) => ({...hint, index}));
	const widthOf = (list: typeof kept) => list.reduce((sum, hint, index) => sum + cellWidth(hint.label) + (index > 0 ? gap.length : 0), 0);
	while (kept.length > 0 && widthOf(kept) > width) {
		let weakest = 0;
		kept.forEach((hint, index) => {
			if (hint.importance < kept[weakest]!.importance || (hint.importance === kept[weakest]!.importance && hint.index > kept[weakest]!.index)) weakest = index;
		});
		kept.splice(weakest, 1);
	}
	return kept.map(hint => hint.label);
}

export const joinHints = (labels: string[]) => labels.join(gap);

/** "16 organisations" → "16 orgs": the one long word among the counts, for a cramped header. */
const shortCount = (count: string) => count.replace(/organisation(s?)$/, 'org$1');

const widthOfCells = (cells: readonly Cell[]) => cells.reduce((sum, cell) => sum + cellWidth(cell.text), 0);

/**
 * Lays out items in order on lines of `width`, each item whole (an item too wide for any line is cut at
 * a word, the one case where a line cannot hold it), with `separator` between items on one line.
 * `startAt`: cells already used on the first line (0: it starts a new line).
 */
function flowItems(lines: Cell[][], items: readonly Cell[][], width: number, separator: (first: boolean) => string): void {
	let used = lines.length > 0 ? widthOfCells(lines.at(-1)!) : 0;
	items.forEach((item, index) => {
		const gapText = separator(index === 0);
		const itemWidth = widthOfCells(item);
		if (used > 0 && used + cellWidth(gapText) + itemWidth <= width) {
			lines.at(-1)!.push({text: gapText, tone: 'muted'}, ...item);
			used += cellWidth(gapText) + itemWidth;
		} else {
			const whole = itemWidth <= width ? [...item] : fitCellsAtWord(item, width);
			lines.push(whole);
			used = widthOfCells(whole);
		}
	});
}

/**
 * The header below the title: the sources (one entry per outlet and date, each whole), then the counts,
 * on as few lines as they take and at most `maxLines`. Nothing is cut mid-word: sources that do not fit
 * give way to "+ N more", and the counts always stay, after the sources or on their own line, broken
 * only between counts ("12 quotes" stays whole). The short form of a count is used when it saves a line.
 */
export function headerSourceLines(sources: readonly Cell[][], counts: string[], width: number, maxLines = 2): Cell[][] {
	const layout = (shown: number, countTexts: string[]): Cell[][] => {
		const lines: Cell[][] = [];
		const left = sources.length - shown;
		const entries = [...sources.slice(0, shown), ...(left > 0 ? [[{text: `+ ${left} more`, tone: 'muted' as const}]] : [])];
		flowItems(lines, entries, width, () => ' · ');
		flowItems(lines, countTexts.map(text => [{text, tone: 'muted' as const}]), width, first => (first ? '  ·  ' : ' · '));
		return lines;
	};
	const forms = [counts, counts.map(shortCount)];
	// The most sources that leave room for every count, the long form of counts before the short one.
	for (let shown = sources.length; shown >= 0; shown--) {
		const candidates = forms.map(form => layout(shown, form)).filter(lines => lines.length <= maxLines);
		if (candidates.length === 0) continue;
		return candidates.reduce((best, lines) => (lines.length < best.length ? lines : best));
	}
	// Not even the counts alone fit in `maxLines`: the counts first, as many lines as allowed.
	return layout(0, forms[1]!).slice(-maxLines);
}

export type Tab = {number: number; name: string; short: string};

/**
 * A tab strip in at most `width` cells: full names; else short names for the tabs not shown; else the
 * tabs nearest the shown one, with "…" where others are left out. Names are never cut.
 */
export function tabBar(tabs: Tab[], shown: number, width: number): Cell[] {
	const label = (tab: Tab, index: number, short: boolean) =>
		index === shown ? (tabs.length > 1 ? `[${tab.number} ${tab.name}]` : `${tab.number} ${tab.name}`) : `${tab.number} ${short ? tab.short : tab.name}`;
	const cellsOf = (indexes: number[], short: boolean, separator: string): Cell[] => {
		const cells: Cell[] = [];
		if (indexes[0]! > 0) cells.push({text: '… ', tone: 'muted'});
		indexes.forEach((index, position) => {
			if (position > 0) cells.push({text: separator, tone: 'muted'});
			cells.push(index === shown ? {text: label(tabs[index]!, index, short), bold: true, tone: 'accent'} : {text: label(tabs[index]!, index, short), tone: 'muted'});
		});
		if (indexes.at(-1)! < tabs.length - 1) cells.push({text: ' …', tone: 'muted'});
		return cells;
	};
	const fits = (cells: Cell[]) => cells.reduce((sum, cell) => sum + cellWidth(cell.text), 0) <= width;
	const all = tabs.map((_, index) => index);
	for (const [short, separator] of [[false, ' │ '], [true, ' │ '], [true, ' ']] as const) {
		const cells = cellsOf(all, short, separator);
		if (fits(cells)) return cells;
	}
	// Widen a window around the shown tab while it fits, alternating sides.
	let window = [shown];
	for (let distance = 1; distance < tabs.length; distance++) {
		for (const index of [shown + distance, shown - distance]) {
			if (index < 0 || index >= tabs.length) continue;
			const wider = [...window, index].sort((a, b) => a - b);
			if (fits(cellsOf(wider, true, ' '))) window = wider;
		}
	}
	const cells = cellsOf(window, true, ' ');
	if (fits(cells)) return cells;
	const alone: Cell[] = [{text: label(tabs[shown]!, shown, true), bold: true, tone: 'accent'}];
	return fits(alone) ? alone : [{text: `[${tabs[shown]!.number} ${tabs[shown]!.short}]`, bold: true, tone: 'accent'}];
}
