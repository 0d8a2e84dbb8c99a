import {lookUpPlace} from '../../geo/gazetteer.js';
import {regionsNamed} from '../../geo/regions.js';
import {kindOf} from '../entity-groups.js';
import type {EntityKind, NameOccurrence, Votes} from '../entity-types.js';
import {bare, isCommonWord} from '../name-words.js';
import {normaliseName} from '../tokens.js';

// Reading-time corrections of the names the tagger and the rules read in one sentence, each a general
// pattern of how places and bodies are named, applied after tagging so that the tagger's weights stay
// those its training command reproduces:
// - a place that opens a longer name is named by it too ("the Berlin Film Festival", "Manila Bay");
// - a building one visits is a place whatever the tagger says ("Great Lakes Science Center");
// - a body named after its seat speaks for it ("the White House said", "the House of Representatives");
// - a name with no capital is no name (a lone "of" left between two names).

type Occurrence = Omit<NameOccurrence, 'article' | 'paragraph'>;

/** The whole evidence of an occurrence given to one kind: a correction moves the votes, it does not add to them. */
function asKind(occurrence: Occurrence, kind: EntityKind, rule: string): Occurrence {
	const {person, organization, place, acronym} = occurrence.votes;
	const weight = Math.max(2, person, organization + (acronym ?? 0), place);
	const votes: Votes = {person: 0, organization: 0, place: 0, [kind]: weight};
	const detail = kind === 'place' ? (occurrence.detail === 'Country' || occurrence.detail === 'City' ? occurrence.detail : undefined) : occurrence.detail === 'Country' || occurrence.detail === 'City' ? undefined : occurrence.detail;
	const {detail: _dropped, role: _role, ...rest} = occurrence;
	return {...rest, votes, ...(detail ? {detail} : {}), ...(kind === 'person' && occurrence.role ? {role: occurrence.role} : {}), rules: [...(occurrence.rules ?? []), rule]};
}

/**
 * Last words of buildings and grounds one visits, which are places (as GUM's annotators read them) even
 * where a body runs them: "Science Center", "Sky Harbor International Airport", "Henga Scenic Reserve".
 */
const venueHeads = new Set(['airport', 'stadium', 'arena', 'hotel', 'station', 'cemetery', 'bridge', 'mosque', 'cathedral', 'temple', 'palace', 'castle', 'terminal', 'square', 'plaza', 'boulevard']);
/** "Center"/"Centre" is a venue unless it names a body of research or advice ("Pew Research Center", "Centre for Policy Studies"). */
const centres = new Set(['center', 'centre']);
const bodyCentreWords = new Set(['research', 'policy', 'studies', 'study', 'resource', 'resources', 'data', 'information', 'advocacy', 'law', 'justice', 'rights', 'health', 'control', 'prevention', 'excellence', 'innovation', 'development', 'analysis']);
/** A reserve of land (not a central bank: "Federal Reserve"). */
const landReserveWords = new Set(['scenic', 'nature', 'natural', 'game', 'wildlife', 'marine', 'forest', 'national', 'historic', 'biosphere', 'reserve']);

/** Whether a name's words say it is a building or ground one visits. */
export function namesVenue(surface: string): boolean {
	const words = surface.split(/\s+/u).map(word => bare(word).toLowerCase());
	if (words.length < 2) return false;
	const last = words.at(-1)!;
	const before = words.at(-2)!;
	if (venueHeads.has(last)) return true;
	if (centres.has(last)) return !words.some(word => bodyCentreWords.has(word)) && !words.includes('for') && !words.includes('on');
	if (last === 'reserve') return landReserveWords.has(before);
	return false;
}

/**
 * Bodies named after the building or chamber they sit in, which act and speak as the body: the seat of a
 * government ("the White House said", "the Kremlin") and the chambers of a legislature.
 */
const seatsOfBodies = /^(?:white house|blue house|kremlin|pentagon|elysee|élysée|elysee palace|élysée palace|house of (?:representatives|commons|lords|councillors|delegates)|senate|national assembly|state duma|general assembly)$/u;

/** Whether the name is a body that a building or chamber names. */
export const namesSeatOfBody = (surface: string) => seatsOfBodies.test(surface.toLowerCase().replace(/^the\s+/u, ''));

