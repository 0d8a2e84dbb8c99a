import {lookUpPlace} from '../../geo/gazetteer.js';
import type {EntityKind, NameOccurrence} from '../entity-types.js';
import {organizationHeads, personTitles, placeHeads} from '../lexicon.js';
import {hasTag, normaliseName, type Token} from '../tokens.js';
import {overlaps} from './span-overlap.js';

// Names whose kind the words around them state outright, whatever the tagger reads (applied in tag-names.ts after
// tagging, so the tagger's weights stay those its training reproduces):
// - a naming phrase: "a ransomware group known as Black Harrier", "a village called Ballyduff";
// - a public service's word before the place it serves: "Ambulance Victoria", "Health Canada", "Cricket Kenya";
// - a building or institution named by a word and a lower-case head: "the Alfred hospital";
// - an office's body named after the office: "the Information Commissioner's Office";
// - a place named by what only places have: "Victoria's Premier", "Ontario's capital";
// - a name opened by a title's or a group's possessive: "King's College Hospital", "Queen's University".

type Occurrence = Omit<NameOccurrence, 'article' | 'paragraph'>;

const spaced = (token: Token) => /^\s+$/u.test(token.post);
const capitalised = (token: Token) => /^\p{Lu}[\p{L}'’-]*$/u.test(token.text);
/** An owner's possessive needs an apostrophe: the cheap test before the owner's pattern, asked of every word. */
const hasApostrophe = (token: Token) => token.text.includes("'") || token.text.includes('’');
/** The word after a possessive: compromise may read "Minister's" as "Minister is", with an empty word for the verb. */
function wordAfter(tokens: Token[], index: number): number {
	let at = index + 1;
	while (tokens[at]?.text === '') at++;
	return at;
}
/** Whether the token at `position` opens its sentence (capitalised for the sentence, not as a name). */
const opensSentence = (tokens: Token[], position: number) => position === 0 || /[.!?:]/u.test(tokens[position - 1]!.post);

function occurrenceOf(text: string, start: number, end: number, tokenCount: number, kind: EntityKind, rule: string): Occurrence {
	const surface = text.slice(start, end);
	return {surface, key: normaliseName(surface), tokenCount, start, end, votes: {person: 0, organization: 0, place: 0, [kind]: 4}, acronym: false, rules: [rule]};
}

/** What the noun before "known as" / "called" / "named" says the name is. */
const kindNouns = new Map<string, EntityKind>([
	...['group', 'gang', 'company', 'firm', 'band', 'party', 'movement', 'organisation', 'organization', 'network', 'charity', 'militia', 'faction', 'coalition', 'club', 'team', 'agency', 'startup', 'start-up', 'cult', 'union', 'association', 'collective'].map(noun => [noun, 'organization'] as const),
	...['town', 'village', 'city', 'island', 'river', 'lake', 'mountain', 'area', 'district', 'region', 'neighbourhood', 'neighborhood', 'settlement', 'camp', 'province', 'valley', 'bay', 'hill', 'suburb', 'hamlet', 'county', 'port', 'creek'].map(noun => [noun, 'place'] as const),
	...['man', 'woman', 'boy', 'girl', 'child', 'person', 'teenager'].map(noun => [noun, 'person'] as const),
]);

/**
 * "a ransomware group known as Black Harrier", "a village called Ballyduff", "a man named Oisin Reilly": an article,
 * up to three lower-case words, a noun that says what kind of thing, then "known as", "called" or "named" and a
 * capitalised run of one to four words (a leading "the" stays outside): the run is a name of that kind.
 */
export function namedByPhrase(tokens: Token[], text: string): Occurrence[] {
	const found: Occurrence[] = [];
	tokens.forEach((token, index) => {
		const kind = kindNouns.get(token.text.toLowerCase());
		if (!kind || !spaced(token)) return;
		let article = index - 1;
		while (article >= 0 && index - article <= 4 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[article]!.text) && !/^(?:a|an|the)$/u.test(tokens[article]!.text) && spaced(tokens[article]!)) article--;
		if (article < 0 || !/^(?:a|an|the|one|another)$/iu.test(tokens[article]!.text)) return;
		let next = index + 1;
		if (tokens[next]?.text === 'known' && tokens[next + 1]?.text === 'as' && spaced(tokens[next]!)) next += 2;
		// "The group called Biden's plan reckless": after "the", "called" is the group's verb; "a group called X" names it.
		else if (/^(?:called|named)$/u.test(tokens[next]?.text ?? '') && /^(?:a|an|one|another)$/iu.test(tokens[article]!.text)) next += 1;
		else return;
		if (personTitles.has((tokens[next]?.text ?? '').toLowerCase().replace(/\.$/u, ''))) return;
		if (!spaced(tokens[next - 1]!)) return;
		if (/^the$/iu.test(tokens[next]?.text ?? '') && spaced(tokens[next]!)) next++;
		let end = next;
		while (end < tokens.length && end - next < 4 && capitalised(tokens[end]!) && (end === next || spaced(tokens[end - 1]!))) end++;
		if (end === next) return;
		found.push(occurrenceOf(text, tokens[next]!.start, tokens[end - 1]!.end, end - next, kind, `${kind}-named-by-phrase`));
	});
	return found;
}

