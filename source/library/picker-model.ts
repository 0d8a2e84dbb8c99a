import {formatPartialDate} from '../model/dates.js';
import {sanitiseText} from '../model/sanitise.js';
import {filterTexts} from '../search/filter-texts.js';
import type {Library, LibraryStory} from './catalog.js';
import {newCountsOf} from './library-cli.js';
import {describeNew, type SeenState} from './whats-new.js';

// The story picker as a pure model: rows from the catalog, their order, a fuzzy filter (search/), the selection.
// The screen (Ink) only draws a model and sends it actions; nothing here knows about the terminal.

export type PickerRow = {
	/** What the row is: a story of the library (other kinds, such as an inbox, are added as rows too). */
	kind: 'story' | 'inbox';
	/** The story id, or the file name of a broken file. */
	id: string;
	title: string;
	dates: string;
	outlets: string;
	counts: string;
	updatedMs: number;
	/** The first publication date of its articles (ISO, as precise as known), for the sort by first date. */
	firstDate?: string;
	/** "1 new article, 3 new items", or empty. */
	fresh: string;
	/** Anything unseen: never opened, or something new since the last visit (the ● mark). */
	unread: boolean;
	sample: boolean;
	/** Why it does not open; a broken row can be selected (to see why) but not opened. */
	problem?: string;
	files: string[];
};

export type PickerSort = 'updated' | 'title' | 'first-date';

/** The sorts in the order the sort key steps through them, each with how the picker names it. */
export const pickerSorts: ReadonlyArray<{sort: PickerSort; label: string}> = [
	{sort: 'updated', label: 'last update'},
	{sort: 'title', label: 'title'},
	{sort: 'first-date', label: 'first date'},
];

export const sortLabel = (sort: PickerSort) => pickerSorts.find(each => each.sort === sort)!.label;

export function nextSort(sort: PickerSort): PickerSort {
	const index = pickerSorts.findIndex(each => each.sort === sort);
	return pickerSorts[(index + 1) % pickerSorts.length]!.sort;
}

export type PickerModel = {
	rows: PickerRow[];
	sort: PickerSort;
	/**
	 * Row ids in the order shown without a query, fixed while the picker is open: a story updated
	 * meanwhile (by another window, or by a visit) keeps its place, so the row under the cursor stays;
	 * only the sort key orders the rows again.
	 */
	order: string[];
	query: string;
	/** Indexes into `rows` of the rows shown, in the order shown. */
	visible: number[];
	/** Position in `visible` of the selected row. */
	selected: number;
	/** For a query: the items of each story (by row index) that match it, best first, with their kind. */
	itemMatches?: ReadonlyMap<number, ReadonlyArray<{kind: string; label: string}>>;
};

/** Items of every story that match a query, each with the id of its story (the library's one search). */
export type ItemSearch = (query: string) => ReadonlyArray<{kind: string; label: string; story: {id: string}}>;

/**
 * Every text of a row, sanitised: file names come from the folder as they are, and a catalog or story
 * can be anyone's, so none of it may reach the terminal raw (a window title set by a file name).
 */
function clean(row: PickerRow): PickerRow {
	return {...row, id: sanitiseText(row.id), title: sanitiseText(row.title), dates: sanitiseText(row.dates), outlets: sanitiseText(row.outlets), counts: sanitiseText(row.counts), ...(row.problem === undefined ? {} : {problem: sanitiseText(row.problem)})};
}

/**
 * A story's row, sanitised where its text comes from outside the header: a file name, a problem. The
 * header's own text was sanitised when the library was read (catalog-file.ts for the catalog, the story
 * loader for a file), and a thousand rows sanitised again cost more than the rest of the picker's rows.
 */
function rowOf(story: LibraryStory, seen: SeenState): PickerRow {
	const row = rawRowOf(story, seen);
	return story.header && !story.problem ? {...row, id: sanitiseText(row.id)} : clean(row);
}

