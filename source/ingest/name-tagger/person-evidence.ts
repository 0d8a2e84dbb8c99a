import {ministryDomains, organizationHeads, personTitles, placeHeads, venueWordsNoSurname} from '../lexicon.js';
import {bare, isCommonWord, isOnlyCommonWord, possessive, startsClause} from '../name-words.js';
import {isFirstName} from '../first-names.js';
import {lookUpPlace} from '../../geo/gazetteer.js';
import {titleEnd} from '../entity-roles.js';
import {hasTag, type Token} from '../tokens.js';
import type {EntityKind} from '../entity-types.js';
import {eventHeads} from './named-events.js';
import {isWork} from './works-and-parties.js';

// Evidence in a span's own words that the tagger's "person" names something else. A person's name never
// ends in the head word of a place ("Lotfollah Mosque", "Tommy Solomon Statue"), of a body ("Pace
// Galleries"), of an award ("César Award", "Royal Gold Medal") or of a statue, except head words that are
// also common surnames ("Oliver North", "Shirley Temple", "Stuart Hall"), which say nothing. An award or a
// statue names no person, body or place of the story.

const thingHeads = new Set(['award', 'awards', 'prize', 'prizes', 'medal', 'medals', 'trophy', 'palm', 'oscar', 'oscars', 'statue']);
export const alsoSurnames = new Set([
	'west', 'east', 'north', 'south', 'park', 'hall', 'church', 'street', 'bay', 'lake', 'ocean', 'post', 'court', 'temple', 'castle', 'beach',
	'bridge', 'coast', 'guard', 'mission', 'union', 'office', 'board', 'times', 'field', 'forest', 'falls', 'port', 'delta', 'chair', 'king', 'fort',
	'mountain', 'river', 'valley', 'island', 'house', 'tower', 'mill', 'bank', 'banks', 'college', 'service', 'herald', 'guardian', 'fund', 'force',
]);

type Span = {start: number; end: number; kind: EntityKind};


/** The span's kind by its last word when the tagger read a person: undefined for an award or a statue (no entity). */
export function personHeadKind(span: Span, tokens: Token[]): Span | undefined {
	span = relatedAsPerson(addressedAsPerson(span, tokens), tokens);
	if (span.kind !== 'person') return span;
	const royalPlace = placeAfterRoyalty(span, tokens);
	if (royalPlace) return {...royalPlace, kind: 'place'};
	if (isCommonNoun(span, tokens) || isWork(span, tokens) || isTitleAlone(span, tokens) || isInitialAlone(span, tokens)) return undefined;
	// "with The Onion": a capitalised "The" inside a sentence belongs to a publication's or band's name, no person's.
	if (span.end - span.start >= 2 && tokens[span.start]!.text === 'The' && !startsClause(tokens, span.start)) return {...span, kind: 'organization'};
	if (isWorkplace(span, tokens)) return {...span, kind: 'organization'};
	// "on Channel Nine", "Radio Kestrel said": a broadcaster's word opening the name makes it the station, no person.
	if (span.end - span.start >= 2 && broadcasterOpeners.has(tokens[span.start]!.text)) return {...span, kind: 'organization'};
	if (isPlaceByItsNeighbours(span, tokens) || opensAsPlace(span, tokens) || isKnownPlaceWhole(span, tokens)) return {...span, kind: 'place'};
	// "Emperor Norton", "Tsar Peter": the title is the person's role, not part of the name (as the rules read it).
	const title = titleEnd(tokens, span.start, span.end);
	if (title >= span.start) span = {...span, start: title + 1};
	// "Navy SEAL Ty Woods", "NASA Gene Kranz": an initialism before a listed first name and a surname is the person's unit or
	// employer, no part of the name.
	const opening = tokens[span.start]!;
	if (span.end - span.start >= 3 && /^\p{Lu}{3,}$/u.test(opening.text) && !isFirstName(opening.text) && /^\s+$/u.test(opening.post) && isFirstName(tokens[span.start + 1]!.text)) span = {...span, start: span.start + 1};
	// "the César Award", "the Kennedy Center": the head right after the name is the name's own (not after a possessive:
	// "Dana Allen's Harbour Lights" is hers).
	const next = tokens[span.end];
	if (next && /^\p{Lu}/u.test(next.text) && /^\s+$/u.test(tokens[span.end - 1]!.post) && !possessive.test(tokens[span.end - 1]!.text) && headKind(bare(next.text)) !== 'person') span = {...span, end: span.end + 1};
	const head = bare(tokens[span.end - 1]!.text);
	// One word is a person's surname as often as a head ("Hall", "Church"), unless it is a head and no surname ("this Assembly"),
	// or an award's name modifying the noun after it ("her Oscar dress", "an Emmy nomination"; not "Oscar said").
	if (span.end - span.start < 2 && thingHeads.has(head) && next !== undefined && /^\p{Ll}/u.test(next.text) && hasTag(next, 'Noun') && !hasTag(next, 'Verb')) return undefined;
	if (span.end - span.start < 2 && (alsoSurnames.has(head) || isFirstName(tokens[span.start]!.text))) return span;
	const kind = headKind(head);
	return kind === 'thing' ? undefined : {...span, kind};
}

