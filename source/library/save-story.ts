import {existsSync, mkdirSync, statSync} from 'node:fs';
import path from 'node:path';
import type {Problem} from '../model/problem.js';
import {decodeText, describeFsError, readStoryBytes} from '../model/read-stories.js';
import type {StoryFile} from '../model/schema.js';
import {writeFileSafely} from '../fs/write-file-safely.js';
import {defaultLibraryFolder} from './library-folders.js';
import {findStory, openLibrary, type LibraryContext, type Outcome} from './library-cli.js';
import {stampAdded} from './merge-articles.js';

// Writing stories into the library: a new story under a file name of its own (never over another
// file), and an existing story replaced whole by its updated version, the previous one kept beside it.

/** The day, as the user's calendar has it, that new items carry. */
export function localDay(now = new Date()): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const storyJson = (story: StoryFile) => `${JSON.stringify(story, null, '\t')}\n`;

/**
 * Saves an imported story as a new story of the library. A story id the library already has would make
 * the new file a part of that story, so the new one takes a free id (story-2 …) and says so.
 */
export async function saveNewStory(context: LibraryContext, imported: StoryFile, today: string): Promise<Outcome<{file: string; id: string; renamedFrom?: string}>> {
	const folder = context.folder || defaultLibraryFolder(context.env);
	try {
		mkdirSync(folder, {recursive: true});
	} catch (error) {
		return {problems: [{file: folder, message: `cannot create the library folder: ${describeFsError(error)}`}], heading: 'nothing written:'};
	}
	const library = await openLibrary({...context, folder});
	if (library.problems.length > 0) return {problems: library.problems, heading: 'cannot save into the library:'};
	const taken = new Set(library.stories.filter(story => !story.sample).map(story => story.id));
	let id = imported.story.id;
	for (let counter = 2; taken.has(id); counter++) id = `${imported.story.id}-${counter}`;
	let file = path.join(library.folder, `${id}.json`);
	for (let counter = 2; existsSync(file); counter++) file = path.join(library.folder, `${id}-${counter}.json`);
	const story = stampAdded({...imported, story: {...imported.story, id}}, today);
	// Not forced: a file that appeared under this name meanwhile is never replaced.
	const problem = writeFileSafely(file, storyJson(story));
	if (problem) return {problems: [problem], heading: 'nothing written:'};
	return {value: {file, id, ...(id === imported.story.id ? {} : {renamedFrom: imported.story.id})}, warnings: library.warnings};
}

/** The file `--into` names: a story file, or the id of a story in the library (with the ids there are). */
export async function resolveIntoTarget(context: LibraryContext, target: string): Promise<Outcome<string>> {
	if (target.endsWith('.json') || target.includes('/') || existsSync(target)) return {value: target, warnings: []};
	const library = await openLibrary(context);
	if (library.problems.length > 0) return {problems: library.problems, heading: 'cannot open the library:'};
	const found = findStory(library, target);
	if ('known' in found) {
		const known = found.known.length > 0 ? `the library holds: ${found.known.join(', ')}` : `the library in ${library.folder} holds no stories yet`;
		return {usage: `--into: no story file and no story with the id "${target}"; ${known}`};
	}
	if (found.story.files.length > 1) {
		return {usage: `--into: the story "${target}" is in ${found.story.files.length} files; name the one to add to: ${found.story.files.join(', ')}`};
	}
	return {value: found.story.files[0]!, warnings: library.warnings};
}

export type ReadForUpdate = {bytes: Buffer; mtimeMs: number};

export function readForUpdate(file: string, maxBytes: number): ReadForUpdate | {problems: Problem[]} {
	const read = readStoryBytes(file, {maxBytes});
	if (!read.bytes) return {problems: read.problems};
	return {bytes: read.bytes, mtimeMs: statSync(file).mtimeMs};
}

/**
 * Replaces a story file with its updated version, unless it changed on disk since it was read (someone
 * else's update would be lost): the previous version to FILE.bak first (unless told not to), then the
 * new one, each whole or not at all.
 */
export function replaceStoryFile(file: string, before: ReadForUpdate, content: string, options: {backup: boolean; maxBytes: number}): Problem | undefined {
	const now = readStoryBytes(file, {maxBytes: options.maxBytes});
	if (!now.bytes || !now.bytes.equals(before.bytes)) {
		return {file, message: 'changed on disk since it was read; nothing written (run the command again to add to the new version)'};
	}
	if (options.backup) {
		// As text: the file loaded, so it decodes (a UTF-16 file is kept as the same text in UTF-8).
		const decoded = decodeText(before.bytes);
		const problem = writeFileSafely(`${file}.bak`, 'text' in decoded ? decoded.text : before.bytes.toString('utf8'), {force: true});
		if (problem) return {...problem, message: `${problem.message} (the backup; ${file} is unchanged)`};
	}
	return writeFileSafely(file, content, {force: true});
}
