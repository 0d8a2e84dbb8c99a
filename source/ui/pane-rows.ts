import type {StoryLookup} from '../model/story-lookup.js';
import {finish, rowContextOf, type PaneRows} from './list-rows.js';
import {listPaneDefinitions, listPanes, type ListPaneId} from './panes/pane-list.js';

// What each list pane shows, row by row, decided once per story: each pane (panes/) builds its own.

export {countExclusiveItems, exclusiveItems, finish, headingOf, outletCodes, statusGlyphs, statusTones, type PaneRows, type Row} from './list-rows.js';
export {dateWithinYear} from './panes/timeline.js';
export {quotesBySpeaker} from './panes/quotes.js';

export function buildPaneRows(lookup: StoryLookup): Record<ListPaneId, PaneRows> {
	const context = rowContextOf(lookup);
	return Object.fromEntries(listPaneDefinitions.map(pane => [pane.id, finish(pane.rows(context))])) as Record<ListPaneId, PaneRows>;
}

/** Where an item lives in the panes: each item has one row in one pane. */
export function locateItem(panes: Record<ListPaneId, PaneRows>, id: string): {pane: ListPaneId; index: number} | undefined {
	for (const pane of listPanes) {
		const index = panes[pane].ids.indexOf(id);
		if (index >= 0) return {pane, index};
	}
	return undefined;
}
