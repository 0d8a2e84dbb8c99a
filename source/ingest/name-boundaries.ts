import {adjectiveEndings, nameParticles, neverEntities, organizationHeads, personTitles, placeHeads, timeZones} from './lexicon.js';
import {lookUpPlace} from '../geo/gazetteer.js';
import {hasTag, isCapitalised, type Token} from './tokens.js';

// Where one name ends and the next begins when nothing but a space parts them, and which capitalised
// words are never names at all. Rules about the shape of a run of capitals, apart from the voting.

const bare = (word: string) => word.toLowerCase().replace(/[.’']+$/u, '').replace(/[’']s$/u, '');

/** A first name: compromise knows it, or the first-name list does (names from many languages). */
export type FirstNameTest = (word: string) => boolean;

/**
 * "United Nations Linda Thomas-Greenfield", "Primorsky Territory Oleg Kozhemyako", "Party of Korea Kim
 * Jong Un": a body, a place or a common word run straight into a person's first name and surname. The
 * person starts at `at` when it is a first name followed by another capitalised word and the word
 * before it cannot belong to a personal name.
 */
export function personStartsAt(tokens: Token[], at: number, isFirstName: FirstNameTest, lowerCase: ReadonlySet<string>): boolean {
	const token = tokens[at];
	const next = tokens[at + 1];
	const before = tokens[at - 1];
	if (!token || !next || !before || next.pre !== '' || !isCapitalised(next.text) || !/^[\s-]+$/u.test(token.post)) return false;
	// compromise's Place tag on a first name comes from its neighbours ("the Volta Region Peter"); a known city or country is not a first name.
	if (!(hasTag(token, 'FirstName') || isFirstName(token.text)) || hasTag(token, 'Country', 'City', 'Organization')) return false;
	const word = bare(before.text);
	// "Foxley Hill Hospital", "Sandy Lane School": a first name ("Hill", "Lane") before the head of a body's or a
	// place's name is a word of that name, not a person's (nobody's surname is "Hospital").
	if ((organizationHeads.has(bare(next.text)) || placeHeads.has(bare(next.text))) && !hasTag(next, 'LastName')) return false;
	if (hasTag(before, 'FirstName', 'Honorific') || personTitles.has(word) || nameParticles.has(before.text)) return false;
	// compromise reading the pair as first name and surname is enough when the word before is no name of a person.
	// (compromise's Person tag on a common word, "Environment Alexander", comes from the name beside it).
	const surnameAfter = hasTag(token, 'FirstName') && hasTag(next, 'LastName') && !hasTag(before, 'FirstName', 'LastName');
	return surnameAfter || hasTag(before, 'Place', 'Country', 'Organization') || organizationHeads.has(word) || placeHeads.has(word) || lowerCase.has(word);
}

/** Words that are never an entity alone: "However", "Everyone", a time zone after a clock time ("IST"). */
export function neverAnEntity(name: Token[]): boolean {
	if (name.length !== 1) return false;
	const word = bare(name[0]!.text);
	return neverEntities.has(word) || timeZones.has(word);
}

/**
 * "Moroccan state television", "the North African country", "the Far Eastern Russian city", "the
 * secretive Communist state": adjectives of nationality, region or creed before a common noun.
 * Countries and cities with the same endings ("Japan", "Milan") are names.
 */
export function isAdjectivePhrase(name: Token[], next: Token | undefined, demonyms: ReadonlySet<string>): boolean {
	const last = name.at(-1)!;
	if (!next || !/^\s+$/u.test(last.post) || !/^\p{Ll}/u.test(next.text) || !hasTag(next, 'Noun') || hasTag(next, 'Verb', 'Pronoun')) return false;
	const adjectival = (token: Token) =>
		isCountryAdjective(token.text) ||
		(!hasTag(token, 'Country', 'City', 'Person', 'Organization') &&
			(demonyms.has(bare(token.text)) || hasTag(token, 'Demonym') || adjectiveEndings.test(bare(token.text)) || /^(?:north|south|east|west|far|central|northern|southern|eastern|western)$/i.test(token.text)));
	return name.every(adjectival) && adjectival(last);
}

/**
 * "Kenyan", "Ugandan", "Pakistani", "Israeli", "Sudanese", "Chinese": a country of the gazetteer with a
 * nationality ending. compromise reads some of them as organisations ("Kenyan" before "government").
 */
export function isCountryAdjective(word: string): boolean {
	const match = /^(\p{Lu}\p{Ll}+?)(ian|an|n|i|ese|ish)$/u.exec(word);
	if (!match) return false;
	const stem = match[1]!;
	return [stem, `${stem}a`, `${stem}ia`, `${stem}o`].some(form => lookUpPlace(form)?.kind === 'Country');
}
