import {fitCellsAtWord, lineWidth, type Cell} from '../text/text-fit.js';
import {wrapCellsLimited} from '../text/wrap-cells.js';

// A list pane on screen. Every row is one line except the selected row of the focused list, which
// unfolds at word boundaries to the lines it needs (at most a third of the pane). The window's first
// row is kept while the selection moves inside it, so rows do not shift on every key, and the heading
// of the section at the top (the timeline's year, a fact category) stays visible as a sticky line.

/** `prefix`: how many leading cells form a column (badge, date) that unfolded text hangs under. */
export type ListRow = {cells: Cell[]; prefix?: number; heading?: boolean};
export type ScreenLine = {cells: Cell[]; selected: boolean; row: number; sticky?: boolean};

/** What the reducer needs to know of a list to keep its selection in view. */
export type PaneShape = {
	ids: string[];
	/** The row of each selectable item. */
	rowOf: number[];
	rowCount: number;
	isHeading(row: number): boolean;
	/** The heading row a row sits under, if any. */
	headingOf(row: number): number | undefined;
	/** Screen lines the item takes while selected, at the current width. */
	linesOf(index: number): number;
};

const marker = (selected: boolean): Cell => ({text: selected ? '▸ ' : '  ', tone: 'accent'});

export const unfoldLimit = (height: number) => Math.max(1, Math.floor(height / 3));

// The one-line form of a row at a width, kept while the row's cells live: moving the selection redraws
// the same rows, and fitting each of them again was most of a keystroke's cost.
const fittedLines = new WeakMap<Cell[], Map<string, Cell[]>>();

function oneLineOf(cells: Cell[], selected: boolean, width: number): Cell[] {
	let byWidth = fittedLines.get(cells);
	if (!byWidth) {
		byWidth = new Map();
		fittedLines.set(cells, byWidth);
	}
	const key = `${width}:${selected ? 1 : 0}`;
	let fitted = byWidth.get(key);
	if (!fitted) {
		fitted = fitCellsAtWord([marker(selected), ...cells], width);
		byWidth.set(key, fitted);
	}
	return fitted;
}

/** The lines of the selected row, unfolded: its text hangs under its prefix column. */
export function unfoldedRow(row: ListRow, width: number, limit: number): Cell[][] {
	const oneLine = oneLineOf(row.cells, true, width);
	if (lineWidth([marker(true), ...row.cells]) <= width || limit <= 1) return [oneLine];
	const prefix = row.cells.slice(0, row.prefix ?? 0);
	const indent = 2 + lineWidth(prefix);
	// Too narrow to hang text under a prefix: keep the one fitted line.
	if (width - indent < 12) return [oneLine];
	const body = row.cells.slice(row.prefix ?? 0);
	const {lines} = wrapCellsLimited(body, width - indent, limit);
	return lines.map((line, index) => [...(index === 0 ? [marker(true), ...prefix] : [{text: ' '.repeat(indent)}]), ...line]);
}

function hasSticky(shape: Pick<PaneShape, 'isHeading' | 'headingOf'>, top: number): boolean {
	return !shape.isHeading(top) && shape.headingOf(top) !== undefined;
}

/**
 * The first row to show so that the selected item is wholly in view: unchanged while it is, moved by
 * as little as needed when it is not. A heading just above a selection reached upwards is shown too.
 */
export function keepRowInView(top: number, shape: PaneShape, index: number, height: number): number {
	const row = shape.rowOf[index];
	if (row === undefined) return 0;
	let next = Math.max(0, Math.min(top, shape.rowCount - 1));
	if (row < next) next = row > 0 && shape.isHeading(row - 1) ? row - 1 : row;
	const lines = shape.linesOf(index);
	while (next < row && (hasSticky(shape, next) ? 1 : 0) + (row - next) + lines > height) next++;
	return next;
}

/** The screen lines of a list's window, computing only the rows in it. */
export function listWindow(rows: ListRow[], shape: PaneShape, selection: number, top: number, width: number, height: number, unfold: boolean): ScreenLine[] {
	const selectedRow = shape.rowOf[selection];
	const start = selectedRow === undefined ? 0 : keepRowInView(top, unfold ? shape : {...shape, linesOf: () => 1}, selection, height);
	const lines: ScreenLine[] = [];
	const heading = shape.headingOf(start);
	if (hasSticky(shape, start) && heading !== undefined) lines.push({cells: oneLineOf(rows[heading]!.cells, false, width), selected: false, row: heading, sticky: true});
	for (let row = start; row < rows.length && lines.length < height; row++) {
		const selected = row === selectedRow;
		const cells = selected && unfold ? unfoldedRow(rows[row]!, width, unfoldLimit(height)) : [oneLineOf(rows[row]!.cells, selected, width)];
		for (const line of cells) if (lines.length < height) lines.push({cells: line, selected, row});
	}
	return lines;
}
