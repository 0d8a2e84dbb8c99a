import type {StoryLookup} from '../model/story-lookup.js';
import {detailContent} from './detail-content.js';
import type {DocumentContent, ViewTarget} from './document.js';
import {readerContent} from './reader-content.js';

/** The content of whatever a view shows: an item's detail, or the reader at an article. */
export function documentContent(lookup: StoryLookup, target: ViewTarget): DocumentContent {
	return target.kind === 'item' ? detailContent(lookup, target.id) : readerContent(lookup, target);
}

/** What Enter on a list row opens: an article is read; anything else shows its detail. */
export function openTargetOf(lookup: StoryLookup, id: string): ViewTarget {
	return lookup.article(id) ? {kind: 'reader', article: id} : {kind: 'item', id};
}
