import UFuzzy from '@leeoniya/ufuzzy';
import Fuse, {type Expression, type FuseResult, type IFuseOptions} from 'fuse.js';
import type {StoryFile} from '../model/schema.js';
import type {ItemKind} from '../model/item-kind.js';
import {buildSearchDocuments, searchDocumentsOf, type SearchDocument} from './search-documents.js';
import {conjunctionsOf, fieldMatchesLiterally, fusePattern, parseQuery, type ParsedQuery, type QueryTerm} from './query.js';
import {firstStageOptions} from './first-stage.js';
import {createWordIndex, isWordTerm, textPositionsWithWords, type WordIndex} from './word-index.js';

export type Range = [start: number, end: number];

/** Re-exported: the first stage's matcher settings live in first-stage.ts, light enough for the picker. */
export {firstStageOptions};

export type SearchHit = {
	id: string;
	kind: ItemKind;
	label: string;
	/** 0 is a perfect match, 1 the worst fuse.js still returns. */
	score: number;
	/** Matched character ranges within `label` (inclusive ends, as fuse.js reports them). */
	labelRanges: Range[];
	/** When the best match was not in the label (an alias, a role, a quote's speaker): that text. */
	matchedElsewhere?: {field: 'aliases' | 'role' | 'speaker'; value: string; ranges: Range[]};
};

const searchKeys = [
	{name: 'name', weight: 3},
	{name: 'aliases', weight: 2},
	{name: 'role', weight: 1},
	{name: 'text', weight: 1.5},
	{name: 'speaker', weight: 0.5},
] as const;

export const searchOptions: IFuseOptions<SearchDocument> = {
	keys: searchKeys.map(key => ({...key})),
	includeScore: true,
	includeMatches: true,
	// Long fact texts mention names anywhere; where a match sits must not count against it.
	ignoreLocation: true,
	threshold: 0.34,
	minMatchCharLength: 1,
	useExtendedSearch: true,
};

function matchesLiterally(document: SearchDocument, term: QueryTerm): boolean {
	return [document.name, ...document.aliases, document.role, document.text, document.speaker].some(field => fieldMatchesLiterally(field, term));
}

function toRanges(indices: ReadonlyArray<readonly [number, number]>): Range[] {
	return indices.map(([start, end]) => [start, end] as Range);
}

function toHit(result: FuseResult<SearchDocument>): SearchHit {
	const document = result.item;
	const matches = result.matches ?? [];
	const labelMatch = matches.find(match => match.value === document.label && (match.key === 'name' || match.key === 'text'));
	const hit: SearchHit = {
		id: document.id,
		kind: document.kind,
		label: document.label,
		score: result.score ?? 0,
		labelRanges: labelMatch ? toRanges(labelMatch.indices) : [],
	};
	if (!labelMatch) {
		const other = matches.find(match => match.key === 'aliases' || match.key === 'role' || match.key === 'speaker');
		if (other?.value !== undefined) {
			hit.matchedElsewhere = {field: other.key as 'aliases' | 'role' | 'speaker', value: other.value, ranges: toRanges(other.indices)};
		}
	}
	return hit;
}

export type Searcher = {
	documents: SearchDocument[];
	/** A query as typed, or parsed once by the caller with parseQuery. */
	search(query: string | ParsedQuery, limit?: number): SearchHit[];
};

/** Up to this many items, fuse.js alone is fast enough (about 8 ms a keystroke at 1k items here). */
export const twoStageThreshold = 2000;
/** The most candidates the first stage hands to fuse.js for ranking. */
export const maxCandidates = 500;

/**
 * For a single query (`summit-tui search`) the word index of the first stage would cost more to build
 * (about 0.5 s at 100k items) than it saves; typing, where every keystroke searches, needs it.
 */
export type SearcherOptions = {oneQuery?: boolean};

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
	for (const document of searchDocumentsOf(story)) {
		index.add(document, documents.length);
		const all = [document.name, ...document.aliases, document.role, document.text, document.speaker].join(' ');
		const names = [document.name, ...document.aliases, document.role].join(' ');
		words?.add(all, documents.length);
		nameWords?.add(names, documents.length);
		haystack.push(all);
		nameHaystack.push(names);
		documents.push(document);
		if (documents.length % stepSize === 0) yield documents.length / total;
	}
	return twoStageSearcher({documents, index, all: {texts: haystack, words}, names: {texts: nameHaystack, words: nameWords}});
}

