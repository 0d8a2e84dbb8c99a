import type {ListPaneId} from './panes/pane-list.js';
import {finish, type PaneRows, type Row} from './list-rows.js';
import type {Cell} from '../text/text-fit.js';

// What is new since the user's last visit, in the panes: a `+` before each new item (a sign, so it
// reads without colour), and a view of only the new items. Pure: rows in, rows out.

export const newMarker = '+ ';
const noMarker = '  ';

/** A row with a leading marker cell; its cells are built when first read, as the pane's own rows are. */
class MarkedRow implements Row {
	readonly itemId?: string;
	readonly heading?: boolean;
	readonly prefix?: number;
	#row: Row;
	#marker: Cell;
	#cells?: Cell[];
	constructor(row: Row, isNew: boolean) {
		this.#row = row;
		this.itemId = row.itemId;
		this.heading = row.heading;
		// The marker joins the row's leading column, so wrapped lines stay indented under the text.
		this.prefix = row.prefix === undefined ? undefined : row.prefix + 1;
		this.#marker = isNew ? {text: newMarker, tone: 'accent', bold: true} : {text: noMarker};
	}

	get cells(): Cell[] {
		this.#cells ??= [this.#marker, ...this.#row.cells];
		return this.#cells;
	}
}

const rebuild = finish;

/** A heading's count ("People (7)") counts what is listed under it: here, only the new items. */
function recount(heading: Row, count: number): Row {
	const cells = heading.cells.map((cell, index) => (index === heading.cells.length - 1 ? {...cell, text: cell.text.replace(/\(\d+\)$/, `(${count} new)`)} : cell));
	return {...heading, cells};
}

/** Only the new items of a pane, under the headings they sat under; a note when nothing in it is new. */
function onlyNew(rows: Row[], newItems: ReadonlySet<string>): Row[] {
	const kept: Row[] = [];
	let heading: {row: Row; at: number; count: number} | undefined;
	const closeHeading = () => {
		if (heading && heading.count > 0) kept[heading.at] = recount(heading.row, heading.count);
	};
	for (const row of rows) {
		if (row.heading) {
			closeHeading();
			heading = {row, at: -1, count: 0};
		} else if (row.itemId && newItems.has(row.itemId)) {
			if (heading && heading.at === -1) {
				heading.at = kept.length;
				kept.push(heading.row);
			}
			if (heading) heading.count++;
			kept.push(row);
		}
	}
	closeHeading();
	return kept.length > 0 ? kept : [{cells: [{text: 'nothing new here since your last visit', tone: 'muted'}]}];
}

/**
 * The panes with new items marked (every row gets a marker column, so rows stay aligned), and with
 * `newOnly` only those items. Without anything new the panes are returned as they are.
 */
export function markNewItems(panes: Record<ListPaneId, PaneRows>, newItems: ReadonlySet<string>, newOnly: boolean): Record<ListPaneId, PaneRows> {
	if (newItems.size === 0) return panes;
	const marked = {} as Record<ListPaneId, PaneRows>;
	for (const [pane, paneRows] of Object.entries(panes) as Array<[ListPaneId, PaneRows]>) {
		const rows = newOnly ? onlyNew(paneRows.rows, newItems) : paneRows.rows;
		marked[pane] = rebuild(rows.map(row => (row.heading ? row : new MarkedRow(row, row.itemId !== undefined && newItems.has(row.itemId)))));
	}
	return marked;
}
