import {existsSync, mkdirSync, realpathSync, statSync} from 'node:fs';
import path from 'node:path';
import {withFileLock, withFileLockSync} from '../model/file-lock.js';
import {jsonNestingDepth} from '../model/json-depth.js';
import {maxNestingDepth, parseStoryBytes, parseStoryText} from '../model/load.js';
import type {Problem} from '../model/problem.js';
import {decodeText, describeFsError, describeSkipped, readStoryBytes} from '../model/read-stories.js';
import {sanitiseText} from '../model/sanitise.js';
import type {StoryFile} from '../model/schema.js';
import {writeFileSafely} from '../fs/write-file-safely.js';
import {defaultLibraryFolder} from './library-folders.js';
import {openLibrary, type LibraryContext, type Outcome} from './library-cli.js';
import {describeMismatch, matchStory} from './story-by-id.js';
import {mergeArticlesIntoStory, stampAdded, type MergeNote, type MergeOutcome} from './merge-articles.js';
import {canonicalJson, editStoryText} from './story-text-edit.js';

// Writing stories into the library: a new story under a file name of its own (never over another
// file), and an existing story replaced whole by its updated version, the previous one kept beside it.

/** The day, as the user's calendar has it, that new items carry. */
export function localDay(now = new Date()): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const storyJson = (story: StoryFile) => `${JSON.stringify(story, null, '\t')}\n`;

/**
 * The story with the facts that are not key facts in the order of their ids. The file keeps them in the
 * order the articles came in, while a loaded story lists its key facts first: when --into demotes one
 * of those, the merged story has it where the key facts were and the file where it was written. Same
 * facts, same story.
 */
const otherFactsById = (story: StoryFile): StoryFile => ({
	...story,
	facts: [...story.facts.filter(fact => fact.category === 'key-fact'), ...story.facts.filter(fact => fact.category !== 'key-fact').toSorted((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))],
});

/** The lock a library folder's new names are chosen under: one saver at a time picks an id and a file. */
const saveLockOf = (folder: string) => path.join(folder, '.library');

/**
 * Saves an imported story as a new story of the library. A story id the library already has would make
 * the new file a part of that story, so the new one takes a free id (story-2 …) and says so. The id and
 * the file name are chosen under the folder's lock, and the file is created, never put over another:
 * two saves at once of stories with one id make two stories.
 */
export async function saveNewStory(context: LibraryContext, imported: StoryFile, today: string): Promise<Outcome<{file: string; id: string; renamedFrom?: string}>> {
	const folder = context.folder || defaultLibraryFolder(context.env);
	try {
		mkdirSync(folder, {recursive: true});
	} catch (error) {
		return {problems: [{file: folder, message: `cannot create the library folder: ${describeFsError(error)}`}], heading: 'nothing written'};
	}
	const locked = await withFileLock(saveLockOf(folder), async (): Promise<Outcome<{file: string; id: string; renamedFrom?: string}>> => {
		const library = await openLibrary({...context, folder});
		if (library.problems.length > 0) return {problems: library.problems, heading: 'cannot save into the library'};
		const taken = new Set(library.stories.filter(story => !story.sample).map(story => story.id));
		let id = imported.story.id;
		for (let counter = 2; taken.has(id); counter++) id = `${imported.story.id}-${counter}`;
		let file = path.join(library.folder, `${id}.json`);
		for (let counter = 2; existsSync(file); counter++) file = path.join(library.folder, `${id}-${counter}.json`);
		const story = stampAdded({...imported, story: {...imported.story, id}}, today);
		// Not forced: a file that appeared under this name meanwhile is never replaced.
		const problem = writeFileSafely(file, storyJson(story));
		if (problem) return {problems: [problem], heading: 'nothing written'};
		return {value: {file, id, ...(id === imported.story.id ? {} : {renamedFrom: imported.story.id})}, warnings: library.warnings};
	});
	return 'problem' in locked ? {problems: [{...locked.problem, file: folder}], heading: 'nothing written'} : locked.value;
}

/**
 * The file `--into` names: a story file, or the id of a story in the library (with the ids there are).
 * The catalog is a cache, not an authority: the file it names is read and must hold the story of that
 * id; when it does not (a catalog edited by hand, or shipped with a shared folder), the library is read
 * again from its files alone.
 */
