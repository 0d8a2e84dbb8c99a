import {lookUpPlace} from '../../geo/gazetteer.js';
import {namesStateOrProvince, regionsNamed} from '../../geo/regions.js';
import type {NameOccurrence} from '../entity-types.js';
import {organizationHeads} from '../lexicon.js';
import {bare, isCommonWord} from '../name-words.js';
import {hasTag, normaliseName, type Token} from '../tokens.js';
import {isWellKnownPlace} from './names-within-names.js';
import {isWorkTitle} from './works-and-parties.js';

// Capitalised words that name no place and no body of the story, though a place's name is in them or a
// body's reading fits them (kind-overrides.ts applies them): the people of a place ("New Zealanders"), a
// thing named after where it comes from ("Epsom salts"), a product ("Rice Krispies Treats"); and a
// building named after its owner's possessive ("Fisherman's Terminal"), which is one place.

type Occurrence = Omit<NameOccurrence, 'article' | 'paragraph'>;

/** Endings of the plural of an inhabitant's word, and what the place's name may end in instead. */
const inhabitantEndings = [/ers$/u, /ians$/u, /ans$/u, /ns$/u, /ites$/u];
const placeEndings = ['', 'a', 'o', 's', 'e'];

/**
 * "some New Zealanders", "Londoners", "Texans", "Canadians": the people of a place, a group named by a
 * plural, which is neither the place nor a body (GUM's annotators leave such groups out too). Only for a
 * country, a city of 100,000 or more or a first-level division, so that a team ("Rangers") keeps its name.
 */
export function namesInhabitants(surface: string): boolean {
	const last = surface.split(/\s+/u).at(-1)!;
	if (!/^\p{Lu}\p{Ll}{3,}s$/u.test(last)) return false;
	return inhabitantEndings.some(ending => {
		if (!ending.test(surface)) return false;
		const stem = surface.replace(ending, '');
		return stem.length >= 3 && placeEndings.some(end => isWellKnownPlace(stem + end) || regionsNamed(stem + end).some(region => normaliseName(region.names[0]!) === normaliseName(stem + end)));
	});
}

/** Lower-case words for things named after the place they come from: "Epsom salts", "Dijon mustard", "Parma ham". */
const thingsNamedAfterPlaces = new Set(['salt', 'salts', 'sprouts', 'mustard', 'cheese', 'ham', 'sauce', 'sausage', 'sausages', 'terrier', 'terriers', 'spaniel', 'spaniels', 'lettuce', 'bun', 'buns']);

/** Whether a place's name only says what kind of thing the word after it is ("Epsom salts"). */
export function namesThingAfterPlace(occurrence: Occurrence, tokens: Token[]): boolean {
	const index = tokens.findIndex(token => token.end === occurrence.end);
	const next = tokens[index + 1];
	return index >= 0 && next !== undefined && /^\s+$/u.test(tokens[index]!.post) && thingsNamedAfterPlaces.has(next.text);
}

