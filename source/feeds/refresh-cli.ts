import {lockFile} from '../model/file-lock.js';
import type {LibraryContext, Outcome} from '../library/library-cli.js';
import type {Problem} from '../model/problem.js';
import {feedStateFile, readFeedState, writeFeedState} from './feed-state.js';
import {defaultMaxFeedBytes, fetchFeed} from './fetch-feed.js';
import {libraryFolderOf} from './inbox-actions.js';
import {libraryPlacing} from './library-placing.js';
import {readRefreshRecord, recordRefresh, writeRefreshRecord} from './refresh-record.js';
import {refreshFeeds, type RefreshSummary} from './refresh-feeds.js';
import {feedsFile, readSubscriptions, updateSubscriptions, type Subscription} from './subscriptions.js';

// `summit-tui refresh` wired to the real world: the subscriptions and the state from their files, the
// library's stories for placing, the web import for each new item, the merge of --into for adding to a
// story, the inbox. One refresh at a time: it holds the state file's lock throughout, and a second one
// says so rather than fetch everything twice.

export type RefreshContext = LibraryContext & {
	stateFolder: string;
	timeoutMs?: number;
	/** The import's limit for an article's text (the ingest default unless --max-size). */
	maxArticleBytes?: number;
	maxFeedBytes?: number;
	explain?: boolean;
	verbose?: boolean;
	feedsAtOnce?: number;
	progress?: (done: number, total: number, newItems: number) => void;
};

export async function runRefresh(context: RefreshContext): Promise<Outcome<RefreshSummary>> {
	const subscriptions = readSubscriptions(feedsFile(context.env));
	if ('problem' in subscriptions) return {problems: [subscriptions.problem], heading: 'cannot refresh'};
	const stateFile = feedStateFile(context.stateFolder);
	const {mkdirSync} = await import('node:fs');
	try {
		mkdirSync(context.stateFolder, {recursive: true});
	} catch {
		// The lock says why.
	}
	// A short wait: enough to break the lock of a refresh that was killed, never to queue behind a running one.
	const held = await lockFile(stateFile, {waitMs: 300});
	if ('problem' in held) return {problems: [{...held.problem, message: held.problem.message.replace(/^another summit-tui is updating it/, 'another refresh is running')}], heading: 'cannot refresh'};
	try {
		return await refreshHolding(context, subscriptions.feeds, stateFile);
	} finally {
		held.release();
	}
}

async function refreshHolding(context: RefreshContext, subscriptions: Subscription[], stateFile: string): Promise<Outcome<RefreshSummary>> {
	const {state, warning} = readFeedState(stateFile);
	const warnings = warning ? [warning] : [];
	const {readFollowedStories} = await import('./followed-stories.js');
	const followed = await readFollowedStories(context);
	if (!('value' in followed)) return followed;
	const stories = followed.value;
	warnings.push(...followed.warnings);
	const files = new Map(stories.map(story => [story.id, story.file]));
	// A tied story that is not in the library fails its feed once, before anything is fetched for it.
	const untied: string[] = [];
	const runnable = subscriptions.filter(feed => {
		if (feed.story === undefined || files.has(feed.story)) return true;
		untied.push(`${feed.url}: its story "${feed.story}" is not in the library (${context.folder || 'the default library'}); tie it again with summit-tui feeds add URL --story ID`);
		return false;
	});
	// The importer (the NLP libraries) and the merge load only when an item is new: a refresh with nothing new costs neither.
	let merge: typeof import('../library/save-story.js') | undefined;
	// Placing by content, and the library's inbox (LIBRARY/inbox, which `summit-tui inbox` and the picker read).
	const placing = libraryPlacing(libraryFolderOf(context));
	const addedTo = new Map<string, number>();
	const fetchOptions = {timeoutMs: context.timeoutMs, maxBytes: context.maxFeedBytes ?? defaultMaxFeedBytes};
	const summary = await refreshFeeds(
		runnable,
		state,
		{
			fetchFeed: (url, memory) => fetchFeed(url, memory, fetchOptions),
			async importArticle(item) {
				const {ingestInputs, defaultMaxArticleBytes, importTimeLimitMs} = await import('../ingest/ingest-files.js');
				merge ??= await import('../library/save-story.js');
				const outcome = await ingestInputs([{file: item.link}], {}, {timeoutMs: context.timeoutMs, maxBytes: context.maxBytes, maxArticleBytes: context.maxArticleBytes ?? defaultMaxArticleBytes, deadline: Date.now() + importTimeLimitMs});
				const problem = outcome.problems.map(found => found.message).join('; ');
				return {story: outcome.story, problem: problem || undefined, warnings: context.verbose ? outcome.warnings : []};
			},
			addToStory(storyId, article) {
				const file = files.get(storyId);
				if (file === undefined) return {problem: {file: storyId, message: 'is not a story of the library'} satisfies Problem};
				// The feed is tied to the story (or placing chose it): the user asked for its articles there, as --force does.
				// Loaded by importArticle, which comes first for every article.
				const added = merge!.addToStoryFile(file, article, {backup: true, maxBytes: context.maxBytes, today: merge!.localDay(), expectedId: storyId, force: true});
				if ('value' in added) {
					addedTo.set(storyId, (addedTo.get(storyId) ?? 0) + added.value.added.articles);
					return {added: added.value.added.articles, title: added.value.title};
				}
				if ('usage' in added) return {problem: {file, message: added.usage}};
				return {problem: added.problems[0] ?? {file, message: added.heading}};
			},
			placer: placing.placer(stories),
			inbox: placing.inbox,
			saveState: next => writeFeedState(stateFile, next),
			progress: context.progress,
		},
		{explain: context.explain, feedsAtOnce: context.feedsAtOnce},
	);
	// When each story was last refreshed and what it got, for the picker's "+ N from feeds" and the header.
	const recorded = writeRefreshRecord(context.stateFolder, recordRefresh(readRefreshRecord(context.stateFolder), new Date().toISOString(), runnable.flatMap(feed => (feed.story === undefined ? [] : [feed.story])), addedTo));
	if (recorded) warnings.push(`when stories were refreshed was not recorded: ${recorded.file}: ${recorded.message}`);
	summary.feeds += untied.length;
	summary.failures.unshift(...untied);
	if (summary.titles.size > 0) {
		// Titles are a courtesy: a subscriptions file that cannot be written now leaves them as they were.
		updateSubscriptions(feedsFile(context.env), current => ({next: {feeds: current.feeds.map(feed => (summary.titles.has(feed.url) ? {...feed, title: summary.titles.get(feed.url)!} : feed))}, value: undefined}));
	}
	return {value: summary, warnings};
}
