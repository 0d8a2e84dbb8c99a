import {readdirSync} from 'node:fs';
import path from 'node:path';
import {formatPartialDate} from '../model/dates.js';
import type {Problem} from '../model/problem.js';
import type {TrustedStories} from '../model/read-stories.js';
import {sanitiseText, terminalSafeJson} from '../model/sanitise.js';
import {loadLibrary, type Library, type LibraryStory} from './catalog.js';
import {fileTimeIso, fileTimeLabel} from './file-time.js';
import {cacheFolder, defaultLibraryFolder, stateFolder} from './library-folders.js';
import {readSeenState} from './seen-state-file.js';
import {describeNew, updatedSince, type NewCounts, type SeenState} from './whats-new.js';

// The library's side of the command line: which folder, which story, and `summit-tui library`. Each
// function returns its result as a value; cli-main.ts prints it and sets nothing else.

export type LibraryContext = {
	/** --library DIR or --data DIR; undefined (or empty: `--library` alone) for the default library. */
	folder?: string;
	env: Record<string, string | undefined>;
	maxBytes: number;
	/** The bundled data folder: its story is the sample. */
	bundledFolder: string;
	trusted: TrustedStories;
	/** Read every file for its header, as if there were no catalog (it named a file wrongly). */
	ignoreCatalog?: boolean;
};

/** A command's result: its value, a usage message, or problems under a heading (an action, no punctuation: the CLI's one formatter adds it). */
export type Outcome<T> = {value: T; warnings: string[]} | {usage: string} | {problems: Problem[]; heading: string; total?: number; warnings?: string[]};

/** The bundled story's file, offered as a sample beside the user's stories. */
export function sampleFile(bundledFolder: string): string | undefined {
	try {
		const name = readdirSync(bundledFolder).filter(file => file.endsWith('.json') && !file.startsWith('.')).sort()[0];
		return name === undefined ? undefined : path.join(bundledFolder, name);
	} catch {
		return undefined;
	}
}

/** The library named on the command line, or the default one (which may not exist yet: then it is empty). */
export async function openLibrary(context: LibraryContext, options: {catalogFirst?: boolean} = {}): Promise<Library> {
	const named = context.folder !== undefined && context.folder !== '';
	const folder = named ? context.folder! : defaultLibraryFolder(context.env);
	return loadLibrary(folder, {
		cache: cacheFolder(context.env),
		maxBytes: context.maxBytes,
		trusted: context.trusted,
		ignoreCatalog: context.ignoreCatalog,
		catalogFirst: options.catalogFirst,
		// The sample belongs to the default library; a folder named on the command line shows only itself.
		...(named ? {} : {sample: sampleFile(context.bundledFolder), missingIsEmpty: true}),
	});
}

/**
 * The files of the one story to open when none was named: the only story of the user's library, else
 * the sample when the user has none. Several stories need a choice (the picker, or a file).
 */
export async function chooseStoryFiles(context: LibraryContext): Promise<Outcome<string[]>> {
	const library = await openLibrary(context);
	if (library.problems.length > 0) return {problems: library.problems, heading: 'cannot open the library', warnings: library.warnings};
	const own = library.stories.filter(story => !story.sample);
	const candidates = own.length > 0 ? own : library.stories;
	if (candidates.length === 0) return {problems: [{file: library.folder, message: 'folder holds no *.json story files'}], heading: 'cannot load story data', warnings: library.warnings};
	if (candidates.length === 1) return {value: candidates[0]!.files, warnings: library.warnings};
	return {usage: `the library in ${library.folder} holds ${candidates.length} stories: open one by its id or the start of it, or by its file (summit-tui library lists them), or search them all with summit-tui search QUERY --library`};
}

/** "n new" from the counts alone: the library only adds, so what is there beyond what was seen is new. */
export function newCountsOf(story: LibraryStory, seen: SeenState): NewCounts | undefined {
	const last = story.header && Object.hasOwn(seen.stories, story.header.id) ? seen.stories[story.header.id] : undefined;
	if (!last?.counts || !story.header) return undefined;
	const {articles, ...items} = story.header.counts;
	const itemTotal = Object.values(items).reduce((sum, count) => sum + count, 0);
	const updated = Object.entries(story.header.updatedOn ?? {}).reduce((sum, [day, count]) => sum + (typeof count === "number" && updatedSince(day, last.seenAt) ? count : 0), 0);
	return {articles: Math.max(0, articles - last.counts.articles), items: Math.max(0, itemTotal - last.counts.items), ...(updated > 0 ? {updated} : {})};
}

