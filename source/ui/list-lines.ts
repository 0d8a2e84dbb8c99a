import {fitCells, lineWidth, wrapText, type Cell} from './text-fit.js';
import {windowStart} from './windowing.js';

// Turns list rows into screen lines: every row is one line, except the selected row of the focused
// list, which unfolds to its full text (up to a few lines) so it can be read without opening it.

/** `prefix`: how many leading cells form a column (badge, date) that unfolded text hangs under. */
export type ListRow = {cells: Cell[]; prefix?: number};
export type ScreenLine = {cells: Cell[]; selected: boolean; row: number};

export const unfoldLimit = 4;
const marker = (selected: boolean): Cell => ({text: selected ? '▸ ' : '  ', tone: 'accent'});

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
		fitted = fitCells([marker(selected), ...cells], width);
		byWidth.set(key, fitted);
	}
	return fitted;
}

export function listScreenLines(rows: ListRow[], selectedRow: number | undefined, width: number, unfold: boolean): ScreenLine[] {
	const lines: ScreenLine[] = [];
	rows.forEach((row, index) => {
		const selected = index === selectedRow;
		const oneLine = oneLineOf(row.cells, selected, width);
		if (!selected || !unfold) {
			lines.push({cells: oneLine, selected, row: index});
			return;
		}
		const prefix = row.cells.slice(0, row.prefix ?? 0);
		const indent = 2 + lineWidth(prefix);
		const text = row.cells
			.slice(row.prefix ?? 0)
			.map(cell => cell.text)
			.join('')
			.trim();
		// Too narrow to hang text under a prefix: keep the one fitted line.
		const wrapped = width - indent >= 12 ? wrapText(text, width - indent) : [];
		if (wrapped.length <= 1) {
			lines.push({cells: oneLine, selected, row: index});
			return;
		}
		const shown = wrapped.slice(0, unfoldLimit);
		shown.forEach((line, lineIndex) => {
			const cut = lineIndex === shown.length - 1 && wrapped.length > unfoldLimit;
			const lead = lineIndex === 0 ? [marker(true), ...prefix] : [{text: ' '.repeat(indent)}];
			lines.push({cells: fitCells([...lead, {text: cut ? `${line} …` : line}], width), selected, row: index});
		});
	});
	return lines;
}

/** First screen line to show: the selected row in view, wholly where it fits, centred where possible. */
export function listWindowStart(lines: ScreenLine[], height: number): number {
	const first = lines.findIndex(line => line.selected);
	if (first < 0) return 0;
	let last = first;
	while (last + 1 < lines.length && lines[last + 1]!.selected) last++;
	const start = windowStart(lines.length, height, first);
	return last >= start + height ? Math.min(first, last - height + 1) : start;
}

/**
 * The screen lines of a list's visible window, computing only rows near the window: every row is one
 * line except the unfolded selection, so the rows in view are known before any text is fitted. The
 * result equals slicing the whole list's lines, at a cost that does not grow with the list.
 */
export function visibleListLines(rows: ListRow[], selectedRow: number | undefined, width: number, unfold: boolean, height: number): ScreenLine[] {
	const rowStart = windowStart(rows.length, height, selectedRow ?? 0);
	const from = Math.max(0, rowStart - unfoldLimit);
	const to = Math.min(rows.length, rowStart + height + unfoldLimit);
	const lines = listScreenLines(rows.slice(from, to), selectedRow === undefined ? undefined : selectedRow - from, width, unfold).map(line => ({...line, row: line.row + from}));
	const start = listWindowStart(lines, height);
	return lines.slice(start, start + height);
}
