// fuse.js's score for an item, without fuse.js. Ranking 500 candidates through fuse.js made per text
// a search object, a few arrays per level of errors, a match object and a result object, and cost
// 10-20 ms a key at 100k items with its garbage; this computes the same number (same arithmetic, in the
// same order) with two working arrays reused by every text. It covers what typing produces most: plain
// fuzzy terms of up to 32 characters, matched with fuse-ranking.ts's options (ignoreLocation, threshold,
// minMatchCharLength 1); anything else goes to fuse.js. The matched ranges, which take a second scan, are
// found only for the results a screen shows. Ported from fuse.js 7.5 (MIT): src/search/bitap/search.ts,
// BitapSearch.searchIn, Fuse._searchLogical, computeScore and formatMatches; test/search/fuse-score.test.ts
// compares the two.

import {holdsAPiece, patternPieces} from './pattern-pieces.js';

/** One field value of fuse.js's index record: the text and its field-length norm. */
type IndexedValue = {v: string; n: number};
/**
 * Where a scorer keeps a field value's lower-cased text, on fuse.js's own value object (fuse.js reads
 * only `v` and `n`). A symbol per scorer, so that two scorers over one index keep their own.
 */
type LoweredValue = IndexedValue & {[key: symbol]: string | undefined};
/** fuse.js's index record of an item: per key (by position), a value, a list of values, or nothing. */
export type IndexRecord = {$: Record<number, IndexedValue | IndexedValue[] | undefined>};

/** The longest pattern fuse.js's bitap searches in one piece (a 32-bit mask). */
export const longestPattern = 32;

/** A field value that matched, as fuse.js's result lists it (`key`: the key's name). */
export type FieldMatch = {key: string; value: string; indices: Array<[number, number]>};

export type FuseScorer = {
	/**
	 * fuse.js's score of an item for patterns that must all match (lower-cased fuzzy terms): the product
	 * over every matching field value of score^(weight × norm); undefined when a pattern matches no field.
	 */
	score(record: IndexRecord, patterns: readonly string[]): number | undefined;
	/** fuse.js's matches of an item the patterns match (its `matches`, in its order). */
	matches(record: IndexRecord, patterns: readonly string[]): FieldMatch[];
	/**
	 * The first of `matches` whose key and value `accept` takes, finding ranges only in the values it
	 * takes: a hit shows one field's ranges, and those of the others (a long text) were most of the work.
	 */
	firstMatch(record: IndexRecord, patterns: readonly string[], accept: (key: string, value: string) => boolean): FieldMatch | undefined;
};

