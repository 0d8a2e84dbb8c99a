import {existsSync} from 'node:fs';
import type {Library, LibraryStory} from './catalog.js';
import {openLibrary, type LibraryContext, type Outcome} from './library-cli.js';

// A story of the library is named by its id or by a prefix of it that no other id shares, as git takes a
// short hash: `kim` for kim-putin-summit. The exact id always wins over longer ids it is a prefix of.

export type StoryMatch = {story: LibraryStory} | {ambiguous: string[]} | {known: string[]};

/** The user's stories that have an id (not the sample, not a broken file). */
const ownStories = (library: Library) => library.stories.filter(entry => entry.header && !entry.sample);

export function matchStory(library: Library, word: string): StoryMatch {
	const own = ownStories(library);
	const exact = own.find(entry => entry.id === word);
	if (exact) return {story: exact};
	const prefixed = word === '' ? own : own.filter(entry => entry.id.startsWith(word));
	if (prefixed.length === 1) return {story: prefixed[0]!};
	if (prefixed.length > 1) return {ambiguous: prefixed.map(entry => entry.id).sort()};
	return {known: own.map(entry => entry.id)};
}

/** What the user is told when a word names no story, or several. */
export function describeMismatch(word: string, match: Exclude<StoryMatch, {story: LibraryStory}>, folder: string): string {
	if ('ambiguous' in match) return `"${word}" is the start of ${match.ambiguous.length} story ids: ${match.ambiguous.join(', ')}; type more of the one you mean`;
	return match.known.length > 0 ? `no story id starts with "${word}"; the library holds: ${match.known.join(', ')}` : `no story "${word}": the library in ${folder} holds no stories yet`;
}

/** A word that can only be a story id: no file by that name, no path, no address, no standard input. */
export function looksLikeStoryId(word: string): boolean {
	return /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u.test(word) && !existsSync(word);
}

/**
 * The files of the stories named: each word a file as given, or a story id (or a unique prefix of one)
 * replaced by its files. A prefix shared by several stories is a usage error that lists them; a word that
 * is neither a file nor an id is reported with the ids there are.
 */
export async function storyFilesOf(context: LibraryContext, words: string[]): Promise<Outcome<string[]>> {
	if (!words.some(looksLikeStoryId)) return {value: words, warnings: []};
	const library = await openLibrary(context);
	if (library.problems.length > 0) return {problems: library.problems, heading: 'cannot open the library', warnings: library.warnings};
	const files: string[] = [];
	for (const word of words) {
		if (!looksLikeStoryId(word)) {
			files.push(word);
			continue;
		}
		const match = matchStory(library, word);
		if ('story' in match) files.push(...match.story.files);
		else if ('ambiguous' in match) return {usage: describeMismatch(word, match, library.folder)};
		else return {problems: [{file: word, message: `no such file, and ${describeMismatch(word, match, library.folder)}`}], heading: 'cannot load story data', warnings: library.warnings};
	}
	return {value: files, warnings: library.warnings};
}
