import {existsSync, mkdirSync, readdirSync, renameSync, rmdirSync} from 'node:fs';
import path from 'node:path';
import {applyEdits, modify} from 'jsonc-parser';
import {withFileLockSync} from '../model/file-lock.js';
import {parseStoryBytes, parseStoryText} from '../model/load.js';
import type {Problem} from '../model/problem.js';
import {decodeText, describeFsError} from '../model/read-stories.js';
import {sanitiseText} from '../model/sanitise.js';
import {openLibrary, type LibraryContext, type Outcome} from './library-cli.js';
import {encodeLike, readForUpdate, realPathOr, replaceStoryFile} from './save-story.js';
import {describeMismatch, matchStory} from './story-by-id.js';
import type {LibraryStory} from './catalog.js';
import {stateFolder} from './library-folders.js';
import {storyOpenElsewhere} from './open-marks.js';

// Managing the library's stories: rename (the title; the id stays), remove to the library's trash
// folder and restore from it. Nothing is deleted by the program; each change is whole or not at all,
// under the story file's lock, and a rename keeps FILE.bak.

/** The trash folder inside the library: a dot folder, so the library never lists what it holds. */
export const trashName = '.trash';
export const maxTitleLength = 300;

/** The story a word names (its id or a unique prefix), or why none. */
async function storyNamed(context: LibraryContext, word: string): Promise<Outcome<{story: LibraryStory; folder: string}>> {
	const library = await openLibrary(context);
	if (library.problems.length > 0) return {problems: library.problems, heading: 'cannot open the library'};
	const match = matchStory(library, word);
	if (!('story' in match)) return {usage: describeMismatch(word, match, library.folder)};
	return {value: {story: match.story, folder: library.folder}, warnings: library.warnings};
}

/** A title as typed: one line of text, neither empty nor a page long. */
export function checkTitle(title: string): string | undefined {
	const clean = sanitiseText(title).replace(/\s+/g, ' ').trim();
	if (clean === '') return 'the new title is empty';
	if (clean.length > maxTitleLength) return `the new title is ${clean.length} characters long; at most ${maxTitleLength}`;
	return undefined;
}

/**
 * Sets the story's title in each of its files, the rest of each file byte for byte (only the title's
 * value changes), under the file's lock, the old version kept as FILE.bak.
 */
export async function renameStory(context: LibraryContext, word: string, title: string, options: {backup: boolean}): Promise<Outcome<{id: string; from: string; to: string; files: string[]}>> {
	const wrong = checkTitle(title);
	if (wrong) return {usage: `${wrong}; nothing changed`};
	const named = await storyNamed(context, word);
	if (!('value' in named)) return named;
	const {story} = named.value;
	const to = sanitiseText(title).replace(/\s+/g, ' ').trim();
	const from = story.header!.title;
	// Every part checked before any is written: a part that cannot be renamed leaves all as they were.
	const plans: Array<{file: string; before: ReturnType<typeof readForUpdate>; content?: Uint8Array}> = [];
	for (const file of story.files) {
		const before = readForUpdate(file, context.maxBytes);
		if ('problems' in before) return {problems: before.problems, heading: 'nothing renamed'};
		const decoded = decodeText(before.bytes);
		const loaded = parseStoryBytes(before.bytes, file);
		if (!('text' in decoded) || !loaded.story) return {problems: loaded.problems, heading: 'nothing renamed'};
		const text = applyEdits(decoded.text, modify(decoded.text, ['story', 'title'], to, {formattingOptions: {insertSpaces: false, tabSize: 1}}));
		const checked = parseStoryText(text, file);
		if (!checked.story || checked.story.story.title !== to) return {problems: [{file, message: 'the renamed story does not load as the same story with the new title (a bug); nothing written'}], heading: 'nothing renamed'};
		plans.push({file, before, content: encodeLike(text, before.bytes, decoded.encoding)});
	}
	for (const plan of plans) {
		const written = withFileLockSync(realPathOr(plan.file), () => replaceStoryFile(plan.file, plan.before as {bytes: Buffer; mtimeMs: number}, plan.content!, {backup: options.backup, maxBytes: context.maxBytes}));
		const problem = 'problem' in written ? written.problem : written.value;
		if (problem) return {problems: [problem], heading: plans.length > 1 ? 'the rename stopped part way (the files before it are renamed)' : 'nothing renamed'};
	}
	return {value: {id: story.id, from, to, files: story.files}, warnings: named.warnings};
}