function runQuery(query: string | ParsedQuery, limit: number, searchGroup: (terms: QueryTerm[]) => Array<FuseResult<SearchDocument>>): SearchHit[] {
	const groups = conjunctionsOf(typeof query === 'string' ? parseQuery(query) : query);
	if (groups.length === 0) return [];
	const best = new Map<string, FuseResult<SearchDocument>>();
	for (const group of groups) {
		for (const result of searchGroup(group)) {
			const previous = best.get(result.item.id);
			if (!previous || (result.score ?? 1) < (previous.score ?? 1)) best.set(result.item.id, result);
		}
	}
	return [...best.values()]
		.sort((a, b) => (a.score ?? 1) - (b.score ?? 1) || a.refIndex - b.refIndex)
		.slice(0, limit)
		.map(toHit);
}

function fuseExpression(terms: QueryTerm[]): Expression {
	return {$and: terms.map(term => ({$or: searchKeys.map(key => ({[key.name]: fusePattern(term)}))}))} as Expression;
}

function searchGroupWith(fuse: Fuse<SearchDocument>, all: () => SearchDocument[], terms: QueryTerm[]): Array<FuseResult<SearchDocument>> {
	const positive = terms.filter(term => !term.inverse);
	const negative = terms.filter(term => term.inverse);
	const candidates: Array<FuseResult<SearchDocument>> =
		positive.length === 0 ? all().map((item, refIndex) => ({item, refIndex, score: 1, matches: []})) : fuse.search(fuseExpression(positive));
	return candidates.filter(result => negative.every(term => !matchesLiterally(result.item, term)));
}

/** Small stories: fuse.js over every item. */
function fuseSearcher(documents: SearchDocument[]): Searcher {
	const fuse = new Fuse(documents, searchOptions);
	return {
		documents,
		search: (query, limit = 50) => runQuery(query, limit, terms => searchGroupWith(fuse, () => documents, terms)),
	};
}

/**
 * Large stories: uFuzzy finds candidates fast (one typo per term tolerated), narrowing from the previous
 * keystroke's candidates when a term only grew; fuse.js ranks them with a slice of its prebuilt index,
 * so among the candidates the order is exactly fuse.js's.
 */
/** Texts to search, whole (for terms with digits or quotes) and, when typing, as an index of their words. */
type Haystack = {texts: string[]; words?: WordIndex};
type TwoStageParts = {documents: SearchDocument[]; index: ReturnType<typeof Fuse.createIndex<SearchDocument>>; all: Haystack; names: Haystack};


/** Positions of the texts ordered by length (capped at 1023), then position: a counting sort. */
export function positionsByLength(texts: readonly string[]): Int32Array {
	const counts = new Int32Array(1025);
	for (const text of texts) counts[Math.min(text.length, 1023) + 1]!++;
	for (let length = 1; length < counts.length; length++) counts[length]! += counts[length - 1]!;
	const order = new Int32Array(texts.length);
	texts.forEach((text, position) => {
		order[counts[Math.min(text.length, 1023)]!++] = position;
	});
	return order;
}

