import {mkdirSync} from 'node:fs';
import path from 'node:path';
import {withFileLockSync} from '../model/file-lock.js';
import {parseOwnJson} from '../model/json-depth.js';
import {jsonTextIsClean, sanitiseJson} from '../model/sanitise.js';
import type {Problem} from '../model/problem.js';
import {readOwnTextFile} from '../model/read-stories.js';
import {writeFileSafely} from '../fs/write-file-safely.js';
import {cachedCatalogPath, catalogName} from './catalog-place.js';
import {isStoryHeader, type StoryHeader} from './story-header.js';

// The catalog of a library folder: each story file's header, with the size and modification time it had
// when the header was read, so that only a file that changed is read again. Kept beside the files
// (.catalog.json); a folder the user may not write (shared, read-only) keeps it in the cache folder
// instead, and when neither can be written the catalog lives only as long as the run.
// It is a cache, never an authority: its text is sanitised like a story's (a hand-edited or shared
// catalog reaches the terminal), and where it decides which file to write, the file is read first.

export {cachedCatalogPath, catalogName};
// 2: headers count as updated only items confirmed on a later day than they came (whats-new isUpdate).
const catalogVersion = 2;

export type CatalogEntry = {
	/** The file's name in the library folder (an absolute path for the bundled sample). */
	file: string;
	size: number;
	mtimeMs: number;
	header?: StoryHeader;
	/** Why the file does not load: its first problem (the file opens to show them all). */
	problem?: Problem;
	problemCount?: number;
};

export type CatalogPlace = 'folder' | 'cache' | 'memory';

function isEntry(value: unknown): value is CatalogEntry {
	if (typeof value !== 'object' || value === null) return false;
	const entry = value as Record<string, unknown>;
	if (typeof entry['file'] !== 'string' || typeof entry['size'] !== 'number' || typeof entry['mtimeMs'] !== 'number') return false;
	if (entry['header'] !== undefined) return isStoryHeader(entry['header']);
	const problem = entry['problem'] as Record<string, unknown> | undefined;
	return typeof problem?.['message'] === 'string' && typeof problem['file'] === 'string';
}


/** Entries nest five levels (catalog, entries, entry, header, counts); far deeper is a damaged file. */
const maxCatalogDepth = 16;

function readCatalogAt(file: string, folder?: string): CatalogEntry[] | undefined {
	const read = readOwnTextFile(file);
	if (read.text === undefined) return undefined;
	// File names stay as written (they are matched against the folder's); what is shown is sanitised.
	const parsed = parseOwnJson(read.text, maxCatalogDepth, {sanitise: false});
	if ('problem' in parsed) return undefined;
	const catalog = parsed.value as {version?: unknown; folder?: unknown; entries?: unknown};
	if (catalog?.version !== catalogVersion || !Array.isArray(catalog.entries)) return undefined;
	// A catalog in the cache must be this folder's (one beside the files describes them by name, so it
	// stays right when the folder is moved or copied).
	if (folder !== undefined && catalog.folder !== path.resolve(folder)) return undefined;
	const entries = catalog.entries.filter(isEntry);
	// A catalog as the program writes it holds only sanitised text: nothing to do, whatever its size.
	if (jsonTextIsClean(read.text)) return entries;
	return entries.map(entry => ({
		...entry,
		...(entry.header ? {header: sanitiseJson(entry.header).value as StoryHeader} : {}),
		...(entry.problem ? {problem: sanitiseJson(entry.problem).value as Problem} : {}),
	}));
}

/**
 * The entries last written for this folder, from beside its files and from the cache: a shared folder's
 * catalog may be older than the one this user keeps in the cache; an entry counts if it fits the file.
 */
export function readCatalog(folder: string, cache: string): {entries: CatalogEntry[]; place: CatalogPlace} {
	const beside = readCatalogAt(path.join(folder, catalogName));
	const cached = readCatalogAt(cachedCatalogPath(folder, cache), folder);
	return {entries: [...(beside ?? []), ...(cached ?? [])], place: beside ? 'folder' : cached ? 'cache' : 'memory'};
}

/** Writes the catalog whole or not at all: beside the files, else in the cache; where it went. */
export function writeCatalog(folder: string, cache: string, entries: CatalogEntry[]): {place: CatalogPlace; problem?: Problem} {
	const content = `${JSON.stringify({version: catalogVersion, folder: path.resolve(folder), entries})}\n`;
	const besideProblem = writeOwnCatalog(path.join(folder, catalogName), content);
	if (!besideProblem) return {place: 'folder'};
	const cached = cachedCatalogPath(folder, cache);
	try {
		mkdirSync(path.dirname(cached), {recursive: true});
	} catch {
		return {place: 'memory', problem: besideProblem};
	}
	const cacheProblem = writeOwnCatalog(cached, content);
	return cacheProblem ? {place: 'memory', problem: cacheProblem} : {place: 'cache'};
}

/**
 * One writer at a time (a lock beside it), never through a link or into a pipe. Every writer computes
 * the entries from the files themselves, so one that finds the catalog busy leaves it to the other: a
 * cache is not worth a wait.
 */
function writeOwnCatalog(file: string, content: string): Problem | undefined {
	const written = withFileLockSync(file, () => writeFileSafely(file, content, {ownFile: true}), {waitMs: 2000});
	return 'problem' in written ? written.problem : written.value;
}
