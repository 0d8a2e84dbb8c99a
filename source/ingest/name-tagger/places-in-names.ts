import {lookUpPlace} from '../../geo/gazetteer.js';
import {regionsNamed} from '../../geo/regions.js';
import {kindOf} from '../entity-groups.js';
import type {NameOccurrence} from '../entity-types.js';
import {normaliseName, type Token} from '../tokens.js';
import {namesLand, namesNeitherBodyNorPlace, namesVenue} from './kind-overrides.js';
import {capitalisedRuns, isWellKnownPlace} from './names-within-names.js';
import {isCommonWord} from '../name-words.js';
import {hasTag} from '../tokens.js';

// Places a reader finds inside the words around or within a name (tag-names.ts applies them): the land
// of a title ("the Earl of Varnmoor", "Emperor of Russia"), the place of a battle, a known city inside the
// name of a venue or a gathering ("the NATO Varna Summit", "Metro Toronto Convention Centre").

type Occurrence = Omit<NameOccurrence, 'article' | 'paragraph'>;

/**
 * Titles of the peerage and battles name a land or a town, whatever it is: "Earl of Snowdon", "the Battle
 * of Chudnov", "Duke of Kent". A monarch's or officer's title names a place only where the name is one the
 * gazetteer knows ("Emperor of Russia", "Mayor of Baltimore"; not "King of Pop").
 */
const territorialTitles = /^(?:Earl|Duke|Duchess|Count|Countess|Marquess|Marquis|Marchioness|Viscount|Viscountess|Baron|Baroness|Battle|Siege)$/u;
const titlesOfKnownPlaces = /^(?:King|Queen|Prince|Princess|Emperor|Empress|Tsar|Czar|Tsarina|Sultan|Emir|Khan|Shah|Protector|Governor|Mayor|Bishop|Archbishop|Patriarch|Lord|Lady|Ruler|Sovereign)$/u;
/** A battle or siege is a happening, neither a body nor a place: its own reading as a name gives way to its place. */
const happenings = /^(?:Battle|Siege)\s+of\s/u;

/** A country, a city of 100,000 people or more, a division or a land by exactly that name (a small town shares its name with too much: "King of Pop"). */
const knownAsPlace = (name: string) => isWellKnownPlace(name) || regionsNamed(name).some(region => region.names.some(other => normaliseName(other) === normaliseName(name))) || namesLand(name);

