import {mkdirSync} from 'node:fs';
import path from 'node:path';
import {writeFileSafely} from '../fs/write-file-safely.js';
import {parseOwnJson} from '../model/json-depth.js';
import type {Problem} from '../model/problem.js';
import {readOwnTextFile} from '../model/read-stories.js';

// What the refresh remembers of each feed, in $XDG_STATE_HOME/summit-tui/feeds-state.json: the
// validators for a conditional request (ETag, Last-Modified), the items already handled (by GUID or
// link) and when it was last refreshed. An item is recorded only once its article is in a story or the
// inbox, and the validators only once every item of that version of the feed was handled: a refresh
// cut short leaves the rest for the next one, which fetches the feed again in full.
// State, not the user's data: a damaged file is reported and the refresh starts from nothing.

export type FeedMemory = {
	etag?: string;
	lastModified?: string;
	/** SHA-256 of the feed's bytes as last wholly handled: the same bytes again are unchanged. */
	digest?: string;
	/** Keys of the items handled, as the feed last listed them. */
	seen: string[];
	/** ISO time of the last refresh that reached the feed. */
	refreshed?: string;
};

export type FeedState = {feeds: Record<string, FeedMemory>};

const stateName = 'feeds-state.json';

export function feedStateFile(stateFolder: string): string {
	return path.join(stateFolder, stateName);
}

const isString = (value: unknown): value is string => typeof value === 'string';

function asMemory(value: unknown): FeedMemory | undefined {
	if (!value || typeof value !== 'object') return undefined;
	const {etag, lastModified, digest, seen, refreshed} = value as Record<string, unknown>;
	if (!Array.isArray(seen)) return undefined;
	return {...(isString(etag) ? {etag} : {}), ...(isString(lastModified) ? {lastModified} : {}), ...(isString(digest) ? {digest} : {}), seen: seen.filter(isString), ...(isString(refreshed) ? {refreshed} : {})};
}

/** The state; an empty one when there is none, with a warning when the file was damaged. */
export function readFeedState(file: string): {state: FeedState; warning?: string} {
	const empty = (): FeedState => ({feeds: Object.create(null) as Record<string, FeedMemory>});
	const read = readOwnTextFile(file, 256 * 1024 * 1024);
	if (read.missing) return {state: empty()};
	if (read.text === undefined) return {state: empty(), warning: `${file}: ${read.problem?.message ?? 'cannot be read'}; every item of every feed counts as new`};
	const parsed = parseOwnJson(read.text, 8);
	const feeds = 'value' in parsed ? (parsed.value as {feeds?: unknown})?.feeds : undefined;
	if (!feeds || typeof feeds !== 'object') return {state: empty(), warning: `${file}: damaged (${'problem' in parsed ? parsed.problem : 'no feeds'}); every item of every feed counts as new`};
	const state = empty();
	for (const [url, value] of Object.entries(feeds)) {
		const memory = asMemory(value);
		if (memory) state.feeds[url] = memory;
	}
	return {state};
}

export function writeFeedState(file: string, state: FeedState): Problem | undefined {
	try {
		mkdirSync(path.dirname(file), {recursive: true});
	} catch {
		// The write says why.
	}
	return writeFileSafely(file, `${JSON.stringify(state)}\n`, {ownFile: true});
}
