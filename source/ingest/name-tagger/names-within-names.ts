import {lookUpPlace} from '../../geo/gazetteer.js';
import {namesFirstLevelDivision} from '../../geo/regions.js';
import {kindOf} from '../entity-groups.js';
import type {EntityKind, NameOccurrence} from '../entity-types.js';
import {isAcronym, isCommonWord, opensVesselName} from '../name-words.js';
import {hasTag, normaliseName, type Token} from '../tokens.js';
import {commonInitialisms} from '../common-initialisms.js';

// Names read inside or beside the names of a sentence (kind-overrides.ts applies them): a place or an
// initialism opening a longer name ("the Berlin Film Festival", "NASA Glenn Research Center"), a team named
// after its city ("the Cleveland Browns"), a road by its number ("the M1 northbound").

type Occurrence = Omit<NameOccurrence, 'article' | 'paragraph'>;

/** A known country, a city of 100,000 people or more, or a state or province (above), named exactly so. */
export function isWellKnownPlace(name: string): boolean {
	if (isCommonWord(name)) return false;
	const place = lookUpPlace(name);
	if (place?.kind === 'Country' || (place?.kind === 'City' && place.population >= 100_000)) return true;
	return namesFirstLevelDivision(name);
}

/** A word after a place's name that only says what kind of place it is: "Chatham Islands", "Washington D.C.", "Amur Oblast". */
const kindOfPlaceWords = /^(?:City|Island|Islands|Isles|Strip|State|Province|Region|County|District|Oblast|Krai|Prefecture|Governorate|Territory|Municipality|Republic|D\.C\.?|DC)$/u;

/** Words that open a name without being part of a place it starts with ("Greater Phoenix", "New Wave"). */
const notPlaceOpeners = /^(?:Greater|Metro|Old|Great|Upper|Lower|Inner|Outer|Central)$/u;
/** A publication's name gives where it is published, not a place of the story ("the Washington Post reported"). */
const publicationHeads = /^(?:Times|Post|Herald|Tribune|Journal|Gazette|Daily|Telegraph|Chronicle|Observer|Star|Sun|Mirror|Express|Standard|Independent|Globe|Examiner|Inquirer|Bulletin|Courier|Register|Record|Review|Today|Ilbo|Shimbun)$/u;

/**
 * "the 33rd Berlin International Film Festival", "Manila Bay", "Guangzhou Opera House": a city, country,
 * state or province opening a longer name (not a person's) is named there too, as a reader takes it. Not
 * when the whole is itself a place the gazetteer knows ("Mexico City", "New York City"), nor for a
 * person's name ("Paris Hilton", "Jordan Peterson"). A festival or summit names its town, however small
 * ("the Avignon Festival"). So is an initialism opening a longer name: the body
 * ("NASA Glenn Research Center", "the UNESCO World Heritage Site", "BBC Radio"), or the country ("US Army").
 */