/** Public services and sports' governing bodies, named by their field before the place they serve. */
const serviceWords = new Set(['Ambulance', 'Police', 'Fire', 'Transport', 'Health', 'Statistics', 'Parks', 'Forestry', 'Sport', 'Tourism', 'Water', 'Rail', 'Housing', 'Heritage', 'Revenue', 'Customs', 'Cricket', 'Rugby', 'Athletics', 'Swimming', 'Tennis', 'Golf', 'Cycling', 'Hockey', 'Netball', 'Basketball', 'Volleyball', 'Football']);

// A place the gazetteer knows, or a country or region by compromise's reading (not its generic "Place": "Heritage Site").
const isPlaceWord = (token: Token) => lookUpPlace(token.text) !== undefined || hasTag(token, 'Country', 'Region');

/** "Ambulance Victoria said", "Health Canada approved": a service's word right before a known place is the body. */
export function servicesOfPlaces(tokens: Token[], text: string): Occurrence[] {
	const found: Occurrence[] = [];
	tokens.forEach((token, index) => {
		const place = tokens[index + 1];
		if (!serviceWords.has(token.text) || !place || token.post !== ' ' || !/^\p{Lu}\p{Ll}+$/u.test(place.text) || !isPlaceWord(place)) return;
		// "a World Heritage Site": a service's word inside a longer capitalised name is that name's.
		const before = tokens[index - 1];
		if (before && /^\s+$/u.test(before.post) && capitalised(before)) return;
		// "Fire Island Ferries", "Police Scotland Youth Volunteers": a longer capitalised name is read as a whole elsewhere.
		const after = tokens[index + 2];
		if (after && /^\s+$/u.test(place.post) && capitalised(after)) return;
		found.push(occurrenceOf(text, token.start, place.end, 2, 'organization', 'organization-service-of-place'));
	});
	return found;
}

/** Lower-case heads that make "the X head" an institution (a body) or a building or ground (a place). */
const institutionHeads = new Set(['hospital', 'school', 'college', 'clinic', 'prison', 'infirmary', 'hospice']);
const buildingHeads = new Set(['stadium', 'museum', 'bridge', 'airport', 'station', 'theatre', 'theater', 'cathedral', 'church', 'mosque', 'temple', 'library', 'arena']);

/**
 * "taken to the Alfred hospital", "a match at the Gabba stadium": "the", one to three capitalised words and a
 * lower-case head of an institution or building name the place or body, not a person the words may look like.
 * Only where the tagger read the words as a person: its other readings stand.
 */
export function buildingsNamedBefore(tokens: Token[], text: string, read: Occurrence[]): Occurrence[] {
	const found: Occurrence[] = [];
	tokens.forEach((token, index) => {
		const head = token.text;
		const kind: EntityKind | undefined = institutionHeads.has(head) ? 'organization' : buildingHeads.has(head) ? 'place' : undefined;
		if (!kind || index < 2) return;
		let start = index;
		while (start > 0 && index - start < 3 && capitalised(tokens[start - 1]!) && /^\s+$/u.test(tokens[start - 1]!.post)) start--;
		if (start === index || !/^the$/iu.test(tokens[start - 1]?.text ?? '')) return;
		const name = {start: tokens[start]!.start, end: tokens[index - 1]!.end};
		if (!read.some(other => overlaps(other, name) && other.votes.person > Math.max(other.votes.organization, other.votes.place))) return;
		found.push(occurrenceOf(text, name.start, token.end, index - start + 1, kind, `${kind}-named-before-its-head`));
	});
	return found;
}

/** What an office's body is called after the office that heads it. */
const officeBodies = new Set(['Office', 'Department', 'Bureau', 'Service', 'Unit', 'Secretariat', 'Chambers']);

/**
 * "the Information Commissioner's Office", "the Prime Minister's Office": capitalised words ending in an office's
 * title with a possessive, then a body's head, are one body. Not a person's name before it ("Lund's Office of …"
 * reads the owner as someone, the head's "of" as another body's name).
 */
