import Fuse, {type Expression, type FuseResult, type FuseResultMatch, type IFuseOptions} from 'fuse.js';
import type {ItemKind} from '../model/item-kind.js';
import type {SearchDocument} from './search-documents.js';
import {fieldMatchesLiterally, fusePattern, type QueryTerm} from './query.js';

// fuse.js as the search engines use it: the keys and options, a conjunction of terms as one fuse.js
// expression, and the hit a result becomes. Shared by the engine of small stories (search.ts) and the
// two-stage engine of large ones (two-stage-search.ts).

export type Range = [start: number, end: number];

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

export const searchKeys = [
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

/** fuse.js's matches of a ranked item (by its position in the story), found when its hit is shown. */
export type MatchFinder = (refIndex: number) => readonly FuseResultMatch[];

/**
 * An item one conjunction of terms matched: its position in the story, fuse.js's score, and where to
 * find its matched ranges (one finder shared by the conjunction's items).
 */
export type Ranked = {refIndex: number; score: number; document: SearchDocument; matches: MatchFinder; firstMatch?: FirstMatchFinder};

/**
 * The first of a ranked item's matches whose key and value `accept` takes (what `matches(…).find` gives),
 * when the ranker can find it without the ranges of every field (fuse-score.ts).
 */
export type FirstMatchFinder = (refIndex: number, accept: (key: string, value: string) => boolean) => FuseResultMatch | undefined;

export function fuseExpression(terms: QueryTerm[]): Expression {
	return {$and: terms.map(term => ({$or: searchKeys.map(key => ({[key.name]: fusePattern(term)}))}))} as Expression;
}

export function matchesLiterally(document: SearchDocument, term: QueryTerm): boolean {
	return [document.name, ...document.aliases, document.role, document.text, document.speaker].some(field => fieldMatchesLiterally(field, term));
}

type WhereMatched = Pick<SearchHit, 'labelRanges' | 'matchedElsewhere'>;

function toRanges(indices: ReadonlyArray<readonly [number, number]>): Range[] {
	return indices.map(([start, end]) => [start, end] as Range);
}

const inLabel = (document: SearchDocument) => (key: string | undefined, value: string | undefined) => value === document.label && (key === 'name' || key === 'text');
const elsewhere = (key: string | undefined) => key === 'aliases' || key === 'role' || key === 'speaker';

function whereMatched({refIndex, document, matches, firstMatch}: Ranked): WhereMatched {
	const find = (accept: (key: string | undefined, value: string | undefined) => boolean) =>
		firstMatch ? firstMatch(refIndex, accept) : matches(refIndex).find(match => accept(match.key, match.value));
	const labelMatch = find(inLabel(document));
	if (labelMatch) return {labelRanges: toRanges(labelMatch.indices)};
	const other = find(elsewhere);
	return {
		labelRanges: [],
		matchedElsewhere: other?.value === undefined ? undefined : {field: other.key as 'aliases' | 'role' | 'speaker', value: other.value, ranges: toRanges(other.indices)},
	};
}

/**
 * A ranked item's hit. Its ranges are found on first reading and kept: the dashboard draws a screenful
 * of a list of up to 200, and finding them for the rest cost more than the ranking. A class, so that the
 * 200 hits of every key share their getters instead of carrying closures of their own; JSON and copies
 * read the ranges through toJSON.
 */
class RankedHit implements SearchHit {
	readonly id: string;
	readonly kind: ItemKind;
	readonly label: string;
	readonly score: number;
	#ranked: Ranked;
	#where: WhereMatched | undefined;

	constructor(ranked: Ranked) {
		this.id = ranked.document.id;
		this.kind = ranked.document.kind;
		this.label = ranked.document.label;
		this.score = ranked.score;
		this.#ranked = ranked;
	}

	get labelRanges(): Range[] {
		return this.#found().labelRanges;
	}

	get matchedElsewhere(): SearchHit['matchedElsewhere'] {
		return this.#found().matchedElsewhere;
	}

	#found(): WhereMatched {
		return (this.#where ??= whereMatched(this.#ranked));
	}

	toJSON(): SearchHit {
		return plainHit(this);
	}
}

/** A hit as plain data, ranges included (for JSON, and for copies that change a field). */
export function plainHit(hit: SearchHit): SearchHit {
	const {id, kind, label, score, labelRanges, matchedElsewhere} = hit;
	return matchedElsewhere ? {id, kind, label, score, labelRanges, matchedElsewhere} : {id, kind, label, score, labelRanges};
}

export function toHit(ranked: Ranked): SearchHit {
	return new RankedHit(ranked);
}

/** fuse.js's results of one conjunction as ranked items (inverse terms filter, they never rank). */
export function searchGroupWith(fuse: Fuse<SearchDocument>, all: () => SearchDocument[], terms: QueryTerm[]): Ranked[] {
	const positive = terms.filter(term => !term.inverse);
	const negative = terms.filter(term => term.inverse);
	const candidates: Array<FuseResult<SearchDocument>> =
		positive.length === 0 ? all().map((item, refIndex) => ({item, refIndex, score: 1, matches: []})) : fuse.search(fuseExpression(positive));
	const kept = candidates.filter(result => negative.every(term => !matchesLiterally(result.item, term)));
	const matchesAt = new Map(kept.map(result => [result.refIndex, result.matches ?? []]));
	const matches: MatchFinder = refIndex => matchesAt.get(refIndex) ?? [];
	return kept.map(result => ({refIndex: result.refIndex, score: result.score ?? 1, document: result.item, matches}));
}
