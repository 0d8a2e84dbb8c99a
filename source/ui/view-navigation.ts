import type {LinkSpan} from './document.js';

// Moving inside an open detail or reader, like less: the view scrolls by lines, a chosen link is
// always on screen, and a search inside the text stops at the lines that hold it. Pure arithmetic.

/** What the reducer knows of an open document at the current width. */
export type ViewShape = {lineCount: number; linkSpans: LinkSpan[]; anchor: number; matchLines(query: string): number[]};

export type ViewPosition = {scroll: number; link?: number; match?: number};

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

export const lastScroll = (shape: ViewShape, page: number) => Math.max(0, shape.lineCount - Math.max(1, page));

export function clampScroll(scroll: number, shape: ViewShape, page: number): number {
	return clamp(scroll, 0, lastScroll(shape, page));
}

function spanVisible(span: LinkSpan, scroll: number, page: number): boolean {
	return span.last >= scroll && span.first < scroll + page;
}

/** The chosen link if it is still on screen, else the first link on screen (or none). */
export function visibleLink(shape: ViewShape, scroll: number, page: number, current: number | undefined): number | undefined {
	if (current !== undefined && shape.linkSpans[current] && spanVisible(shape.linkSpans[current]!, scroll, page)) return current;
	const first = shape.linkSpans.findIndex(span => span.first >= scroll && span.first < scroll + page);
	return first >= 0 ? first : undefined;
}

/** The scroll that brings lines first…last into view, moving as little as possible. */
export function revealLines(scroll: number, first: number, last: number, shape: ViewShape, page: number): number {
	let next = scroll;
	if (last >= next + page) next = Math.min(first, last - page + 1);
	if (first < next) next = first;
	return clampScroll(next, shape, page);
}

/** Opens a document: at its anchor (the reader's cited paragraph, a quarter page down) or its top. */
export function openPosition(shape: ViewShape, page: number): ViewPosition {
	const scroll = clampScroll(shape.anchor > 0 ? shape.anchor - Math.floor(page / 4) : 0, shape, page);
	return {scroll, link: visibleLink(shape, scroll, page, undefined)};
}

/** Scrolls by lines (or to an end); the chosen link follows only when it leaves the screen. */
export function scrollBy(position: ViewPosition, step: number | 'first' | 'last', shape: ViewShape, page: number): ViewPosition {
	const scroll = step === 'first' ? 0 : step === 'last' ? lastScroll(shape, page) : clampScroll(position.scroll + step, shape, page);
	return {...position, scroll, link: visibleLink(shape, scroll, page, position.link)};
}

/** Tab / Shift-Tab: the next or previous link from the chosen one (or from the screen), wrapping. */
export function stepLink(position: ViewPosition, direction: 1 | -1, shape: ViewShape, page: number): ViewPosition {
	const count = shape.linkSpans.length;
	if (count === 0) return position;
	let link: number;
	if (position.link === undefined) {
		const below = shape.linkSpans.findIndex(span => span.first >= position.scroll);
		const above = shape.linkSpans.findLastIndex(span => span.first < position.scroll + page);
		link = direction === 1 ? (below >= 0 ? below : 0) : above >= 0 ? above : count - 1;
	} else link = (position.link + direction + count) % count;
	const span = shape.linkSpans[link]!;
	return {...position, link, scroll: revealLines(position.scroll, span.first, span.last, shape, page)};
}

/** The match after (or before) the current one, wrapping; a line of context is kept above it. */
export function stepMatch(position: ViewPosition, direction: 1 | -1, query: string, shape: ViewShape, page: number, fromCurrent = true): ViewPosition {
	const lines = shape.matchLines(query);
	if (lines.length === 0) return {...position, match: undefined};
	const from = fromCurrent && position.match !== undefined ? position.match : direction === 1 ? position.scroll - 1 : position.scroll + page;
	const match = direction === 1 ? (lines.find(line => line > from) ?? lines[0]!) : (lines.findLast(line => line < from) ?? lines.at(-1)!);
	const scroll = spanVisible({first: match, last: match}, position.scroll, page) ? position.scroll : clampScroll(match - 1, shape, page);
	return {scroll, match, link: visibleLink(shape, scroll, page, position.link)};
}
