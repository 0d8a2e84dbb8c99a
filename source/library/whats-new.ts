import type {StoryFile} from '../model/schema.js';

// What is new in a story for this user: pure functions over the story and what the user has seen. The
// seen-state keeps, per story id, the ids the story had when the user last looked at it; an item whose
// id is not among them arrived since. A story never opened has nothing "new": all of it is.

/** `counts` lets a list of stories say "3 new" from the catalog's counts, without opening each story. */
export type SeenStory = {seenAt: string; ids: string[]; counts?: NewCounts};
export type SeenState = {version: 1; stories: Record<string, SeenStory>};

export const emptySeenState = (): SeenState => ({version: 1, stories: {}});

const itemCollections = ['people', 'organizations', 'places', 'facts', 'events', 'quotes', 'differences'] as const;

/** Every id a reader can see in the story: articles and items. */
export function storyItemIds(story: StoryFile): string[] {
	return [story.articles, ...itemCollections.map(collection => story[collection])].flatMap(items => items.map((item: {id: string}) => item.id));
}

/**
 * The one definition of new, for the header, the picker, `library` and --since: an article or item is
 * new when it was added, or updated, since a point — the user's last visit to the story (its id was not
 * among those seen then, or it was updated on or after that day) or a day given (it carries that day or
 * a later one as the day it was added or updated).
 */
export type Since = {day: string} | {seenIds: ReadonlySet<string>; seenDay: string};

/** The point of a visit: the ids seen then, and its day. */
export const sinceVisit = (visit: SeenStory): Since => ({seenIds: new Set(visit.ids), seenDay: visit.seenAt.slice(0, 10)});

type Dated = {id: string; added?: string; updated?: string};

/**
 * Updated after the visit's day: items carry days only, and an update of the day of the visit was most
 * likely seen then (else marking a story read would leave today's updates new all day). One rule for the
 * dashboard, which reads the items, and for the library and picker, which read the catalog's days.
 */
export const updatedSince = (updated: string | undefined, seenAt: string) => updated !== undefined && updated > seenAt.slice(0, 10);

export function isNewSince(item: Dated, since: Since): boolean {
	const updated = typeof item.updated === 'string' ? item.updated : undefined;
	if ('day' in since) return (item.added !== undefined && item.added >= since.day) || (updated !== undefined && updated >= since.day);
	return !since.seenIds.has(item.id) || updatedSince(updated, since.seenDay);
}

/** The ids of articles and items new since the user last saw the story; empty for a story never seen. */
export function newItemIds(story: StoryFile, seen: SeenState): Set<string> {
	const last = Object.hasOwn(seen.stories, story.story.id) ? seen.stories[story.story.id] : undefined;
	if (!last) return new Set();
	const since = sinceVisit(last);
	return new Set(storyItems(story).filter(item => isNewSince(item, since)).map(item => item.id));
}

function storyItems(story: StoryFile): Dated[] {
	return [story.articles, ...itemCollections.map(collection => story[collection])].flat() as Dated[];
}

/** The state once the user has seen the story as it is now. Pure: returns a new state. */
export function markStorySeen(seen: SeenState, story: StoryFile, now: Date): SeenState {
	const ids = storyItemIds(story);
	const counts = {articles: story.articles.length, items: ids.length - story.articles.length};
	return {version: 1, stories: {...seen.stories, [story.story.id]: {seenAt: now.toISOString(), ids, counts}}};
}

/** New articles and items, and items a later article confirmed (updated), since the last visit. */
export type NewCounts = {articles: number; items: number; updated?: number};

/**
 * An item confirmed by an article on a later day than it came: an update. One confirmed on the day it
 * came (two articles of one import) is simply new. The catalog's header counts by the same rule
 * (story-header.ts), so that the header, the picker and `library` agree.
 */
export const isUpdate = (item: {added?: string; updated?: string}) => item.updated !== undefined && item.updated > (item.added ?? '');

export function countNew(story: StoryFile, newIds: ReadonlySet<string>): NewCounts {
	const articles = story.articles.filter(article => newIds.has(article.id)).length;
	const updated = itemCollections.reduce((sum, collection) => sum + (story[collection] as Array<{id: string; added?: string; updated?: string}>).filter(item => newIds.has(item.id) && isUpdate(item)).length, 0);
	return {articles, items: newIds.size - articles - updated, ...(updated > 0 ? {updated} : {})};
}

