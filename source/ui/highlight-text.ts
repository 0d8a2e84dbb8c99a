import {occurrenceRanges, splitByRanges} from '../search/highlight.js';
import type {Range} from '../search/search.js';
import type {Cell} from '../text/text-fit.js';

// The dashboard's one highlighter: matched characters become 'match' cells, the rest keep their cell's
// style. Search results (ranges from the engine) and the find inside a detail (occurrences of the typed
// text) both go through it; the runs come from the search core's splitByRanges.

const matchedCell = (text: string): Cell => ({text, tone: 'match', bold: true});

/** Splits cells at the edges of the ranges (offsets into the cells' joined text) and marks what is inside. */
export function highlightCells(cells: readonly Cell[], ranges: ReadonlyArray<Range>): Cell[] {
	if (ranges.length === 0) return [...cells];
	const segments = splitByRanges(cells.map(cell => cell.text).join(''), ranges);
	if (!segments.some(segment => segment.matched)) return [...cells];
	const result: Cell[] = [];
	let segment = 0;
	let segmentLeft = segments[0]?.text.length ?? 0;
	for (const cell of cells) {
		let from = 0;
		while (from < cell.text.length) {
			while (segmentLeft === 0) segmentLeft = segments[++segment]!.text.length;
			const take = Math.min(segmentLeft, cell.text.length - from);
			const piece = cell.text.slice(from, from + take);
			result.push(segments[segment]!.matched ? matchedCell(piece) : {...cell, text: piece});
			from += take;
			segmentLeft -= take;
		}
	}
	return result;
}

/** Marks every case-insensitive occurrence of a text within a line's cells, keeping the rest as it was. */
export function highlightText(cells: Cell[], query: string): Cell[] {
	const ranges = occurrenceRanges(cells.map(cell => cell.text).join(''), query);
	return ranges.length === 0 ? cells : highlightCells(cells, ranges);
}
