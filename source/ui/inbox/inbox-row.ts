import type {PickerModel, PickerRow} from '../../library/picker-model.js';
import {plural} from '../../model/labels.js';

// The picker's Inbox row: pinned first, shown only while the inbox holds articles, with its counts. The
// inbox is read by the feeds layer (above the library), so the row joins a picker the library built.

export type InboxSummary = {articles: number; groups: number};

export const inboxRowId = 'inbox';

function inboxRow(summary: InboxSummary): PickerRow {
	return {kind: 'inbox', id: inboxRowId, title: 'Inbox', dates: '', outlets: '', counts: `${plural(summary.articles, 'article')} in ${plural(summary.groups, 'group')}`, updatedMs: 0, fresh: '', unread: true, sample: false, files: []};
}

/**
 * The picker (as the library built it: no inbox row) with the inbox row first, when the inbox holds
 * articles. `selectInbox`: the selection on the row (coming back from the inbox); otherwise it stays on
 * the story it was on.
 */
export function withInboxRow(model: PickerModel, summary: InboxSummary | undefined, selectInbox = false): PickerModel {
	if (!summary || summary.articles === 0) return model;
	const index = model.rows.length;
	// Filtered, the row is shown only when the query names it, as a story would be.
	const shown = model.query.trim() === '' || /^inbox$/i.test(model.query.trim()) ? [index, ...model.visible] : model.visible;
	const moved = shown.length - model.visible.length;
	return {...model, rows: [...model.rows, inboxRow(summary)], order: [inboxRowId, ...model.order], visible: shown, selected: selectInbox && moved ? 0 : model.selected + moved};
}