// Royal titles: a king or a queen is named by a given name ("Queen Maud"), never by a word for a place.
const royalTitles = new Set(['king', 'queen', 'prince', 'princess', 'duke', 'duchess', 'emperor', 'empress']);
// Words for places that name streets, parks and towns after royalty and are no place head elsewhere.
const streetAndTownHeads = new Set(['creek', 'hills', 'heights', 'gardens', 'springs', 'junction', 'lane', 'terrace', 'crescent', 'wharf', 'dock', 'point', 'parade', 'row']);

/**
 * "Queen Street", "King Park", "Prince Bay", "King Creek": a royal title and one word for a place name a place
 * after royalty, no royal called "Street" (a surname that is also such a word follows other titles: "President Park").
 * The whole place's [start, end) where the span is that word alone or with its title, else undefined.
 */
export function placeAfterRoyalty(span: {start: number; end: number}, tokens: Token[]): {start: number; end: number} | undefined {
	const royal = (at: number) => tokens[at] !== undefined && /^\p{Lu}/u.test(tokens[at]!.text) && royalTitles.has(bare(tokens[at]!.text)) && /^\s+$/u.test(tokens[at]!.post);
	const start = span.end - span.start === 2 && royal(span.start) ? span.start : span.end - span.start === 1 && royal(span.start - 1) ? span.start - 1 : -1;
	if (start < 0) return undefined;
	const head = bare(tokens[span.end - 1]!.text);
	return /^\p{Lu}/u.test(tokens[span.end - 1]!.text) && (placeHeads.has(head) || venueWordsNoSurname.has(head) || streetAndTownHeads.has(head)) ? {start, end: span.end} : undefined;
}

// Abbreviated titles that address a person and nothing else ("Mr. Arad", "Gov. Kasich", "Sen. Rubio").
const addressTitles = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sen', 'rep', 'gov', 'lt', 'gen', 'col', 'capt', 'sgt', 'adm', 'rev', 'prof', 'sir', 'dame', 'madam']);

/** A title of address written short: "Gov." with its full stop, or "Mr", "Dr" without one (British style). */
const isAbbreviatedAddress = (title: Token) => addressTitles.has(bare(title.text)) && (title.post.startsWith('.') || /^(?:Mr|Mrs|Ms|Dr)$/u.test(title.text));

/** "Mr. Arad", "Gov. Tenny": an abbreviated title of address right before the token at `start`. */
export function addressedByTitle(tokens: Token[], start: number): boolean {
	const title = tokens[start - 1];
	return title !== undefined && /^\p{Lu}/u.test(title.text) && /^\.?\s+$/u.test(title.post) && isAbbreviatedAddress(title);
}

// The offices an abbreviated title names, as the person's role ("Gov. Tenny" is a governor; "Mr." names no office).
const abbreviatedOffices: Record<string, string> = {sen: 'Senator', rep: 'Representative', gov: 'Governor', lt: 'Lieutenant', gen: 'General', col: 'Colonel', capt: 'Captain', sgt: 'Sergeant', adm: 'Admiral', rev: 'Reverend', prof: 'Professor'};