function twoStageSearcher({documents, index, all: wholeTexts, names}: TwoStageParts): Searcher {
	const haystack = wholeTexts.texts;
	const filter = new UFuzzy(firstStageOptions);
	const records = index.records as Array<{i: number}>;
	// Only a query of nothing but !negations needs fuse.js over every item; it is built once, on demand.
	let wholeStory: Fuse<SearchDocument> | undefined;
	// Candidates of recent terms, per haystack, for narrowing while a term grows one character at a time:
	// the texts found and, for terms of letters, the words that matched.
	// Kept as typed arrays: up to 64 lists of up to 100,000 positions, which the garbage collector would
	// otherwise walk on every collection of the old generation (100-190 ms pauses mid-typing at 100k items).
	const recentTerms = new Map<string, {texts: Int32Array; words?: number[]}>();
	// Every text's position, shortest text first (lengths past 1023 count as 1023), ties in story order.
	let byLength: Int32Array | undefined;
	const shortestFirst = () => (byLength ??= positionsByLength(haystack));
	const candidatesIn = (haystackToSearch: Haystack, kind: string, term: string, within?: Int32Array): Int32Array => {
		// Control characters never occur in a query, so they keep kinds, contexts and terms apart.
		const key = `${kind}\u0001${term}`;
		const cached = recentTerms.get(key);
		if (cached) return cached.texts;
		let narrower = within;
		let narrowerWords: number[] | undefined;
		for (const [previous, found] of recentTerms) {
			if (!previous.startsWith(`${kind}\u0001`) || !key.startsWith(previous)) continue;
			if (!narrower || found.texts.length < narrower.length) narrower = found.texts;
			if (found.words && (!narrowerWords || found.words.length < narrowerWords.length)) narrowerWords = found.words;
		}
		let found: {texts: Int32Array; words?: number[]};
		const index = haystackToSearch.words;
		const words = index && isWordTerm(term) ? (filter.filter(index.words, term, narrowerWords) ?? []) : undefined;
		// A term of letters is looked up by its words only (testing its pattern on tens of thousands of
		// texts took 30-60 ms a key at 100k items); textsWithWords reads postings or texts, whichever is less.
		if (index && words) {
			found = {texts: textPositionsWithWords(index, words, narrower), words};
		} else {
			const {texts} = haystackToSearch;
			found = {texts: Int32Array.from(filter.filter(texts, term, narrower as unknown as number[]) ?? [])};
		}
		recentTerms.set(key, found);
		if (recentTerms.size > 64) recentTerms.delete(recentTerms.keys().next().value!);
		return found.texts;
	};

	/**
	 * Candidates for fuse.js, at most maxCandidates: items whose name, alias or role matches every term
	 * come first (fuse.js weighs those fields most), then the others in story order (entities first).
	 */
	/**
	 * Items matching every term: each term is looked for only among the items the earlier terms left, and
	 * results are cached by the terms so far, so the next keystroke narrows from them.
	 */
	const matchingAll = (texts: Haystack, kind: string, terms: string[], within?: Int32Array): Int32Array => {
		let found = candidatesIn(texts, kind, terms[0]!, within);
		for (let count = 2; count <= terms.length; count++) {
			found = candidatesIn(texts, `${kind}\u0002${terms.slice(0, count - 1).join('\u0000')}`, terms[count - 1]!, found);
		}
		return found;
	};

	/**
	 * Candidates for fuse.js, at most maxCandidates: items whose name, alias or role matches every term
	 * come first (fuse.js weighs those fields most), then the others, shortest first.
	 */
	const candidatesFor = (terms: string[]): number[] => {
		const all = matchingAll(wholeTexts, 'all', terms);
		if (all.length <= maxCandidates) return Array.from(all);
		const named = matchingAll(names, 'name', terms, all);
		const chosen = new Set(named.slice(0, maxCandidates));
		if (chosen.size >= maxCandidates) return [...chosen];
		// Then the shortest texts first, as fuse.js's field-length norm prefers them: the story's texts in
		// that order are sorted once, and read until enough of them are candidates (a common first letter
		// matches 60,000 texts of 100,000: sorting those on every key took 10-20 ms).
		const isCandidate = new Uint8Array(documents.length);
		for (const position of all) isCandidate[position] = 1;
		for (const position of shortestFirst()) {
			if (!isCandidate[position] || chosen.has(position)) continue;
			chosen.add(position);
			if (chosen.size >= maxCandidates) break;
		}
		return [...chosen];
	};

	const searchGroup = (terms: QueryTerm[]): Array<FuseResult<SearchDocument>> => {
		// The first stage looks for the bare text of every kind of term (its typo tolerance only widens
		// the candidates); fuse.js then applies the kind.
		const positive = terms.filter(term => !term.inverse).map(term => term.text.toLowerCase());
		if (positive.length === 0) return searchGroupWith((wholeStory ??= new Fuse(documents, searchOptions, index)), () => documents, terms);
		const chosen = candidatesFor(positive).sort((a, b) => a - b);
		const subset = Fuse.parseIndex<SearchDocument>({keys: index.keys, records: chosen.map((position, newIndex) => ({...records[position]!, i: newIndex}))} as never);
		const fuse = new Fuse(chosen.map(position => documents[position]!), searchOptions, subset);
		// Give results their place in the whole story, so that ties sort as fuse.js alone sorts them.
		return searchGroupWith(fuse, () => [], terms).map(result => ({...result, refIndex: chosen[result.refIndex]!}));
	};

	return {
		documents,
		search: (query, limit = 50) => runQuery(query, limit, searchGroup),
	};
}
