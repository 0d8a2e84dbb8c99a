import UFuzzy from '@leeoniya/ufuzzy';
import {firstStageOptions} from './first-stage.js';
import {conjunctionsOf, fieldMatchesLiterally, parseQuery, type ParsedQuery, type QueryTerm} from './query.js';

// The search core for short lists of texts (the story picker's titles): the query language every front
// end reads (fzf's terms, parsed once by query.ts) and the typo-tolerant matcher of the large-story first
// stage. No fuse.js here: the picker filters on the first key without loading the ranking engine.

// Built on the first filtering, not when the module loads: the picker and the dashboard load this module
// with their first frame, and building the matcher compiles its Unicode patterns (some 10-30 ms here).
let built: UFuzzy | undefined;
const theMatcher = () => (built ??= new UFuzzy(firstStageOptions));

/** Past this many matches, ranking costs more than it helps; they stay in list order (uFuzzy's own limit). */
const rankingLimit = 1000;

const isFuzzy = (term: QueryTerm) => !term.inverse && term.kind === 'fuzzy';

/** Whether a text satisfies a term the matcher does not handle (exact, prefix, suffix, equal, inverse). */
function satisfiesLiterally(text: string, term: QueryTerm): boolean {
	return term.inverse ? !fieldMatchesLiterally(text, term) : fieldMatchesLiterally(text, term);
}

/** Texts matching every term of one conjunction, the closest fuzzy matches first. */
function matchingAll(texts: readonly string[], terms: QueryTerm[]): number[] {
	const fuzzy = terms.filter(isFuzzy);
	let candidates: number[] | undefined;
	// Each fuzzy term narrows the texts the earlier ones left.
	const matcher = theMatcher();
	for (const term of fuzzy) candidates = matcher.filter(texts as string[], term.text, candidates) ?? [];
	const kept = (candidates ?? texts.map((_, index) => index)).filter(index => terms.every(term => isFuzzy(term) || satisfiesLiterally(texts[index]!, term)));
	if (fuzzy.length === 0 || kept.length === 0 || kept.length > rankingLimit) return kept;
	// Ranked by the first term: uFuzzy's ranking reads the terms of a needle in order, and these match in any.
	const needle = fuzzy[0]!.text;
	const info = matcher.info(kept, texts as string[], needle);
	const ranked = matcher.sort(info, texts as string[], needle).map(position => info.idx[position]!);
	// Ranking can only reorder; a text it could not place stays, after the ranked ones.
	const placed = new Set(ranked);
	return [...ranked, ...kept.filter(index => !placed.has(index))];
}

/**
 * Indexes of the texts a query keeps, best first; none for a query without terms. Alternatives (`a | b`)
 * keep a text any of them matches, in the order of the first that does.
 */
export function filterTexts(texts: readonly string[], query: string | ParsedQuery): number[] {
	const found: number[] = [];
	const seen = new Set<number>();
	for (const terms of conjunctionsOf(typeof query === 'string' ? parseQuery(query) : query)) {
		for (const index of matchingAll(texts, terms)) {
			if (seen.has(index)) continue;
			seen.add(index);
			found.push(index);
		}
	}
	return found;
}