function rawRowOf(story: LibraryStory, seen: SeenState): PickerRow {
	const header = story.header;
	const fresh = newCountsOf(story, seen);
	if (!header || story.problem) {
		return {
			kind: 'story',
			unread: false,
			id: story.id,
			title: header?.title ?? story.files.map(file => file.split('/').at(-1)).join(', '),
			dates: '',
			outlets: '',
			counts: '',
			updatedMs: story.updatedMs,
			fresh: '',
			sample: story.sample,
			problem: story.problem ? `${story.problem.where ? `${story.problem.where}: ` : ''}${story.problem.message}` : 'does not load',
			files: story.files,
		};
	}
	const {counts} = header;
	const items = counts.people + counts.organizations + counts.places + counts.facts + counts.events + counts.quotes;
	const freshText = fresh ? describeNew(fresh, 'long') : '';
	return {
		kind: 'story',
		// The same "seen" the dashboard records on leaving: never opened counts as all unseen.
		unread: !Object.hasOwn(seen.stories, header.id) || freshText !== '',
		id: header.id,
		title: header.title,
		dates: header.from ? (header.from === header.to ? formatPartialDate(header.from) : `${formatPartialDate(header.from)} – ${formatPartialDate(header.to!)}`) : '',
		outlets: header.outlets.join(', '),
		counts: `${counts.articles} ${counts.articles === 1 ? 'article' : 'articles'}, ${items} items`,
		updatedMs: story.updatedMs,
		...(header.from ? {firstDate: header.from} : {}),
		fresh: freshText,
		sample: story.sample,
		files: story.files,
	};
}

const haystackOf = (row: PickerRow) => `${row.title} ${row.outlets} ${row.id}`;

/** Newest first; rows without a date after those with one. */
function byFirstDate(a: PickerRow, b: PickerRow): number {
	if (a.firstDate === b.firstDate) return 0;
	if (a.firstDate === undefined) return 1;
	if (b.firstDate === undefined) return -1;
	return a.firstDate < b.firstDate ? 1 : -1;
}

const comparators: Record<PickerSort, (a: PickerRow, b: PickerRow) => number> = {
	updated: (a, b) => b.updatedMs - a.updatedMs,
	title: (a, b) => a.title.localeCompare(b.title),
	'first-date': (a, b) => byFirstDate(a, b) || b.updatedMs - a.updatedMs,
};

/** Row ids in the sort's order; the sample stays last in any order: it is not one of the user's stories. */
function sortedIds(rows: PickerRow[], sort: PickerSort): string[] {
	const compare = comparators[sort];
	// The inbox row (the articles feeds brought that belong to no story) is pinned first in any order.
	return [...rows].sort((a, b) => Number(b.kind === 'inbox') - Number(a.kind === 'inbox') || Number(a.sample) - Number(b.sample) || compare(a, b)).map(row => row.id);
}

/** Row indexes in the fixed order; rows it does not know yet (a story added meanwhile) come after, sorted. */
function order(rows: PickerRow[], sort: PickerSort, fixed: readonly string[]): number[] {
	const indexOf = new Map(rows.map((row, index) => [row.id, index]));
	const known = fixed.flatMap(id => (indexOf.has(id) ? [indexOf.get(id)!] : []));
	const placed = new Set(known);
	const added = sortedIds(rows, sort)
		.map(id => indexOf.get(id)!)
		.filter(index => !placed.has(index));
	return [...known, ...added];
}

/** The rows a query leaves, best match first; every row, in the chosen order, for an empty query. */
function filter(rows: PickerRow[], sort: PickerSort, fixed: readonly string[], query: string): number[] {
	const trimmed = query.trim();
	if (trimmed === '') return order(rows, sort, fixed);
	// The one search core's query language and matcher, as the dashboard and `summit-tui search` read it.
	return filterTexts(rows.map(haystackOf), trimmed);
}

/** The picker's rows, one per story of the library: a plain list, so that other kinds of row can join it. */
export function pickerRows(library: Library, seen: SeenState): PickerRow[] {
	return library.stories.map(story => rowOf(story, seen));
}

