import UFuzzy from '@leeoniya/ufuzzy';
import Fuse from 'fuse.js';
import type {SearchDocument} from './search-documents.js';
import {fusePattern, type QueryTerm} from './query.js';
import {firstStageOptions, wordStageOptions} from './first-stage.js';
import {isWordTerm, textPositionsWithWords, type WordIndex} from './word-index.js';
import {matchesLiterally, searchGroupWith, searchKeys, searchOptions, type FirstMatchFinder, type MatchFinder, type Ranked} from './fuse-ranking.js';
import {createFuseScorer, longestPattern, type IndexRecord} from './fuse-score.js';

/** The most candidates the first stage hands on for ranking. */
export const maxCandidates = 500;

/** Texts to search, whole (for terms with digits or quotes) and, when typing, as an index of their words. */
export type Haystack = {texts: string[]; words?: WordIndex};
export type TwoStageParts = {
	documents: SearchDocument[];
	index: ReturnType<typeof Fuse.createIndex<SearchDocument>>;
	all: Haystack;
	names: Haystack;
	/** positionsByLength of `all`, when the index was built with it (else sorted on first need). */
	byLength?: Int32Array;
};

/** Positions of the texts ordered by length (capped at 1023), then position: a counting sort. */
export function positionsByLength(texts: readonly string[]): Int32Array {
	const lengths = new Uint16Array(texts.length);
	for (let position = 0; position < texts.length; position++) lengths[position] = Math.min(texts[position]!.length, 1023);
	return positionsByLengths(lengths);
}

/** The same from the texts' lengths (each at most 1023), as the index keeps them while it is built. */
export function positionsByLengths(lengths: Uint16Array): Int32Array {
	const counts = new Int32Array(1025);
	for (let position = 0; position < lengths.length; position++) counts[lengths[position]! + 1]!++;
	for (let length = 1; length < counts.length; length++) counts[length]! += counts[length - 1]!;
	const order = new Int32Array(lengths.length);
	for (let position = 0; position < lengths.length; position++) order[counts[lengths[position]!]!++] = position;
	return order;
}

/** A term fuse-score.ts scores as fuse.js does: fuzzy, given to fuse.js bare, short enough for one bitap mask. */
const scoredWithoutFuse = (term: QueryTerm) => term.kind === 'fuzzy' && fusePattern(term) === term.text && term.text.toLowerCase().length <= longestPattern;

/** Candidates ranked between the pauses of a stepped search (about 0.3-0.5 ms of scoring at 100k items). */
const candidatesPerStep = 64;

/**
 * Large stories: uFuzzy finds candidates fast (one typo per term tolerated), narrowing from the previous
 * keystroke's candidates when a term only grew; they are ranked by fuse.js's score (fuse-score.ts, or
 * fuse.js itself with a slice of its prebuilt index), so among the candidates the order is exactly
 * fuse.js's. Returns the ranked items of one conjunction of terms, in steps: it pauses every
 * `candidatesPerStep` candidates scored (see Searcher.searchSteps).
 */
