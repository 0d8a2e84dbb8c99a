// Terminal size → arrangement of panes. Pure arithmetic, in terminal cells.

export type PaneId = 'facts' | 'timeline' | 'people' | 'quotes' | 'sources' | 'map' | 'search';
export type ListPaneId = Exclude<PaneId, 'search' | 'map'>;

/** The map and search take the whole main area when focused; the lists share columns. */
export const paneOrder: PaneId[] = ['facts', 'timeline', 'people', 'quotes', 'sources', 'map', 'search'];
export const listPanes: ListPaneId[] = ['facts', 'timeline', 'people', 'quotes', 'sources'];

export const paneTitles: Record<PaneId, string> = {
	facts: 'Key facts',
	timeline: 'Timeline',
	people: 'People',
	quotes: 'Quotes',
	sources: 'Sources',
	map: 'Map',
	search: 'Search',
};

/** Shorter names for a cramped tab bar: still words, never bare numbers. */
export const shortPaneTitles: Record<PaneId, string> = {
	facts: 'Facts',
	timeline: 'Dates',
	people: 'People',
	quotes: 'Quotes',
	sources: 'Sources',
	map: 'Map',
	search: 'Search',
};

export const paneNumber = (pane: PaneId) => paneOrder.indexOf(pane) + 1;

export const minimumSize = {columns: 40, rows: 12};

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

export function computeLayout(columns: number, rows: number, headerLines = headerHeight): Layout {
	if (columns < minimumSize.columns || rows < minimumSize.rows) return {tooSmall: true, columns, rows};
	const mode = layoutMode(columns, rows);
	// Long lines (facts, quotes) share the widest column; names and sources share the narrowest.
	const groups: ListPaneId[][] =
		mode === 'wide'
			? [['facts', 'quotes'], ['timeline'], ['people', 'sources']]
			: mode === 'medium'
				? [['facts', 'timeline', 'quotes'], ['people', 'sources']]
				: [['facts', 'timeline', 'people', 'quotes', 'sources']];
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

/** Rows of content inside a bordered frame of the given outer height: two borders and a title line. */
export function paneBodyHeight(outerHeight: number): number {
	return Math.max(1, outerHeight - 2 - 1);
}