/**
 * A picker over the library. `before`: the picker as the user left it (on coming back from a story): its
 * sort and order are kept, a story added meanwhile comes after the others, and its filter and selection
 * stay (the selection on the same story when it is still shown).
 */
export function createPicker(library: Library, seen: SeenState, sort: PickerSort = 'updated', before?: PickerModel): PickerModel {
	const rows = pickerRows(library, seen);
	if (!before) {
		const fixed = sortedIds(rows, sort);
		return {rows, sort, order: fixed, query: '', visible: order(rows, sort, fixed), selected: 0};
	}
	const visible = order(rows, before.sort, before.order);
	const fresh: PickerModel = {rows, sort: before.sort, order: visible.map(index => rows[index]!.id), query: '', visible, selected: 0};
	const filtered = before.query ? setQuery(fresh, before.query) : fresh;
	const id = selectedRow(before)?.id;
	const position = filtered.visible.findIndex(index => filtered.rows[index]!.id === id);
	// The story selected is gone (removed): the row that took its place, so the cursor does not jump.
	return {...filtered, selected: position === -1 ? Math.min(before.selected, Math.max(0, filtered.visible.length - 1)) : position};
}

/** The selection stays on the same story when it is still shown; otherwise on the first row. */
function reselect(model: PickerModel, visible: number[]): number {
	const current = model.visible[model.selected];
	const position = current === undefined ? -1 : visible.indexOf(current);
	return position === -1 ? 0 : position;
}

/**
 * Filters by title, outlets and id, and — given the library's item search — also keeps every story one
 * of whose items matches, after the stories matched by title, noting which items matched.
 */
export function setQuery(model: PickerModel, query: string, searchItems?: ItemSearch): PickerModel {
	const byTitle = filter(model.rows, model.sort, model.order, query);
	if (query.trim().length < 2 || !searchItems) {
		const {itemMatches: _, ...rest} = model;
		return {...rest, query, visible: byTitle, selected: query.trim() === '' ? reselect(model, byTitle) : 0};
	}
	const rowOfStory = new Map(model.rows.map((row, index) => [row.id, index]));
	const itemMatches = new Map<number, Array<{kind: string; label: string}>>();
	for (const hit of searchItems(query.trim())) {
		const row = rowOfStory.get(hit.story.id);
		if (row === undefined) continue;
		const list = itemMatches.get(row) ?? [];
		list.push({kind: hit.kind, label: hit.label});
		itemMatches.set(row, list);
	}
	const visible = [...byTitle, ...[...itemMatches.keys()].filter(row => !byTitle.includes(row))];
	return {...model, query, visible, selected: 0, itemMatches};
}

/** Orders the rows again by `sort` (the one change of order the user asks for), the selection kept. */
export function setSort(model: PickerModel, sort: PickerSort): PickerModel {
	const fixed = sortedIds(model.rows, sort);
	const visible = filter(model.rows, sort, fixed, model.query);
	return {...model, sort, order: fixed, visible, selected: reselect(model, visible)};
}

/** The first row (`to` 'first') or the last. */
export function moveToEnd(model: PickerModel, to: 'first' | 'last'): PickerModel {
	return {...model, selected: to === 'first' ? 0 : Math.max(0, model.visible.length - 1)};
}

/** Moves the selection by `delta` rows, stopping at the ends (a page is a larger delta). */
export function moveSelection(model: PickerModel, delta: number): PickerModel {
	if (model.visible.length === 0) return model;
	return {...model, selected: Math.max(0, Math.min(model.visible.length - 1, model.selected + delta))};
}

export function selectedRow(model: PickerModel): PickerRow | undefined {
	const index = model.visible[model.selected];
	return index === undefined ? undefined : model.rows[index];
}

/** What Enter does on the selection: open its files, or say why a broken story cannot be opened. */
export function openSelection(model: PickerModel): {open: string[]} | {cannot: string} | undefined {
	const row = selectedRow(model);
	if (!row) return undefined;
	return row.problem ? {cannot: `${row.title}: ${row.problem}`} : {open: row.files};
}