function dateSpan(story: LibraryStory): string {
	const {from, to} = story.header ?? {};
	if (!from) return 'no dates';
	return from === to ? formatPartialDate(from) : `${formatPartialDate(from)} – ${formatPartialDate(to!)}`;
}


export type LibraryRow = {
	id: string;
	title?: string;
	from?: string;
	to?: string;
	outlets: string[];
	counts?: Record<string, number>;
	/** ISO time of the last change; null when the file system's time is outside what a date can hold. */
	updated: string | null;
	files: string[];
	sample: boolean;
	new?: NewCounts;
	/** False for a story the user has never opened (all of it is unseen: the picker's ●). */
	opened: boolean;
	problem?: Problem;
};

/** Never opened in a dashboard: the picker marks it ● and `library` says "not opened yet" (the sample is offered, not owed). */
function neverOpened(story: LibraryStory, seen: SeenState): boolean {
	return story.header !== undefined && !Object.hasOwn(seen.stories, story.header.id);
}

export function libraryRows(library: Library, seen: SeenState): LibraryRow[] {
	return library.stories.map(story => ({
		id: story.id,
		...(story.header ? {title: story.header.title, from: story.header.from, to: story.header.to, counts: story.header.counts} : {}),
		outlets: story.header?.outlets ?? [],
		updated: fileTimeIso(story.updatedMs),
		files: story.files,
		sample: story.sample,
		...(newCountsOf(story, seen) ? {new: newCountsOf(story, seen)} : {}),
		opened: !neverOpened(story, seen),
		...(story.problem ? {problem: story.problem} : {}),
	}));
}

/** One story a line: when it was updated, its title, dates, outlets and counts, what is new; broken ones say why. */
export function formatLibrary(library: Library, seen: SeenState): string {
	if (library.stories.length === 0) return `No stories in ${library.folder} yet: import some with summit-tui ingest ARTICLE --save\n`;
	const lines = library.stories.map(story => {
		const updated = fileTimeLabel(story.updatedMs);
		if (!story.header || story.problem) {
			const problem = story.problem ? `${story.problem.where ? `${story.problem.where}: ` : ''}${story.problem.message}` : 'does not load';
			const more = story.problemCount && story.problemCount > 1 ? ` (and ${story.problemCount - 1} more)` : '';
			return sanitiseText(`${updated}  BROKEN  ${story.problem?.file ?? story.files.join(', ')}: ${problem}${more}`);
		}
		const {counts} = story.header;
		const items = counts.people + counts.organizations + counts.places + counts.facts + counts.events + counts.quotes;
		const fresh = newCountsOf(story, seen);
		const parts = [
			story.header.title,
			dateSpan(story),
			story.header.outlets.join(', '),
			`${counts.articles} ${counts.articles === 1 ? 'article' : 'articles'}, ${items} items`,
			...(fresh && describeNew(fresh, 'long') ? [describeNew(fresh, 'long')] : []),
			...(neverOpened(story, seen) && !story.sample ? ['not opened yet'] : []),
			...(story.sample ? ['sample'] : []),
		];
		return sanitiseText(`${updated}  ${parts.join(' · ')}  #${story.header.id}`);
	});
	return `${lines.join('\n')}\n`;
}

export async function libraryListing(context: LibraryContext, json: boolean): Promise<Outcome<string>> {
	const library = await openLibrary(context);
	if (library.problems.length > 0) return {problems: library.problems, heading: 'cannot open the library', warnings: library.warnings};
	const seen = readSeenState(stateFolder(context.env));
	return {value: json ? `${terminalSafeJson(JSON.stringify(libraryRows(library, seen), null, 2))}\n` : formatLibrary(library, seen), warnings: library.warnings};
}
