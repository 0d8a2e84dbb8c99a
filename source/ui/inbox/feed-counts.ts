import {addedFromFeedsSince, type RefreshRecord} from '../../feeds/refresh-record.js';
import type {PickerModel} from '../../library/picker-model.js';
import type {SeenState} from '../../library/whats-new.js';
import {plural} from '../../model/labels.js';

// "+ 3 articles from feeds" on a story's row of the picker: what refreshes added to it since the
// user last opened it (all of it when never opened), before the rest of what is new.

export function withFeedCounts(model: PickerModel, record: RefreshRecord, seen: SeenState): PickerModel {
	if (Object.keys(record.stories).length === 0) return model;
	const rows = model.rows.map(row => {
		if (row.kind !== 'story' || row.problem) return row;
		const since = Object.hasOwn(seen.stories, row.id) ? seen.stories[row.id]!.seenAt : undefined;
		const added = addedFromFeedsSince(record, row.id, since);
		if (added === 0) return row;
		return {...row, unread: true, fresh: [`${plural(added, 'article')} from feeds`, row.fresh].filter(Boolean).join(' · ')};
	});
	return {...model, rows};
}
