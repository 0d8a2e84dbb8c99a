import path from 'node:path';
import type {Problem} from '../model/problem.js';
import type {StoryFile} from '../model/schema.js';
import type {TrustedStories} from '../model/read-stories.js';
import {createSearcher, plainHit, searcherSteps, type Searcher, type SearcherOptions, type SearchHit} from '../search/search.js';
import {loadStoryFile, type Library} from './catalog.js';

// Search across the library with the one search engine: every story's items in one index (a thousand
// stories of a hundred items search as one story of 100k, which the engine is built for), each id
// prefixed by its story's place in the list, so that each hit comes back with its story.

export type LibraryHit = SearchHit & {story: {id: string; title: string}};
export type OpenedStory = {story: StoryFile; files: string[]};

const separator = ':';

/** The items the search engine reads, from every story, ids prefixed by the story's number. */
function combinedStory(stories: OpenedStory[]): StoryFile {
	const combined: StoryFile = {
		schemaVersion: 1,
		story: {id: 'library', title: 'Library', summary: 'Every story of the library.'},
		articles: [],
		people: [],
		organizations: [],
		places: [],
		facts: [],
		events: [],
		quotes: [],
		differences: [],
	};
	stories.forEach(({story}, index) => {
		const prefix = (id: string) => `${index}${separator}${id}`;
		combined.people.push(...story.people.map(item => ({...item, id: prefix(item.id)})));
		combined.organizations.push(...story.organizations.map(item => ({...item, id: prefix(item.id)})));
		combined.places.push(...story.places.map(item => ({...item, id: prefix(item.id)})));
		combined.facts.push(...story.facts.map(item => ({...item, id: prefix(item.id)})));
		combined.events.push(...story.events.map(item => ({...item, id: prefix(item.id)})));
		combined.quotes.push(...story.quotes.map(item => ({...item, id: prefix(item.id), ...(item.speaker ? {speaker: prefix(item.speaker)} : {})})));
	});
	return combined;
}

export type LibrarySearcher = {search(query: string, limit?: number): LibraryHit[]};

function withStories(searcher: Searcher, stories: OpenedStory[]): LibrarySearcher {
	return {
		search(query, limit = 50) {
			return searcher.search(query, limit).map(hit => {
				const cut = hit.id.indexOf(separator);
				const {story} = stories[Number(hit.id.slice(0, cut))]!;
				return {...plainHit(hit), id: hit.id.slice(cut + 1), story: {id: story.story.id, title: story.story.title}};
			});
		},
	};
}

export function createLibrarySearcher(stories: OpenedStory[], options: SearcherOptions = {}): LibrarySearcher {
	return withStories(createSearcher(combinedStory(stories), options), stories);
}

/**
 * The same searcher built in steps, yielding the share done between them, so that the picker can index
 * the library in the background between key presses (as the dashboard does for a large story).
 */
export function* librarySearcherSteps(stories: OpenedStory[], stepSize = 500): Generator<number, LibrarySearcher> {
	const searcher = yield* searcherSteps(combinedStory(stories), stepSize);
	return withStories(searcher, stories);
}

/**
 * Every story of the library that opens, and the first problem of each that does not. `between` is
 * awaited after each story: the picker yields there, so that keys keep their turn while a large library
 * is read and validated in the background (awaiting a settled promise alone never lets input in).
 */
export async function openAllStories(library: Library, options: {maxBytes?: number; trusted?: TrustedStories; between?: () => Promise<void>}): Promise<{stories: OpenedStory[]; problems: Problem[]}> {
	const stories: OpenedStory[] = [];
	const problems: Problem[] = [];
	for (const entry of library.stories) {
		if (options.between) await options.between();
		if (entry.problem || !entry.header) {
			if (entry.problem) problems.push(entry.problem);
			continue;
		}
		const loaded = await Promise.all(entry.files.map(file => loadStoryFile(file, options)));
		const failed = loaded.find(result => !result.story);
		if (failed) {
			problems.push(failed.problems[0] ?? {file: entry.files[0]!, message: 'does not load'});
			continue;
		}
		if (loaded.length === 1) {
			stories.push({story: loaded[0]!.story!, files: entry.files});
			continue;
		}
		const {mergeStories} = await import('../model/normalise.js');
		const merged = mergeStories(loaded.map((result, index) => ({file: path.basename(entry.files[index]!), story: result.story!})));
		if (merged.story) stories.push({story: {...merged.story, story: loaded[0]!.story!.story}, files: entry.files});
		else problems.push(merged.problems[0]!);
	}
	return {stories, problems};
}