/** A free folder in the trash for a story id: the id, else id-2, id-3 … */
function freeTrashFolder(trash: string, id: string): string {
	let folder = path.join(trash, id);
	for (let counter = 2; existsSync(folder); counter++) folder = path.join(trash, `${id}-${counter}`);
	return folder;
}

/** Moves the story's files (and their .bak) into the library's trash folder; restore brings them back. */
export async function removeStory(context: LibraryContext, word: string): Promise<Outcome<{id: string; title: string; trash: string}>> {
	const named = await storyNamed(context, word);
	if (!('value' in named)) return named;
	const {story, folder} = named.value;
	// A reader has it open in another window: the file moved away would leave that window's visit and
	// links pointing at nothing. Say which, and leave the story where it is.
	const readers = storyOpenElsewhere(stateFolder(context.env), story.id);
	if (readers.length > 0) {
		const which = readers.length === 1 ? `another dashboard (process ${readers[0]})` : `${readers.length} other dashboards (processes ${readers.join(', ')})`;
		return {problems: [{file: story.files[0]!, message: `"${story.header!.title}" is open in ${which}; close it there first, then remove it (nothing changed)`}], heading: 'nothing removed'};
	}
	const trash = freeTrashFolder(path.join(folder, trashName), story.id);
	try {
		mkdirSync(trash, {recursive: true});
	} catch (error) {
		return {problems: [{file: trash, message: `cannot create the trash folder: ${describeFsError(error)}`}], heading: 'nothing removed'};
	}
	const moved = moveFiles(story.files, trash);
	if (moved) return {problems: [moved], heading: 'nothing removed'};
	return {value: {id: story.id, title: story.header!.title, trash}, warnings: named.warnings};
}

/**
 * Each file moved, under its lock (an import into it waits, then finds it gone); a move that fails puts
 * the ones before it back, so that the story is wholly in one place.
 */
function moveFiles(files: string[], into: string): Problem | undefined {
	const done: Array<[string, string]> = [];
	const undo = () => {
		for (const [source, target] of done.reverse()) {
			try {
				renameSync(target, source);
			} catch {
				// Left where it is; the message names both places.
			}
		}
	};
	for (const file of files) {
		const target = path.join(into, path.basename(file));
		if (existsSync(target)) {
			undo();
			return {file: target, message: 'already exists; nothing is moved over another file'};
		}
		const moved = withFileLockSync(realPathOr(file), () => {
			renameSync(file, target);
			done.push([file, target]);
			if (existsSync(`${file}.bak`) && !existsSync(`${target}.bak`)) renameSync(`${file}.bak`, `${target}.bak`);
		});
		if ('problem' in moved) {
			undo();
			return moved.problem;
		}
	}
	return undefined;
}

/** The stories in the trash: each a folder named by its id (id-2 … when removed twice). */
function trashedStories(folder: string): string[] {
	try {
		return readdirSync(path.join(folder, trashName), {withFileTypes: true}).filter(entry => entry.isDirectory()).map(entry => entry.name).sort();
	} catch {
		return [];
	}
}

/** Moves a removed story back from the trash, never over a file the library holds now. */
export async function restoreStory(context: LibraryContext, word: string): Promise<Outcome<{id: string; files: string[]}>> {
	const library = await openLibrary(context);
	if (library.problems.length > 0) return {problems: library.problems, heading: 'cannot open the library'};
	const trashed = trashedStories(library.folder);
	const exact = trashed.find(name => name === word);
	const matching = exact ? [exact] : trashed.filter(name => name.startsWith(word));
	if (matching.length === 0) return {usage: trashed.length > 0 ? `no removed story starts with "${word}"; the trash holds: ${trashed.join(', ')}` : `the library's trash (${path.join(library.folder, trashName)}) is empty`};
	if (matching.length > 1) return {usage: `"${word}" is the start of ${matching.length} removed stories: ${matching.join(', ')}; type more of the one you mean`};
	const source = path.join(library.folder, trashName, matching[0]!);
	const files = readdirSync(source).filter(name => name.endsWith('.json')).map(name => path.join(source, name));
	const problem = moveFiles(files, library.folder);
	if (problem) return {problems: [problem], heading: 'nothing restored'};
	try {
		rmdirSync(source);
	} catch {
		// Only an empty folder is removed; one that still holds something stays.
	}
	return {value: {id: matching[0]!, files: files.map(file => path.join(library.folder, path.basename(file)))}, warnings: library.warnings};
}
