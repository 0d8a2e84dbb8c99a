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

/** Each hooks object's keys in Object.keys order, and each key's place in it (a net's hooks never change once built). */
const keyOrders = new WeakMap<object, {keys: string[]; order: Map<string, number>}>();

function keyOrderOf(hooks: Record<string, Pattern[]>): {keys: string[]; order: Map<string, number>} {
	let known = keyOrders.get(hooks);
	if (known === undefined) {
		const keys = Object.keys(hooks);
		known = {keys, order: new Map(keys.map((key, index) => [key, index]))};
		keyOrders.set(hooks, known);
	}
	return known;
}

/** The patterns hooked on what the clause holds, in compromise's order, each pattern once (by its match text). */
function hookedPatterns(haves: Set<string>, hooks: Record<string, Pattern[]>): Pattern[] {
	const {keys, order} = keyOrderOf(hooks);
	const places: number[] = [];
	for (const have of haves) {
		const place = order.get(have);
		if (place !== undefined) places.push(place);
	}
	places.sort((a, b) => a - b);
	const seen = new Set<string>();
	const patterns: Pattern[] = [];
	for (const place of places)
		for (const pattern of hooks[keys[place]!]!) {
			if (seen.has(pattern.match)) continue;
			seen.add(pattern.match);
			patterns.push(pattern);
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
