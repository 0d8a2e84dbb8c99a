import {createHash} from 'node:crypto';
import {mkdirSync, readdirSync, renameSync, rmSync, statSync} from 'node:fs';
import path from 'node:path';
import {withFileLockSync} from '../model/file-lock.js';
import {readStoryFile} from '../model/load.js';
import type {Problem} from '../model/problem.js';
import {describeFsError, describeSkipped} from '../model/read-stories.js';
import type {StoryFile} from '../model/schema.js';
import {writeFileSafely} from '../fs/write-file-safely.js';
import {foldName} from '../text/fold-name.js';

// The inbox: imported articles that belong to no followed story yet, one story-shaped JSON file each
// (so any of them opens as it is: `summit-tui LIBRARY/inbox/FILE.json`), in the folder `inbox` of the
// library folder (the library reads only the *.json files at its top, so the inbox is never a story).
// Each file is written whole (write-file-safely) and created, never put over another; adding and
// removing take the inbox's lock, so that a refresh and the user's `inbox save` at once both land.
// The same article (the same address, or the same text without one) is in the inbox once.

export type InboxEntry = {
	/** The file's name without .json: what commands and groups name it by. */
	id: string;
	file: string;
	story: StoryFile;
	/** When it arrived (the file's modification time). */
	addedMs: number;
};

export const inboxFolderOf = (libraryFolder: string) => path.join(libraryFolder, 'inbox');
const lockOf = (inbox: string) => path.join(inbox, '.inbox');

/** What makes two imports the same article: its address without query or fragment, else its text. */
export function articleKey(story: StoryFile): string {
	const article = story.articles[0];
	let identity = '';
	if (article?.url) {
		try {
			const parsed = new URL(article.url);
			identity = `${parsed.hostname.replace(/^www\./, '')}${parsed.pathname.replace(/\/+$/, '')}`.toLowerCase();
		} catch {
			identity = article.url;
		}
	}
	if (!identity) identity = story.articles.map(one => [one.outlet, one.title, ...(one.paragraphs ?? [])].join('\n')).join('\n\n');
	return createHash('sha256').update(identity).digest('hex').slice(0, 10);
}

