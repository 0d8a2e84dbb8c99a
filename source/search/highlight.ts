import type {Range} from './search.js';

export type Segment = {text: string; matched: boolean};

/**
 * Cuts text into runs of matched and unmatched characters: the one "mark, then split into runs" step
 * behind every highlight (search results, the find inside a detail, the plain output). Ranges are
 * inclusive, as fuse.js gives them, may overlap or come unsorted, and are clipped to the text.
 */
export function splitByRanges(text: string, ranges: ReadonlyArray<Range>): Segment[] {
	const marked = new Uint8Array(text.length);
	for (const [start, end] of ranges) {
		for (let index = Math.max(0, start); index <= Math.min(end, text.length - 1); index++) marked[index] = 1;
	}
	const segments: Segment[] = [];
	let runStart = 0;
	for (let index = 1; index <= text.length; index++) {
		if (index === text.length || marked[index] !== marked[runStart]) {
			if (index > runStart) segments.push({text: text.slice(runStart, index), matched: marked[runStart] === 1});
			runStart = index;
		}
	}
	return segments;
}

/**
 * Every case-insensitive occurrence of `needle` in `text`, as inclusive ranges. None when lower-casing
 * changes the text's length (rare letters): better unmarked than marked in the wrong place.
 */
export function occurrenceRanges(text: string, needle: string): Range[] {
	const lowerNeedle = needle.trim().toLocaleLowerCase();
	const lower = text.toLocaleLowerCase();
	if (lowerNeedle === '' || lower.length !== text.length) return [];
	const ranges: Range[] = [];
	for (let at = lower.indexOf(lowerNeedle); at >= 0; at = lower.indexOf(lowerNeedle, at + lowerNeedle.length)) ranges.push([at, at + lowerNeedle.length - 1]);
	return ranges;
}
