import {readFileSync} from 'node:fs';
import path from 'node:path';
import {writeFileSafely} from '../fs/write-file-safely.js';
import type {Problem} from '../model/problem.js';

// When the feeds were last refreshed, and what each refresh added to each story: the library's state,
// next to what the user has seen (never in the story text, which is the user's). The picker's
// "+ 3 articles from feeds" counts the additions since the story's last visit; the dashboard's header
// says when its story was last refreshed.

export type RefreshRecord = {
	version: 1;
	/** The end of the last refresh (ISO), whatever it brought. */
	last?: string;
	/** Per story id: the last refresh that fed it (a feed tied to it, or an article placed into it), and the articles each added. */
	stories: Record<string, {last: string; added: Array<{at: string; articles: number}>}>;
};

/** Additions kept per story: enough for any "since the last visit" a reader has. */
const keptAdditions = 50;

export const refreshRecordFile = (stateFolder: string) => path.join(stateFolder, 'feeds-refreshed.json');

const empty = (): RefreshRecord => ({version: 1, stories: {}});

/** The record; an empty one when there is none yet or it does not read (it only says what is new). */
export function readRefreshRecord(stateFolder: string): RefreshRecord {
	try {
		const parsed = JSON.parse(readFileSync(refreshRecordFile(stateFolder), 'utf8')) as Partial<RefreshRecord>;
		if (parsed?.version !== 1 || typeof parsed.stories !== 'object' || parsed.stories === null) return empty();
		return {version: 1, stories: parsed.stories, ...(typeof parsed.last === 'string' ? {last: parsed.last} : {})};
	} catch {
		return empty();
	}
}

/** The record after a refresh that ended at `at`, fed `fed` (story ids) and added `added` articles per story id. */
export function recordRefresh(record: RefreshRecord, at: string, fed: Iterable<string>, added: ReadonlyMap<string, number>): RefreshRecord {
	const stories = {...record.stories};
	for (const id of new Set([...fed, ...added.keys()])) {
		const before = Object.hasOwn(stories, id) ? stories[id]!.added : [];
		const count = added.get(id) ?? 0;
		stories[id] = {last: at, added: count > 0 ? [...before, {at, articles: count}].slice(-keptAdditions) : before};
	}
	return {version: 1, last: at, stories};
}

export function writeRefreshRecord(stateFolder: string, record: RefreshRecord): Problem | undefined {
	return writeFileSafely(refreshRecordFile(stateFolder), `${JSON.stringify(record, null, '\t')}\n`, {ownFile: true});
}

/** Articles refreshes added to a story after `since` (ISO; every one when the story was never opened). */
export function addedFromFeedsSince(record: RefreshRecord, storyId: string, since: string | undefined): number {
	if (!Object.hasOwn(record.stories, storyId)) return 0;
	return record.stories[storyId]!.added.filter(each => since === undefined || each.at > since).reduce((sum, each) => sum + each.articles, 0);
}

/** When the story was last refreshed: the last refresh that fed it, else the last refresh of all. */
export function lastRefreshOf(record: RefreshRecord, storyId: string): string | undefined {
	return Object.hasOwn(record.stories, storyId) ? record.stories[storyId]!.last : record.last;
}
