import nlp from 'compromise';
import {lookUpPlace} from '../geo/gazetteer.js';
import {nameConnectors, vesselPrefixes} from './lexicon.js';
import {hasTag, type Token} from './tokens.js';
import {keptPerKey} from '../text/kept-per-key.js';

// Small tests on the words of a name, shared by the name finder and its rules.

/** Lower case without a possessive or a trailing dot: "Minister's" → "minister", "Dr." → "dr". */
const bareOf = (word: string) => word.toLowerCase().replace(/[.’']+$/u, '').replace(/[’']s$/u, '');
// Kept per word: a Map hit on a token's own text is cheaper than a lower-casing and two patterns.
export const bare = keptPerKey(bareOf);
export const possessive = /[’']s$/u;
export const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
/** KCNA, U.S.: two to six capitals, or dotted initials. */
export const isAcronym = (word: string) => /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u.test(word);

/** Words whose capital says nothing: months, weekdays, pronouns, function words. */
export function neverAName(token: Token): boolean {
	return hasTag(token, 'Date', 'Month', 'WeekDay', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'QuestionWord', 'Copula', 'Modal', 'Auxiliary', 'Expression');
}

/** The first word of a sentence, or the first after a colon or an opening quotation mark. */
export function startsClause(tokens: Token[], index: number): boolean {
	if (index === 0) return true;
	return /[:“"‘(]\s*$/u.test(tokens[index - 1]!.post) || /[“"‘(]/u.test(tokens[index]!.pre);
}

/** A ship's prefix in capitals (not the title "Ms") before a capitalised word: "the ferry MS Vesterlys". */
export function opensVesselName(tokens: Token[], index: number): boolean {
	const next = tokens[index + 1];
	return vesselPrefixes.has(tokens[index]!.text) && next !== undefined && /^\s+$/u.test(tokens[index]!.post) && /^\p{Lu}/u.test(next.text);
}

/**
 * An opening "The": a sentence's, or one after a spaced dash (a dateline's "LONDON, March 5 - The bank …"),
 * capitalised by its place, not by a name. (Other words after a dash keep their capitals as evidence:
 * "the senator — John Hale — said".)
 */
export function isOpeningThe(tokens: Token[], index: number): boolean {
	return tokens[index]?.text === 'The' && (startsClause(tokens, index) || /\s[-–—]\s*$|[–—]\s+$/u.test(tokens[index - 1]!.post));
}

/** The word that says what a name is: the last one, or the one before "of" ("School of Governance"). */
export function headOf(name: Token[]): Token {
	const connector = name.findIndex((token, index) => index > 0 && nameConnectors.has(token.text));
	return connector > 0 ? name[connector - 1]! : name.at(-1)!;
}

let lexicon: Record<string, string | string[]> | undefined;
const placeTags = new Set(['City', 'Country', 'Place', 'Region']);

/**
 * Whether compromise's own lexicon knows a single word as something other than a place: "Man" (a city
 * of 150,000 in Côte d'Ivoire) in "Man's greed" is the noun, "Hope" the noun, "Lincoln" a surname.
 */
// Kept per word, as bare() is: the lexicon and the gazetteer give a word the same answer every time.
export const isCommonWord: (word: string) => boolean = keptPerKey(readAsCommonWord);

function readAsCommonWord(word: string): boolean {
	if (/\s/u.test(word.trim())) return false;
	lexicon ??= (nlp.model() as {one: {lexicon: Record<string, string | string[]>}}).one.lexicon;
	const known = lexicon[word.toLowerCase()];
	if (known === undefined) return false;
	const tags = Array.isArray(known) ? known : [known];
	if (tags.some(tag => placeTags.has(tag))) return false;
	// "Philippines", "Laos": the lexicon knows them only as a people's plural, but a country of exactly that
	// name is the country (it had been no place at all: neither the gazetteer's vote nor its feature).
	return !(tags.every(tag => peoplesTags.has(tag)) && lookUpPlace(word)?.kind === 'Country');
}
/** The tags of a people's name ("Philippines" as the plural of "Philippine"). */
const peoplesTags = new Set(['Demonym', 'Plural']);

const personTags = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'ProperNoun', 'Honorific']);

/** Whether compromise's lexicon knows the single word as a person's name ("Obama", "Clinton", "Tyler"), whatever else it is. */
export function isKnownPersonName(word: string): boolean {
	lexicon ??= (nlp.model() as {one: {lexicon: Record<string, string | string[]>}}).one.lexicon;
	const known = lexicon[word.toLowerCase()];
	return known !== undefined && (Array.isArray(known) ? known : [known]).some(tag => personTags.has(tag) && tag !== 'ProperNoun' && tag !== 'Honorific');
}

/**
 * A word compromise's lexicon knows only as a word of the language, never as a name: "Travel", "Armies"
 * (by its singular), "Daddy", but not "Putin", "Johnson" nor "Kerry" (listed as names too).
 */
export function isOnlyCommonWord(word: string): boolean {
	lexicon ??= (nlp.model() as {one: {lexicon: Record<string, string | string[]>}}).one.lexicon;
	const lower = word.toLowerCase();
	const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.endsWith('s') ? lower.slice(0, -1) : undefined;
	const known = lexicon[lower] ?? (singular ? lexicon[singular] : undefined);
	if (known === undefined) return false;
	return !(Array.isArray(known) ? known : [known]).some(tag => personTags.has(tag) || placeTags.has(tag));
}