/**
 * For the header, short: "3 new" (articles and items together). For the picker, long: "1 new article,
 * 7 new items". Empty when nothing is new.
 */
export function describeNew(counts: NewCounts, form: 'short' | 'long'): string {
	const total = counts.articles + counts.items;
	const updated = counts.updated ?? 0;
	if (total === 0 && updated === 0) return '';
	if (form === 'short') return [...(total > 0 ? [`${total} new`] : []), ...(updated > 0 ? [`${updated} updated`] : [])].join(', ');
	const parts = [];
	if (counts.articles > 0) parts.push(`${counts.articles} new ${counts.articles === 1 ? 'article' : 'articles'}`);
	if (counts.items > 0) parts.push(`${counts.items} new ${counts.items === 1 ? 'item' : 'items'}`);
	if (updated > 0) parts.push(`${updated} updated ${updated === 1 ? 'item' : 'items'}`);
	return parts.join(', ');
}

/** Whether a value read from the state file has the state's shape; a damaged file counts as nothing seen. */
export function asSeenState(value: unknown): SeenState | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const state = value as {version?: unknown; stories?: unknown};
	if (state.version !== 1 || typeof state.stories !== 'object' || state.stories === null || Array.isArray(state.stories)) return undefined;
	const stories: Record<string, SeenStory> = {};
	for (const [id, entry] of Object.entries(state.stories as Record<string, unknown>)) {
		const story = entry as {seenAt?: unknown; ids?: unknown};
		if (typeof story?.seenAt !== 'string' || !Array.isArray(story.ids) || !story.ids.every(item => typeof item === 'string')) continue;
		const counts = (entry as {counts?: {articles?: unknown; items?: unknown}}).counts;
		const validCounts = typeof counts?.articles === 'number' && typeof counts.items === 'number' ? {counts: {articles: counts.articles, items: counts.items}} : {};
		stories[id] = {seenAt: story.seenAt, ids: story.ids as string[], ...validCounts};
	}
	return {version: 1, stories};
}

/** The part of a story new since a day or a visit: the articles and items, each list in story order. */
export function newPart(story: StoryFile, since: Since): Pick<StoryFile, 'articles' | (typeof itemCollections)[number]> {
	const since_ = <T extends Dated>(items: T[]) => items.filter(item => isNewSince(item, since));
	const articles = since_(story.articles as Dated[] as Array<StoryFile['articles'][number] & Dated>);
	const newArticles = new Set(articles.map(article => article.id));
	return {
		articles,
		people: since_(story.people),
		organizations: since_(story.organizations),
		places: since_(story.places),
		facts: since_(story.facts),
		events: since_(story.events),
		quotes: since_(story.quotes),
		// Differences carry no day: one is new when one of its sides is a new article.
		differences: story.differences.filter(difference => difference.sides.some(side => newArticles.has(side.article))),
	};
}

/**
 * The part of a story added on or after a day (items carry the day they were added). Items without a
 * day came with the story's first import before the library kept days, and count as older than any day.
 */
export const addedSince = (story: StoryFile, day: string) => newPart(story, {day});

/**
 * What --since takes: a day (2024-03-05), a day and time (2024-03-05T14:30 or "2024-03-05 14:30": items
 * carry only the day they were added, so it means that whole day), or `last-visit`.
 */
export function parseSince(value: string): {day: string} | 'last-visit' | undefined {
	if (value === 'last-visit') return 'last-visit';
	const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2})?)?$/.exec(value.trim());
	if (!match) return undefined;
	const date = new Date(`${match[1]}T00:00:00Z`);
	if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== match[1]) return undefined;
	if (match[2] !== undefined && (Number(match[2]) > 23 || Number(match[3]) > 59)) return undefined;
	return {day: match[1]!};
}

/** The state once the user marks the story unread: as if none of it had been seen, so all of it is new. */
export function markStoryUnseen(seen: SeenState, story: StoryFile, now: Date): SeenState {
	return {version: 1, stories: {...seen.stories, [story.story.id]: {seenAt: now.toISOString(), ids: [], counts: {articles: 0, items: 0}}}};
}