/** The office an abbreviated title before the token at `start` names: "Sen. Quill" → "Senator". */
export function officeOfAddress(tokens: Token[], start: number): string | undefined {
	return addressedByTitle(tokens, start) ? abbreviatedOffices[bare(tokens[start - 1]!.text).toLowerCase()] : undefined;
}

/**
 * "Mr. Trump was asked", "Gov. Kasich replied", "Senator Kasich said": a name a person's title addresses is a
 * person's, whatever kind the tagger guessed (it read "Mr. Trump" as a place where the surname opened "Trump
 * rallies" nearby). After an abbreviated title of address, up to three capitalised words; after an office
 * title written out ("Senator", "Governor"), one word of no common use ("General Motors", "Chief Justice" stay).
 * Not where the last word heads a place's or a body's name ("Dr. Ostrow Clinic").
 */
function addressedAsPerson(span: Span, tokens: Token[]): Span {
	if (span.kind === 'person') return span;
	const first = tokens[span.start]!;
	const before = tokens[span.start - 1];
	const isTitle = (token: Token | undefined) => token !== undefined && /^\p{Lu}/u.test(token.text) && (addressTitles.has(bare(token.text)) || personTitles.has(bare(token.text))) && /^\.?\s+$/u.test(token.post);
	const titleAt = isTitle(first) ? span.start : isTitle(before) ? span.start - 1 : -1;
	if (titleAt < 0) return span;
	const title = tokens[titleAt]!;
	const name = tokens.slice(titleAt + 1, span.end);
	if (name.length === 0 || name.length > 3 || name.some(token => !/^\p{Lu}\p{Ll}/u.test(token.text) || personTitles.has(bare(token.text)))) return span;
	if (name.slice(0, -1).some(token => !/^\s+$/u.test(token.post))) return span;
	const abbreviated = isAbbreviatedAddress(title);
	if (!abbreviated && (name.length !== 1 || isCommonWord(name[0]!.text) || ministryDomains.has(bare(title.text)))) return span;
	// A head that is also a surname counts as one only after a title of address ("Mr. Hall"; not "Chancellor Street").
	const head = bare(name.at(-1)!.text);
	if (headKind(head) !== 'person' || (!abbreviated && alsoSurnames.has(head))) return span;
	return {...span, kind: 'person'};
}

// Words for a person's relation to another person: "a close friend of X" says X is someone's friend, no employer.
const personalRelations = new Set([
	'friend', 'friends', 'wife', 'husband', 'widow', 'widower', 'son', 'daughter', 'brother', 'sister', 'cousin', 'father', 'mother', 'uncle', 'aunt',
	'nephew', 'niece', 'grandson', 'granddaughter', 'grandfather', 'grandmother', 'fiancé', 'fiancée', 'girlfriend', 'boyfriend', 'pupil', 'disciple',
	'protégé', 'contemporary', 'classmate', 'rival', 'biographer',
]);

/**
 * "a loyal friend of Anna Ferreira", "the widow of Tomas Berg": a name after a word for a relation
 * between people and "of" is a person's, whatever kind the tagger guessed ("friend of" reads like "spokesperson
 * for" to the rule of whom someone works for). Only two or three capitalised words opened by a listed first name,
 * whose last word heads no body's or place's name ("a friend of Ellen Hall" stays hers; not "the son of God").
 */
function relatedAsPerson(span: Span, tokens: Token[]): Span {
	if (span.kind === 'person' || span.end - span.start < 2 || span.end - span.start > 3) return span;
	const of = tokens[span.start - 1];
	const relation = tokens[span.start - 2];
	if (of?.text !== 'of' || !/^\s+$/u.test(of.post) || relation === undefined || !/^\s+$/u.test(relation.post) || !personalRelations.has(relation.text)) return span;
	const name = tokens.slice(span.start, span.end);
	if (!isFirstName(name[0]!.text) || name.some(token => !/^\p{Lu}\p{Ll}/u.test(token.text)) || name.slice(0, -1).some(token => !/^\s+$/u.test(token.post))) return span;
	return headKind(bare(name.at(-1)!.text)) === 'person' ? {...span, kind: 'person'} : span;
}

