// compromise's bulk matcher (methods.one.bulkMatch, the sweep its post-tagger runs on every clause) with
// the same result, found faster. compromise picks each clause's candidate patterns by walking every key
// of the net's hooks (some thousands of words and tags) and asking whether the clause holds it, then
// joins the lists one concat at a time; the post-tagger does this for each comma-separated clause of
// each call, which made it the largest part of tagging a paragraph. Here the clause's own words and tags
// (a few dozen) are looked up in the hooks instead, and taken in the hooks' key order, so that the
// candidates, their order and every tag set after them are the same as compromise's.

type Term = unknown;
type Pattern = {match: string; needs: string[]; wants: string[]; minWant: number; minWords: number; ifNo?: string[]; unTag?: unknown};
type Net = {hooks: Record<string, Pattern[]>; always: Pattern[]};
type Match = {ptrs: number[][]};
type Methods = {one: {cacheDoc: (document: Term[][]) => Array<Set<string>>; match: (document: Term[][], pattern: Pattern) => Match}};

/**
 * A hooks object read once (a net's hooks never change once built): its keys in Object.keys order, each
 * key's place, and each key's patterns with a number per distinct match text, so that a clause's patterns
 * are told apart by numbers rather than by hashing their match texts.
 */
type HookIndex = {keys: string[]; order: Map<string, number>; lists: Array<{patterns: Pattern[]; ids: Int32Array}>; seen: Int32Array; clause: number};
const hookIndexes = new WeakMap<object, HookIndex>();

function hookIndexOf(hooks: Record<string, Pattern[]>): HookIndex {
	let index = hookIndexes.get(hooks);
	if (index === undefined) {
		const keys = Object.keys(hooks);
		const idOfMatch = new Map<string, number>();
		const lists = keys.map(key => {
			const patterns = hooks[key]!;
			const ids = Int32Array.from(patterns, pattern => {
				let id = idOfMatch.get(pattern.match);
				if (id === undefined) idOfMatch.set(pattern.match, (id = idOfMatch.size));
				return id;
			});
			return {patterns, ids};
		});
		index = {keys, order: new Map(keys.map((key, place) => [key, place])), lists, seen: new Int32Array(idOfMatch.size), clause: 0};
		hookIndexes.set(hooks, index);
	}
	return index;
}

/** The patterns hooked on what the clause holds, in compromise's order, each pattern once (by its match text). */
function hookedPatterns(haves: Set<string>, hooks: Record<string, Pattern[]>): Pattern[] {
	const index = hookIndexOf(hooks);
	const places: number[] = [];
	for (const have of haves) {
		const place = index.order.get(have);
		if (place !== undefined) places.push(place);
	}
	places.sort((a, b) => a - b);
	// seen[id] === clause: the match text was taken for this clause already.
	const {seen} = index;
	if (index.clause >= 0x3fffffff) {
		seen.fill(0);
		index.clause = 0;
	}
	const clause = ++index.clause;
	const patterns: Pattern[] = [];
	for (const place of places) {
		const list = index.lists[place]!;
		for (let at = 0; at < list.ids.length; at++) {
			const id = list.ids[at]!;
			if (seen[id] === clause) continue;
			seen[id] = clause;
			patterns.push(list.patterns[at]!);
		}
	}
	return patterns;
}

/** compromise's trim-down and too-small filters in one pass: what a pattern needs, must not meet, wants, and its length. */
function worthTrying(pattern: Pattern, haves: Set<string>, termCount: number): boolean {
	if (!pattern.needs.every(need => haves.has(need))) return false;
	if (pattern.ifNo !== undefined && pattern.ifNo.some(no => haves.has(no))) return false;
	if (pattern.wants.length > 0 && pattern.wants.filter(want => haves.has(want)).length < pattern.minWant) return false;
	return termCount >= pattern.minWords;
}

/** The drop-in for methods.one.bulkMatch (compromise/src/1-one/sweep/methods/sweep/index.js). */
export function bulkMatch(document: Term[][], net: Net, methods: Methods, options: {matchOne?: boolean} = {}): Array<Pattern & {pointer: number[]}> {
	const docCache = methods.one.cacheDoc(document);
	const results: Array<Pattern & {pointer: number[]}> = [];
	for (let clause = 0; clause < document.length; clause++) {
		const haves = docCache[clause]!;
		const termCount = document[clause]!.length;
		const candidates = hookedPatterns(haves, net.hooks).filter(pattern => worthTrying(pattern, haves, termCount));
		for (const pattern of net.always) if (termCount >= pattern.minWords) candidates.push(pattern);
		for (const pattern of candidates) {
			const found = methods.one.match([document[clause]!], pattern);
			for (const pointer of found.ptrs) {
				pointer[0] = clause;
				const todo = Object.assign({}, pattern, {pointer});
				if (pattern.unTag !== undefined) todo.unTag = pattern.unTag;
				results.push(todo);
			}
			if (found.ptrs.length > 0 && options.matchOne === true) return [results[0]!];
		}
	}
	return results;
}
