import {formatPartialDate} from '../model/dates.js';
import {sanitiseText} from '../model/sanitise.js';
import {filterTexts} from '../search/filter-texts.js';
import type {Library, LibraryStory} from './catalog.js';
import {newCountsOf} from './library-cli.js';
import {describeNew, type SeenState} from './whats-new.js';

// The story picker as a pure model: rows from the catalog, their order, a fuzzy filter (search/), the selection.
// The screen (Ink) only draws a model and sends it actions; nothing here knows about the terminal.

export type PickerRow = {
	/** The story id, or the file name of a broken file. */
	id: string;
	title: string;
	dates: string;
	outlets: string;
	counts: string;
	updatedMs: number;
	/** "1 new article, 3 new items", or empty. */
	fresh: string;
	sample: boolean;
	/** Why it does not open; a broken row can be selected (to see why) but not opened. */
	problem?: string;
	files: string[];
};

export type PickerSort = 'updated' | 'title';

export type PickerModel = {
	rows: PickerRow[];
	sort: PickerSort;
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

function rowOf(story: LibraryStory, seen: SeenState): PickerRow {
	return clean(rawRowOf(story, seen));
}

function rawRowOf(story: LibraryStory, seen: SeenState): PickerRow {
	const header = story.header;
	const fresh = newCountsOf(story, seen);
	if (!header || story.problem) {
		return {
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
	return {
		id: header.id,
		title: header.title,
		dates: header.from ? (header.from === header.to ? formatPartialDate(header.from) : `${formatPartialDate(header.from)} – ${formatPartialDate(header.to!)}`) : '',
		outlets: header.outlets.join(', '),
		counts: `${counts.articles} ${counts.articles === 1 ? 'article' : 'articles'}, ${items} items`,
		updatedMs: story.updatedMs,
		fresh: fresh ? describeNew(fresh, 'long') : '',
		sample: story.sample,
		files: story.files,
	};
}

const haystackOf = (row: PickerRow) => `${row.title} ${row.outlets} ${row.id}`;

function order(rows: PickerRow[], sort: PickerSort): number[] {
	const indexes = rows.map((_, index) => index);
	// The sample stays last in either order: it is not one of the user's stories.
	const compare =
		sort === 'title'
			? (a: number, b: number) => Number(rows[a]!.sample) - Number(rows[b]!.sample) || rows[a]!.title.localeCompare(rows[b]!.title)
			: (a: number, b: number) => Number(rows[a]!.sample) - Number(rows[b]!.sample) || rows[b]!.updatedMs - rows[a]!.updatedMs;
	return indexes.sort(compare);
}

/** The rows a query leaves, best match first; every row, in the chosen order, for an empty query. */
function filter(rows: PickerRow[], sort: PickerSort, query: string): number[] {
	const trimmed = query.trim();
	if (trimmed === '') return order(rows, sort);
	// The one search core's query language and matcher, as the dashboard and `summit-tui search` read it.
	return filterTexts(rows.map(haystackOf), trimmed);
}

export function createPicker(library: Library, seen: SeenState, sort: PickerSort = 'updated'): PickerModel {
	const rows = library.stories.map(story => rowOf(story, seen));
	return {rows, sort, query: '', visible: order(rows, sort), selected: 0};
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
	const byTitle = filter(model.rows, model.sort, query);
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

export function setSort(model: PickerModel, sort: PickerSort): PickerModel {
	const next = {...model, sort};
	const visible = filter(model.rows, sort, model.query);
	return {...next, visible, selected: reselect(model, visible)};
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