function headKind(head: string): EntityKind | 'thing' {
	if (alsoSurnames.has(head)) return 'person';
	if (thingHeads.has(head) || eventHeads.has(head)) return 'thing';
	if (placeHeads.has(head) || venueWordsNoSurname.has(head)) return 'place';
	if (organizationHeads.has(head)) return 'organization';
	return 'person';
}


// "this Assembly", "our Armies": a determiner or possessive before one word makes it a noun phrase, as "the" does.
const determiners = /^(?:the|this|that|these|those|our|their|its|his|her|your|my)$/iu;
/**
 * A capitalised common noun the tagger took for a person: one word the language knows only as a word after
 * "the" or another determiner ("Under the Act", "the Court ruled") or ending a longer run of capitals ("the Mental Health Act"; not after a title: "Coach Young"),
 * or such a word and a bare capital letter ("Plan B", "Vitamin C": no name ends in an initial).
 */
function isCommonNoun(span: Span, tokens: Token[]): boolean {
	const first = tokens[span.start]!;
	const before = tokens[span.start - 1];
	if (span.end - span.start === 1) return before !== undefined && (determiners.test(before.text) || (/^\p{Lu}/u.test(before.text) && /^\s+$/u.test(before.post) && !(personTitles.has(bare(before.text)) && !ministryDomains.has(bare(before.text))))) && isOnlyCommonWord(first.text);
	return span.end - span.start === 2 && /^\p{Lu}$/u.test(tokens[span.end - 1]!.text) && isOnlyCommonWord(first.text);
}

const broadcasterOpeners = new Set(['Channel', 'Radio', 'TV', 'Television']);

/**
 * "an analyst at D.A. Davidson", "a professor at Johns Hopkins": the name after a lower-case role word and
 * "at" is where someone works, a body, even where its words are a person's name ("for" is not enough: "a
 * lawyer for Ana Reyes" names a client).
 */
function isWorkplace(span: Span, tokens: Token[]): boolean {
	const at = tokens[span.start - 1];
	const role = tokens[span.start - 2];
	return at?.text === 'at' && role !== undefined && /^\s+$/u.test(role.post) && /^\p{Ll}/u.test(role.text) && (personTitles.has(bare(role.text)) || hasTag(role, 'Actor'));
}


/** "S. F., Cal.": one capital letter alone is an initial or an abbreviation, no one's name. */
function isInitialAlone(span: Span, tokens: Token[]): boolean {
	return span.end - span.start === 1 && /^\p{Lu}\.?$/u.test(tokens[span.start]!.text);
}

/** "Mr. Chief Justice", "Madam Speaker": titles alone address someone without naming them. */
function isTitleAlone(span: Span, tokens: Token[]): boolean {
	return tokens.slice(span.start, span.end).every(token => personTitles.has(bare(token.text)) || addressTitles.has(bare(token.text)));
}

/**
 * One capitalised word read as a person by its neighbours' shape is a place: a place's name after a capitalised
 * word that is no name and "of" ("the Siege of Savannah", "the Earl of Derby"; after a name it is the person's epithet,
 * "Hilary of Poitiers", and after a lower-case noun a person as often, "the wife of Smith"), or after a known
 * place and a comma ("born in Exeter, Devon.").
 */
// Titles of nobility are held "of" a place, though some are also first names ("Earl", "Duke").
const nobleTitles = new Set(['earl', 'duke', 'duchess', 'count', 'countess', 'baron', 'baroness', 'marquess', 'marquis', 'viscount']);
function isPlaceByItsNeighbours(span: Span, tokens: Token[]): boolean {
	if (span.end - span.start !== 1) return false;
	const before = tokens[span.start - 1];
	const twoBefore = tokens[span.start - 2];
	if (!before || !twoBefore || !/^\s+$/u.test(before.post)) return /^,\s+$/u.test(before?.post ?? '') && hasTag(before!, 'City', 'Country', 'Place') && /^[.,;]?\s*$/u.test(tokens[span.start]!.post);
	const name = tokens[span.start]!.text;
	return before.text === 'of' && /^\s+$/u.test(twoBefore.post) && /^\p{Lu}\p{Ll}/u.test(twoBefore.text) && (nobleTitles.has(bare(twoBefore.text)) || (!isFirstName(twoBefore.text) && !hasTag(twoBefore, 'Person', 'FirstName', 'LastName') && !personTitles.has(bare(twoBefore.text)))) && lookUpPlace(name) !== undefined;
}

