import type {LibraryContext, Outcome} from '../library/library-cli.js';
import {readOwnTextFile} from '../model/read-stories.js';
import {sanitiseText, terminalSafeJson} from '../model/sanitise.js';
import {readFeed} from './feed-document.js';
import {feedStateFile, readFeedState} from './feed-state.js';
import {announcedFeeds, defaultMaxFeedBytes, fetchFeed} from './fetch-feed.js';
import {readOpml, writeOpml} from './opml.js';
import {feedKey, feedsFile, readSubscriptions, updateSubscriptions, type Subscription} from './subscriptions.js';

// `summit-tui feeds add|list|remove|import|export`: the subscriptions managed from the command line.
// Each returns its result as a value (library-cli.ts's Outcome); commands/feeds.ts prints it.

export type FeedsContext = LibraryContext & {timeoutMs?: number; stateFolder: string; fetch?: typeof fetch; maxFeedBytes?: number};

const today = () => new Date().toISOString().slice(0, 10);

/** The story a feed is tied to, checked against the library: its id as the library knows it. */
async function checkedStory(context: FeedsContext, story: string): Promise<Outcome<string>> {
	const {resolveIntoTarget} = await import('../library/save-story.js');
	const found = await resolveIntoTarget(context, story, '--story');
	if (!('value' in found)) return found;
	return {value: found.value.id ?? story, warnings: found.warnings};
}

export type AddedFeed = {url: string; title: string; story?: string; announcedBy?: string; already?: 'same' | 'retied'};

/**
 * Follows the feed at `address`, fetched once to check that it is a feed (and to take its title); a web
 * page that announces a feed (<link rel="alternate">) stands for the first feed it announces.
 */
