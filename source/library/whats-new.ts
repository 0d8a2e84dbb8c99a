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
 * Whether an item was updated (a later article confirmed it) after the day of the last visit. One rule
 * for the dashboard, which reads the items, and for the library and picker, which read the catalog's
 * days (story-header.ts): the same day as the visit does not count, since the visit may have come after.
 */
export const updatedSince = (updated: string | undefined, seenAt: string) => updated !== undefined && updated > seenAt.slice(0, 10);

/**
 * The ids of articles and items added, or updated, since the user last saw the story; empty for a story
 * never seen.
 */
export function newItemIds(story: StoryFile, seen: SeenState): Set<string> {
	const last = Object.hasOwn(seen.stories, story.story.id) ? seen.stories[story.story.id] : undefined;
	if (!last) return new Set();
	const known = new Set(last.ids);
	const updated = itemCollections.flatMap(collection => (story[collection] as Array<{id: string; updated?: string}>).filter(item => known.has(item.id) && updatedSince(item.updated, last.seenAt)).map(item => item.id));
	return new Set([...storyItemIds(story).filter(id => !known.has(id)), ...updated]);
}

/** The state once the user has seen the story as it is now. Pure: returns a new state. */
export function markStorySeen(seen: SeenState, story: StoryFile, now: Date): SeenState {
	const ids = storyItemIds(story);
	const counts = {articles: story.articles.length, items: ids.length - story.articles.length};
	return {version: 1, stories: {...seen.stories, [story.story.id]: {seenAt: now.toISOString(), ids, counts}}};
}

/** New articles and items, and items a later article confirmed (updated), since the last visit. */
export type NewCounts = {articles: number; items: number; updated?: number};

export function countNew(story: StoryFile, newIds: ReadonlySet<string>): NewCounts {
	const articles = story.articles.filter(article => newIds.has(article.id)).length;
	const updated = itemCollections.reduce((sum, collection) => sum + (story[collection] as Array<{id: string; updated?: string}>).filter(item => newIds.has(item.id) && item.updated !== undefined).length, 0);
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

/**
 * The part of a story added on or after a day (items carry the day they were added): the articles and
 * items, each list in story order. Items without a day came with the story's first import before
 * the library kept days, and count as older than any day asked for.
 */
export function addedSince(story: StoryFile, day: string): Pick<StoryFile, 'articles' | (typeof itemCollections)[number]> {
	const since = <T extends {added?: string}>(items: T[]) => items.filter(item => item.added !== undefined && item.added >= day);
	const articles = since(story.articles);
	const newArticles = new Set(articles.map(article => article.id));
	return {
		articles,
		people: since(story.people),
		organizations: since(story.organizations),
		places: since(story.places),
		facts: since(story.facts),
		events: since(story.events),
		quotes: since(story.quotes),
		// Differences carry no day: one is new when one of its sides is a new article.
		differences: story.differences.filter(difference => difference.sides.some(side => newArticles.has(side.article))),
	};

}