/** A known country, a city of 100,000 people or more, or a state of a federation, named exactly so. */
function isWellKnownPlace(name: string): boolean {
	if (isCommonWord(name)) return false;
	const place = lookUpPlace(name);
	if (place?.kind === 'Country' || (place?.kind === 'City' && place.population >= 100_000)) return true;
	return regionsNamed(name).some(region => region.kind === 'State' && normaliseName(region.names[0]!) === normaliseName(name));
}

/** A word after a place's name that only says what kind of place it is: "Chatham Islands", "Washington D.C.", "Amur Oblast". */
const kindOfPlaceWords = /^(?:City|Island|Islands|Isles|State|Province|Region|County|District|Oblast|Krai|Prefecture|Governorate|Territory|Municipality|Republic|D\.C\.?|DC)$/u;

/** Words that open a name without being part of a place it starts with ("Greater Phoenix", "New Wave"). */
const notPlaceOpeners = /^(?:Greater|Metro|Old|Great|Upper|Lower|Inner|Outer|Central)$/u;
/** A publication's name gives where it is published, not a place of the story ("the Washington Post reported"). */
const publicationHeads = /^(?:Times|Post|Herald|Tribune|Journal|Gazette|Daily|Telegraph|Chronicle|Observer|Star|Sun|Mirror|Express|Standard|Independent|Globe|Examiner|Inquirer|Bulletin|Courier|Register|Record|Review|Today|Ilbo|Shimbun)$/u;

/**
 * "the 33rd Berlin International Film Festival", "Manila Bay", "Guangzhou Opera House": a city, country,
 * state or province opening a longer name (not a person's) is named there too, as a reader takes it. Not
 * when the whole is itself a place the gazetteer knows ("Mexico City", "New York City"), nor for a
 * person's name ("Paris Hilton", "Jordan Peterson").
 */
export function placeOpeningName(occurrence: Occurrence): Occurrence | undefined {
	if (kindOf(occurrence.votes) === 'person' || kindOf(occurrence.votes) === undefined) return undefined;
	const words = occurrence.surface.split(' ');
	if (words.length < 2 || notPlaceOpeners.test(words[0]!) || publicationHeads.test(words.at(-1)!) || lookUpPlace(occurrence.surface)) return undefined;
	for (let length = Math.min(3, words.length - 1); length >= 1; length--) {
		const prefix = words.slice(0, length);
		const next = words[length]!;
		// A possessive ends the place ("Tokyo's"), and the name must go on in capitals ("Berlin Film", not "Berlin-based").
		if (prefix.some(word => /['’]/u.test(word)) || !/^[\p{Lu}\p{N}]/u.test(next) || kindOfPlaceWords.test(next)) continue;
		const surface = prefix.join(' ');
		if (!prefix.every(word => /^\p{Lu}[\p{L}.-]*$/u.test(word)) || !isWellKnownPlace(surface)) continue;
		const place = lookUpPlace(surface);
		return {
			surface,
			key: normaliseName(surface),
			tokenCount: length,
			start: occurrence.start,
			end: occurrence.start + surface.length,
			votes: {person: 0, organization: 0, place: 2},
			acronym: false,
			...(place ? {detail: place.kind === 'Country' ? 'Country' : 'City'} : {}),
			rules: ['place-opening-name'],
		};
	}
	return undefined;
}

/** The sentence's occurrences with the corrections above. */
export function overrideKinds(occurrences: Occurrence[]): Occurrence[] {
	const corrected: Occurrence[] = [];
	for (const occurrence of occurrences) {
		if (!/[\p{Lu}\p{N}]/u.test(occurrence.surface)) continue;
		const kind = kindOf(occurrence.votes);
		let read = occurrence;
		if (kind !== 'place' && kind !== 'person' && namesVenue(occurrence.surface)) read = asKind(occurrence, 'place', 'place-venue-head');
		else if (kind !== 'organization' && namesSeatOfBody(occurrence.surface)) read = asKind(occurrence, 'organization', 'organization-named-by-seat');
		corrected.push(read);
		const opened = placeOpeningName(read);
		if (opened && !occurrences.some(other => other.start === opened.start && other.end === opened.end)) corrected.push(opened);
	}
	return corrected;
}