/** `weights`: the keys' weights in key order, as given to fuse.js (normalised here as fuse.js does). */
export function createFuseScorer(keys: ReadonlyArray<{name: string; weight: number}>, threshold: number): FuseScorer {
	let total = 0;
	for (const key of keys) total += key.weight;
	const keyWeights = keys.map(key => key.weight / total);
	// The pattern's bit mask per UTF-16 code unit, set for one pattern at a time and cleared after.
	const alphabet = new Int32Array(65_536);

	// Each level of errors' state at the position last scanned (bitapErrors's one pass over the text).
	const levels = new Int32Array(longestPattern + 1);

	// The pattern's pieces for holdsAPiece, cut once per pattern (the same few patterns score 500 candidates).
	const piecesByPattern = new Map<string, string[]>();
	/** `errors + 1` pieces of the pattern, `errors` being the most fuse.js tries (none: no pieces). */
	const piecesOf = (pattern: string): string[] => {
		let pieces = piecesByPattern.get(pattern);
		if (pieces === undefined) {
			// The levels fuse.js scans: up to the threshold, and fewer errors than the pattern has letters.
			let errors = 0;
			while (errors + 1 < pattern.length && (errors + 1) / pattern.length <= threshold) errors++;
			pieces = errors === 0 ? [] : patternPieces(pattern, errors + 1);
			if (piecesByPattern.size >= 64) piecesByPattern.clear();
			piecesByPattern.set(pattern, pieces);
		}
		return pieces;
	};

	/**
	 * The fewest errors of fuse.js's bitap match of a lower-cased text (ignoring location): -1 none, -2 the
	 * text is the pattern; addFactor turns it into fuse.js's score. Whole numbers, not the score itself:
	 * a fraction returned from a call is a new heap number, thousands a key.
	 */
	const bitapErrors = (text: string, pattern: string): number => {
		// BitapSearch.searchIn: a field that is the pattern scores 0 (a perfect match); one that holds it
		// is matched at the first level, with no errors (found natively instead of by the scan below).
		if (text === pattern) return -2;
		if (text.includes(pattern)) return 0;
		const patternLength = pattern.length;
		const textLength = text.length;
		const finish = textLength + patternLength;
		const mask = 1 << (patternLength - 1);
		// fuse.js scans the text once per level of errors, from none up to the first level past the
		// threshold, and stops at the first level with a match. Every level is scanned here in one pass
		// (a level reads only the one below it at the same and the next position): the same lowest level
		// with a match, found without reading the text again for each level. Level 0 is an exact
		// occurrence, which includes() ruled out; a match at level 1 is therefore the best there is.
		// A text that holds none of the pattern's pieces cannot match (holdsAPiece): most texts of a
		// candidate that lack a term (a long quote scored for its speaker's name) are ruled out by a few
		// native substring searches instead of a pass over every character.
		const pieces = piecesOf(pattern);
		if (!holdsAPiece(text, pieces)) return -1;
		let top = pieces.length - 1;
		for (let errors = 0; errors <= top; errors++) levels[errors] = (1 << errors) - 1;
		let best = -1;
		for (let j = finish; j >= 1; j--) {
			const charMatch = j - 1 < textLength ? alphabet[text.charCodeAt(j - 1)]! : 0;
			// The level below's state at j + 1 (before this position) and at j (just computed).
			let belowBefore = levels[0]!;
			let below = ((belowBefore << 1) | 1) & charMatch;
			levels[0] = below;
			for (let errors = 1; errors <= top; errors++) {
				const before = levels[errors]!;
				const value = (((before << 1) | 1) & charMatch) | (((belowBefore | below) << 1) | 1) | belowBefore;
				levels[errors] = value;
				if (value & mask) {
					if (errors === 1) return 1;
					// Higher levels no longer matter: only a lower one could still give a better score.
					best = errors;
					top = errors - 1;
					break;
				}
				belowBefore = before;
				below = value;
			}
		}
		return best;
	};

	/**
	 * The ranges fuse.js marks in a lower-cased text that the pattern matches: every exact occurrence,
	 * and the letters of the pattern within the leftmost best match (fuse.js's search, includeMatches).
	 */
	// Working arrays for bitapRanges, grown as needed and reused: three new arrays per field of every hit
	// drawn were the largest allocation of a typed key's search (about 70 KB a key at 100k items).
	let markedStore = new Uint8Array(256);
	let levelStores = [new Int32Array(256), new Int32Array(256)];
	const bitapRanges = (text: string, pattern: string): Array<[number, number]> => {
		if (text === pattern) return [[0, text.length - 1]];
		// No occurrence and no piece: nothing to mark (as in bitapErrors).
		if (!holdsAPiece(text, piecesOf(pattern)) && !text.includes(pattern)) return [];
		const patternLength = pattern.length;
		const textLength = text.length;
		const finish = textLength + patternLength;
		if (markedStore.length < textLength) markedStore = new Uint8Array(textLength * 2);
		if (levelStores[0]!.length < finish + 2) levelStores = [new Int32Array((finish + 2) * 2), new Int32Array((finish + 2) * 2)];
		const marked = markedStore.fill(0, 0, textLength);
		let currentThreshold = threshold;
		for (let at = text.indexOf(pattern, 0); at > -1; at = text.indexOf(pattern, at + patternLength)) {
			currentThreshold = 0;
			marked.fill(1, at, at + patternLength);
		}
		for (const level of levelStores) level.fill(0, 0, finish + 2);
		const levels = levelStores;
		const mask = 1 << (patternLength - 1);
		let bestLocation = -1;
		let bestErrors = 0;
		for (let errors = 0; errors < patternLength; errors++) {
			const current = levels[errors % 2]!;
			const previous = levels[(errors + 1) % 2]!;
			current[finish + 1] = (1 << errors) - 1;
			for (let j = finish; j >= 1; j--) {
				const charMatch = j - 1 < textLength ? alphabet[text.charCodeAt(j - 1)]! : 0;
				let value = ((current[j + 1]! << 1) | 1) & charMatch;
				if (errors) value |= (((previous[j + 1]! | previous[j]!) << 1) | 1) | previous[j + 1]!;
				current[j] = value;
				if (value & mask) {
					// fuse.js keeps scanning leftwards at this level: the leftmost match is the one marked.
					currentThreshold = errors / patternLength;
					bestLocation = j - 1;
					bestErrors = errors;
					if (bestLocation <= 0) break;
				}
			}
			if ((errors + 1) / patternLength > currentThreshold) break;
		}
		if (bestLocation < 0) return [];
		const matchEnd = Math.min(textLength - 1, bestLocation + patternLength - 1 + bestErrors);
		for (let at = bestLocation; at <= matchEnd; at++) if (alphabet[text.charCodeAt(at)]) marked[at] = 1;
		const ranges: Array<[number, number]> = [];
		for (let at = 0; at < textLength; at++) {
			if (!marked[at]) continue;
			const start = at;
			while (at + 1 < textLength && marked[at + 1]) at++;
			ranges.push([start, at]);
		}
		return ranges;
	};

	const setAlphabet = (pattern: string, on: boolean) => {
		for (let at = 0; at < pattern.length; at++) {
			const code = pattern.charCodeAt(at);
			alphabet[code] = on ? alphabet[code]! | (1 << (pattern.length - at - 1)) : 0;
		}
	};

	// Field values lower-cased once, not on every key: typing scores mostly the same candidates key after
	// key, and lower-casing their texts each time was garbage of some 100 KB a key. Kept on the value
	// itself (a Map of up to 50,000 values, looked up some 1,500 times a key, was a tenth of the query's
	// time), at most `keptLowered` at once: the oldest is let go when a new one comes.
	const keptLowered = 50_000;
	const loweredText = Symbol('lower-cased');
	const holders: Array<LoweredValue | undefined> = [];
	let nextHolder = 0;
	const lowerCased = (value: LoweredValue): string => {
		let text = value[loweredText];
		if (text === undefined) {
			text = value.v.toLowerCase();
			const dropped = holders[nextHolder];
			if (dropped) dropped[loweredText] = undefined;
			value[loweredText] = text;
			holders[nextHolder] = value;
			nextHolder = (nextHolder + 1) % keptLowered;
		}
		return text;
	};

	// The factors of one item, in fuse.js's order (pattern by pattern, key by key, value by value): the
	// first `factorCount` of a list kept between items (emptying and refilling an array reallocated its
	// store for every candidate, the largest allocation of a key's search).
	let factors = new Float64Array(64);
	let factorCount = 0;
	const addFactor = (value: IndexedValue, pattern: string, key: number): boolean => {
		const errors = bitapErrors(lowerCased(value), pattern);
		if (errors === -1) return false;
		// fuse.js's score: 0 for the pattern itself, else fewest errors / length, at least 0.001.
		const score = errors === -2 ? 0 : Math.max(0.001, errors / pattern.length);
		if (factorCount === factors.length) {
			const more = new Float64Array(factors.length * 2);
			more.set(factors);
			factors = more;
		}
		factors[factorCount++] = Math.pow(score === 0 ? Number.EPSILON : score, keyWeights[key]! * value.n);
		return true;
	};

	/** Calls `each` with every value of the record's fields, key by key, in fuse.js's order. */
	const forEachValue = (record: IndexRecord, each: (value: IndexedValue, key: number) => void) => {
		for (let key = 0; key < keyWeights.length; key++) {
			const value = record.$[key];
			if (value === undefined) continue;
			if (Array.isArray(value)) for (const one of value) each(one, key);
			else each(value, key);
		}
	};

	return {
		matches(record, patterns) {
			const found: FieldMatch[] = [];
			for (const pattern of patterns) {
				setAlphabet(pattern, true);
				forEachValue(record, (value, key) => {
					const indices = bitapRanges(lowerCased(value), pattern);
					if (indices.length > 0) found.push({key: keys[key]!.name, value: value.v, indices});
				});
				setAlphabet(pattern, false);
			}
			return found;
		},
		firstMatch(record, patterns, accept) {
			for (const pattern of patterns) {
				setAlphabet(pattern, true);
				let found: FieldMatch | undefined;
				for (let key = 0; key < keyWeights.length && !found; key++) {
					const value = record.$[key];
					if (value === undefined) continue;
					for (const one of Array.isArray(value) ? value : [value]) {
						if (!accept(keys[key]!.name, one.v)) continue;
						const indices = bitapRanges(lowerCased(one), pattern);
						if (indices.length === 0) continue;
						found = {key: keys[key]!.name, value: one.v, indices};
						break;
					}
				}
				setAlphabet(pattern, false);
				if (found) return found;
			}
			return undefined;
		},
		score(record, patterns) {
			factorCount = 0;
			for (const pattern of patterns) {
				setAlphabet(pattern, true);
				let matched = false;
				// forEachValue's loop written out: this runs for every candidate on every key.
				for (let key = 0; key < keyWeights.length; key++) {
					const value = record.$[key];
					if (value === undefined) continue;
					if (Array.isArray(value)) {
						for (let at = 0; at < value.length; at++) matched = addFactor(value[at]!, pattern, key) || matched;
					} else {
						matched = addFactor(value, pattern, key) || matched;
					}
				}
				setAlphabet(pattern, false);
				if (!matched) return undefined;
			}
			let product = 1;
			for (let nth = 0; nth < factorCount; nth++) product *= factors[nth]!;
			return product;
		},
	};
}