// Lower-case words that name a disease by what it is called after ("Kauri dieback", "Myrtle rust", "Zika virus",
// "Lyme disease"): the name before them is part of the disease's name, no person, body or place of the story.
// Not "outbreak", "pandemic" or "epidemic": those follow where a disease struck ("the Wuhan outbreak").
const diseaseHeads = new Set(['dieback', 'rust', 'blight', 'virus', 'disease', 'syndrome', 'fever', 'flu', 'wilt', 'rot', 'mildew', 'pox', 'palsy', 'scab', 'canker']);

/** A name of any kind the tagger read right before a disease's lower-case head word is the disease's name. */
export function namesADisease(span: {start: number; end: number}, tokens: Token[]): boolean {
	const next = tokens[span.end];
	return next !== undefined && /^\s+$/u.test(tokens[span.end - 1]!.post) && diseaseHeads.has(next.text);
}

// Words that open a place's name and no person's ("Port Hutt", "Mount Cook", "Lake Tekapo", "Masjid Al-Haram", "Masjed-e Jāmé"),
// streets and squares named in their own language included ("Paseo de la Reforma", "Piazza Navona", "Meydan-e Emam").
const placeOpeners = new Set([
	'port', 'mount', 'mt', 'lake', 'fort', 'cape', 'puerto', 'porto', 'monte', 'lago', 'isla', 'ilha', 'wadi', 'jebel', 'jabal', 'masjid', 'masjed',
	'paseo', 'calle', 'avenida', 'plaza', 'praça', 'piazza', 'rue', 'meydan', 'maidan', 'midan',
]);

/** A name of two or more words opened by a word that opens places' names is a place. */
function opensAsPlace(span: Span, tokens: Token[]): boolean {
	return span.end - span.start >= 2 && placeOpeners.has(bare(tokens[span.start]!.text)) && /^(?:\s+|-)$/u.test(tokens[span.start]!.post);
}

/**
 * Two or more words the gazetteer knows whole as a place are that place, though the first is a first name ("West
 * Hollywood"); not a saint, after whom towns are named ("Saint Jerome").
 */
function isKnownPlaceWhole(span: Span, tokens: Token[]): boolean {
	if (span.end - span.start < 2 || /^(?:saint|st)$/u.test(bare(tokens[span.start]!.text)) || tokens.slice(span.start, span.end - 1).some(token => !/^\s+$/u.test(token.post))) return false;
	return lookUpPlace(tokens.slice(span.start, span.end).map(token => token.text).join(' ')) !== undefined;
}

const relatives = new Set(['cousin', 'brother', 'sister', 'wife', 'husband', 'son', 'daughter', 'father', 'mother', 'uncle', 'aunt', 'nephew', 'niece', 'grandson', 'granddaughter', 'grandfather', 'grandmother', 'partner', 'twin']);

/**
 * "Hone Parata and his cousin Mere Parata": two capitalised words before "and his/her RELATIVE" and a name
 * ending with the same surname are a person of that family, wherever the sentence starts.
 */
export function namedWithRelative(tokens: Token[]): Array<{start: number; end: number}> {
	const found: Array<{start: number; end: number}> = [];
	// A title is no given name ("Mrs Clinton and her husband Bill Clinton" names her already).
	const capital = (at: number) => /^\p{Lu}\p{Ll}+$/u.test(tokens[at]?.text ?? '') && !personTitles.has(bare(tokens[at]!.text));
	for (let at = 0; at + 6 < tokens.length; at++) {
		if (!capital(at) || !capital(at + 1) || tokens[at + 2]!.text !== 'and' || !/^(?:his|her|their)$/u.test(tokens[at + 3]!.text) || !relatives.has(tokens[at + 4]!.text)) continue;
		// Both are the family's: the relative's given name may be a word of the language ("Mere", "Hope").
		if (capital(at + 5) && tokens[at + 6]!.text === tokens[at + 1]!.text) found.push({start: at, end: at + 2}, {start: at + 5, end: at + 7});
	}
	return found;
}
