import {createHash} from 'node:crypto';
import type {FetchOutcome} from '../ingest/fetch-page.js';
import type {Problem} from '../model/problem.js';
import type {StoryFile} from '../model/schema.js';
import {readFeed, type FeedItem} from './feed-document.js';
import type {FeedMemory, FeedState} from './feed-state.js';
import {markFromFeed, type FeedOrigin} from './inbox-store.js';
import type {Placer} from './place-article.js';
import {feedKey, type Subscription} from './subscriptions.js';

// One refresh of every feed: each fetched (a bounded number at a time, conditionally when the feed gave
// validators), its items not seen before imported (the web import, as `ingest URL`) and put where they
// belong: into the feed's story (the merge of --into), into the story the placer finds, or into the
// inbox. Every effect is injected, so the order of work is tested without a network or a library; the
// command (commands/refresh.ts) wires the real ones. A feed or page that fails is one line and never
// stops the others. The state is saved after each article lands and after each feed is done, so that a
// refresh cut short loses nothing: what landed is remembered, what did not is new next time.

export type ImportedArticle = {story?: StoryFile; problem?: string; warnings: string[]};

export type RefreshEffects = {
	fetchFeed(url: string, memory: FeedMemory | undefined): Promise<FetchOutcome>;
	importArticle(item: FeedItem): Promise<ImportedArticle>;
	/** Adds the article to a story of the library (by id); the count of articles added (0: it was there already). */
	addToStory(storyId: string, article: StoryFile): {added: number; title: string} | {problem: Problem};
	placer: Placer;
	/** Where what belongs to no story waits (the library's inbox: inbox-store.ts). */
	inbox: {add(article: StoryFile, origin: FeedOrigin): Problem | undefined};
	saveState(state: FeedState): Problem | undefined;
	progress?(done: number, total: number, newItems: number): void;
	now?(): Date;
};

/**
 * Feeds fetched at once: a feed is one small request, mostly waiting on the network, so many overlap
 * (200 feeds 20 ms away: 8 at a time took 2.8 s of plain fetches on the loaded test machine, 32 took 1.1 s).
 */
export const feedsAtOnceDefault = 16;

export type RefreshOptions = {feedsAtOnce?: number; articlesAtOnce?: number; explain?: boolean};

export type RefreshSummary = {
	feeds: number;
	/** Answered 304, or listing only items already handled. */
	unchanged: number;
	newItems: number;
	/** Story id -> its title as last written (a story's title may follow its headlines) and the articles added to it. */
	intoStories: Map<string, {title: string; count: number}>;
	inbox: number;
	/** One line each: a feed or page that failed (naming it). */
	failures: string[];
	/** One line each: what was skipped or read differently in a feed (naming it). */
	notes: string[];
	/** With `explain`: why each article of an untied feed went where it went. */
	explanations: string[];
	/** Feeds whose title changed, for the subscriptions. */
	titles: Map<string, string>;
};

/** Runs `work` on each of `items`, at most `limit` at a time, in order of start. */
export async function eachAtMost<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const index = next++;
			await work(items[index]!, index);
		}
	};
	await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker));
}