/** Lower-case words for craft and vehicles, which a model's or type's name goes before ("a Progress cargo ship"). */
const vehicleNouns = new Set(['ship', 'ships', 'spaceship', 'spacecraft', 'craft', 'rocket', 'rockets', 'capsule', 'freighter', 'aircraft', 'jet', 'jets', 'jetliner', 'plane', 'planes', 'airliner', 'helicopter', 'helicopters', 'submarine', 'satellite', 'probe', 'lander', 'rover', 'launcher', 'booster', 'vessel', 'tanker', 'truck', 'car', 'cars', 'locomotive', 'drone', 'drones', 'missile', 'missiles', 'module']);
/** A model's designation after its name: "MS-04", "737", "A320". */
const designation = /^[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*$/u;

/**
 * "The Progress MS-04 cargo craft", "a Progress cargo ship", "a Soyuz rocket": a name right before
 * a craft's or vehicle's noun (after a designation and a lower-case word or two) is its model or type, a
 * kind of thing, not a body or place of the story. Not a body's name that owns the craft ("a Navy ship",
 * "an Air Force jet": a body's head word inside), nor a place the gazetteer knows, which says where the
 * craft is from or was lost ("a Kodiak fishing vessel", "the Lockerbie plane").
 */
export function namesModel(occurrence: Occurrence, tokens: Token[]): boolean {
	const words = occurrence.surface.split(/\s+/u).map(word => bare(word).toLowerCase());
	if (words.some(word => organizationHeads.has(word)) || isWellKnownPlace(occurrence.surface) || lookUpPlace(occurrence.surface)) return false;
	let index = tokens.findIndex(token => token.end === occurrence.end) + 1;
	if (index === 0) return false;
	// The designation may come as parts joined by hyphens ("MS", "04").
	while (index < tokens.length && designation.test(tokens[index]!.text) && (/\d/u.test(tokens[index]!.text) || tokens[index]!.post === '-') && /^[\s-]*$/u.test(tokens[index - 1]!.post)) index++;
	for (let modifiers = 0; modifiers <= 2 && index < tokens.length; modifiers++, index++) {
		const token = tokens[index]!;
		if (!/^\s+$/u.test(tokens[index - 1]!.post) || !/^\p{Ll}+$/u.test(token.text)) return false;
		if (vehicleNouns.has(token.text)) return true;
		if (!hasTag(token, 'Noun', 'Adjective') || hasTag(token, 'Verb', 'Pronoun')) return false;
	}
	return false;
}

/** Last words of the armed services whose aircraft carrying a head of state are called by them and a number. */
const callSignServices = new Set(['force', 'navy', 'army', 'marine', 'marines', 'guard']);
const callSignNumber = /^(?:One|Two)$/u;

/**
 * "aboard Air Force One", "Marine One landed": a service's name and a capitalised number is the call sign
 * of the aircraft carrying a head of state, a craft and not the service (the text names no air force).
 * Read whole ("Air Force One") or cut before the number ("Air Force").
 */
export function namesCallSign(occurrence: Occurrence, tokens: Token[]): boolean {
	const words = occurrence.surface.split(/\s+/u);
	if (words.length >= 2 && callSignNumber.test(words.at(-1)!) && callSignServices.has(bare(words.at(-2)!).toLowerCase())) return true;
	const index = tokens.findIndex(token => token.end === occurrence.end);
	const next = tokens[index + 1];
	return index >= 0 && next !== undefined && /^ $/u.test(tokens[index]!.post) && callSignNumber.test(next.text) && callSignServices.has(bare(words.at(-1)!).toLowerCase());
}

/**
 * "at The London West Hollywood", "Sheriff's deputies were at The London": a place's name after a capital
 * "The" inside a sentence is the name of something called after it (a hotel, a band, a paper), not the
 * place; only a one-word name that is not a country ("The United States", "The Republic of Korea" keep
 * theirs), unless the gazetteer knows the whole ("The Hague"), "The" opens the sentence's words (after a
 * colon, dash, quotation mark or bracket: "Taipei, Taiwan — The Taipei City Lantern Festival") or the
 * sentence is in title case.
 */
export function namesThingCalledAfterPlace(occurrence: Occurrence, tokens: Token[]): boolean {
	const index = tokens.findIndex(token => token.start === occurrence.start);
	const the = tokens[index - 1];
	if (index < 2 || the?.text !== 'The' || !/^\s+$/u.test(the.post) || /[:“"‘(—–-]\s*$/u.test(tokens[index - 2]!.post) || /^[“"‘(]/u.test(the.pre)) return false;
	// A country keeps its name however the text writes its article ("The Republic of Korea", "The United States").
	if (/\s/u.test(occurrence.surface) || lookUpPlace(`The ${occurrence.surface}`) || lookUpPlace(occurrence.surface)?.kind === 'Country') return false;
	const capitalised = tokens.filter(token => /^\p{Lu}/u.test(token.text)).length;
	return capitalised * 3 < tokens.length * 2;
}

/** Endings of words for faiths, doctrines, fears and fields of study: "Islamophobia", "Freemasonry", "Philosophy". */
const doctrineEnding = /(?:ism|isms|phobia|ology|osophy|anity|masonry)$/iu;
const faiths = new Set(['islam', 'christendom', 'sharia']);

/**
 * "Islam", "Islamophobia", "Freemasonry", "Philosophy": one word for a faith, doctrine, fear or field of
 * study is no place (a faith's body, "Scientology", may still be a body), unless the gazetteer knows it.
 */
export function namesDoctrine(surface: string): boolean {
	if (/\s/u.test(surface.trim())) return false;
	return (doctrineEnding.test(surface) || faiths.has(surface.toLowerCase())) && lookUpPlace(surface) === undefined;
}

/** Last words of products sold under a brand ("Rice Krispies Treats", "Frosted Flakes"), which are neither bodies nor places. */
export const productHeads = new Set(['treats', 'cereal', 'cereals', 'flakes', 'crisps', 'cookies', 'crackers', 'snacks', 'pods']);

/** Last words of buildings and grounds that a possessive may open: "Fisherman's Terminal", "St Peter's Square", "Lord's Cricket Ground". */
const possessiveVenueHeads = /^(?:Terminal|Wharf|Pier|Square|Cathedral|Basilica|Abbey|Ground|Landing|Market|Terrace|Quay)$/u;

/**
 * "Fisherman's Terminal", "St Peter's Square": a capitalised word with a possessive and one or two
 * capitalised words after it that end in a building's or ground's word are one place's name (the
 * possessive had ended the name). Not where the owner is a well-known place, a body or a person by
 * compromise's reading ("Seattle's Pioneer Square", "Harvard's Memorial Hall": the owner and its place).
 */
export function possessiveVenues(tokens: Token[], text: string): Occurrence[] {
	const found: Occurrence[] = [];
	tokens.forEach((token, index) => {
		const owner = /^(\p{Lu}\p{L}+)[’']s$/u.exec(token.text)?.[1];
		if (!owner || !/^\s+$/u.test(token.post)) return;
		// "St Peter's Square": a saint's abbreviation before the owner opens the name.
		const before = tokens[index - 1];
		const saint = before !== undefined && /^(?:St|Saint)$/u.test(before.text) && /^\.?\s+$/u.test(before.post) ? before : undefined;
		if (!saint && (isWellKnownPlace(owner) || lookUpPlace(owner)?.kind === 'Country' || hasTag(token, 'Person', 'FirstName', 'LastName', 'Organization', 'Place'))) return;
		for (let length = 1; length <= 2; length++) {
			const words = tokens.slice(index + 1, index + 1 + length);
			if (words.length < length || words.some(word => !/^\p{Lu}\p{Ll}+$/u.test(word.text)) || words.slice(0, -1).some(word => !/^\s+$/u.test(word.post))) return;
			if (!possessiveVenueHeads.test(words.at(-1)!.text)) continue;
			const start = (saint ?? token).start;
			const end = words.at(-1)!.end;
			const surface = text.slice(start, end);
			found.push({surface, key: normaliseName(surface), tokenCount: length + (saint ? 2 : 1), start, end, votes: {person: 0, organization: 0, place: 2}, acronym: false, rules: ['place-possessive-venue']});
			return;
		}
	});
	return found;
}

/** Lower-case words for a kind of deal or legal device that a name (a case's, a founder's) can stand before. */
const arrangementNouns = new Set(['structure', 'structures', 'transaction', 'transactions', 'arrangement', 'arrangements', 'scheme', 'doctrine', 'clause', 'exemption', 'loophole', 'formula', 'test', 'rule']);

/**
 * "a Morris Trust structure", "a Calloway Trust transaction", "an Orrin doctrine": a name counted with "a" or "an"
 * right before a word for a kind of deal or legal device says which kind it is, named after a case or its
 * inventor; it names no body or place of the story (a body's own loan or volunteer, "a Red Cross volunteer",
 * keeps its name: only these nouns).
 */
export function namesKindOfArrangement(occurrence: Occurrence, tokens: Token[]): boolean {
	const start = tokens.findIndex(token => token.start === occurrence.start);
	const end = tokens.findIndex(token => token.end === occurrence.end);
	const article = tokens[start - 1];
	const next = tokens[end + 1];
	return start > 0 && end >= start && /^an?$/iu.test(article?.text ?? '') && next !== undefined && /^\s+$/u.test(tokens[end]!.post) && arrangementNouns.has(next.text);
}

/** Whether the name's last word says it is a product ("Rice Krispies Treats"). */
export const namesProduct = (surface: string) => productHeads.has(bare(surface.split(/\s+/u).at(-1)!));

/**
 * The titles a document writes as a work's somewhere, after a word for a work no body is called ("the drama
 * The Quiet Witness", "his book Orbitalia"): the same capitalised words elsewhere are the work too, no body or
 * place ("His main work is Orbitalia", "his Varnhold co-star" after "the series Varnhold"). Not a title the
 * gazetteer knows as a place. Keys as normaliseName makes them.
 */
export function workTitlesOfDocument(sentences: Array<{tokens: Token[]}>): Set<string> {
	const titles = new Set<string>();
	const capitalised = (token: Token | undefined) => token !== undefined && /^\p{Lu}/u.test(token.text);
	for (const {tokens} of sentences) {
		tokens.forEach((token, index) => {
			if (!capitalised(token) || (capitalised(tokens[index - 1]) && /^\s+$/u.test(tokens[index - 1]!.post))) return;
			let end = index + 1;
			while (capitalised(tokens[end]) && /^\s+$/u.test(tokens[end - 1]!.post)) end++;
			// Only after a word for a work: a year in brackets follows a body's name too, in a bio ("joined the
			// Varn Ballet (1950)"), and one such reading would unname the body all through the document.
			if (end - index > 6 || !isWorkTitle({start: index, end}, tokens.slice(0, end))) return;
			const surface = tokens.slice(index, end).map((word, at) => word.text + (at < end - index - 1 ? ' ' : '')).join('');
			if (lookUpPlace(surface) === undefined && lookUpPlace(surface.replace(/^The\s+/u, '')) === undefined) titles.add(normaliseName(surface));
		});
	}
	return titles;
}

/** Last words of newspapers' names after their town: the mastheads ("the Tulsa Examiner", "the Fresno Bee", "the Chicago Sun-Times"). */
const mastheads = new Set([
	'bulletin', 'chronicle', 'examiner', 'courier', 'observer', 'inquirer', 'enquirer', 'dispatch', 'ledger', 'sentinel', 'register', 'star', 'sun',
	'mirror', 'mail', 'express', 'standard', 'independent', 'record', 'bee', 'globe', 'advertiser', 'statesman', 'argus', 'clarion', 'beacon',
	'citizen', 'monitor', 'messenger', 'reporter', 'times', 'post', 'news', 'herald', 'tribune', 'journal', 'gazette', 'telegraph', 'guardian', 'press',
]);
/** Words between the town and the masthead: "the Dallas Morning News", "the Detroit Free Press". */
const mastheadModifiers = new Set(['morning', 'evening', 'daily', 'sunday', 'weekly', 'free', 'union']);

/**
 * "the Tulsa Examiner", "the Reno Sentinel", "the Detroit Free Press", "the Chicago Sun-Times": a town, state or
 * country the gazetteer knows (not a word of the language) and a newspaper's masthead word after it name the newspaper, a body (the reading
 * had taken the town's name for a place's, or its two words for a person's).
 */
export function namesNewspaper(surface: string): boolean {
	const words = surface.replace(/^The\s+/u, '').split(/\s+/u);
	// "Sun-Times": the last part after a hyphen is the masthead.
	const masthead = bare(words.at(-1)!).split(/[-‐]/u).at(-1)!.toLowerCase();
	if (words.length < 2 || !mastheads.has(masthead)) return false;
	let end = words.length - 1;
	while (end > 1 && mastheadModifiers.has(words[end - 1]!.toLowerCase())) end--;
	const town = words.slice(0, end).join(' ');
	// A word of the language that is also some town's name says nothing ("Northern Star", "Republic Sun").
	return !isCommonWord(town) && (lookUpPlace(town) !== undefined || namesStateOrProvince(town));
}

/** A masthead (with its modifiers) right after a town's name and no capitalised word after it: " Bee", " Morning News", " Sun-Times". */
const mastheadAfter = /^\s(?:(?:Morning|Evening|Daily|Sunday|Weekly|Free|Union)\s)*(\p{Lu}\p{Ll}+(?:[-‐]\p{Lu}\p{Ll}+)?)(?![\p{L}\d]|\s+\p{Lu}|[-‐])/u;

/**
 * "the Fresno Bee" where only "Fresno" was read, as a place: the town and the masthead after it are the
 * newspaper (namesNewspaper), read whole as a body; the town stays named beside it. Returns the newspaper, if so.
 */
export function newspaperAfterTown(occurrence: Occurrence, text: string): Occurrence | undefined {
	const after = mastheadAfter.exec(text.slice(occurrence.end, occurrence.end + 40));
	if (!after) return undefined;
	const surface = text.slice(occurrence.start, occurrence.end + after[0].length);
	if (!namesNewspaper(surface)) return undefined;
	return {surface, key: normaliseName(surface), tokenCount: surface.split(/\s+/u).length, start: occurrence.start, end: occurrence.start + surface.length, votes: {person: 0, organization: 2, place: 0}, acronym: false, rules: ['organization-newspaper-of-town']};
}
