import {bare} from '../name-words.js';
import {organizationHeads, placeHeads} from '../lexicon.js';
import type {Token} from '../tokens.js';

// Things that bear a name, often a person's, and are no person, body or place of the story: storms ("Hurricane
// Ida", "Typhoon Mirae") and events, plans and works named by their head word after the name ("the Harlan
// Festival", "the Karlov Plan", "the Hasselt Theorem"). The head word or the storm's word says what the name
// is; the name's own words (a given name, a surname) say nothing.

/**
 * Head words of events, plans, doctrines and works that follow the name they bear. Not words that are also
 * common surnames or given names ("Law", "Bill", "Day", "Mass"), which end people's names as often.
 */
export const eventHeads = new Set([
	'festival', 'festivals', 'fest', 'fair', 'fairs', 'carnival', 'expo', 'exhibition', 'games', 'olympics', 'cup', 'championship', 'championships',
	'tournament', 'marathon', 'experience', 'lecture', 'lectures', 'plan', 'doctrine', 'theorem', 'conjecture', 'equation', 'paradox', 'mysteries', 'chronicles',
	'diaries', 'trilogy', 'saga', 'symphony', 'concerto', 'sonata', 'requiem', 'affair', 'scandal', 'treaty', 'accords', 'amendment',
]);

// A storm is named with its kind before the name, capitalised: "Hurricane Ida", "Tropical Storm Bret", "Cyclone Tavi".
const stormWords = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'superstorm', 'windstorm']);
const isStormWord = (token: Token | undefined) => token !== undefined && /^\p{Lu}/u.test(token.text) && stormWords.has(bare(token.text));

/**
 * "Hurricane Ida", "Storm Brenna", "Tropical Cyclone Tavi": a name a storm's word opens, or that stands right after
 * one, is the storm's, whatever kind the tagger read, unless it ends in a body's or place's head. [start, end) token indexes.
 */
export function namesAStorm(span: {start: number; end: number}, tokens: Token[]): boolean {
	// A body or place a storm's word opens names no storm ("the Hurricane Center", "Storm Prediction Center").
	const head = bare(tokens[span.end - 1]!.text);
	if (organizationHeads.has(head) || placeHeads.has(head)) return false;
	const before = tokens[span.start - 1];
	const opens = span.end - span.start >= 2 && isStormWord(tokens[span.start]) && /^\s+$/u.test(tokens[span.start]!.post);
	return opens || (isStormWord(before) && /^\s+$/u.test(before!.post) && /^\p{Lu}/u.test(tokens[span.start]!.text));
}