/** The places that titles and battles name in a sentence: the capitalised words after "TITLE of (the)". */
export function placesNamedByTitles(tokens: Token[], text: string): Occurrence[] {
	const found: Occurrence[] = [];
	tokens.forEach((token, index) => {
		const territorial = territorialTitles.test(token.text);
		if (!(territorial || titlesOfKnownPlaces.test(token.text)) || tokens[index + 1]?.text !== 'of' || !/^\s+$/u.test(token.post)) return;
		let start = index + 2;
		if (tokens[start]?.text === 'the' && /^\s+$/u.test(tokens[start - 1]!.post)) start++;
		let end = start;
		// The name runs over capitalised words joined by a space ("the Holy Roman Empire"); a comma or a bracket ends it.
		while (end < tokens.length && /^\p{Lu}[\p{L}'’.-]*$/u.test(tokens[end]!.text) && (end === start || /^\s+$/u.test(tokens[end - 1]!.post))) end++;
		if (end === start || !/^\s+$/u.test(tokens[start - 1]!.post)) return;
		const surface = text.slice(tokens[start]!.start, tokens[end - 1]!.end).replace(/['’]s$/u, '');
		if (!territorial && !knownAsPlace(surface)) return;
		const place = lookUpPlace(surface);
		const detail = place ? (place.kind === 'Country' ? 'Country' : 'City') : undefined;
		found.push({surface, key: normaliseName(surface), tokenCount: end - start, start: tokens[start]!.start, end: tokens[start]!.start + surface.length, votes: {person: 0, organization: 0, place: 2}, acronym: false, ...(detail ? {detail} : {}), rules: ['place-named-by-title']});
	});
	return found;
}

/**
 * The sentence's names with the places in and around them (tag-names.ts applies it before kindOverrides): the
 * places titles name, and the places inside a venue's or gathering's name.
 */
export function withPlacesInNames(occurrences: Occurrence[], tokens: Token[], text: string): Occurrence[] {
	const read = withPlacesNamedByTitles(venuesReadInPieces(occurrences, tokens, text).map(occurrence => openedInItsLanguage(occurrence, text)), tokens, text);
	const inside = read.flatMap(occurrence => placeInsideName(occurrence) ?? []).filter(place => !read.some(other => other.start === place.start && other.end === place.end));
	return [...read, ...inside];
}

/**
 * The sentence's names with the places titles name: a reading that lies inside such a place ("Clare" read as a
 * person in "2nd Earl of Clare") is the place, and a battle's own reading ("the Battle of Chudnov" as a body)
 * gives way to it. A reading that already has the place as a place is left alone.
 */
export function withPlacesNamedByTitles(occurrences: Occurrence[], tokens: Token[], text: string): Occurrence[] {
	const places = placesNamedByTitles(tokens, text);
	if (places.length === 0) return occurrences;
	const kept = occurrences.filter(other => {
		const place = places.find(candidate => other.start < candidate.end && candidate.start < other.end);
		if (!place) return true;
		if (other.start >= place.start && other.end <= place.end) return kindOf(other.votes) === 'place' && other.start === place.start && other.end === place.end;
		return !happenings.test(other.surface);
	});
	const added = places.filter(place => !kept.some(other => other.start === place.start && other.end === place.end));
	return [...kept, ...added];
}

/**
 * "the NATO Varna Summit", "Metro Toronto Convention Centre": a known country, city of 100,000 people or more,
 * state or province inside (not opening, not ending) the name of a venue or a gathering is named there too,
 * as a reader takes it (a place opening such a name is nameOpeningName's).
 */
export function placeInsideName(occurrence: Occurrence): Occurrence | undefined {
	// Whatever the tagger read a summit or a centre as (a body, often), but not a person's name.
	if (kindOf(occurrence.votes) === 'person') return undefined;
	if (!namesVenue(occurrence.surface) && !namesNeitherBodyNorPlace(occurrence.surface)) return undefined;
	const words = occurrence.surface.split(' ');
	for (let from = 1; from < words.length - 1; from++) {
		for (let length = Math.min(3, words.length - 1 - from); length >= 1; length--) {
			const inner = words.slice(from, from + length);
			if (!inner.every(word => /^\p{Lu}\p{Ll}[\p{L}.-]*$/u.test(word))) continue;
			const surface = inner.join(' ');
			if (!isWellKnownPlace(surface)) continue;
			const start = occurrence.start + words.slice(0, from).join(' ').length + 1;
			const place = lookUpPlace(surface);
			return {surface, key: normaliseName(surface), tokenCount: length, start, end: start + surface.length, votes: {person: 0, organization: 0, place: 2}, acronym: false, ...(place ? {detail: place.kind === 'Country' ? 'Country' : 'City'} : {}), rules: ['place-inside-name']};
		}
	}
	return undefined;
}

/** Verbs of a part in a work: "starred in Casablanca (1942)" names the film, not the city. */
const performedIn = /^(?:starred|starring|stars|appeared|appears|appearing|played|plays|featured|features|cast|role|roles|acted|directed|wrote|filmed|shot)$/iu;

/**
 * "met him again in Italy (1821)", "moved to Lyon (1754)": a country or city of 100,000 people or more after a
 * preposition of place, before a year in brackets, is where something happened that year, not a work's
 * title before its year (unless a part in a work goes before: "starred in Casablanca (1942)").
 */
export function placeBeforeItsYear(occurrence: Occurrence, tokens: Token[]): boolean {
	const start = tokens.findIndex(token => token.start === occurrence.start);
	const preposition = tokens[start - 1];
	if (start < 1 || !/^(?:in|to|from|at|near|into|via)$/u.test(preposition!.text) || performedIn.test(tokens[start - 2]?.text ?? '')) return false;
	return isWellKnownPlace(occurrence.surface) && lookUpPlace(occurrence.surface) !== undefined;
}

/**
 * Words that open the name of a building, square or street in its own language, before the name and its
 * particle: "Catedral de San X", "Wat X", "Masjid-e X", "Palazzo X", "Rua da X". A reader takes the opener as
 * part of the place's name ("Wat Arun" is the temple, not a place called "Arun").
 */
const openersInTheirLanguage = new Set(['wat', 'catedral', 'iglesia', 'palacio', 'museo', 'castillo', 'parque', 'puerta', 'plaza', 'paseo', 'calle', 'avenida', 'praça', 'rua', 'igreja', 'palazzo', 'piazza', 'chiesa', 'duomo', 'basilica', 'basílica', 'via', 'rue', 'place', 'schloss', 'kirche', 'masjid', 'masjed', 'jami', 'meydan', 'maidan', 'midan', 'kibbutz']);
const openerBefore = /(\p{Lu}\p{Ll}+)(?:\s+(?:de la|de los|de las|del|de|di|della|delle|dei|do|da|dos|das|du|des)\s+|-e\s+|\s+)$/u;

/** The occurrence with the opener before it in its own language, read as one place ("Catedral de San X"). */
function openedInItsLanguage(occurrence: Occurrence, text: string): Occurrence {
	const kind = kindOf(occurrence.votes);
	if (kind === undefined) return occurrence;
	// The opener inside the name read as a body's or a person's ("Praça Velha"): the place (not "Via Rail", "Place Vendôme Holdings" …: only the openers no English name begins with).
	const first = occurrence.surface.split(' ')[0]!;
	if (kind !== 'place' && occurrence.surface.includes(' ') && openersInTheirLanguage.has(first.toLowerCase()) && !/^(?:Via|Place|Plaza|Rue|Parque|Museo)$/u.test(first)) {
		const {person, organization, place} = occurrence.votes;
		return {...occurrence, votes: {person: 0, organization: 0, place: Math.max(2, person, organization, place)}, rules: [...(occurrence.rules ?? []), 'place-opened-in-its-language']};
	}
	const before = openerBefore.exec(text.slice(Math.max(0, occurrence.start - 40), occurrence.start));
	if (!before || !openersInTheirLanguage.has(before[1]!.toLowerCase()) || occurrence.surface.split(' ').some(word => openersInTheirLanguage.has(word.toLowerCase()))) return occurrence;
	// Not a lone capitalised "Place" or "Via" of an English sentence ("Via Rail"): the opener starts the sentence's name, after no capital.
	if (/^(?:Place|Via|Plaza)$/u.test(before[1]!) && before[0]!.trim() === before[1]) return occurrence;
	const start = occurrence.start - before[0]!.length;
	const surface = text.slice(start, occurrence.end);
	const {person, organization, place} = occurrence.votes;
	return {...occurrence, surface, key: normaliseName(surface), tokenCount: surface.split(/\s+/u).length, start, votes: {person: 0, organization: 0, place: Math.max(2, person, organization, place)}, rules: [...(occurrence.rules ?? []), 'place-opened-in-its-language']};
}

/** Places named inside a venue's name that a reader names too ("Washington" in "… Washington National Airport"). */
const nestedPlaceRules = new Set(['place-opening-name', 'place-inside-name']);

/**
 * "Ronald Reagan Washington National Airport", "the Mehmet Aksoy Memorial Hall Station": a venue named after a
 * person is one place, where the tagger and the rules read it in pieces ("Ronald", "Reagan", "Washington
 * National Airport"). A run of capitalised words that ends in a venue's word (namesVenue), holding only places'
 * and people's readings that lie wholly inside it, read in two pieces or more or with words of no common use
 * left unread ("Chiang" before "Kai Shek Memorial Hall"), is the place; no verb or preposition is inside
 * ("Crowds Rally Outside Trump Tower" is a headline, not a venue), and a known place named inside stays named, and a place's possessive before the venue's name stays apart
 * ("Mecca's Grand Mosque").
 */
export function venuesReadInPieces(occurrences: Occurrence[], tokens: Token[], text: string): Occurrence[] {
	let read = occurrences;
	for (const run of capitalisedRuns(tokens, text)) {
		const end = run.start + run.surface.length;
		if (!namesVenue(run.surface)) continue;
		const inside = read.filter(other => other.start < end && run.start < other.end && !nestedPlaceRules.has(other.rules?.[0] ?? ''));
		if (inside.length === 0 || inside.some(other => other.start < run.start || other.end > end || (kindOf(other.votes) !== 'place' && kindOf(other.votes) !== 'person'))) continue;
		// "Mecca's Grand Mosque": a place's possessive says whose the venue is; the two stay apart.
		if (inside.some(other => other.start === run.start && other.end === end) || inside.some(other => other.end < end && /^['’]s\s/u.test(text.slice(other.end, other.end + 3)))) continue;
		const words = tokens.filter(token => token.start >= run.start && token.end <= end);
		if (words.some(token => hasTag(token, 'Verb', 'Preposition', 'Adverb', 'Pronoun', 'Determiner'))) continue;
		const unread = words.filter(token => !inside.some(other => other.start <= token.start && other.end >= token.end));
		if (inside.length < 2 && (unread.length === 0 || unread.some(token => isCommonWord(token.text)))) continue;
		const {surface, tokenCount, start} = run;
		const place = lookUpPlace(surface);
		read = [...read.filter(other => !inside.includes(other)), {surface, key: normaliseName(surface), tokenCount, start, end, votes: {person: 0, organization: 0, place: 4}, acronym: false, ...(place ? {detail: place.kind === 'Country' ? 'Country' : 'City'} : {}), rules: ['place-venue-read-in-pieces']}];
	}
	return read;
}