/** `asked`: what the messages name as asking (`--into`, `library refresh`). */
export async function resolveIntoTarget(context: LibraryContext, target: string, asked = '--into'): Promise<Outcome<{file: string; id?: string}>> {
	if (target.endsWith('.json') || target.includes('/') || existsSync(target)) return {value: {file: target}, warnings: []};
	let library = await openLibrary(context);
	for (let attempt = 0; ; attempt++) {
		if (library.problems.length > 0) return {problems: library.problems, heading: 'cannot open the library'};
		const found = matchStory(library, target);
		if (!('story' in found)) {
			if (attempt === 0 && library.filesRead < library.stories.length) {
				library = await openLibrary({...context, ignoreCatalog: true});
				continue;
			}
			return {usage: `${asked}: no story file named "${target}"; ${describeMismatch(target, found, library.folder)}`};
		}
		const id = found.story.id;
		const files = found.story.files;
		const confirmed = files.every(file => storyIdOf(file, context.maxBytes) === id);
		if (!confirmed && attempt === 0) {
			library = await openLibrary({...context, ignoreCatalog: true});
			continue;
		}
		if (files.length > 1) {
			return {usage: `${asked}: the story "${id}" is in ${files.length} files; name the one to add to: ${files.join(', ')}`};
		}
		return {value: {file: files[0]!, id}, warnings: library.warnings};
	}
}

/** The story id a file holds as it is now, read from the file itself. */
function storyIdOf(file: string, maxBytes: number): string | undefined {
	const read = readStoryBytes(file, {maxBytes});
	if (!read.bytes) return undefined;
	const decoded = decodeText(read.bytes);
	if (!('text' in decoded) || jsonNestingDepth(decoded.text, maxNestingDepth) > maxNestingDepth) return undefined;
	try {
		const id = (JSON.parse(decoded.text) as {story?: {id?: unknown}})?.story?.id;
		return typeof id === 'string' ? sanitiseText(id) : undefined;
	} catch {
		return undefined;
	}
}

export type ReadForUpdate = {bytes: Buffer; mtimeMs: number};

/** A story file's bytes and the story they loaded as (parseStoryBytes), read before taking the lock. */
export type LoadedStory = {bytes: Uint8Array; story: StoryFile};

export function readForUpdate(file: string, maxBytes: number): ReadForUpdate | {problems: Problem[]} {
	// Only a regular file can be replaced by its update; a named pipe would block the read for good.
	try {
		const stats = statSync(file);
		if (!stats.isFile()) return {problems: [{file, message: `is ${describeSkipped(stats)}; --into adds to a story file`}]};
	} catch (error) {
		return {problems: [{file, message: describeFsError(error)}]};
	}
	const read = readStoryBytes(file, {maxBytes});
	if (!read.bytes) return {problems: read.problems};
	return {bytes: read.bytes, mtimeMs: statSync(file).mtimeMs};
}

/**
 * Replaces a story file with its updated version, unless it changed on disk since it was read (someone
 * else's update would be lost — an editor, which takes no lock): the previous version's exact bytes to
 * FILE.bak first (unless told not to; never through a link or into a pipe), then the new one, each
 * whole or not at all.
 */
export function replaceStoryFile(file: string, before: ReadForUpdate, content: string | Uint8Array, options: {backup: boolean; maxBytes: number}): Problem | undefined {
	const now = readStoryBytes(file, {maxBytes: options.maxBytes});
	if (!now.bytes || !now.bytes.equals(before.bytes)) {
		return {file, message: 'changed on disk since it was read; nothing written (run the command again to add to the new version)'};
	}
	if (options.backup) {
		const problem = writeFileSafely(`${file}.bak`, before.bytes, {ownFile: true});
		if (problem) return {...problem, message: `${problem.message} (the backup; ${file} is unchanged)`};
	}
	return writeFileSafely(file, content, {force: true});
}

/** Text in the encoding the file came in (a UTF-16 file stays UTF-16, a byte-order mark stays). */
export function encodeLike(text: string, original: Uint8Array, encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE'): Buffer {
	if (encoding === 'UTF-8') return Buffer.from(original[0] === 0xef && original[1] === 0xbb && original[2] === 0xbf ? `\uFEFF${text}` : text, 'utf8');
	const little = Buffer.from(`\uFEFF${text}`, 'utf16le');
	return encoding === 'UTF-16LE' ? little : little.swap16();
}

export function realPathOr(file: string): string {
	try {
		return realpathSync(file);
	} catch {
		return file;
	}
}

/** What is said of an article that shares nothing with the story it is added to. */
export const unrelatedMessage = (article: {title: string; outlet: string}, storyTitle: string) =>
	`"${article.title}" (${article.outlet}) shares no person, organisation, place, happening or fact with "${storyTitle}"`;

export type AddedToStory = {file: string; title: string; notes: MergeNote[]; added: MergeOutcome['added']; confirmed: number; unrelated: MergeOutcome['unrelated']};

