import {continuation, lineCells, styleKey, styleSequence, type LineCells} from './line-cells.js';

// What to write to turn the frame on screen into the next one: only the lines that changed, and of a
// changed line only the columns from its first changed cell to its last. Ink's standard writer erases
// every line of the last frame and writes the whole new one on each render (a 120x40 dashboard frame is
// 7-10 KB, most of it unchanged by a key; the panes sit side by side, so a move in one changes a part of
// most lines). Ink's `incrementalRendering` skips unchanged lines but writes a changed one as its text
// followed by "erase to end of line", which on a line filling the terminal's width (every line of a
// bordered dashboard) erases the last column in xterm and xterm.js: the cursor waits on that column after
// it, and the erase starts there. Here a line is erased before it is written, or only the part of a line
// that changed is written over it; nothing is erased after text.

const csi = '\u001B[';
const eraseLine = `${csi}2K`;
const blank = 0x20;

/**
 * The text that turns one line on screen into the next from its first changed column to its last, the
 * cursor on that line; undefined when the line cannot be read as cells (the whole line is written then).
 */
function changedColumns(before: LineCells, after: LineCells): string | undefined {
	const charAt = (cells: LineCells, column: number) => (column < cells.chars.length ? cells.chars[column]! : blank);
	const styleAt = (cells: LineCells, column: number) => (column < cells.styles.length ? cells.styles[column]! : 0);
	const same = (column: number) => charAt(before, column) === charAt(after, column) && styleAt(before, column) === styleAt(after, column);
	const width = Math.max(before.chars.length, after.chars.length);
	let first = 0;
	while (first < width && same(first)) first++;
	if (first === width) return '';
	let last = width - 1;
	while (same(last)) last--;
	// Never half of a wide character.
	while (first > 0 && (charAt(before, first) === continuation || charAt(after, first) === continuation)) first--;
	while (charAt(before, last + 1) === continuation || charAt(after, last + 1) === continuation) last++;
	// The new line ends before the old one did: written whole after an erase, as Ink's writer does, so that
	// a terminal keeps the same cells (tmux keeps erased cells apart from cells erased to the line's end).
	if (last >= after.chars.length) return undefined;
	let text = `${csi}${first + 1}G`;
	let style: number | undefined;
	for (let column = first; column <= last; column++) {
		const char = after.chars[column]!;
		if (char === continuation) continue;
		if (after.styles[column] !== style) {
			style = after.styles[column]!;
			text += styleSequence(styleKey(style));
		}
		text += String.fromCharCode(char);
	}
	if (style !== 0) text += styleSequence('');
	return text;
}

/** Relative cursor moves, as Ink's writer makes: the frame is drawn from the line its first frame started on. */
function moveRows(from: number, to: number): string {
	if (to < from) return `${csi}${from - to}A`;
	if (to > from) return `${csi}${to - from}B`;
	return '';
}

/**
 * The text that turns `previous` on screen into `next` (both as lines of a frame written ending with a
 * newline, so each array's last element is empty, and the cursor below the frame's last line at its
 * start), leaving the cursor where writing `next` whole would leave it. Undefined when the two frames
 * do not have the same number of lines (or either does not end with a newline): then the whole frame is
 * written. An empty string when nothing changed.
 */
export function frameDiff(previous: readonly string[], next: readonly string[], cellsOf: (line: string) => LineCells | undefined = lineCells): string | undefined {
	if (previous.length !== next.length || previous.at(-1) !== '' || next.at(-1) !== '') return undefined;
	const below = next.length - 1;
	let text = '';
	let row = below;
	for (let line = 0; line < below; line++) {
		if (previous[line] === next[line]) continue;
		const before = cellsOf(previous[line]!);
		const after = before && cellsOf(next[line]!);
		const columns = after && changedColumns(before!, after);
		if (columns === '') continue;
		// "\r" after the move: a move up or down keeps the column.
		text += `${moveRows(row, line)}${columns ?? `\r${eraseLine}${next[line]}`}`;
		row = line;
	}
	return text === '' ? '' : `${text}${moveRows(row, below)}\r`;
}
