import {readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import type {LoadResult} from '../model/load.js';
import type {Problem} from '../model/problem.js';
import {describeFsError, describeSkipped, readStoryBytes, trustedStoryFor, type TrustedStories} from '../model/read-stories.js';
import {catalogName, readCatalog, writeCatalog, type CatalogEntry, type CatalogPlace} from './catalog-file.js';
import {combineHeaders, storyHeaderOf, type StoryHeader} from './story-header.js';
import {localeOrder} from '../text/locale-order.js';

// The library: every story file in a folder, by its header from the catalog, read again only when its
// size or modification time changed. Files with the same story id are parts of one story; different
// ids are different stories. A file that does not load is a broken story of its own, with its first
// problem, so that the rest still open.

export type LibraryStory = {
	/** The story id, or the file name of a broken file. */
	id: string;
	header?: StoryHeader;
	/** The story's files, absolute, in name order. */
	files: string[];
	/** The newest modification time of its files, in milliseconds. */
	updatedMs: number;
	/** The bundled sample story rather than one of the user's. */
	sample: boolean;
	/** Why it does not open: a file that does not load, or parts that conflict (both named). */
	problem?: Problem;
	problemCount?: number;
};

export type Library = {
	folder: string;
	/** Newest update first; the sample last. */
	stories: LibraryStory[];
	warnings: string[];
	/** What stops the folder being read at all. */
	problems: Problem[];
	catalogPlace: CatalogPlace;
	/** How many files had to be read because the catalog did not know them as they are now. */
	filesRead: number;
	/** Taken from the catalog without looking at the files' sizes and times (catalogFirst). */
	unchecked?: true;
};

export type LibraryOptions = {
	/** The cache folder, for a catalog the library folder cannot hold. */
	cache: string;
	maxBytes?: number;
	/** The bundled story file, listed as a sample. */
	sample?: string;
	trusted?: TrustedStories;
	/** A folder that does not exist is an empty library (the default one) rather than a problem. */
	missingIsEmpty?: boolean;
	/** Read every file for its header, as if there were no catalog. */
	ignoreCatalog?: boolean;
	/**
	 * When the catalog names exactly the folder's story files, take their sizes and times from it instead
	 * of looking at each file (a thousand files cost some 10-25 ms before the picker's first frame); the
	 * library is then `unchecked`, and the caller reads it again the usual way soon after.
	 */
	catalogFirst?: boolean;
};

type Found = {file: string; absolute: string; size: number; mtimeMs: number};

/** The names of the folder's story files, sorted; dot files (the catalog, temporary files) are not stories. */
function storyFileNames(folder: string, missingIsEmpty: boolean): {names: string[]} | {problems: Problem[]} {
	try {
		return {names: readdirSync(folder).filter(name => name.endsWith('.json') && !name.startsWith('.') && name !== catalogName).sort()};
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT' && missingIsEmpty) return {names: []};
		return {problems: [{file: folder, message: code === 'ENOTDIR' ? 'is not a folder' : describeFsError(error)}]};
	}
}

/** The folder's story files with their size and time. */
function scanFolder(folder: string, missingIsEmpty: boolean): {found: Found[]; warnings: string[]; problems: Problem[]} {
	const warnings: string[] = [];
	const listed = storyFileNames(folder, missingIsEmpty);
	if ('problems' in listed) return {found: [], warnings, problems: listed.problems};
	const found: Found[] = [];
	for (const name of listed.names) {
		const absolute = path.join(folder, name);
		try {
			const stats = statSync(absolute);
			if (stats.isFile()) found.push({file: name, absolute, size: stats.size, mtimeMs: stats.mtimeMs});
			else warnings.push(`${absolute}: skipped: ${describeSkipped(stats)}, not a story file`);
		} catch (error) {
			const broken = (error as NodeJS.ErrnoException).code === 'ENOENT' ? ' (a link to nothing)' : '';
			warnings.push(`${absolute}: skipped: ${describeFsError(error)}${broken}`);
		}
	}
	return {found, warnings, problems: []};
}

/** A story file's full load: the build's validated copy for the bundled story, else the validator. */
export async function loadStoryFile(file: string, options: {maxBytes?: number; trusted?: TrustedStories}): Promise<LoadResult> {
	const read = readStoryBytes(file, {maxBytes: options.maxBytes});
	if (!read.bytes) return {problems: read.problems};
	const trusted = options.trusted ? trustedStoryFor(read.bytes, options.trusted) : undefined;
	if (trusted) return {story: trusted, problems: []};
	const {parseStoryBytes} = await import('../model/load.js');
	return parseStoryBytes(read.bytes, file);
}

async function entryFor(found: Found, options: LibraryOptions): Promise<CatalogEntry> {
	const loaded = await loadStoryFile(found.absolute, options);
	const base = {file: found.file, size: found.size, mtimeMs: found.mtimeMs};
	if (loaded.story) return {...base, header: storyHeaderOf(loaded.story)};
	return {...base, problem: loaded.problems[0] ?? {file: found.absolute, message: 'does not load'}, problemCount: loaded.problemsTotal ?? loaded.problems.length};
}

/**
 * Parts of one story that cannot be read as one: the first two files that both have an item with the
 * same id (a copy of a part, or two imports saved under one story id). Both are named.
 */
async function conflictOf(id: string, files: string[], options: LibraryOptions): Promise<Problem | undefined> {
	const owners = new Map<string, string>();
	for (const file of files) {
		const {story} = await loadStoryFile(file, options);
		if (!story) continue;
		const ids = new Set([...story.articles, ...story.people, ...story.organizations, ...story.places, ...story.facts, ...story.events, ...story.quotes, ...story.differences].map(item => item.id));
		for (const itemId of ids) {
			const earlier = owners.get(itemId);
			if (earlier !== undefined) {
				return {file: `${path.basename(earlier)} and ${path.basename(file)}`, message: `both are parts of the story "${id}" and both have an item with the id "${itemId}"; give one of them another story id, or remove the copy`};
			}
			owners.set(itemId, file);
		}
	}
	return undefined;
}

/** The sample's file as found, unless the build has none. */
function foundSample(sample: string | undefined): Found[] {
	if (!sample) return [];
	try {
		const stats = statSync(sample);
		return [{file: sample, absolute: sample, size: stats.size, mtimeMs: stats.mtimeMs}];
	} catch {
		// A build without its data folder has no sample to offer.
		return [];
	}
}

/**
 * The library from the catalog alone, when it names exactly the story files the folder lists (sizes
 * and times as the catalog has them); undefined when a file is new to it or its own catalog is gone.
 */
function libraryFromCatalog(folder: string, options: LibraryOptions): Promise<Library> | undefined {
	const listed = storyFileNames(folder, options.missingIsEmpty ?? false);
	if (!('names' in listed) || listed.names.length === 0) return undefined;
	const known = readCatalog(folder, options.cache);
	const byFile = new Map<string, CatalogEntry>();
	// The catalog beside the files comes first (readCatalog), as in the full load's first match.
	for (const entry of known.entries) if (!byFile.has(entry.file)) byFile.set(entry.file, entry);
	const entries: CatalogEntry[] = [];
	for (const name of listed.names) {
		const entry = byFile.get(name);
		if (!entry) return undefined;
		entries.push(entry);
	}
	const found: Found[] = entries.map(entry => ({file: entry.file, absolute: path.join(folder, entry.file), size: entry.size, mtimeMs: entry.mtimeMs}));
	// The sample (named by its absolute path) is looked at as always: one file.
	const [sample] = foundSample(options.sample);
	const sampleEntry = sample ? byFile.get(sample.file) : undefined;
	if (sample && (sampleEntry?.size !== sample.size || sampleEntry.mtimeMs !== sample.mtimeMs)) return undefined;
	// Nothing in the catalog the folder no longer lists (a file removed): the full load drops it and writes the catalog again.
	if (byFile.size !== listed.names.length + (sample ? 1 : 0)) return undefined;
	return librarySorted(folder, sample ? [...found, sample] : found, sampleEntry ? [...entries, sampleEntry] : entries, options, {warnings: [], catalogPlace: known.place, filesRead: 0, unchecked: true});
}

export async function loadLibrary(folder: string, options: LibraryOptions): Promise<Library> {
	if (options.catalogFirst && !options.ignoreCatalog) {
		const quick = libraryFromCatalog(folder, options);
		if (quick) return quick;
	}
	const {found, warnings, problems} = scanFolder(folder, options.missingIsEmpty ?? false);
	if (problems.length > 0) return {folder, stories: [], warnings, problems, catalogPlace: 'memory', filesRead: 0};
	found.push(...foundSample(options.sample));
	const known = options.ignoreCatalog ? {entries: [], place: 'memory' as const} : readCatalog(folder, options.cache);
	// By name, size and time: a thousand files look up a thousand entries without a search each.
	const signature = (entry: {file: string; size: number; mtimeMs: number}) => `${entry.size}\u0000${entry.mtimeMs}\u0000${entry.file}`;
	const bySignature = new Map<string, CatalogEntry>();
	for (const entry of known.entries) if (!bySignature.has(signature(entry))) bySignature.set(signature(entry), entry);
	const entries: CatalogEntry[] = [];
	let filesRead = 0;
	for (const file of found) {
		const entry = bySignature.get(signature(file));
		if (entry) entries.push(entry);
		else {
			filesRead++;
			entries.push(await entryFor(file, options));
		}
	}
	// Written again only when it changed: a file read, or one gone since.
	let catalogPlace = known.place;
	const present = new Set(found.map(file => file.file));
	const gone = known.entries.some(entry => !present.has(entry.file));
	if ((filesRead > 0 || gone) && found.length > 0) catalogPlace = writeCatalog(folder, options.cache, entries).place;
	return librarySorted(folder, found, entries, options, {warnings, catalogPlace, filesRead});
}

/** Files and their entries (one each, in the same order) as stories: parts of one story id together, newest first, the sample last. */
async function librarySorted(folder: string, found: Found[], entries: CatalogEntry[], options: LibraryOptions, read: Pick<Library, 'warnings' | 'catalogPlace' | 'filesRead' | 'unchecked'>): Promise<Library> {
	const byId = new Map<string, Array<{entry: CatalogEntry; absolute: string}>>();
	const stories: LibraryStory[] = [];
	entries.forEach((entry, index) => {
		const absolute = found[index]!.absolute;
		const sample = absolute === options.sample;
		if (!entry.header) {
			stories.push({id: entry.file, files: [absolute], updatedMs: entry.mtimeMs, sample, problem: entry.problem, problemCount: entry.problemCount});
			return;
		}
		// The sample is never a part of the user's story of the same id.
		const key = sample ? `\u0000sample` : entry.header.id;
		byId.set(key, [...(byId.get(key) ?? []), {entry, absolute}]);
	});
	for (const [key, parts] of byId) {
		const files = parts.map(part => part.absolute);
		const story: LibraryStory = {
			id: parts[0]!.entry.header!.id,
			header: combineHeaders(parts.map(part => part.entry.header!)),
			files,
			updatedMs: Math.max(...parts.map(part => part.entry.mtimeMs)),
			sample: key === '\u0000sample',
		};
		const conflict = parts.length > 1 ? await conflictOf(parts[0]!.entry.header!.id, files, options) : undefined;
		stories.push(conflict ? {...story, problem: conflict, problemCount: 1} : story);
	}
	stories.sort((a, b) => Number(a.sample) - Number(b.sample) || b.updatedMs - a.updatedMs || localeOrder(a.id, b.id));
	return {folder, stories, problems: [], ...read};
}