export function officesOwnedBodies(tokens: Token[], text: string): Occurrence[] {
	const found: Occurrence[] = [];
	tokens.forEach((token, index) => {
		if (!hasApostrophe(token)) return;
		const owner = /^(\p{Lu}\p{Ll}+)['’]s$/u.exec(token.text)?.[1];
		const at = wordAfter(tokens, index);
		const head = tokens[at];
		if (!owner || !head || !officeBodies.has(head.text) || !personTitles.has(owner.toLowerCase()) || !/^\s*$/u.test(token.post) || tokens[at + 1]?.text === 'of') return;
		let start = index;
		while (start > 0 && index - start < 3 && capitalised(tokens[start - 1]!) && /^\s+$/u.test(tokens[start - 1]!.post) && !/^the$/iu.test(tokens[start - 1]!.text)) start--;
		found.push(occurrenceOf(text, tokens[start]!.start, head.end, index - start + 2, 'organization', 'organization-office-owned-body'));
	});
	return found;
}

/** What only a place has: a person has no premier, capital or coastline (a body has no premier either). */
const placesOwn = /^(?:premier|governor|mayor|capital|parliament|coastline|coast|prime\s+minister|chief\s+minister|first\s+minister|largest\s+city|biggest\s+city|second\s+city)\b/iu;

/**
 * "Victoria's Premier, Alana Whitcombe,", "Ontario's capital": a name owning what only a place has is the place,
 * whatever the tagger read (Victoria is a given name too).
 */
export function placesOwningOffices(tokens: Token[], text: string): Occurrence[] {
	const found: Occurrence[] = [];
	tokens.forEach((token, index) => {
		if (!hasApostrophe(token)) return;
		const owner = /^(\p{Lu}\p{Ll}+)['’]s?$/u.exec(token.text)?.[1];
		if (!owner || !/^\s*$/u.test(token.post)) return;
		const at = wordAfter(tokens, index);
		if (!tokens[at] || !placesOwn.test(text.slice(tokens[at]!.start, tokens[at]!.start + 20))) return;
		let start = index;
		while (start > 0 && index - start < 2 && capitalised(tokens[start - 1]!) && /^\s+$/u.test(tokens[start - 1]!.post)) start--;
		found.push(occurrenceOf(text, tokens[start]!.start, token.start + owner.length, index - start + 1, 'place', 'place-owning-what-places-have'));
	});
	return found;
}

/** Owners that open a name with their possessive: a title or a group of people, no one the story names. */
const namingOwners = new Set(['King', 'Queen', 'Prince', 'Princess', 'Duke', 'Duchess', 'Children', 'Women', 'People', 'Citizens', 'Workers', 'Veterans']);

/**
 * "King's College Hospital", "Queen's University", "the People's Liberation Army": a title's or a group's
 * possessive, then capitalised words ending in a body's or a place's head, is one name of that kind (a person's
 * or a place's possessive owns a name of its own instead: "Germany's Foreign Ministry").
 */
export function namesOpenedByOwners(tokens: Token[], text: string, read: Occurrence[]): Occurrence[] {
	const found: Occurrence[] = [];
	tokens.forEach((token, index) => {
		if (!hasApostrophe(token)) return;
		const owner = /^(\p{Lu}\p{Ll}+)['’]s?$/u.exec(token.text)?.[1];
		if (!owner || !namingOwners.has(owner) || !/^\s*$/u.test(token.post)) return;
		const at = wordAfter(tokens, index);
		if (!/^\s+$/u.test(tokens[at - 1]!.post) && tokens[at - 1] !== token) return;
		let end = at;
		let kind: EntityKind | undefined;
		while (end < tokens.length && end - at < 4 && capitalised(tokens[end]!)) {
			const head = tokens[end]!.text.toLowerCase();
			kind = organizationHeads.has(head) ? 'organization' : placeHeads.has(head) ? 'place' : undefined;
			end++;
			if (!spaced(tokens[end - 1]!)) break;
		}
		if (!kind || end === at) return;
		// "the New People's Party": capitalised words before the owner are the name's too.
		let start = index;
		// Not a sentence's first word ("Yesterday King's College said"): it is capitalised for the sentence.
		while (start > 0 && index - start < 2 && capitalised(tokens[start - 1]!) && spaced(tokens[start - 1]!) && !opensSentence(tokens, start - 1) && !/^(?:the|a|an)$/iu.test(tokens[start - 1]!.text)) start--;
		// A longer reading that holds it stands ("the Democratic People's Republic of Korea", "… Hospital of Philadelphia").
		const name = {start: tokens[start]!.start, end: tokens[end - 1]!.end};
		if (read.some(other => other.start <= name.start && other.end >= name.end)) return;
		found.push(occurrenceOf(text, name.start, name.end, end - start, kind, `${kind}-opened-by-owner`));
	});
	return found;
}

/** The tagger's reading with the names whose kind the words around them state put in place of what they overlap. */
export function withKindsByNaming(read: Occurrence[], tokens: Token[], text: string): Occurrence[] {
	const stated = [...namedByPhrase(tokens, text), ...servicesOfPlaces(tokens, text), ...buildingsNamedBefore(tokens, text, read), ...officesOwnedBodies(tokens, text), ...placesOwningOffices(tokens, text), ...namesOpenedByOwners(tokens, text, read)];
	if (stated.length === 0) return read;
	return [...read.filter(other => !stated.some(name => overlaps(name, other))), ...stated];
}
