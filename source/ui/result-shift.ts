// A result line whose first match lies past the right edge is shifted left so the match is in view,
// as fzf does, with "…" where text was cut off on the left ("'khasan" must show "…the Khasan crossing",
// not "…at the main train station of the Russian bo…"). The right edge is left to fitCells.
import {isSimpleText} from '../text/cell-width.js';
import {cellWidth, type Cell} from '../text/text-fit.js';

/**
 * A line's grapheme clusters as three lists of numbers, cluster by cluster: its cell, where in the cell's
 * text it starts, its width. Not an object and a string a cluster: the lines cut this way are the
 * long ones, and their clusters were the largest garbage of a typed key's rows.
 */
type Clusters = {cells: number[]; offsets: number[]; widths: number[]};

let graphemes: Intl.Segmenter | undefined;

function clustersOf(cells: readonly Cell[]): Clusters {
	const clusters: Clusters = {cells: [], offsets: [], widths: []};
	const add = (cell: number, offset: number, width: number) => {
		clusters.cells.push(cell);
		clusters.offsets.push(offset);
		clusters.widths.push(width);
	};
	cells.forEach((cell, index) => {
		if (printableAscii.test(cell.text)) {
			for (let at = 0; at < cell.text.length; at++) add(index, at, 1);
			return;
		}
		graphemes ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'});
		for (const {segment, index: at} of graphemes.segment(cell.text)) add(index, at, cellWidth(segment));
	});
	return clusters;
}

const printableAscii = /^[\u0020-\u007E]*$/;

/**
 * Whether each UTF-16 unit of the text is a cluster of its own one cell wide: printable ASCII, and most
 * Latin, Cyrillic and punctuation ("é", "Д", "—", "“"). The cut is then found from character offsets
 * (shiftedAscii): a cluster object per character was most of a typed key's garbage on result lines with
 * one such letter. Wide characters, marks, emoji and surrogate pairs are not.
 */
function oneCellPerUnit(text: string): boolean {
	if (printableAscii.test(text)) return true;
	if (!isSimpleText(text)) return false;
	for (let at = 0; at < text.length; at++) {
		const code = text.charCodeAt(at);
		if (code >= 0x20 && code <= 0x7e) continue;
		if ((code >= 0xd800 && code <= 0xdfff) || cellWidth(text[at]!) !== 1) return false;
	}
	return true;
}

/**
 * Whether a line of one cell a character (see oneCellPerUnit: most labels) shows its first match as it
 * is, found from the cells' lengths alone: the lines a screen of results draws on every key mostly do,
 * and splitting each into clusters first was most of this function's time.
 */
function inViewAsIs(body: readonly Cell[], firstMatchCell: number, room: number): boolean {
	let total = 0;
	let toMatchEnd = 0;
	for (let index = 0; index < body.length; index++) {
		const text = body[index]!.text;
		if (!oneCellPerUnit(text)) return false;
		total += text.length;
		if (index <= firstMatchCell) toMatchEnd = total;
	}
	return total <= room || toMatchEnd <= room - 1;
}

/**
 * Shifts `cells` (the first `fixed` of them, a kind badge, always stay) so that the first cell toned
 * 'match' fits within `width` cells, leaving about a quarter of the room as context before it and
 * using the room to the end of the text rather than leaving a gap. Lines that already show their first
 * match come back unchanged.
 */
export function shiftToFirstMatch(cells: readonly Cell[], width: number, fixed = 1): Cell[] {
	const head = cells.slice(0, fixed);
	const body = cells.slice(fixed);
	const room = width - head.reduce((total, cell) => total + cellWidth(cell.text), 0);
	const firstMatchCell = body.findIndex(cell => cell.tone === 'match' && cell.text !== '');
	if (firstMatchCell < 0 || room < 4 || inViewAsIs(body, firstMatchCell, room)) return [...cells];
	return (body.every(cell => oneCellPerUnit(cell.text)) ? shiftedAscii : shiftedByClusters)(head, body, firstMatchCell, room) ?? [...cells];
}