export function twoStageSearcher({documents, index, all: wholeTexts, names, byLength: sorted}: TwoStageParts, rankWithFuse = false): (terms: QueryTerm[], limit?: number) => Generator<void, Ranked[]> {
	const haystack = wholeTexts.texts;
	const filter = new UFuzzy(firstStageOptions);
	const wordFilter = new UFuzzy(wordStageOptions);
	const records = index.records as Array<{i: number}>;
	// Only a query of nothing but !negations needs fuse.js over every item; it is built once, on demand.
	let wholeStory: Fuse<SearchDocument> | undefined;
	// Candidates of recent terms, per haystack, for narrowing while a term grows one character at a time:
	// the texts found and, for terms of letters, the words that matched.
	// Kept as typed arrays: up to 64 lists of up to 100,000 positions, which the garbage collector would
	// otherwise walk on every collection of the old generation (100-190 ms pauses mid-typing at 100k items).
	const recentTerms = new Map<string, {texts: Int32Array; words?: number[]}>();
	// Every text's position, shortest text first (lengths past 1023 count as 1023), ties in story order.
	let byLength: Int32Array | undefined = sorted;
	const shortestFirst = () => (byLength ??= positionsByLength(haystack));
	const candidatesIn = (haystackToSearch: Haystack, kind: string, term: string, within?: Int32Array): Int32Array => {
		// Control characters never occur in a query, so they keep kinds, contexts and terms apart.
		const key = `${kind}\u0001${term}`;
		const cached = recentTerms.get(key);
		if (cached) return cached.texts;
		let narrower = within;
		let narrowerWords: number[] | undefined;
		// By key, then the entry: an entry pair made for each of up to 64 recent terms was garbage on every key.
		for (const previous of recentTerms.keys()) {
			if (!previous.startsWith(`${kind}\u0001`) || !key.startsWith(previous)) continue;
			const found = recentTerms.get(previous)!;
			if (!narrower || found.texts.length < narrower.length) narrower = found.texts;
			if (found.words && (!narrowerWords || found.words.length < narrowerWords.length)) narrowerWords = found.words;
		}
		let found: {texts: Int32Array; words?: number[]};
		const index = haystackToSearch.words;
		const words = index && isWordTerm(term) ? (wordFilter.filter(index.words, term, narrowerWords) ?? []) : undefined;
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
	 * Candidates for ranking, at most maxCandidates: items whose name, alias or role matches every term
	 * come first (fuse.js weighs those fields most), then the others, shortest first.
	 */
	let isCandidate: Uint8Array | undefined;
	const candidatesFor = (terms: string[]): number[] => {
		// A short query's names alone often fill the candidates (a first letter is in the names of tens of
		// thousands of items): then the whole texts, which hold every name's words and many more (60,000-90,000
		// of 100,000 texts for one letter), need not be read. The same candidates as reading them first.
		if (names.words && terms.every(isWordTerm)) {
			const named = matchingAll(names, 'name', terms);
			if (named.length >= maxCandidates) return arrayOf(named, maxCandidates);
		}
		const all = matchingAll(wholeTexts, 'all', terms);
		if (all.length <= maxCandidates) return arrayOf(all, all.length);
		const named = matchingAll(names, 'name', terms, all);
		const chosen = arrayOf(named, maxCandidates);
		if (chosen.length >= maxCandidates) return chosen;
		// Then the shortest texts first, as fuse.js's field-length norm prefers them: the story's texts in
		// that order are sorted once, and read until enough of them are candidates (a common first letter
		// matches 60,000 texts of 100,000: sorting those on every key took 10-20 ms). Marks, not a set of
		// the chosen: 1 a candidate, 2 one already chosen by its name.
		isCandidate ??= new Uint8Array(documents.length);
		for (let at = 0; at < all.length; at++) isCandidate[all[at]!] = 1;
		for (let at = 0; at < chosen.length; at++) isCandidate[chosen[at]!] = 2;
		const order = shortestFirst();
		for (let at = 0; at < order.length && chosen.length < maxCandidates; at++) {
			if (isCandidate[order[at]!] === 1) chosen.push(order[at]!);
		}
		// Cleared for the next key by the same positions (a new array of the story's size each key would
		// count as external memory, which V8 answers with full collections).
		for (let at = 0; at < all.length; at++) isCandidate[all[at]!] = 0;
		for (let at = 0; at < named.length && at < maxCandidates; at++) isCandidate[named[at]!] = 0;
		return chosen;
	};

	const scorer = createFuseScorer(searchKeys, searchOptions.threshold!);
	/** A slice of the prebuilt index as a fuse.js of its own, for these positions (ascending). */
	const fuseOver = (positions: readonly number[]) => {
		const subset = Fuse.parseIndex<SearchDocument>({keys: index.keys, records: positions.map((position, newIndex) => ({...records[position]!, i: newIndex}))} as never);
		return new Fuse(
			positions.map(position => documents[position]!),
			searchOptions,
			subset,
		);
	};

	return function* (terms: QueryTerm[], limit?: number): Generator<void, Ranked[]> {
		// The first stage looks for the bare text of every kind of term (its typo tolerance only widens
		// the candidates); the ranking then applies the kind.
		const positive = terms.filter(term => !term.inverse);
		if (positive.length === 0) return searchGroupWith((wholeStory ??= new Fuse(documents, searchOptions, index)), () => documents, terms);
		const chosen = candidatesFor(positive.map(term => term.text.toLowerCase())).sort((a, b) => a - b);
		if (rankWithFuse || !positive.every(scoredWithoutFuse)) {
			// Give results their place in the whole story, so that ties sort as fuse.js alone sorts them.
			return searchGroupWith(fuseOver(chosen), () => [], terms).map(result => ({...result, refIndex: chosen[result.refIndex]!, matches: () => result.matches(result.refIndex)}));
		}
		const negative = terms.filter(term => term.inverse);
		const patterns = positive.map(term => term.text.toLowerCase());
		// Scores kept as numbers beside the positions, not an object a candidate: of the 500 ranked, a
		// screenful is shown and at most `limit` are kept, and an object (and a closure for the negative
		// terms) for each of the others was the search's largest garbage, some 100 KB a key at 100k items.
		const scores = new Float64Array(chosen.length);
		const kept = new Int32Array(chosen.length);
		let count = 0;
		for (let at = 0; at < chosen.length; at++) {
			if (at > 0 && at % candidatesPerStep === 0) yield;
			const position = chosen[at]!;
			const score = scorer.score(records[position] as unknown as IndexRecord, patterns);
			if (score === undefined || (negative.length > 0 && matchesAnyLiterally(documents[position]!, negative))) continue;
			scores[count] = score;
			kept[count++] = position;
		}
		const matches: MatchFinder = position => scorer.matches(records[position] as unknown as IndexRecord, patterns);
		const firstMatch: FirstMatchFinder = (position, accept) => scorer.firstMatch(records[position] as unknown as IndexRecord, patterns, accept);
		const order: number[] = [];
		for (let nth = 0; nth < count; nth++) order.push(nth);
		// By score, then story order (kept is ascending), as fuse.js sorts; only the best `limit` become items.
		if (limit !== undefined && limit < count) order.sort((a, b) => scores[a]! - scores[b]! || a - b).length = limit;
		return order.map(nth => ({refIndex: kept[nth]!, score: scores[nth]!, document: documents[kept[nth]!]!, matches, firstMatch}));
	};
}

/** The first `count` positions as an array (Array.from walks a typed array with an iterator's garbage). */
function arrayOf(positions: Int32Array, count: number): number[] {
	const array: number[] = [];
	for (let at = 0; at < count && at < positions.length; at++) array.push(positions[at]!);
	return array;
}

function matchesAnyLiterally(document: SearchDocument, terms: readonly QueryTerm[]): boolean {
	for (const term of terms) if (matchesLiterally(document, term)) return true;
	return false;
}
