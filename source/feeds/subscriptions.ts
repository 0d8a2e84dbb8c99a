import {mkdirSync} from 'node:fs';
import path from 'node:path';
import {writeFileSafely} from '../fs/write-file-safely.js';
import {withFileLockSync} from '../model/file-lock.js';
import {parseOwnJson} from '../model/json-depth.js';
import type {Problem} from '../model/problem.js';
import {readOwnTextFile} from '../model/read-stories.js';
import {sanitiseText} from '../model/sanitise.js';

// The feeds the user follows, in $XDG_DATA_HOME/summit-tui/feeds.json (beside the library's stories
// folder, not in it: every *.json there is read as a story). Unlike what was seen, this is the user's
// own list: a damaged file is reported and never replaced by an empty one. Every change is one
// read-modify-write under the file's lock, written whole.

export type Subscription = {
	url: string;
	/** The story the feed feeds (a library story id); none: its articles are placed, or go to the inbox. */
	story?: string;
	/** The feed's own title, as it last said. */
	title?: string;
	/** YYYY-MM-DD. */
	added: string;
};

export type Subscriptions = {feeds: Subscription[]};

type Env = Record<string, string | undefined>;

export function feedsFile(env: Env): string {
	const data = env['XDG_DATA_HOME'];
	const base = data && path.isAbsolute(data) ? data : path.join(env['HOME'] ?? '/', '.local/share');
	return path.join(base, 'summit-tui', 'feeds.json');
}

const isString = (value: unknown): value is string => typeof value === 'string';

function asSubscription(value: unknown, index: number): Subscription | string {
	if (!value || typeof value !== 'object') return `$.feeds[${index}] is not an object`;
	const {url, story, title, added} = value as Record<string, unknown>;
	if (!isString(url) || !/^https?:\/\//i.test(url)) return `$.feeds[${index}].url is not an http(s) address`;
	if (story !== undefined && !isString(story)) return `$.feeds[${index}].story is not a story id`;
	return {url: sanitiseText(url), ...(isString(story) ? {story: sanitiseText(story)} : {}), ...(isString(title) ? {title: sanitiseText(title)} : {}), added: isString(added) ? added : ''};
}

/** The subscriptions in `file`; none when it does not exist yet; a problem when it is damaged. */
export function readSubscriptions(file: string): Subscriptions | {problem: Problem} {
	const read = readOwnTextFile(file);
	if (read.missing) return {feeds: []};
	if (read.problem || read.text === undefined) return {problem: read.problem ?? {file, message: 'cannot be read'}};
	const parsed = parseOwnJson(read.text, 8);
	if ('problem' in parsed) return {problem: {file, message: `${parsed.problem}; fix or remove it (nothing was changed)`}};
	const feeds = (parsed.value as {feeds?: unknown})?.feeds;
	if (!Array.isArray(feeds)) return {problem: {file, message: 'has no list of feeds ($.feeds); fix or remove it (nothing was changed)'}};
	const checked = feeds.map(asSubscription);
	const wrong = checked.find(isString);
	if (wrong !== undefined) return {problem: {file, message: `${wrong}; fix or remove it (nothing was changed)`}};
	return {feeds: checked as Subscription[]};
}

/**
 * Changes the subscriptions as one read-modify-write under the file's lock. `change` returns the new
 * list and what to report, or a problem (nothing is written then).
 */
export function updateSubscriptions<T>(file: string, change: (current: Subscriptions) => {next: Subscriptions; value: T} | {problem: Problem}): {value: T} | {problem: Problem} {
	try {
		mkdirSync(path.dirname(file), {recursive: true});
	} catch {
		// The lock or the write says why.
	}
	const locked = withFileLockSync(file, (): {value: T} | {problem: Problem} => {
		const current = readSubscriptions(file);
		if ('problem' in current) return current;
		const changed = change(current);
		if ('problem' in changed) return changed;
		const problem = writeFileSafely(file, `${JSON.stringify({feeds: changed.next.feeds}, null, '\t')}\n`, {ownFile: true});
		return problem ? {problem} : {value: changed.value};
	});
	return 'problem' in locked ? locked : locked.value;
}

/** One address per feed whatever its spelling: the host in lower case, no fragment. */
export function feedKey(url: string): string {
	try {
		const parsed = new URL(url);
		parsed.hash = '';
		return parsed.href;
	} catch {
		return url;
	}
}
