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


// Rules that say only that a place of this name exists (compromise's place tag on the last word, the gazetteer),
// not how the text uses the name.
const placeLookups = new Set(['place-tagged-head', 'place-gazetteer']);

/**
 * "Woody Allen's", "Sam Houston": a listed first name and one or two more words the tagger reads as a person,
 * which the rules call a place only because the last word is also a town's name (Allen, Houston, Lincoln), are
 * the person: a lookup of the surname says less than the given name before it and the tagger's reading.
 */
export function personOverPlaceLookup(words: Token[], rule: Pick<NameOccurrence, 'votes' | 'rules'> | undefined): boolean {
	if (!rule || kindOf(rule.votes) !== 'place' || words.length < 2 || words.length > 3 || !isFirstName(words[0]!.text)) return false;
	if (words.slice(0, -1).some(word => !/^\s+$/u.test(word.post)) || lookUpPlace(words.map(word => bare(word.text)).join(' '))) return false;
	return (rule.rules ?? []).length > 0 && (rule.rules ?? []).every(id => placeLookups.has(id));
}

// Letters after a name for an honour, a fellowship or a seat: "DBE", "FRS", "QC", "MP".
export const postNominals = /^(?:[GKDCOM]BE|KCMG|CMG|CH|OM|RA|FRS|FRSE|FBA|QC|KC|MP|MSP|MEP|PhD)$/u;

/** "Dame Ann Hale DBE RA" as the rules' run reads it: a person's name without the honours written after it. */
export function withoutPostNominals(occurrence: Omit<NameOccurrence, 'article' | 'paragraph'>): Omit<NameOccurrence, 'article' | 'paragraph'> {
	if (kindOf(occurrence.votes) !== 'person') return occurrence;
	const words = occurrence.surface.split(' ');
	let kept = words.length;
	while (kept > 2 && postNominals.test(words[kept - 1]!)) kept--;
	if (kept === words.length) return occurrence;
	const surface = words.slice(0, kept).join(' ');
	return {...occurrence, surface, key: normaliseName(surface), tokenCount: occurrence.tokenCount - (words.length - kept), end: occurrence.start + surface.length};
}
