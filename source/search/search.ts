import Fuse from 'fuse.js';
import type {StoryFile} from '../model/schema.js';
import {buildSearchDocuments, searchDocumentsOf, type SearchDocument} from './search-documents.js';
import {conjunctionsOf, parseQuery, type ParsedQuery, type QueryTerm} from './query.js';
import {firstStageOptions} from './first-stage.js';
import {createWordIndex} from './word-index.js';
import {searchGroupWith, searchOptions, toHit, type Ranked, type SearchHit} from './fuse-ranking.js';
import {positionsByLengths, twoStageSearcher} from './two-stage-search.js';

export type {Range, SearchHit} from './fuse-ranking.js';
export {plainHit, searchOptions} from './fuse-ranking.js';
export {maxCandidates, positionsByLength} from './two-stage-search.js';

/** Re-exported: the first stage's matcher settings live in first-stage.ts, light enough for the picker. */
export {firstStageOptions};

export type Searcher = {
	documents: SearchDocument[];
	/** A query as typed, or parsed once by the caller with parseQuery. */
	search(query: string | ParsedQuery, limit?: number): SearchHit[];
	/**
	 * The same search in steps: it pauses (yields) between slices of its ranking, so that a caller can
	 * stop after a while and go on later (the dashboard draws a typed character meanwhile). Driven to its
	 * end it returns what `search` returns.
	 */
	searchSteps(query: string | ParsedQuery, limit?: number): Generator<void, SearchHit[]>;
};

/**
 * One conjunction of terms ranked, in steps (see Searcher.searchSteps). With `limit`, it may return only
 * the best `limit` (by score, then story order) of its items, not all.
 */
type GroupSearch = (terms: QueryTerm[], limit?: number) => Generator<void, Ranked[]>;

/** Runs a stepped search to its end. */
export function finish<T>(steps: Iterator<void, T>): T {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/** Up to this many items, fuse.js alone is fast enough (about 8 ms a keystroke at 1k items here). */
export const twoStageThreshold = 2000;

/**
 * For a single query (`summit-tui search`) the word index of the first stage would cost more to build
 * (about 0.5 s at 100k items) than it saves; typing, where every keystroke searches, needs it.
 */
export type SearcherOptions = {
	oneQuery?: boolean;
	/** Large stories: rank every candidate with fuse.js itself, the reference fuse-score.ts is held to (tests, benches). */
	rankWithFuse?: boolean;
};

/** Builds the one search engine every front end uses (dashboard, `summit-tui search`, JSON). */
export function createSearcher(story: StoryFile, options: SearcherOptions = {}): Searcher {
	const steps = searcherSteps(story, undefined, options);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/**
 * The same engine built in steps of about `stepSize` items, yielding the share done (0 to 1) between
 * steps, so that the dashboard can index a large story between key presses instead of freezing.
 */
export function* searcherSteps(story: StoryFile, stepSize = 500, options: SearcherOptions = {}): Generator<number, Searcher> {
	const total = story.people.length + story.organizations.length + story.places.length + story.facts.length + story.events.length + story.quotes.length;
	if (total <= twoStageThreshold) return fuseSearcher(buildSearchDocuments(story));
	const documents: SearchDocument[] = [];
	const haystack: string[] = [];
	const nameHaystack: string[] = [];
	const words = options.oneQuery ? undefined : createWordIndex();
	const nameWords = options.oneQuery ? undefined : createWordIndex();
	const index = Fuse.createIndex(searchOptions.keys!, [] as SearchDocument[]);
	// The texts' lengths, for the shortest-first order of candidates: sorted once here, in the index's own
	// steps (sorted on a short query's first need, it cost that key 20-40 ms at 100k items).
	const lengths = new Uint16Array(total);
	for (const document of searchDocumentsOf(story)) {
		index.add(document, documents.length);
		const all = [document.name, ...document.aliases, document.role, document.text, document.speaker].join(' ');
		const names = [document.name, ...document.aliases, document.role].join(' ');
		words?.add(all, documents.length);
		nameWords?.add(names, documents.length);
		if (documents.length < total) lengths[documents.length] = Math.min(all.length, 1023);
		haystack.push(all);
		nameHaystack.push(names);
		documents.push(document);
		if (documents.length % stepSize === 0) yield documents.length / total;
	}
	yield 1;
	const byLength = positionsByLengths(documents.length === total ? lengths : lengths.subarray(0, documents.length));
	const searchGroup = twoStageSearcher({documents, index, all: {texts: haystack, words}, names: {texts: nameHaystack, words: nameWords}, byLength}, options.rankWithFuse);
	return searcherOf(documents, searchGroup);
}

function searcherOf(documents: SearchDocument[], searchGroup: GroupSearch): Searcher {
	return {documents, search: (query, limit = 50) => finish(querySteps(query, limit, searchGroup)), searchSteps: (query, limit = 50) => querySteps(query, limit, searchGroup)};
}

function* querySteps(query: string | ParsedQuery, limit: number, searchGroup: GroupSearch): Generator<void, SearchHit[]> {
	const groups = conjunctionsOf(typeof query === 'string' ? parseQuery(query) : query);
	if (groups.length === 0) return [];
	// One conjunction (what typing makes) ranks each item once: no best of alternatives to keep.
	if (groups.length === 1) return topRanked(yield* searchGroup(groups[0]!, limit), limit).map(toHit);
	// An item's best score over the alternatives is its score.
	const best = new Map<string, Ranked>();
	for (const group of groups) {
		for (const result of yield* searchGroup(group)) {
			const previous = best.get(result.document.id);
			if (!previous || result.score < previous.score) best.set(result.document.id, result);
		}
	}
	return [...best.values()]
		.sort((a, b) => a.score - b.score || a.refIndex - b.refIndex)
		.slice(0, limit)
		.map(toHit);
}

/** The best `limit` ranked items, by score then story order: a sort of them all, as fuse.js sorts. */
function topRanked(ranked: Ranked[], limit: number): Ranked[] {
	return ranked.sort((a, b) => a.score - b.score || a.refIndex - b.refIndex).slice(0, limit);
}

/** Small stories: fuse.js over every item. */
function fuseSearcher(documents: SearchDocument[]): Searcher {
	const fuse = new Fuse(documents, searchOptions);
	// In one step: fuse.js ranks a small story at once.
	return searcherOf(documents, function* (terms) {
		return searchGroupWith(fuse, () => documents, terms);
	});
}

