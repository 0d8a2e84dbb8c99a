// Terminal size → arrangement of panes. Pure arithmetic, in terminal cells.

import {listPaneDefinitions, type ListPaneId, type PaneId} from './panes/pane-list.js';

export {listPanes, paneNumber, paneOrder, paneTitles, shortPaneTitles, type ListPaneId, type PaneId} from './panes/pane-list.js';
export {minimumSize, paneBodyHeight} from './frame-size.js';
import {minimumSize} from './frame-size.js';

export type LayoutMode = 'wide' | 'medium' | 'narrow';

export type Column = {panes: ListPaneId[]; width: number};

export type Layout =
	| {tooSmall: true; columns: number; rows: number}
	| {
			tooSmall: false;
			mode: LayoutMode;
			width: number;
			/** Lines drawn in all: one fewer than the terminal, so Ink never clears the whole screen per frame. */
			height: number;
			headerHeight: number;
			footerHeight: number;
			/** Height of the area between header and footer, shared by the panes, detail and search results. */
			mainHeight: number;
			columns: Column[];
	  };

/** The header's usual height; its counts take a third line when they do not fit beside the sources. */
export const headerHeight = 2;
export const footerHeight = 2;

export function layoutMode(columns: number, rows: number): LayoutMode {
	if (columns < 80 || rows < 24) return 'narrow';
	if (columns < 120) return 'medium';
	return 'wide';
}

/** Splits a width in proportion to weights, in whole cells that add up exactly. */
export function splitWidth(total: number, weights: number[]): number[] {
	const sum = weights.reduce((all, weight) => all + weight, 0);
	const exact = weights.map(weight => (total * weight) / sum);
	const widths = exact.map(Math.floor);
	// Largest remainders first, so that no column is rounded further from its share than needed.
	const order = exact.map((value, index) => ({index, remainder: value - Math.floor(value)})).sort((a, b) => b.remainder - a.remainder);
	let missing = total - widths.reduce((all, width) => all + width, 0);
	for (const {index} of order) {
		if (missing-- <= 0) break;
		widths[index]!++;
	}
	return widths;
}

// Facts are the longest lines and people the shortest, so columns are not equal.
const columnWeights: Record<LayoutMode, number[]> = {wide: [38, 33, 29], medium: [55, 45], narrow: [1]};

/**
 * The list panes in each column, from where each pane says it sits (long lines, facts and quotes, share
 * the widest column; names and sources the narrowest); narrow has one column of them all.
 */
function columnsOf(mode: LayoutMode): ListPaneId[][] {
	const count = columnWeights[mode].length;
	const columns: ListPaneId[][] = Array.from({length: count}, () => []);
	for (const pane of listPaneDefinitions) columns[mode === 'narrow' ? 0 : Math.min(count - 1, pane.column[mode])]!.push(pane.id);
	return columns.filter(column => column.length > 0);
}

export function computeLayout(columns: number, rows: number, headerLines = headerHeight): Layout {
	if (columns < minimumSize.columns || rows < minimumSize.rows) return {tooSmall: true, columns, rows};
	const mode = layoutMode(columns, rows);
	const groups = columnsOf(mode);
	const widths = splitWidth(columns, columnWeights[mode]);
	const height = rows - 1;
	return {
		tooSmall: false,
		mode,
		width: columns,
		height,
		headerHeight: headerLines,
		footerHeight,
		mainHeight: height - headerLines - footerHeight,
		columns: groups.map((panes, index) => ({panes, width: widths[index]!})),
	};
}

/** Which pane a column shows: the focused one if it holds it, else the one it showed last. */
export function visiblePaneOf(column: Column, focus: PaneId, lastShown: ListPaneId | undefined): ListPaneId {
	if ((column.panes as PaneId[]).includes(focus)) return focus as ListPaneId;
	if (lastShown && column.panes.includes(lastShown)) return lastShown;
	return column.panes[0]!;
}