/** The cut made cluster by cluster (any text: wide characters, combining marks); undefined when the line is left as it is. Exported for tests. */
export function shiftedByClusters(head: readonly Cell[], body: readonly Cell[], firstMatchCell: number, room: number): Cell[] | undefined {
	const {cells, offsets, widths} = clustersOf(body);
	const count = cells.length;
	// Widths before each cluster: a sum over a stretch of clusters is a difference of two.
	const before = new Array<number>(count + 1);
	before[0] = 0;
	for (let index = 0; index < count; index++) before[index + 1] = before[index]! + widths[index]!;
	const sum = (from: number, to: number) => before[to]! - before[from]!;
	const matchStart = cells.indexOf(firstMatchCell);
	const matchEnd = cells.lastIndexOf(firstMatchCell) + 1;
	const total = sum(0, count);
	// In view already: the match ends before the "…" that fitCells puts at a cut right edge.
	if (total <= room || sum(0, matchEnd) <= room - 1) return undefined;
	const context = Math.floor(room / 4);
	let start = matchStart;
	while (start > 0 && sum(start - 1, matchStart) <= context) start--;
	// The whole match, if it can: "…" on the left, the match, and "…" on the right if text is cut there.
	while (start < matchStart && 1 + sum(start, matchEnd) > room - (matchEnd < count ? 1 : 0)) start++;
	// No gap at the end: start earlier while the rest of the text still fits.
	while (start > 1 && 1 + sum(start - 1, count) <= room) start--;
	if (start <= 0) return undefined;
	// The clusters from the cut on, cell by cell: the rest of the cut's cell, then every later cell that
	// has any (an empty cell has no clusters).
	const shifted: Cell[] = [];
	for (let cell = cells[start]!; cell < body.length; cell++) {
		const text = cell === cells[start] ? body[cell]!.text.slice(offsets[start]) : body[cell]!.text;
		if (text !== '') shifted.push({...body[cell]!, text});
	}
	const firstTone = body[cells[start]!]!.tone;
	const ellipsis: Cell = {text: '…', tone: firstTone === 'match' ? 'muted' : firstTone ?? 'muted'};
	return [...head, ellipsis, ...shifted];
}

/**
 * shiftToFirstMatch for a body where a character is a cell (see oneCellPerUnit): the same cut found
 * from character offsets instead of a cluster object per character (long result lines whose match is
 * past the edge are most lines of a typed key's frame, and their clusters were much of its garbage).
 * Undefined when the line is left as it is. Exported for tests.
 */
export function shiftedAscii(head: readonly Cell[], body: readonly Cell[], firstMatchCell: number, room: number): Cell[] | undefined {
	let total = 0;
	let matchStart = 0;
	let matchEnd = 0;
	for (let index = 0; index < body.length; index++) {
		if (index === firstMatchCell) matchStart = total;
		total += body[index]!.text.length;
		if (index === firstMatchCell) matchEnd = total;
	}
	if (total <= room || matchEnd <= room - 1) return undefined;
	const context = Math.floor(room / 4);
	let start = matchStart;
	while (start > 0 && matchStart - (start - 1) <= context) start--;
	while (start < matchStart && 1 + matchEnd - start > room - (matchEnd < total ? 1 : 0)) start++;
	while (start > 1 && 1 + total - (start - 1) <= room) start--;
	if (start <= 0) return undefined;
	const shifted: Cell[] = [];
	let firstTone: Cell['tone'];
	let offset = 0;
	for (const cell of body) {
		const end = offset + cell.text.length;
		// As the clusters did: empty cells and the text before the cut are left out.
		if (end > start && cell.text !== '') {
			if (shifted.length === 0) firstTone = cell.tone;
			shifted.push(offset >= start ? {...cell} : {...cell, text: cell.text.slice(start - offset)});
		}
		offset = end;
	}
	const ellipsis: Cell = {text: '…', tone: firstTone === 'match' ? 'muted' : firstTone ?? 'muted'};
	return [...head, ellipsis, ...shifted];
}