export async function refreshFeeds(subscriptions: readonly Subscription[], state: FeedState, effects: RefreshEffects, options: RefreshOptions = {}): Promise<RefreshSummary> {
	const summary: RefreshSummary = {feeds: subscriptions.length, unchanged: 0, newItems: 0, intoStories: new Map(), inbox: 0, failures: [], notes: [], explanations: [], titles: new Map()};
	const now = effects.now ?? (() => new Date());
	let done = 0;
	const report = () => effects.progress?.(done, subscriptions.length, summary.newItems);
	const save = () => {
		const problem = effects.saveState(state);
		// The state cannot be kept: said once; what landed is in the stories all the same.
		if (problem && !summary.failures.some(line => line.startsWith(problem.file))) summary.failures.push(`${problem.file}: ${problem.message} (the next refresh may fetch again what this one imported)`);
	};
	// Two phases: every feed fetched first, then the new articles imported a few at a time across all
	// feeds. An import's analysis holds the event loop for a while; run beside the feed requests it
	// would eat into their time limits (a feed timed out while another feed's articles were analysed).
	type Pending = {subscription: Subscription; feedTitle: string; remembered: FeedMemory; items: FeedItem[]; left: number; allLanded: boolean; validators: Partial<FeedMemory>};
	const pending: Pending[] = [];
	report();
	await eachAtMost(subscriptions, options.feedsAtOnce ?? feedsAtOnceDefault, async subscription => {
		const found = await fetchOne(subscription);
		if (found) pending.push(found);
		done++;
		report();
	});
	// In the order of the subscriptions, so that the feeds listed first land first.
	const order = new Map(subscriptions.map((subscription, index) => [subscription, index]));
	pending.sort((a, b) => order.get(a.subscription)! - order.get(b.subscription)!);
	const work = pending.flatMap(feed => feed.items.map(item => ({feed, item})));
	await eachAtMost(work, options.articlesAtOnce ?? 2, async ({feed, item}) => {
		const landed = await bringIn(feed.subscription, feed.feedTitle, item);
		if (landed) {
			feed.remembered.seen.push(item.key);
			save();
			report();
		} else feed.allLanded = false;
		// The validators only once this version of the feed is wholly handled: else the next refresh would get a 304 and miss the rest.
		if (--feed.left === 0 && feed.allLanded) Object.assign(feed.remembered, feed.validators);
	});
	// Validators and refresh times once, at the end (each article that landed was saved as it landed): a
	// refresh cut short before this only asks again in full next time.
	save();
	return summary;

	/** The feed fetched and read: its new items to import, or nothing (unchanged, or failed: said in the summary). */
	async function fetchOne(subscription: Subscription): Promise<Pending | undefined> {
		const key = feedKey(subscription.url);
		const memory = state.feeds[key];
		const fetched = await effects.fetchFeed(subscription.url, memory);
		if (fetched.notModified) {
			summary.unchanged++;
			state.feeds[key] = {...(memory ?? {seen: []}), refreshed: now().toISOString()};
			return undefined;
		}
		if (!fetched.page) {
			summary.failures.push(`${subscription.url}: ${fetched.problem?.message ?? 'could not be fetched'}`);
			return undefined;
		}
		// A server that ignores the validators but sends the same bytes again: unchanged too, without parsing.
		const digest = createHash('sha256').update(fetched.page.bytes).digest('base64url');
		if (memory?.digest === digest) {
			summary.unchanged++;
			state.feeds[key] = {...memory, refreshed: now().toISOString()};
			return undefined;
		}
		const read = readFeed(fetched.page.bytes, now());
		if ('problem' in read) {
			summary.failures.push(`${subscription.url}: ${read.problem}`);
			return undefined;
		}
		const feed = read.feed;
		if (feed.title && feed.title !== subscription.title) summary.titles.set(subscription.url, feed.title);
		for (const note of feed.notes) summary.notes.push(`${subscription.url}: ${note}`);
		const seen = new Set(memory?.seen ?? []);
		const fresh = feed.items.filter(item => !seen.has(item.key));
		// What the feed lists now and was handled: items that left the feed are forgotten (they do not come back).
		const listed = new Set(feed.items.map(item => item.key));
		const remembered: FeedMemory = {seen: [...seen].filter(item => listed.has(item)), refreshed: now().toISOString()};
		state.feeds[key] = remembered;
		const validators: Partial<FeedMemory> = {digest, ...(fetched.page.etag ? {etag: fetched.page.etag} : {}), ...(fetched.page.lastModified ? {lastModified: fetched.page.lastModified} : {})};
		if (fresh.length === 0) {
			summary.unchanged++;
			Object.assign(remembered, validators);
			return undefined;
		}
		return {subscription, feedTitle: feed.title, remembered, items: fresh, left: fresh.length, allLanded: true, validators};
	}

	/** One new item imported and put in its place; false when it failed (it stays new for the next refresh). */
	async function bringIn(subscription: Subscription, feedTitle: string, item: FeedItem): Promise<boolean> {
		const imported = await effects.importArticle(item);
		for (const warning of imported.warnings) summary.notes.push(`${item.link}: ${warning}`);
		if (!imported.story) {
			summary.failures.push(`${item.link} (from ${subscription.url}): ${imported.problem ?? 'could not be imported'}`);
			return false;
		}
		const article = imported.story;
		let target = subscription.story;
		if (target === undefined) {
			const placement = effects.placer(article);
			if (options.explain) summary.explanations.push(`${item.link}: ${placement.story === undefined ? 'to the inbox' : `into ${placement.story}`}`, ...placement.reasons.map(reason => `  ${reason}`));
			target = placement.story;
		}
		const origin: FeedOrigin = {feed: subscription.url, feedTitle, link: item.link, fetched: now().toISOString()};
		if (target !== undefined) {
			// Marked as the feed's, as in the inbox, so that the story file itself says where it came from.
			const added = effects.addToStory(target, markFromFeed(article, origin));
			if ('problem' in added) {
				summary.failures.push(`${item.link} (from ${subscription.url}): not added to ${target}: ${added.problem.file}: ${added.problem.message}`);
				return false;
			}
			summary.newItems++;
			if (added.added > 0) summary.intoStories.set(target, {title: added.title, count: (summary.intoStories.get(target)?.count ?? 0) + added.added});
			return true;
		}
		const problem = effects.inbox.add(article, origin);
		if (problem) {
			summary.failures.push(`${item.link} (from ${subscription.url}): not put in the inbox: ${problem.file}: ${problem.message}`);
			return false;
		}
		summary.newItems++;
		summary.inbox++;
		return true;
	}
}
