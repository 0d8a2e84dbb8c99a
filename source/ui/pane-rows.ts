import {factCategoryOrder, factCategoryTitles, plural, unattributed} from '../model/labels.js';
import type {Citation, EventStatus, Quote, StoryEvent} from '../model/schema.js';
import {articleDateLabel, eventDateLabel, type StoryLookup} from '../model/story-lookup.js';
import type {ListPaneId} from './layout.js';
import type {Cell, Tone} from '../text/text-fit.js';

// What each list pane shows, row by row, decided once per story. Rows with an item id can be selected;
// the others are section headings and notes.

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
class LazyRow implements Row {
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

function heading(text: string): Row {
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

/**
 * The date of an event under its year's heading: "12 or 13 Sep" rather than "12 or 13 Sep 2023"; an
 * event known only to the year says so instead of repeating the heading.
 */
export function dateWithinYear(event: StoryEvent): string {
	const label = eventDateLabel(event);
	const year = event.date.slice(0, 4);
	if (label === year) return event.precision === 'year' ? 'that year' : label;
	if (label.split(year).length !== 2 || !label.endsWith(` ${year}`)) return label;
	return label.slice(0, -year.length - 1);
}

/** Quotes by speaker: people and bodies most quoted first, then quotes whose speaker is not clear. */
export function quotesBySpeaker(lookup: StoryLookup): Array<{speaker?: string; quotes: Quote[]}> {
	const groups = new Map<string | undefined, Quote[]>();
	for (const quote of lookup.story.quotes) groups.set(quote.speaker, [...(groups.get(quote.speaker) ?? []), quote]);
	const named = [...groups].filter(([speaker]) => speaker !== undefined).map(([speaker, quotes]) => ({speaker, quotes}));
	named.sort((a, b) => b.quotes.length - a.quotes.length || lookup.nameOf(a.speaker!).localeCompare(lookup.nameOf(b.speaker!)));
	const unclear = groups.get(undefined);
	return unclear ? [...named, {quotes: unclear}] : named;
}

export function buildPaneRows(lookup: StoryLookup): Record<ListPaneId, PaneRows> {
	const {story} = lookup;
	const codes = outletCodes(story.articles.map(article => article.outlet));
	const badge = (cites: Citation[]) => lookup.outletsOf(cites).map(outlet => codes.get(outlet) ?? '?').join('+');
	// Badges are at most one code per outlet and a "+" between: their width is known without building them.
	const longestCode = Math.max(1, ...[...codes.values()].map(code => code.length));
	const badgeWidth = Math.min(story.articles.length * (longestCode + 1) - 1, Math.max(1, ...story.facts.map(fact => new Set(fact.cites.map(citation => citation.article)).size * (longestCode + 1) - 1)));

	const facts: Row[] = [];
	for (const category of factCategoryOrder) {
		const inCategory = story.facts.filter(fact => fact.category === category);
		if (inCategory.length === 0) continue;
		facts.push(heading(`${factCategoryTitles[category]} (${inCategory.length})`));
		for (const fact of inCategory) {
			facts.push(new LazyRow(() => [{text: `${badge(fact.cites).padEnd(badgeWidth)} `, tone: 'muted'}, {text: fact.text}], fact.id, 1));
		}
	}

	const timeline: Row[] = [];
	let dateWidth = 0;
	for (const event of story.events) dateWidth = Math.max(dateWidth, dateWithinYear(event).length);
	let year = '';
	for (const event of story.events) {
		if (event.date.slice(0, 4) !== year) {
			year = event.date.slice(0, 4);
			timeline.push(heading(year));
		}
		timeline.push(
			new LazyRow(
				() => [
					{text: `${dateWithinYear(event).padEnd(dateWidth)} `, tone: 'muted'},
					{text: `${statusGlyphs[event.status]} `, tone: statusTones[event.status]},
					{text: event.title},
					{text: `  ${badge(event.cites)}`, tone: 'muted'},
				],
				event.id,
				2,
			),
		);
	}

	const people: Row[] = [];
	const entityRow = (id: string, name: string, detail: () => string): Row =>
		new LazyRow(() => {
			const text = detail();
			return [{text: name, bold: true}, ...(text ? [{text: ` · ${text}`, tone: 'muted' as const}] : [])];
		}, id);
	if (story.people.length > 0) people.push(heading(`People (${story.people.length})`));
	for (const person of story.people) {
		people.push(entityRow(person.id, person.name, () => [person.role, person.country ? lookup.nameOf(person.country) : ''].filter(Boolean).join(', ')));
	}
	if (story.organizations.length > 0) people.push(heading(`Organisations (${story.organizations.length})`));
	for (const organization of story.organizations) {
		people.push(
			entityRow(organization.id, organization.name, () => [organization.kind, organization.country ? lookup.nameOf(organization.country) : ''].filter(Boolean).join(', ')),
		);
	}
	if (story.places.length > 0) people.push(heading(`Places (${story.places.length})`));
	for (const place of story.places) {
		people.push(entityRow(place.id, place.name, () => (place.within ? `${place.kind} in ${lookup.nameOf(place.within)}` : place.kind)));
	}

	const quotes: Row[] = [];
	for (const group of quotesBySpeaker(lookup)) {
		const speaker = group.speaker ? lookup.nameOf(group.speaker) : unattributed;
		quotes.push(heading(`${speaker} (${plural(group.quotes.length, 'quote')})`));
		for (const quote of group.quotes) quotes.push(new LazyRow(() => [{text: `“${quote.text}”`}, {text: `  ${badge(quote.cites)}`, tone: 'muted'}], quote.id));
	}

	const sources: Row[] = [];
	const exclusiveCounts = countExclusiveItems(lookup);
	for (const article of story.articles) {
		const exclusive = exclusiveCounts.get(article.id) ?? 0;
		sources.push(heading(`${article.outlet} (${codes.get(article.outlet)}) · ${articleDateLabel(article)}`));
		sources.push({itemId: article.id, cells: [{text: article.title}]});
		sources.push({cells: [{text: `  only here: ${exclusive} items`, tone: 'muted'}]});
	}
	if (story.differences.length > 0) sources.push(heading(`Where they differ (${story.differences.length})`));
	for (const difference of story.differences) {
		sources.push({itemId: difference.id, cells: [{text: '≠ ', tone: 'warning'}, {text: difference.topic}]});
	}

	return {facts: finish(facts), timeline: finish(timeline), people: finish(people), quotes: finish(quotes), sources: finish(sources)};
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

/** Where an item lives in the panes: each item has one row in one pane. */
export function locateItem(panes: Record<ListPaneId, PaneRows>, id: string): {pane: ListPaneId; index: number} | undefined {
	for (const pane of ['facts', 'timeline', 'people', 'quotes', 'sources'] as const) {
		const index = panes[pane].ids.indexOf(id);
		if (index >= 0) return {pane, index};
	}
	return undefined;
}