export async function addFeed(context: FeedsContext, address: string, story: string | undefined): Promise<Outcome<AddedFeed>> {
	if (!/^https?:\/\//i.test(address)) return {usage: `feeds add takes the http(s) address of a feed, not "${address}"`};
	let storyId: string | undefined;
	const warnings: string[] = [];
	if (story !== undefined) {
		const checked = await checkedStory(context, story);
		if (!('value' in checked)) return checked;
		storyId = checked.value;
		warnings.push(...checked.warnings);
	}
	const options = {timeoutMs: context.timeoutMs, maxBytes: context.maxFeedBytes ?? defaultMaxFeedBytes, fetch: context.fetch};
	let url = address;
	let announcedBy: string | undefined;
	let fetched = await fetchFeed(url, undefined, options);
	if (!fetched.page) return {problems: [{file: address, message: fetched.problem?.message ?? 'could not be fetched'}], heading: 'not followed'};
	let read = readFeed(fetched.page.bytes);
	if ('problem' in read && /web page/.test(read.problem)) {
		const announced = await announcedFeeds(new TextDecoder().decode(fetched.page.bytes), fetched.page.finalUrl);
		if (announced.length === 0) return {problems: [{file: address, message: 'is a web page that announces no feed (no <link rel="alternate"> to RSS, Atom or JSON Feed)'}], heading: 'not followed'};
		announcedBy = address;
		url = announced[0]!;
		fetched = await fetchFeed(url, undefined, options);
		if (!fetched.page) return {problems: [{file: url, message: `${fetched.problem?.message ?? 'could not be fetched'} (the feed ${address} announces)`}], heading: 'not followed'};
		read = readFeed(fetched.page.bytes);
	}
	if ('problem' in read) return {problems: [{file: url, message: read.problem}], heading: 'not followed'};
	const title = read.feed.title;
	const changed = updateSubscriptions(feedsFile(context.env), current => {
		const index = current.feeds.findIndex(feed => feedKey(feed.url) === feedKey(url));
		const entry: Subscription = {url, ...(storyId ? {story: storyId} : {}), ...(title ? {title} : {}), added: today()};
		if (index < 0) return {next: {feeds: [...current.feeds, entry]}, value: undefined};
		const existing = current.feeds[index]!;
		if (existing.story === storyId) return {next: current, value: 'same' as const};
		const feeds = current.feeds.slice();
		feeds[index] = {...existing, ...(storyId ? {story: storyId} : {}), ...(title ? {title} : {})};
		if (!storyId) delete feeds[index].story;
		return {next: {feeds}, value: 'retied' as const};
	});
	if ('problem' in changed) return {problems: [changed.problem], heading: 'not followed'};
	return {value: {url, title, ...(storyId ? {story: storyId} : {}), ...(announcedBy ? {announcedBy} : {}), ...(changed.value ? {already: changed.value} : {})}, warnings: [...warnings, ...read.feed.notes.map(note => `${url}: ${note}`)]};
}

/** The subscriptions, one a line (or as JSON): address, title, where its articles go, when last refreshed. */
export function listFeeds(context: FeedsContext, json: boolean): Outcome<string> {
	const read = readSubscriptions(feedsFile(context.env));
	if ('problem' in read) return {problems: [read.problem], heading: 'cannot list the feeds'};
	const {state} = readFeedState(feedStateFile(context.stateFolder));
	const rows = read.feeds.map(feed => ({...feed, refreshed: state.feeds[feedKey(feed.url)]?.refreshed}));
	if (json) return {value: `${terminalSafeJson(JSON.stringify(rows, null, '\t'))}\n`, warnings: []};
	if (rows.length === 0) return {value: 'no feeds yet; follow one with: summit-tui feeds add URL [--story ID]\n', warnings: []};
	const lines = rows.map(row => `${row.url}  ${row.title ? `"${row.title}"  ` : ''}→ ${row.story ? `story ${row.story}` : 'inbox'}  ${row.refreshed ? `refreshed ${row.refreshed.slice(0, 16).replace('T', ' ')}` : 'not refreshed yet'}`);
	return {value: `${lines.map(line => sanitiseText(line)).join('\n')}\n`, warnings: []};
}

/** Stops following a feed (named by its address); the articles it brought stay where they are. */
export function removeFeed(context: FeedsContext, address: string): Outcome<Subscription> {
	const removed = updateSubscriptions<Subscription>(feedsFile(context.env), current => {
		const found = current.feeds.find(feed => feedKey(feed.url) === feedKey(address));
		if (!found) return {problem: {file: address, message: `is not a feed you follow (summit-tui feeds list shows them)`}};
		return {next: {feeds: current.feeds.filter(feed => feed !== found)}, value: found};
	});
	return 'problem' in removed ? {problems: [removed.problem], heading: 'nothing removed'} : {value: removed.value, warnings: []};
}

export type ImportedFeeds = {added: number; known: number; notes: string[]};

/** Follows every feed of an OPML file (not fetched: a reader's export may list hundreds); known ones are left as they are. */
export function importOpmlFile(context: FeedsContext, file: string): Outcome<ImportedFeeds> {
	const read = readOwnTextFile(file, context.maxBytes, {followLinks: true});
	if (read.missing) return {problems: [{file, message: 'does not exist'}], heading: 'nothing imported'};
	if (read.text === undefined) return {problems: [read.problem ?? {file, message: 'cannot be read'}], heading: 'nothing imported'};
	const opml = readOpml(read.text);
	if ('problem' in opml) return {problems: [{file, message: opml.problem}], heading: 'nothing imported'};
	const changed = updateSubscriptions(feedsFile(context.env), current => {
		const known = new Set(current.feeds.map(feed => feedKey(feed.url)));
		const fresh: Subscription[] = [];
		for (const feed of opml.feeds) {
			if (known.has(feedKey(feed.url))) continue;
			known.add(feedKey(feed.url));
			fresh.push({url: feed.url, ...(feed.story ? {story: feed.story} : {}), ...(feed.title && feed.title !== feed.url ? {title: feed.title} : {}), added: today()});
		}
		return {next: {feeds: [...current.feeds, ...fresh]}, value: {added: fresh.length, known: opml.feeds.length - fresh.length}};
	});
	if ('problem' in changed) return {problems: [changed.problem], heading: 'nothing imported'};
	return {value: {...changed.value, notes: opml.notes}, warnings: opml.notes.map(note => `${file}: ${note}`)};
}

export function exportOpml(context: FeedsContext): Outcome<string> {
	const read = readSubscriptions(feedsFile(context.env));
	if ('problem' in read) return {problems: [read.problem], heading: 'cannot export the feeds'};
	return {value: writeOpml(read.feeds), warnings: []};
}