// Not the importer's slugify: that would load the whole importer for `summit-tui inbox`.
const slug = (text: string) => foldName(text).replace(/[’']/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+/, '').slice(0, 40).replace(/-+$/, '');

/** "velden-strike-enters-its-third-day-3f9a0c21b4": the headline's words, then the article's key. */
export const entryIdOf = (story: StoryFile) => `${slug(story.articles[0]?.title ?? story.story.title) || 'article'}-${articleKey(story)}`;

/** Where a new article came from (the refresh gives it): said in the article's note, so that the file stays a story file. */
export type FeedOrigin = {feed: string; feedTitle: string; link: string; fetched: string};

const feedNotePrefix = 'From the feed ';

/**
 * The article marked as brought by a feed (its note names the feed; its address is the item's link when
 * it has none): refresh marks what it places into a story the same way, so that "+ 3 articles from
 * feeds" can be counted from the story file alone.
 */
export function markFromFeed(story: StoryFile, origin: FeedOrigin | undefined): StoryFile {
	if (!origin) return story;
	const [first, ...rest] = story.articles;
	if (!first) return story;
	const note = first.note ?? `${feedNotePrefix}"${origin.feedTitle || origin.feed}" (${origin.feed}), fetched ${origin.fetched}`;
	return {...story, articles: [{...first, note, ...(first.url ? {} : {url: origin.link})}, ...rest]};
}

/** Whether a feed brought the article (markFromFeed). */
export const isFromFeed = (article: {note?: string}) => article.note?.startsWith(feedNotePrefix) ?? false;

export type Added = {id: string; file: string; /** It was there already: nothing written. */ already: boolean};

/** Adds an imported article (a story of one article) to the inbox of `libraryFolder`. */
export function addToInbox(libraryFolder: string, imported: StoryFile, options: {waitMs?: number; origin?: FeedOrigin} = {}): {value: Added} | {problem: Problem} {
	const article = markFromFeed(imported, options.origin);
	const inbox = inboxFolderOf(libraryFolder);
	try {
		mkdirSync(inbox, {recursive: true});
	} catch (error) {
		return {problem: {file: inbox, message: `cannot create the inbox folder: ${describeFsError(error)}`}};
	}
	const locked = withFileLockSync(
		lockOf(inbox),
		(): {value: Added} | {problem: Problem} => {
			const key = articleKey(article);
			const same = entryFileNames(inbox).find(name => name.endsWith(`-${key}.json`));
			if (same) return {value: {id: same.replace(/\.json$/, ''), file: path.join(inbox, same), already: true}};
			const id = entryIdOf(article);
			const file = path.join(inbox, `${id}.json`);
			const problem = writeFileSafely(file, `${JSON.stringify(article, null, '\t')}\n`);
			return problem ? {problem} : {value: {id, file, already: false}};
		},
		{waitMs: options.waitMs},
	);
	return 'problem' in locked ? locked : locked.value;
}

function entryFileNames(inbox: string): string[] {
	try {
		return readdirSync(inbox).filter(name => name.endsWith('.json') && !name.startsWith('.')).sort();
	} catch {
		return [];
	}
}

export type InboxListing = {entries: InboxEntry[]; /** Files that do not load: named, and left alone. */ problems: Problem[]};

/** Every article in the inbox (none when there is no inbox yet). A file that does not load is a problem of its own; the rest still list. */
export function listInbox(libraryFolder: string, options: {maxBytes?: number} = {}): InboxListing {
	const inbox = inboxFolderOf(libraryFolder);
	const entries: InboxEntry[] = [];
	const problems: Problem[] = [];
	for (const name of entryFileNames(inbox)) {
		const file = path.join(inbox, name);
		// Only a regular file is read: a named pipe would block the listing for good.
		try {
			const stats = statSync(file);
			if (!stats.isFile()) {
				problems.push({file, message: `is ${describeSkipped(stats)}, not an article`});
				continue;
			}
		} catch (error) {
			problems.push({file, message: describeFsError(error)});
			continue;
		}
		const loaded = readStoryFile(file, {maxBytes: options.maxBytes});
		if (!loaded.story) {
			problems.push(...loaded.problems.slice(0, 1));
			continue;
		}
		let addedMs = 0;
		try {
			addedMs = statSync(file).mtimeMs;
		} catch {
			// Gone since it was read: listed as read.
		}
		entries.push({id: name.replace(/\.json$/, ''), file, story: loaded.story, addedMs});
	}
	return {entries, problems};
}

/** Where dismissed articles go: out of the inbox, but kept (a dismissal by mistake is undone by moving the file back). */
export const dismissedFolderOf = (libraryFolder: string) => path.join(inboxFolderOf(libraryFolder), 'dismissed');

/**
 * Takes entries out of the inbox by id: removed once their articles are in a story, or moved to the
 * dismissed folder (`dismiss`).
 */
export function removeFromInbox(libraryFolder: string, ids: readonly string[], options: {waitMs?: number; dismiss?: boolean} = {}): {removed: string[]; problems: Problem[]} {
	const inbox = inboxFolderOf(libraryFolder);
	const dismissed = dismissedFolderOf(libraryFolder);
	const locked = withFileLockSync(
		lockOf(inbox),
		() => {
			const removed: string[] = [];
			const problems: Problem[] = [];
			const present = new Set(entryFileNames(inbox).map(name => name.replace(/\.json$/, '')));
			for (const id of ids) {
				const file = path.join(inbox, `${id}.json`);
				if (!present.has(id)) continue;
				try {
					if (options.dismiss) {
						mkdirSync(dismissed, {recursive: true});
						renameSync(file, path.join(dismissed, `${id}.json`));
					} else {
						rmSync(file);
					}
					removed.push(id);
				} catch (error) {
					problems.push({file, message: `cannot remove it from the inbox: ${describeFsError(error)}`});
				}
			}
			return {removed, problems};
		},
		{waitMs: options.waitMs},
	);
	return 'problem' in locked ? {removed: [], problems: [locked.problem]} : locked.value;
}

/** The inbox as refresh uses it: add(article, origin) → a problem, or undefined when it is in the inbox. */
export function libraryInbox(libraryFolder: string): {add(article: StoryFile, origin?: FeedOrigin): Problem | undefined} {
	return {
		add(article, origin) {
			const added = addToInbox(libraryFolder, article, {origin});
			return 'problem' in added ? added.problem : undefined;
		},
	};
}
