import nlp from 'compromise';
import {lookUpPlace} from '../../geo/gazetteer.js';
import {keptPerKey} from '../../text/kept-per-key.js';
import type {EntityKind} from '../entity-types.js';
import type {RuleRun} from '../entities.js';
import {kindOf} from '../entity-groups.js';
import {organizationHeads, personTitles, placeHeads} from '../lexicon.js';
import {bare, isCommonWord, possessive} from '../name-words.js';
import {hasTag, type Token} from '../tokens.js';
import {isFirstName} from '../first-names.js';
import {isWellKnownPlace} from './names-within-names.js';
import {alsoSurnames} from './person-evidence.js';

// Where a person's name begins and ends when the tagger cut it short: a given name no list knows before a surname
// read alone, a middle initial and the surname after a given name, a first name read apart from the words after it,
// and the rest of a rules' run of one person.

type Span = {start: number; end: number; kind: EntityKind};
const capitalised = (token: Token | undefined) => token !== undefined && /^\p{Lu}/u.test(token.text);

/** Whether the word in lower case reads as other than a noun ("hopefully", "tame"): compromise guesses unknown words nouns. */
const readsAsNoNoun = keptPerKey(word => !nlp(word.toLowerCase()).has('#Noun'));

/** A capitalised word shaped as a name that no word list knows: no word of the language, place, title or date. */
const unknownName = (token: Token | undefined) =>
	token !== undefined &&
	/^\p{Lu}\p{Ll}+$/u.test(token.text) &&
	!isCommonWord(token.text) &&
	!lookUpPlace(token.text) &&
	!personTitles.has(bare(token.text)) &&
	!hasTag(token, 'Date', 'Honorific', 'Organization', 'Adverb', 'Adjective', 'Demonym') &&
	!readsAsNoNoun(token.text);

/**
 * A person's name the tagger cut short at a word it had no reading for: "trained under Oskor Vantreel" read as "Vantreel",
 * where the word before is a capitalised name no list knows and nothing else took it, and "Marta J. Okonkwo" read
 * as "Marta", where a middle initial and such a name follow. A word in a longer run of capitals is left alone
 * (the run is another name's: "the Kestane Valley Institute").
 */
export function givenNameAndInitial(span: Span, tokens: Token[], previous: Span | undefined): Span {
	let {start, end} = span;
	const before = tokens[start - 1];
	// Whether the words at `index` and `index + 1` are capitals joined by a space (a possessive ends a name).
	const joined = (index: number) => capitalised(tokens[index]) && !possessive.test(tokens[index]!.text) && /^\s+$/u.test(tokens[index]!.post) && capitalised(tokens[index + 1]) && tokens[index + 1]!.pre === '';
	// (Not a sentence's first word: "Currently Holm …" is capitalised by the sentence.)
	if (end - start === 1 && start >= 2 && capitalised(tokens[start]) && unknownName(before) && before!.post === ' ' && !joined(start - 2) && !(previous !== undefined && previous.end > start - 1)) start--;
	const initial = tokens[end];
	if (end - start === 1 && isFirstName(tokens[start]!.text) && tokens[end - 1]!.post === ' ' && initial !== undefined && /^\p{Lu}$/u.test(initial.text) && initial.post === '. ' && unknownName(tokens[end + 1]) && !joined(end + 1)) end += 2;
	return start === span.start && end === span.end ? span : {...span, start, end};
}

// Heads of several places' names at once, which the lexicon lists in the singular ("the Blue Hills").
const pluralPlaceHeads = new Set(['rivers', 'lakes', 'mountains', 'hills']);

/**
 * "professor Maren Ashby Hill" read as the person "Maren" and the place "Ashby Hill": a listed first name read
 * alone as a person, right before one or two plain capitalised words read as something else, is the person's
 * full name, where those words end in no head of a place's or body's name that is no surname too ("Hill", "Park"
 * are surnames; not "Maren Ashby Hotel") and are no well-known place ("Maria Brazil").
 */
export function restOfFirstName(person: Span, span: Span, tokens: Token[], text: string): boolean {
	const first = tokens[person.start]!;
	if (person.kind !== 'person' || person.end - person.start !== 1 || span.kind === 'person' || span.end - span.start > 2 || first.post !== ' ' || !isFirstName(first.text)) return false;
	const words = tokens.slice(span.start, span.end);
	if (words.some(word => !/^\p{Lu}\p{Ll}+$/u.test(word.text)) || words.slice(0, -1).some(word => word.post !== ' ')) return false;
	const head = bare(words.at(-1)!.text);
	return (!(organizationHeads.has(head) || placeHeads.has(head) || pluralPlaceHeads.has(head)) || alsoSurnames.has(head)) && !isWellKnownPlace(text.slice(words[0]!.start, words.at(-1)!.end));
}

// A picture's label is no name ("Belle Image: Ann Lee", a caption's credit).
export const pictureLabels = /^(?:Images?|Photos?|Photograph|Pictures?|Video|Credit)$/u;

/**
 * "Kim Jong" of "North Korean leader Kim Jong Un": a person's span that stops inside the rules' run of one
 * person of at most three words (with a role or title the rules read before it), short only of last words
 * shaped as names, is the run's whole name (a tagger's cut makes no second person). Not past a word of the
 * language or an honour in capitals, which the rules' runs take in ("Jeff Hale Experience", "Ann Hale DBE").
 */
export function wholePersonRun(span: {start: number; end: number}, runs: RuleRun[], tokens: Token[]): {start: number; end: number} {
	// The rules' own evidence for the whole run (a role or title before it), not compromise's person tag alone.
	const ownEvidence = (occurrence: RuleRun['occurrence']) => (occurrence?.rules ?? []).some(rule => rule.startsWith('person-') && rule !== 'person-tagged-name');
	const run = runs.find(run => run.start === span.start && run.end > span.end && run.end - run.start <= 3 && run.occurrence && kindOf(run.occurrence.votes) === 'person' && ownEvidence(run.occurrence));
	const nameShaped = (token: Token) => /^\p{Lu}\p{Ll}+$/u.test(token.text) && !isCommonWord(token.text) && !hasTag(token, 'Adjective') && !pictureLabels.test(token.text);
	if (!run || !tokens.slice(span.end, run.end).every(nameShaped)) return span;
	return {start: span.start, end: run.end};
}