export function nameOpeningName(occurrence: Occurrence): Occurrence | undefined {
	if (kindOf(occurrence.votes) === 'person' || kindOf(occurrence.votes) === undefined) return undefined;
	const words = occurrence.surface.split(' ');
	if (words.length < 2 || notPlaceOpeners.test(words[0]!) || publicationHeads.test(words.at(-1)!) || lookUpPlace(occurrence.surface)) return undefined;
	const opened = (length: number, kind: EntityKind, rule: string, acronym: boolean): Occurrence => {
		const surface = words.slice(0, length).join(' ');
		const place = kind === 'place' ? lookUpPlace(surface) : undefined;
		return {
			surface,
			key: normaliseName(surface),
			tokenCount: length,
			start: occurrence.start,
			end: occurrence.start + surface.length,
			votes: {person: 0, organization: 0, place: 0, [kind]: 2},
			acronym,
			...(place ? {detail: place.kind === 'Country' ? 'Country' : 'City'} : {}),
			rules: [rule],
		};
	};
	const first = words[0]!;
	if (isAcronym(first) && /^\p{Lu}/u.test(words[1]!) && !isAcronym(words[1]!)) {
		// A country's initialism opening a body's name says whose the body is ("the U.S. Consumer Product Safety Commission").
		return lookUpPlace(first) ? undefined : opened(1, 'organization', 'organization-initialism-opening-name', true);
	}
	for (let length = Math.min(3, words.length - 1); length >= 1; length--) {
		const prefix = words.slice(0, length);
		const next = words[length]!;
		// A possessive ends the place ("Tokyo's"), and the name must go on in capitals ("Berlin Film", not "Berlin-based").
		if (prefix.some(word => /['’]/u.test(word)) || !/^[\p{Lu}\p{N}]/u.test(next) || kindOfPlaceWords.test(next)) continue;
		const surface = prefix.join(' ');
		if (!prefix.every(word => /^\p{Lu}[\p{L}.-]*$/u.test(word)) || !(isWellKnownPlace(surface) || (namesGathering(words) && isTownOfGathering(surface)))) continue;
		return opened(length, 'place', 'place-opening-name', false);
	}
	return undefined;
}

/** Words of a gathering held in a town and named after it: "the Avignon Festival", "Cannes Film Festival Award". */
const gatheringWords = new Set(['festival', 'summit', 'carnival', 'biennale', 'biennial', 'marathon', 'regatta', 'expo']);
const namesGathering = (words: string[]) => words.slice(1).some(word => gatheringWords.has(word.toLowerCase()));
/** A festival's town may be small ("Avignon", "Cannes"): any city of the gazetteer (15,000 people or more) that is no common word. */
const isTownOfGathering = (surface: string) => !isCommonWord(surface) && lookUpPlace(surface)?.kind === 'City';

/** Plurals that end places' names, not teams': "Chatham Islands", "Niagara Falls", "Golan Heights". */
const placePlurals = new Set(['islands', 'isles', 'heights', 'falls', 'springs', 'hills', 'lakes', 'rivers', 'states', 'mountains', 'gardens', 'fields', 'woods', 'sands', 'keys', 'banks', 'highlands', 'lowlands', 'plains', 'downs', 'territories', 'emirates', 'nations', 'docks', 'flats', 'meadows', 'narrows', 'rapids', 'glades', 'cliffs', 'caves', 'towers', 'rocks', 'lands', 'games', 'awards', 'olympics', 'times', 'news', 'series', 'goals', 'guidelines']);

/** Whether a capitalised plural ends places' names rather than teams' ("Chatham Islands", "Niagara Falls"). */
export const isKnownPlacePlural = (word: string) => placePlurals.has(word.toLowerCase());

/**
 * "the Cleveland Browns", "Phoenix Suns", "Toronto Maple Leafs": a city or state followed by a plural in
 * capitals is a team, a body (its city is named there too, by nameOpeningName).
 */
export function namesTeam(surface: string): boolean {
	const words = surface.split(/\s+/u);
	const last = words.at(-1)!;
	if (words.length < 2 || words.length > 4 || !/^\p{Lu}\p{Ll}+s$/u.test(last) || /(?:ss|us|is)$/u.test(last) || placePlurals.has(last.toLowerCase())) return false;
	for (let length = 1; length <= Math.min(2, words.length - 1); length++) {
		const rest = words.slice(length);
		if (rest.length <= 2 && rest.every(word => /^\p{Lu}\p{Ll}+$/u.test(word)) && isWellKnownPlace(words.slice(0, length).join(' '))) return true;
	}
	return false;
}

// A road's number: "the M1 northbound", "the A64", "I-95", "Route 66", "Highway 1" (not a paper size: "an A4 sheet").
const roadNumber = /^(?:[AMB]\d{1,4}M?|I-\d{1,3})$/u;
const roadWords = /\b(?:motorway|road|roads|junction|northbound|southbound|eastbound|westbound|exit|route|highway|interstate|bypass|carriageway|traffic|drive|driving|lane|lanes|connections?|links?)\b/iu;
const roadNames = /^(?:Route|Highway|Interstate|Motorway|Autobahn|Autoroute)$/u;

/** The roads a sentence names by their numbers, which are places one travels (as GUM's annotators mark them). */
export function roadsNamed(tokens: Token[], sentenceText: string): Occurrence[] {
	const found: Occurrence[] = [];
	tokens.forEach((token, index) => {
		const previous = tokens[index - 1];
		const next = tokens[index + 1];
		let first = token;
		let last = token;
		// Also a road's number in brackets after its name ("the Outer Ring Road (A1237)").
		const afterRoadsName = /^(?:Road|Motorway|Bypass|Highway|Way)$/u.test(previous?.text ?? '') && (/\($/u.test(previous?.post ?? '') || token.pre === '(');
		if (roadNumber.test(token.text) && roadWords.test(sentenceText) && (previous?.text.toLowerCase() === 'the' || afterRoadsName || /^(?:via|along|onto|take|join|off)$/iu.test(previous?.text ?? '') || /bound$/u.test(next?.text ?? ''))) first = last = token;
		else if (roadNames.test(token.text) && next && /^\d{1,4}$/u.test(next.text) && /^\s+$/u.test(token.post)) last = next;
		else return;
		const surface = `${first.text}${first === last ? '' : ` ${last.text}`}`;
		found.push({surface, key: normaliseName(surface), tokenCount: first === last ? 1 : 2, start: first.start, end: last.end, votes: {person: 0, organization: 0, place: 2}, acronym: false, rules: ['place-road-number']});
	});
	return found;
}


const romanNumeral = /^[IVXLC]+$/u;

/**
 * "The KVTU said …", "the KVTU's offer", "KVTU leaders met": an initialism the text uses more than once,
 * standing as a name here (after "the" and not before a noun it modifies, before a verb, or owning
 * something), is a body's name, where neither the tagger nor the rules read it. Not a common noun's
 * initialism, a roman numeral, nor a country's ("the US said" is the country, read elsewhere).
 */
export function initialismsAsNames(tokens: Token[], counts: Map<string, number> | undefined, read: Occurrence[]): Occurrence[] {
	if (!counts) return [];
	const found: Occurrence[] = [];
	tokens.forEach((token, index) => {
		const word = token.text.replace(/[’']s$/u, '');
		if (!/^\p{Lu}{2,6}$/u.test(word) || !isAcronym(word) || romanNumeral.test(word) || commonInitialisms.has(word.toLowerCase()) || (counts.get(word.toLowerCase()) ?? 0) < 2) return;
		if (read.some(other => other.start < token.end && token.start < other.end) || lookUpPlace(word) || opensVesselName(tokens, index)) return;
		const previous = tokens[index - 1];
		const next = tokens[index + 1];
		const spaced = /^\s+$/u.test(token.post);
		const owns = word !== token.text || /^[’']s?\s/u.test(token.post);
		const beforeVerb = next !== undefined && spaced && /^\p{Ll}/u.test(next.text) && hasTag(next, 'Verb') && !hasTag(next, 'Gerund', 'Noun');
		const modifiesNoun = next !== undefined && spaced && /^\p{Ll}/u.test(next.text) && hasTag(next, 'Noun') && !hasTag(next, 'Verb');
		const afterThe = previous?.text.toLowerCase() === 'the' && !modifiesNoun;
		if (!owns && !beforeVerb && !afterThe) return;
		const start = token.start;
		found.push({surface: word, key: normaliseName(word), tokenCount: 1, start, end: start + word.length, votes: {person: 0, organization: 2, place: 0}, acronym: true, rules: ['organization-initialism-used-as-name']});
	});
	return found;
}

/** Runs of two capitalised words or more joined by single spaces, from a sentence's second word: where a name may stand unread. */
export function capitalisedRuns(tokens: Token[], text: string): Array<{start: number; surface: string; tokenCount: number}> {
	const runs: Array<{start: number; surface: string; tokenCount: number}> = [];
	let index = 1;
	while (index < tokens.length) {
		let end = index;
		while (end < tokens.length && /^\p{Lu}/u.test(tokens[end]!.text) && (end === index || /^ $/u.test(tokens[end - 1]!.post))) end++;
		if (end - index >= 2) runs.push({start: tokens[index]!.start, surface: text.slice(tokens[index]!.start, tokens[end - 1]!.end), tokenCount: end - index});
		index = Math.max(end, index + 1);
	}
	return runs;
}

/**
 * "at the 33rd Berlin International Film Festival", "the Guangzhou Opera House": a place opening a run of
 * capitalised words that neither the tagger nor the rules read as a name (an event, a work's name) is
 * named there all the same.
 */
export function placesOpeningRuns(tokens: Token[], text: string, read: Occurrence[]): Occurrence[] {
	const found: Occurrence[] = [];
	for (const {start, surface, tokenCount} of capitalisedRuns(tokens, text)) {
		const opened = nameOpeningName({surface, key: normaliseName(surface), tokenCount, start, end: start + surface.length, votes: {person: 0, organization: 2, place: 0}, acronym: false});
		if (opened && kindOf(opened.votes) === 'place' && !read.some(other => other.start < opened.end && opened.start < other.end)) found.push({...opened, rules: ['place-opening-run']});
	}
	return found;
}

/** Plural nouns for groups of people whose possessive opens bodies' names: "the Women's Tennis Association", "the Korean People's Army". */
const groupsOfPeople = new Set(['people', 'women', 'men', 'children', 'workers', 'citizens', 'veterans', 'farmers', 'teachers', 'writers', 'nurses', 'students', 'miners', 'soldiers', 'sailors', 'peasants', 'fishermen', 'mothers', 'girls', 'boys', 'ladies', 'seamen', 'pilots', 'doctors', 'lawyers', 'journalists', 'artists', 'taxpayers', 'consumers', 'employers']);

/**
 * "the Women's Tennis Association", "the Children's Hospital of Varnholm": a group of people's possessive
 * opens the name of the body right after it, one name, where the possessive had cut it in two
 * ("Women" and "Tennis Association"). The name before the group's word goes with it ("Korean People's Army").
 */
export function namesOpenedByGroupPossessive(occurrences: Occurrence[], text: string): Occurrence[] {
	const sorted = occurrences.toSorted((a, b) => a.start - b.start);
	const consumed = new Set<Occurrence>();
	const joined: Occurrence[] = [];
	for (const [index, group] of sorted.entries()) {
		if (consumed.has(group)) continue;
		const lastWord = group.surface.split(/\s+/u).at(-1)!;
		const possessive = /^(?:['’]s|['’])\s+/u.exec(text.slice(group.end));
		// The longest name starting right after the possessive (a place opening a longer name starts with it).
		const next = sorted.slice(index + 1).filter(other => possessive && other.start === group.end + possessive[0].length).toSorted((a, b) => b.end - a.end)[0];
		const nextKind = next && kindOf(next.votes);
		// Only a body's name: a place after it keeps its own reading ("the People's Republic of China" is the gazetteer's).
		if (!possessive || !groupsOfPeople.has(lastWord.toLowerCase()) || !next || nextKind !== 'organization') {
			joined.push(group);
			continue;
		}
		const surface = text.slice(group.start, next.end);
		joined.push({...next, surface, key: normaliseName(surface), tokenCount: group.tokenCount + next.tokenCount, start: group.start, rules: [...(next.rules ?? []), 'name-opened-by-group-possessive']});
		// The name after is this one now; a place named inside it stays named ("Varnholm").
		consumed.add(next);
	}
	return joined;
}
