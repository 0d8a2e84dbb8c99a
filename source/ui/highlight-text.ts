import type {Cell} from '../text/text-fit.js';

/** Marks every case-insensitive occurrence of a text within a line's cells, keeping the rest as it was. */
export function highlightText(cells: Cell[], query: string): Cell[] {
	const needle = query.trim().toLocaleLowerCase();
	if (needle === '') return cells;
	const text = cells.map(cell => cell.text).join('');
	const lower = text.toLocaleLowerCase();
	// Lower-casing can change lengths (rare letters); then leave the line unmarked rather than misplace marks.
	if (lower.length !== text.length) return cells;
	const marked = new Array<boolean>(text.length).fill(false);
	for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) marked.fill(true, at, at + needle.length);
	if (!marked.includes(true)) return cells;
	const result: Cell[] = [];
	let offset = 0;
	for (const cell of cells) {
		let from = 0;
		for (let index = 1; index <= cell.text.length; index++) {
			if (index === cell.text.length || marked[offset + index] !== marked[offset + from]) {
				const piece = cell.text.slice(from, index);
				result.push(marked[offset + from] ? {text: piece, tone: 'match', bold: true} : {...cell, text: piece});
				from = index;
			}
		}
		offset += cell.text.length;
	}
	return result;
}
