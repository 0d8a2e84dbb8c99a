import nlp from 'compromise';
import {compoundSuffixes} from '../lexicon.js';
import {bare, isOnlyCommonWord, possessive} from '../name-words.js';
import {isFirstName} from '../first-names.js';
import {lookUpPlace} from '../../geo/gazetteer.js';
import type {DocumentReading} from './features.js';
import {hasTag, normaliseName, type Token} from '../tokens.js';
import {kindOf, type NameOccurrence} from '../entities.js';

// People's names known by their written shape, where the tagger, trained mostly on Western names, reads
// only a part or nothing.

/**
 * "Lau Siu-lai", "Kwok Wai-keung", "Moon Jae-in": a short capitalised surname, then a given name written
 * as two syllables joined by a hyphen, the second in lower case, is how Cantonese and Korean names are
 * romanised. [start, end) token indexes of each such name. Not a compound ("Hong Kong-based", "Tudor-style"),
 * nor after a word of grammar ("The", "And").
 */
export function hyphenatedGivenNames(tokens: Token[]): Array<{start: number; end: number}> {
	const found: Array<{start: number; end: number}> = [];
	for (let at = 0; at + 2 < tokens.length; at++) {
		const [surname, syllable, rest] = [tokens[at]!, tokens[at + 1]!, tokens[at + 2]!];
		if (!/^\p{Lu}\p{Ll}{1,5}$/u.test(surname.text) || surname.post !== ' ' || hasTag(surname, 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Verb')) continue;
		if (!/^\p{Lu}\p{Ll}{0,4}$/u.test(syllable.text) || !/^[-‐]$/u.test(syllable.post) || isOnlyCommonWord(syllable.text)) continue;
		if (!/^\p{Ll}{1,5}$/u.test(rest.text) || rest.pre !== '' || compoundSuffixes.has(rest.text)) continue;
		// A capitalised word before the surname makes it part of a longer name of something else.
		const before = tokens[at - 1];
		if (before && /^\p{Lu}/u.test(before.text) && /^\s+$/u.test(before.post)) continue;
		found.push({start: at, end: at + 3});
	}
	return found;
}

/** Words that follow a ruler's or saint's name as part of it: "Peter the Great", "Pliny the Elder". */
const epithets = new Set(['Great', 'Elder', 'Younger', 'Conqueror', 'Confessor', 'Magnificent', 'Terrible', 'Bold', 'Pious', 'Wise', 'Just', 'Venerable', 'Apostate', 'Lionheart', 'Navigator']);
const numeral = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{0,3})$/u;

/**
 * "Peter the Great", "Aleksei I", "Louis XIV": a one-word or two-word name followed by "the" and an epithet,
 * or a person's followed by a regnal number, is one person with them (a name read as a place, "Constantine",
 * is that person too). "I" counts only before punctuation ("Damasus I, who died"; not "when Peter I said").
 * Returns the occurrence with its span and key run on, or as it was.
 */
export function withEpithet(occurrence: Omit<NameOccurrence, 'article' | 'paragraph'>, text: string): Omit<NameOccurrence, 'article' | 'paragraph'> {
	if (occurrence.tokenCount > 2 || occurrence.acronym) return occurrence;
	// A few words after the name are enough (a long paragraph holds thousands of names).
	const after = text.slice(occurrence.end, occurrence.end + 40);
	const epithet = /^ the (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/u.exec(after);
	const number = /^ ([IVX]+)(?=$|[\s,.;:)’'])/u.exec(after);
	let suffix: string | undefined;
	if (epithet && epithets.has(epithet[1]!) && !/^\s+\p{Lu}/u.test(after.slice(epithet[0].length))) suffix = epithet[0];
	else if (number && numeral.test(number[1]!) && kindOf(occurrence.votes) === 'person' && (number[1] !== 'I' || /^[,.;:)]/u.test(after.slice(number[0].length)))) suffix = number[0];
	if (!suffix) return occurrence;
	const surface = occurrence.surface + suffix;
	const {detail: _detail, ...rest} = occurrence;
	return {...rest, surface, key: normaliseName(surface), tokenCount: occurrence.tokenCount + suffix.trim().split(' ').length, end: occurrence.end + suffix.length, votes: {person: Math.max(occurrence.votes.person, occurrence.votes.organization, occurrence.votes.place, 2), organization: 0, place: 0}, rules: [...(occurrence.rules ?? []), 'person-epithet-or-number']};
}

/** Heads of the names of things often named after a person: "the Hewlett Foundation", "Carnegie Hall", "the Turner Prize". */
const namedAfterHeads = new Set([
	'foundation', 'museum', 'institute', 'college', 'hall', 'centre', 'center', 'prize', 'award', 'awards', 'medal', 'tower', 'academy', 'administration',
	'gallery', 'building', 'mosque', 'memorial', 'lecture', 'fellowship', 'turnpike', 'bridge', 'library', 'trust', 'scholarship', 'theatre', 'theater', 'observatory',
]);

/** A word compromise's lexicon lists as a surname ("Einstein", "Collins"), or one the document gives in a person's name. */
function knownAsSurname(word: string, document?: DocumentReading): boolean {
	lexicon ??= (nlp.model() as {one: {lexicon: Record<string, string | string[]>}}).one.lexicon;
	const known = lexicon[word.toLowerCase()];
	return (Array.isArray(known) ? known : [known]).includes('LastName') || document?.kindOfWord.get(bare(word)) === 'person';
}
let lexicon: Record<string, string | string[]> | undefined;

/**
 * "the Einstein Institute of Mathematics", "Trump Tower", "the Biden-Harris Administration", "the Andy Warhol
 * Foundation": a body's or place's name opened by a person's name, at most two words before a head of things
 * named after people, also names that person (as a reader takes it, and GUM's annotators mark it). The person is
 * a surname known as one (the lexicon's, or a person's name elsewhere in the document) with no other name before
 * the head ("Johnson Space Center"), two surnames joined by a hyphen, or a listed first name and a word that is
 * no common noun; not a known place ("the Stirling Prize" stays a town's).
 * The body's or place's name stays whole beside it.
 */
export function nestedPeople(occurrence: Omit<NameOccurrence, 'article' | 'paragraph'>, document?: DocumentReading): Array<Omit<NameOccurrence, 'article' | 'paragraph'>> {
	const kind = kindOf(occurrence.votes);
	if (kind === undefined || kind === 'person' || occurrence.tokenCount < 2 || occurrence.acronym) return [];
	const words = [...occurrence.surface.matchAll(/[^\s-]+/gu)];
	const head = words.findIndex(word => namedAfterHeads.has(bare(word[0])));
	if (head < 1 || head > 3) return [];
	const name = (word: RegExpMatchArray) => word[0].replace(possessive, '');
	const shaped = (word: RegExpMatchArray) => /^\p{Lu}\p{Ll}+$/u.test(name(word)) && !namedAfterHeads.has(bare(word[0]));
	const person = (from: number, to: number) => {
		const surface = occurrence.surface.slice(words[from]!.index, words[to]!.index! + name(words[to]!).length);
		const start = occurrence.start + words[from]!.index!;
		return {surface, key: normaliseName(surface), tokenCount: to - from + 1, start, end: start + surface.length, votes: {person: 2, organization: 0, place: 0}, acronym: false, rules: ['person-named-in-thing']};
	};
	const [first, second] = [words[0]!, words[1]!];
	if (!shaped(first)) return [];
	const hyphened = occurrence.surface[first.index! + first[0].length] === '-';
	if (head >= 2 && shaped(second) && !hyphened && isFirstName(first[0]) && !knownAsSurname(first[0]) && /^\s$/u.test(occurrence.surface[first.index! + first[0].length]!) && !/[’']s$/u.test(first[0]) && !lookUpPlace(`${first[0]} ${name(second)}`) && !isOnlyCommonWord(name(second))) return [person(0, 1)];
	if (head >= 2 && hyphened && shaped(second) && knownAsSurname(first[0], document) && knownAsSurname(name(second), document)) return [person(0, 0), person(1, 1)];
	// One surname alone: the words before the head say what the thing is ("Johnson Space Center", "Tang Teaching Museum"), no other name.
	if (!knownAsSurname(name(first), document) || lookUpPlace(name(first)) || words.slice(1, head).some(word => isFirstName(word[0]) || knownAsSurname(word[0], document))) return [];
	return [person(0, 0)];
}