/**
 * ingest --into's read-modify-write, whole under the story file's lock, so that two imports into one
 * story at once both land: the file read as it is now, the articles merged, the result written as the
 * original text plus the new items (what the file held, hand edits and all, stays byte for byte), the
 * previous version kept as FILE.bak. `expectedId`: the id the user named, which the file must still hold.
 */
export function addToStoryFile(file: string, imported: StoryFile | StoryFile[], options: {backup: boolean; maxBytes: number; today: string; expectedId?: string; waitMs?: number; versions?: boolean; force?: boolean; loaded?: LoadedStory}): Outcome<AddedToStory> {
	const locked = withFileLockSync(
		// One lock whatever name the story is given by: a link to it locks the file it names.
		realPathOr(file),
		(): Outcome<AddedToStory> => {
			const before = readForUpdate(file, options.maxBytes);
			if ('problems' in before) return {problems: before.problems, heading: 'cannot add to the story'};
			const decoded = decodeText(before.bytes);
			// Validating a large story is a good part of the update's time: the caller's reading is used again while the file holds the same bytes.
			const existing = options.loaded && Buffer.compare(options.loaded.bytes, before.bytes) === 0 ? {story: options.loaded.story, problems: [], problemsTotal: 0} : parseStoryBytes(before.bytes, file);
			if (!existing.story || !('text' in decoded)) return {problems: existing.problems, heading: 'cannot add to the story', total: existing.problemsTotal};
			if (options.expectedId !== undefined && existing.story.story.id !== options.expectedId) {
				return {problems: [{file, message: `holds the story "${existing.story.story.id}", not "${options.expectedId}" (it changed since the library was read); nothing written`}], heading: 'cannot add to the story'};
			}
			// Several imports (refresh: one a fetched address) merge one after another into one write.
			const merged = (Array.isArray(imported) ? imported : [imported]).reduce<MergeOutcome>(
				(sofar, next) => {
					const step = mergeArticlesIntoStory(sofar.story, next, options.today, {versions: options.versions});
					const added = Object.fromEntries(Object.entries(sofar.added).map(([kind, count]) => [kind, count + step.added[kind as keyof MergeOutcome['added']]])) as MergeOutcome['added'];
					return {...step, notes: [...sofar.notes, ...step.notes], added, confirmed: sofar.confirmed + step.confirmed, unrelated: [...sofar.unrelated, ...step.unrelated]};
				},
				{story: existing.story, notes: [], added: {articles: 0, people: 0, organizations: 0, places: 0, facts: 0, events: 0, quotes: 0, differences: 0}, confirmed: 0, unrelated: []},
			);
			// An article that shares nothing with the story is probably about another one: named, and added only with --force.
			if (merged.unrelated.length > 0 && !options.force) {
				return {problems: merged.unrelated.map(article => ({file, message: unrelatedMessage(article, existing.story!.story.title)})), heading: 'nothing added (to add these anyway, give --force)'};
			}
			const result = {file, title: existing.story.story.title, notes: merged.notes, added: merged.added, confirmed: merged.confirmed, unrelated: merged.unrelated};
			if (merged.added.articles === 0) return {value: result, warnings: []};
			const edited = editStoryText(decoded.text, existing.story, merged.story);
			if ('problem' in edited) return {problems: [{file, message: `cannot be updated in place: ${edited.problem}; nothing written`}], heading: 'cannot add to the story'};
			// Built to be valid, and to load as exactly the merged story; checked, so that a bug never reaches the user's file.
			const checked = parseStoryText(edited.text, file);
			const intended = parseStoryText(storyJson(merged.story), file);
			// The same text in the same key order is the same story; only when the orders differ are the keys sorted first.
			if (!checked.story || !intended.story || (JSON.stringify(checked.story) !== JSON.stringify(intended.story) && canonicalJson(checked.story) !== canonicalJson(intended.story) && canonicalJson(otherFactsById(checked.story)) !== canonicalJson(otherFactsById(intended.story)))) {
				return {problems: checked.problems.length > 0 ? checked.problems : [{file, message: 'the updated text does not load as the merged story'}], heading: 'nothing written (the merged story does not validate; this is a bug)'};
			}
			const problem = replaceStoryFile(file, before, encodeLike(edited.text, before.bytes, decoded.encoding), options);
			if (problem) return {problems: [problem], heading: 'nothing written'};
			return {value: result, warnings: []};
		},
		{waitMs: options.waitMs},
	);
	return 'problem' in locked ? {problems: [locked.problem], heading: 'nothing written'} : locked.value;
}
