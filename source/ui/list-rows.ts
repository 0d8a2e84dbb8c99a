import type {Citation, EventStatus} from '../model/schema.js';
import type {StoryLookup} from '../model/story-lookup.js';
import type {Cell, Tone} from '../text/text-fit.js';

// What the list panes are made of, row by row: rows with an item id can be selected, the others are
// section headings and notes. Each list pane (panes/) builds its rows from these; decided once per story.

/** `prefix`: leading cells that form a column (outlet badge, date and status). */
export type Row = {cells: Cell[]; itemId?: string; heading?: boolean; prefix?: number};

export type PaneRows = {rows: Row[]; selectableRows: number[]; ids: string[]; headingRows: number[]};

export const statusGlyphs: Record<EventStatus, string> = {happened: '●', expected: '○', historical: '◆'};
export const statusTones: Record<EventStatus, Tone> = {happened: 'happened', expected: 'expected', historical: 'historical'};

/** Short, unique codes for outlets ("F" for Forbes, "R" for Rappler), shown on each fact line. */
export function outletCodes(outlets: string[]): Map<string, string> {
	const codes = new Map<string, string>();
	const used = new Set<string>();
	for (const outlet of outlets) {
		if (codes.has(outlet)) continue;
		const letters = outlet.replace(/[^\p{L}\p{N}]/gu, '') || outlet;
		let code = letters.slice(0, 1).toUpperCase();
		for (let length = 2; used.has(code) && length <= letters.length; length++) code = letters.slice(0, length).toUpperCase();
		for (let suffix = 2; used.has(code); suffix++) code = `${letters.slice(0, 1).toUpperCase()}${suffix}`;
		used.add(code);
		codes.set(outlet, code);
	}
	return codes;
}

/**
 * A row whose cells are built the first time they are read: a pane may hold 100,000 rows of which
 * forty are on screen, and formatting the rest would only delay the first frame.
 */
export class LazyRow implements Row {
	#build?: () => Cell[];
	#cells?: Cell[];
	constructor(
		build: () => Cell[],
		readonly itemId?: string,
		readonly prefix?: number,
	) {
		this.#build = build;
	}

	get cells(): Cell[] {
		if (!this.#cells) {
			this.#cells = this.#build!();
			this.#build = undefined;
		}
		return this.#cells;
	}
}

export function heading(text: string): Row {
	return {cells: [{text, tone: 'heading', bold: true}], heading: true};
}

/** Rows with the indexes the panes ask for: which rows are items (and their ids) and which headings. */
export function finish(rows: Row[]): PaneRows {
	const selectableRows: number[] = [];
	const ids: string[] = [];
	const headingRows: number[] = [];
	rows.forEach((row, index) => {
		if (row.itemId) {
			selectableRows.push(index);
			ids.push(row.itemId);
		}
		if (row.heading) headingRows.push(index);
	});
	return {rows, selectableRows, ids, headingRows};
}

/** The heading row a row sits under (the last heading at or above it), if any. */
export function headingOf(panes: PaneRows, row: number): number | undefined {
	let low = 0;
	let high = panes.headingRows.length - 1;
	let found: number | undefined;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (panes.headingRows[middle]! <= row) {
			found = panes.headingRows[middle];
			low = middle + 1;
		} else high = middle - 1;
	}
	return found;
}

/** What every list pane's rows share: the story, and the outlet badges of citations with their width. */
export type RowContext = {
	lookup: StoryLookup;
	codes: Map<string, string>;
	/** The outlets' codes for citations, "F+R". */
	badge(cites: Citation[]): string;
	/** The widest badge a fact carries: facts line their text up after it. */
	badgeWidth: number;
};

export function rowContextOf(lookup: StoryLookup): RowContext {
	const {story} = lookup;
	const codes = outletCodes(story.articles.map(article => article.outlet));
	const badge = (cites: Citation[]) => lookup.outletsOf(cites).map(outlet => codes.get(outlet) ?? '?').join('+');
	// Badges are at most one code per outlet and a "+" between: their width is known without building them.
	const longestCode = Math.max(1, ...[...codes.values()].map(code => code.length));
	const badgeWidth = Math.min(story.articles.length * (longestCode + 1) - 1, Math.max(1, ...story.facts.map(fact => new Set(fact.cites.map(citation => citation.article)).size * (longestCode + 1) - 1)));
	return {lookup, codes, badge, badgeWidth};
}

/** The one article an item's citations all come from, if there is one. */
function soleArticle(cites: Citation[]): string | undefined {
	const first = cites[0]?.article;
	return first !== undefined && cites.every(citation => citation.article === first) ? first : undefined;
}

/** How many facts, events and quotes cite each article and no other, in one pass over the story. */
export function countExclusiveItems(lookup: StoryLookup): Map<string, number> {
	const counts = new Map<string, number>();
	for (const items of [lookup.story.facts, lookup.story.events, lookup.story.quotes]) {
		for (const item of items) {
			const article = soleArticle(item.cites);
			if (article !== undefined) counts.set(article, (counts.get(article) ?? 0) + 1);
		}
	}
	return counts;
}

/** Facts, events and quotes that cite this article and no other. */
export function exclusiveItems(lookup: StoryLookup, articleId: string): string[] {
	const {story} = lookup;
	return [...story.facts, ...story.events, ...story.quotes].filter(item => soleArticle(item.cites) === articleId).map(item => item.id);
}
