// compromise's bulk matcher (methods.one.bulkMatch, the sweep its post-tagger runs on every clause) with
// the same result, found faster. compromise picks each clause's candidate patterns by walking every key
// of the net's hooks (some thousands of words and tags) and asking whether the clause holds it, then
// joins the lists one concat at a time; the post-tagger does this for each comma-separated clause of
// each call, which made it the largest part of tagging a paragraph. Here the clause's own words and tags
// (a few dozen) are looked up in the hooks instead, and taken in the hooks' key order, so that the
// candidates, their order and every tag set after them are the same as compromise's. Each candidate is
// then matched by sweepMatch below: compromise's match, tried only where the pattern's first word can start.

// compromise's own matching steps (the same modules its match runs, not copies): tied to its source layout
// as source/build-compromise.mjs is; test/ingest/compromise-sweep.test.ts compares the two matchers.
// They have no type declarations (typed where used below).
// @ts-expect-error: compromise's source files are untyped JavaScript
import tryHereUntyped from '../../node_modules/compromise/src/1-one/match/methods/match/02-from-here.js';
// @ts-expect-error: as above
import getGroupUntyped from '../../node_modules/compromise/src/1-one/match/methods/match/03-getGroup.js';
// @ts-expect-error: as above
import notIfUntyped from '../../node_modules/compromise/src/1-one/match/methods/match/03-notIf.js';
// @ts-expect-error: as above
import termMatchesUntyped from '../../node_modules/compromise/src/1-one/match/methods/match/term/doesMatch.js';

type Term = unknown;
type Reg = {anything?: boolean; greedy?: boolean; choices?: unknown; negative?: boolean; optional?: boolean; start?: boolean; end?: boolean};
type Pattern = {match: string; needs: string[]; wants: string[]; minWant: number; minWords: number; ifNo?: string[]; unTag?: unknown; regs?: Reg[]; group?: string | number; justOne?: boolean; notIf?: unknown};
type Net = {hooks: Record<string, Pattern[]>; always: Pattern[]};
type Match = {ptrs: number[][]};
type Found = {pointer: Array<number | null>; groups: Record<string, Array<number | null>>};
type TermLike = {id?: string};
const tryHere = tryHereUntyped as (terms: TermLike[], regs: Reg[], start: number, length: number) => Found | null;
const getGroup = getGroupUntyped as (results: Found[], group: string | number | undefined) => Match;
const notIf = notIfUntyped as (results: Found[], not: unknown, docs: TermLike[][]) => Found[];
const termMatches = termMatchesUntyped as (term: TermLike | undefined, reg: Reg, index: number, length: number) => boolean | null;
type Methods = {one: {cacheDoc: (document: Term[][]) => Array<Set<string>>}};

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
			const found = sweepMatch(document[clause]! as TermLike[], pattern);
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

/**
 * Whether compromise's tryHere fails at once for `reg` as the first of a pattern (it tests the first term
 * with the same doesMatch, and a required plain token that does not match ends the attempt): false only
 * then. Greedy-to-the-end, any-word, negative, optional and multi-word (choices) tokens are left to tryHere.
 */
function cannotStartWith(reg: Reg): boolean {
	return reg.anything !== true && reg.choices === undefined && !(reg.end === true && reg.greedy === true) && reg.negative !== true && reg.optional !== true;
}

/**
 * What sweepMatch needs of a pattern before trying it anywhere, worked out once per pattern (the
 * post-tagger's net never changes): how many terms it needs at least, and the leading tokens that can
 * refuse a start position by one term each (see leadingChecks).
 */
type Plan = {minLength: number; checks: Reg[]};
const plans = new WeakMap<Reg[], Plan>();

function planOf(regs: Reg[]): Plan {
	let plan = plans.get(regs);
	if (plan === undefined) {
		plan = {minLength: regs.filter(reg => reg.optional !== true && reg.negative !== true).length, checks: leadingChecks(regs)};
		plans.set(regs, plan);
	}
	return plan;
}

/**
 * The pattern's first tokens as tryHere meets them, each refusing a start position when its term does
 * not match: a required plain token (cannotStartWith) is tested on the term tryHere has reached, with
 * the same doesMatch, and a miss ends the attempt. A token that takes exactly one term (not greedy, no
 * end anchor) moves tryHere on by one term, so the next token is tested on the next term; the run stops
 * at the first token that is not plain, or after one that may take more terms.
 */
export function leadingChecks(regs: Reg[]): Reg[] {
	const checks: Reg[] = [];
	for (const reg of regs) {
		if (!cannotStartWith(reg)) break;
		checks.push(reg);
		if (reg.greedy === true || reg.end === true) break;
	}
	return checks;
}

/** Whether tryHere from `index` would fail at one of the leading checks (false: it must be tried). */
function refusedAt(terms: TermLike[], checks: Reg[], index: number): boolean {
	for (let at = 0; at < checks.length; at++) {
		const position = index + at;
		// Past the clause's end, a required token fails tryHere as well.
		if (position >= terms.length) return true;
		if (termMatches(terms[position], checks[at]!, position, terms.length) !== true) return true;
		// A contraction's first part ("we" of "we'll") lets tryHere skip its implied term: the terms after
		// it are left to tryHere.
		if ((terms[position] as {implicit?: unknown}).implicit !== undefined) return false;
	}
	return false;
}

/**
 * methods.one.match(docs = [terms], pattern) as compromise's match/index.js runs it for the sweep (no
 * cache), with the same results, pointers and groups: a start position where the pattern's leading
 * plain tokens cannot match their terms is passed over before compromise copies the rest of the clause
 * (terms.slice) to try it there. The post-tagger tries some two thousand patterns on an article's
 * clauses, most at every word; two in three of the attempts left after the first term fail at the second.
 */
export function sweepMatch(terms: TermLike[], todo: Pattern): Match {
	const {regs, group, justOne} = todo;
	if (!regs || regs.length === 0) return {ptrs: []};
	const first = regs[0]!;
	const {minLength, checks} = planOf(regs);
	let results: Found[] = [];
	if (first.start === true) {
		const found = refusedAt(terms, checks, 0) ? null : tryHere(terms, regs, 0, terms.length);
		if (found) results.push(withSentence(found));
	} else {
		for (let index = 0; index < terms.length; index++) {
			if (terms.length - index < minLength) break;
			if (refusedAt(terms, checks, index)) continue;
			const found = tryHere(terms.slice(index), regs, index, terms.length);
			if (found) {
				results.push(withSentence(found));
				if (justOne === true) break;
				const end = found.pointer[2]!;
				if (Math.abs(end - 1) > index) index = Math.abs(end - 1);
			}
		}
	}
	if (regs.at(-1)!.end === true) results = results.filter(found => terms.length === found.pointer[2]);
	if (todo.notIf) results = notIf(results, todo.notIf, [terms]);
	const grouped = getGroup(results, group);
	for (const pointer of grouped.ptrs) {
		const [, start, end] = pointer;
		(pointer as unknown[])[3] = terms[start!]!.id;
		(pointer as unknown[])[4] = terms[end! - 1]!.id;
	}
	return grouped;
}

/** compromise's addSentence for the one clause given: sentence 0 in the pointer and its groups. */
function withSentence(found: Found): Found {
	found.pointer[0] = 0;
	for (const key of Object.keys(found.groups)) found.groups[key]![0] = 0;
	return found;
}
