import Fuse, {type Expression, type FuseResult, type IFuseOptions} from 'fuse.js';
import type {StoryFile} from '../model/schema.js';
import {buildSearchDocuments, type ItemKind, type SearchDocument} from './search-documents.js';

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

const searchKeys = [
	{name: 'name', weight: 3},
	{name: 'aliases', weight: 2},
	{name: 'role', weight: 1},
	{name: 'text', weight: 1.5},
	{name: 'speaker', weight: 0.5},
] as const;

const fuseOptions: IFuseOptions<SearchDocument> = {
	keys: searchKeys.map(key => ({...key})),
	includeScore: true,
	includeMatches: true,
	// Long fact texts mention names anywhere; where a match sits must not count against it.
	ignoreLocation: true,
	threshold: 0.34,
	minMatchCharLength: 1,
	useExtendedSearch: true,
};

type Term = {negated: boolean; pattern: string};

/**
 * Parses fzf's query language: white space separates terms that must all match (in any field),
 * a lone "|" separates alternatives, and a term may be 'exact, ^prefix, suffix$ or !negated.
 */
export function parseQuery(query: string): Term[][] {
	const groups: Term[][] = [[]];
	for (const token of query.trim().split(/\s+/)) {
		if (token === '') continue;
		if (token === '|') {
			groups.push([]);
			continue;
		}
		const negated = token.startsWith('!') && token.length > 1;
		groups.at(-1)!.push({negated, pattern: negated ? token.slice(1) : token});
	}
	return groups.filter(group => group.length > 0);
}

function matchesLiterally(document: SearchDocument, pattern: string): boolean {
	const fields = [document.name, ...document.aliases, document.role, document.text, document.speaker].map(field => field.toLowerCase());
	const lowered = pattern.toLowerCase();
	if (lowered.startsWith('^')) return fields.some(field => field.startsWith(lowered.slice(1)));
	if (lowered.endsWith('$')) return fields.some(field => field.endsWith(lowered.slice(0, -1)));
	const needle = lowered.startsWith("'") ? lowered.slice(1) : lowered;
	return fields.some(field => field.includes(needle));
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
	search(query: string, limit?: number): SearchHit[];
};

/** Builds the one search engine every front end uses (dashboard, `summit-tui search`, JSON). */
export function createSearcher(story: StoryFile): Searcher {
	const documents = buildSearchDocuments(story);
	const fuse = new Fuse(documents, fuseOptions);

	function searchGroup(terms: Term[]): Array<FuseResult<SearchDocument>> {
		const positive = terms.filter(term => !term.negated);
		const negative = terms.filter(term => term.negated);
		const candidates: Array<FuseResult<SearchDocument>> =
			positive.length === 0
				? documents.map((item, refIndex) => ({item, refIndex, score: 1, matches: []}))
				: fuse.search({
						$and: positive.map(term => ({$or: searchKeys.map(key => ({[key.name]: term.pattern}))})),
					} as Expression);
		return candidates.filter(result => negative.every(term => !matchesLiterally(result.item, term.pattern)));
	}

	return {
		documents,
		search(query, limit = 50) {
			const groups = parseQuery(query);
			if (groups.length === 0) return [];
			const best = new Map<number, FuseResult<SearchDocument>>();
			for (const group of groups) {
				for (const result of searchGroup(group)) {
					const previous = best.get(result.refIndex);
					if (!previous || (result.score ?? 1) < (previous.score ?? 1)) best.set(result.refIndex, result);
				}
			}
			return [...best.values()]
				.sort((a, b) => (a.score ?? 1) - (b.score ?? 1) || a.refIndex - b.refIndex)
				.slice(0, limit)
				.map(toHit);
		},
	};
}
