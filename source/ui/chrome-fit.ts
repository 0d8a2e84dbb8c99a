import type {FooterHint} from './key-rows.js';
import {cellWidth, type Cell} from '../text/text-fit.js';
import {wrapCells} from '../text/wrap-cells.js';

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

/**
 * The header below the title: the sources, then the counts, on the same line while they fit and
 * flowing onto the next one otherwise, broken only between counts ("12 quotes" stays whole). Long
 * words are shortened before a third line is used; at most `maxLines` lines.
 */
export function headerSourceLines(sources: Cell[], counts: string[], width: number, maxLines = 2): Cell[][] {
	const sourcesWidth = sources.reduce((sum, cell) => sum + cellWidth(cell.text), 0);
	const flow = (items: string[]): Cell[][] => {
		const lines: Cell[][] = sourcesWidth <= width ? [[...sources]] : wrapCells(sources, width);
		let used = lines.length > 0 ? lines.at(-1)!.reduce((sum, cell) => sum + cellWidth(cell.text), 0) : 0;
		let first = true;
		for (const item of items) {
			const separator = first ? '  ·  ' : ' · ';
			if (used > 0 && used + cellWidth(separator + item) <= width) {
				lines.at(-1)!.push({text: separator + item, tone: 'muted'});
				used += cellWidth(separator + item);
			} else {
				lines.push([{text: item, tone: 'muted'}]);
				used = cellWidth(item);
			}
			first = false;
		}
		return lines;
	};
	// The short forms are used when they save a line.
	const long = flow(counts);
	const short = flow(counts.map(shortCount));
	return (short.length < long.length ? short : long).slice(0, maxLines);
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
