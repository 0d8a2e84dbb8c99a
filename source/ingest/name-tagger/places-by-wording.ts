import {lookUpPlace} from '../../geo/gazetteer.js';
import {kindOf} from '../entity-groups.js';
import type {NameOccurrence} from '../entity-types.js';
import {isFirstName} from '../first-names.js';
import {personTitles} from '../lexicon.js';
import {bare, isCommonWord} from '../name-words.js';
import {hasTag, normaliseName, type Token} from '../tokens.js';
import {placeApposition} from './occurrence-evidence.js';
import {unreadPlaceNameEnd, type AroundTheNames} from './places-by-context.js';

// Places the sentence's wording gives away where the tagger read a person or nothing (kind-overrides.ts
// applies them): a name listed with places ("floods reached Harwick and Elgin") or at a way's end ("from Kelby
// to Marnock"), a name that lies somewhere ("Kelby lies on the coast"), a name travelled towards ("the
// Kelby-bound ferry"), a name whose mayor or villagers the sentence names ("Ostrel's mayor"), a name a place noun
// describes ("Vennick, a town of 5,000", "the capital, Sorvik"), names a list ends with more of their kind
// ("Kelby, Marnock and other towns"); a seat of government one goes to ("outside the Kremlin") and a town's
// quarter ("the Old Quarter") are places too.

type Occurrence = Omit<NameOccurrence, 'article' | 'paragraph'>;

/** The weight of a place these words give: more than the tagger's guess of a person elsewhere (2 or 2.5), less than a title (4). */
export const wordingEvidence = 3;

/**
 * Whether a person's (or, asked so, a body's) reading rests on the tagger alone: no rule's evidence, no role,
 * no title before it, no first name the lists know and no possessive after it ("Varnia and Oster's leaders"
 * names a person's).
 */
export function personOnTaggerAlone(occurrence: Occurrence, text: string, kind: 'person' | 'organization' = 'person'): boolean {
	if (kindOf(occurrence.votes) !== kind || occurrence.role !== undefined) return false;
	if ((occurrence.rules ?? []).some(rule => rule !== `name-tagger-${kind}`)) return false;
	const words = occurrence.surface.split(/\s+/u);
	if (words.some(word => isFirstName(bare(word)))) return false;
	const before = /(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, occurrence.start - 20), occurrence.start))?.[1];
	if (before !== undefined && personTitles.has(before.toLowerCase())) return false;
	return !/^['’]/u.test(text.slice(occurrence.end));
}

/** Between two names of one list: a comma, "and" or "or", with "the" before the next. */
const listJoin = /^(?:,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$/u;
/** "from Kelby to Marnock": a way's two ends, of one kind as a list's names are. */
const wayJoin = /^\s+to\s+(?:the\s+)?$/u;

/**
 * "floods reached Harwick and Elgin", "Kelby, Marnock and Ashcombe": a name read as a person on the
 * tagger's word alone (personOnTaggerAlone), listed by "and", "or" or the list's commas with names that are
 * all places (in a pair, a place that is no country), is a place too: a list names things of one kind.
 * Returns the occurrences to read as places.
 */
export function personsListedWithPlaces(occurrences: Occurrence[], text: string): Occurrence[] {
	// Only a person is flipped, and only in a list of two names or more: most sentences have neither.
	if (occurrences.length < 2 || !occurrences.some(occurrence => kindOf(occurrence.votes) === 'person')) return [];
	const sorted = occurrences.toSorted((a, b) => a.start - b.start || b.end - a.end);
	// The outermost names only, in order: a place inside a longer name is no member of the list.
	const members = sorted.filter(occurrence => !sorted.some(other => other !== occurrence && other.start <= occurrence.start && other.end >= occurrence.end && other.end - other.start > occurrence.end - occurrence.start));
	const joined = (index: number) => {
		if (index + 1 >= members.length) return false;
		const between = text.slice(members[index]!.end, members[index + 1]!.start);
		return listJoin.test(between) || (wayJoin.test(between) && /\bfrom\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, members[index]!.start - 10), members[index]!.start)));
	};
	const flipped = new Set<Occurrence>();
	// Each chain of names joined by the list's words, and whether a place is in it.
	for (let first = 0; first < members.length; ) {
		let last = first;
		while (joined(last)) last++;
		const chain = members.slice(first, last + 1);
		// A comma alone may end a phrase ("In Varnia, Kelby said"): a chain of two needs "and" or "or".
		const listed = chain.length >= 3 || (chain.length === 2 && /\b(?:and|or|to)\b/u.test(text.slice(chain[0]!.end, chain[1]!.start)));
		if (!listed) {
			first = last + 1;
			continue;
		}
		// The list's other names must all be places, and a pair's place no country: a leader and a nation are
		// often paired ("talks between Varnov and Russia"), a person and a town or region seldom.
		const weak = chain.filter(member => personOnTaggerAlone(member, text));
		const others = chain.filter(member => !weak.includes(member));
		const placesOnly = others.length > 0 && others.every(member => kindOf(member.votes) === 'place');
		const pairedWithCountry = chain.length === 2 && others.some(member => member.detail === 'Country' || lookUpPlace(member.surface)?.kind === 'Country');
		if (placesOnly && !pairedWithCountry) for (const member of weak) flipped.add(member);
		first = last + 1;
	}
	return [...flipped];
}

/**
 * What follows a place that lies or is found somewhere: a distance, a side, a shore or bank, a part of a land
 * ("lies 40 km north of", "lies on the coast", "is situated in the valley", "lies at the mouth of", "is in the
 * heart of").
 */
const liesWhere = /^\s+(?:(?:is|are|was|were)\s+(?:located|situated)\s+(?:in|on|at|near|along|between|by|about|some|\d)|(?:is|are)\s+(?:in|on)\s+the\s+(?:province|region|state|county|district|prefecture|department|island|coast|shores?|banks?|northern|southern|eastern|western|north|south|east|west|heart|centre|center)\s+(?:part\s+)?of|(?:lies|lie|lay)\s+(?:\d|some\s+\d|about\s+\d|(?:just\s+)?(?:north|south|east|west)|along|between|astride|on\s+the\s+(?:coast|banks?|shores?|edge|border|slopes?|island|river|road)|at\s+the\s+(?:mouth|foot|edge|heart|end|head|confluence|tip)|in\s+the\s+(?:north|south|east|west|heart|middle|centre|center|valley|foothills)))\b/iu;

/** A capitalised name at the token `start`: up to three words. Returns the token index after it. */
function nameEnd(tokens: Token[], start: number): number {
	let end = start + 1;
	while (end < tokens.length && end - start < 3 && /^\p{Lu}[\p{L}'’]*$/u.test(tokens[end]!.text) && /^ $/u.test(tokens[end - 1]!.post)) end++;
	return end;
}

/**
 * "Kelby lies on the coast", "Marnock lies 20 km inland", "Corven is situated near the border":
 * a name that lies, or is located or situated, somewhere (liesWhere) is a place. Names that nothing read
 * (capitalised, of no lower-case use in the document) are returned as new places, and the tagger-alone
 * persons (personOnTaggerAlone) among the read ones as the occurrences to read as places.
 */
export function placesThatLie(tokens: Token[], text: string, read: Occurrence[], lowerCaseWords?: ReadonlySet<string>): {found: Occurrence[]; flipped: Occurrence[]} {
	const found: Occurrence[] = [];
	const flipped: Occurrence[] = [];
	for (const [index, token] of tokens.entries()) {
		// The capital first: the long pattern after it is the dearer test.
		if (!/^\p{Lu}/u.test(token.text) || !liesWhere.test(text.slice(token.end, token.end + 60))) continue;
		if (readEndingHere(token, read, text, flipped)) continue;
		// The unread name ends at this token: its first word is the first capitalised one going back.
		let start = capitalisedRunStart(tokens, index);
		if (nameEnd(tokens, start) !== index + 1) continue;
		// "Today Kelby lies …": a sentence's opening adverb or date is no part of the name.
		while (start < index && hasTag(tokens[start]!, 'Adverb', 'Date')) start++;
		const words = tokens.slice(start, index + 1);
		if (words.some(word => !/^\p{Lu}[\p{L}'’]*$/u.test(word.text) || lowerCaseWords?.has(word.text.toLowerCase()) || read.some(other => other.start < word.end && word.start < other.end))) continue;
		if (words.every(word => isCommonWord(bare(word.text)))) continue;
		// A sentence's first word is capitalised by its place: a pronoun or article is no name ("It lies", "The town lies").
		if (/^(?:It|They|This|That|These|Those|The|A|An|Its|Their|He|She|Which|Who|Where|What|Here|There)$/u.test(words[0]!.text)) continue;
		const surface = text.slice(words[0]!.start, token.end);
		found.push({surface, key: normaliseName(surface), tokenCount: words.length, start: words[0]!.start, end: token.end, votes: {person: 0, organization: 0, place: wordingEvidence}, acronym: false, rules: ['place-that-lies']});
	}
	return {found, flipped};
}

/** The first of up to three capitalised words, single-spaced, that end at `index`. */
function capitalisedRunStart(tokens: Token[], index: number): number {
	let start = index;
	while (start > 0 && index - start < 2 && /^\p{Lu}[\p{L}'’]*$/u.test(tokens[start - 1]!.text) && /^ $/u.test(tokens[start - 1]!.post)) start--;
	return start;
}

/** Whether something read ends at the token; a person only the tagger read there is put among those to flip. */
function readEndingHere(token: Token, read: Occurrence[], text: string, flipped: Occurrence[]): boolean {
	const reading = read.find(other => other.end === token.end);
	if (reading && personOnTaggerAlone(reading, text)) flipped.push(reading);
	return reading !== undefined;
}

/**
 * "the Marnock-bound ferry", "Kelby-bound traffic": a name before "-bound" is where the travel goes, a
 * place, where nothing read it or the tagger alone read a person. Returns new places and the persons to read
 * as places, as placesThatLie does.
 */
export function placesBeforeBound(tokens: Token[], text: string, read: Occurrence[]): {found: Occurrence[]; flipped: Occurrence[]} {
	const found: Occurrence[] = [];
	const flipped: Occurrence[] = [];
	for (const [index, token] of tokens.entries()) {
		if (!/^[-‐]$/u.test(token.post) || tokens[index + 1]?.text.toLowerCase() !== 'bound' || !/^\p{Lu}[\p{L}'’]*$/u.test(token.text)) continue;
		if (readEndingHere(token, read, text, flipped)) continue;
		let start = capitalisedRunStart(tokens, index);
		// "The Marnock-bound": an article opening the sentence is no part of the name.
		while (start < index && /^(?:The|A|An)$/u.test(tokens[start]!.text)) start++;
		const words = tokens.slice(start, index + 1);
		if (words.every(word => isCommonWord(bare(word.text))) || read.some(other => other.start < token.end && words[0]!.start < other.end)) continue;
		const surface = text.slice(words[0]!.start, token.end);
		found.push({surface, key: normaliseName(surface), tokenCount: words.length, start: words[0]!.start, end: token.end, votes: {person: 0, organization: 0, place: wordingEvidence}, acronym: false, rules: ['place-before-bound']});
	}
	return {found, flipped};
}

/** People and offices of a town before "of" ("a native of Kelby", "the mayor of Dunvar", "the townsfolk of Marnock"). */
const peopleOfAPlace = /^(?:natives?|mayors?|residents|inhabitants|townspeople|townsfolk|villagers|islanders|burghers)$/u;
/** The same after a place's possessive ("Dunvar's mayor", "Kelby's residents"). */
const peopleOfAPlaceAfter = /^(?:mayor|mayors|residents|inhabitants|townspeople|townsfolk|villagers|islanders|outskirts|suburbs|harbour|harbor|old\s+town|town\s+centre|waterfront)$/u;

/**
 * "a native of Kelby", "the mayor of Dunvar", "Ostrel's mayor", "Marnock's residents": the name whose
 * natives, mayor, residents or villagers these are is a town or land. Names that nothing read and that could
 * only be a place's (places-by-context.ts) are returned as new places, and the names only the tagger read as a
 * person or a body as the occurrences to read as places.
 */
export function placesOfTheirPeople(tokens: Token[], text: string, read: Occurrence[], around: AroundTheNames = {}): {found: Occurrence[]; flipped: Occurrence[]} {
	const found: Occurrence[] = [];
	const flipped: Occurrence[] = [];
	const take = (start: number, ownerOf: boolean) => {
		const token = tokens[start];
		if (!token) return;
		const reading = read.find(other => other.start === token.start);
		if (reading) {
			if (personOnTaggerAlone(reading, text) || personOnTaggerAlone(reading, text, 'organization')) flipped.push(reading);
			return;
		}
		// An owner's name ends in its possessive, which the unread-name test refuses: test the name without it.
		const end = ownerOf ? start + 1 : unreadPlaceNameEnd(tokens, text, read, around, start);
		if (end === undefined || (ownerOf && (isCommonWord(bare(token.text)) || around.lowerCaseWords?.has(bare(token.text).toLowerCase()) || isFirstName(bare(token.text))))) return;
		const surface = text.slice(token.start, tokens[end - 1]!.end).replace(/['’]s?$/u, '');
		found.push({surface, key: normaliseName(surface), tokenCount: end - start, start: token.start, end: token.start + surface.length, votes: {person: 0, organization: 0, place: wordingEvidence}, acronym: false, rules: ['place-of-its-people']});
	};
	for (const [index, token] of tokens.entries()) {
		if (peopleOfAPlace.test(token.text) && tokens[index + 1]?.text === 'of' && /^\s+$/u.test(token.post) && /^\s+$/u.test(tokens[index + 1]!.post)) {
			const start = tokens[index + 2]?.text === 'the' && /^\s+$/u.test(tokens[index + 2]!.post) ? index + 3 : index + 2;
			if (/^\p{Lu}/u.test(tokens[start]?.text ?? '')) take(start, false);
		}
		// "Ostrel's mayor": one capitalised word owning the people or office right after it (a sentence's first word too).
		if (!/^\p{Lu}\p{Ll}+/u.test(token.text)) continue;
		const after = text.slice(token.end, token.end + 20);
		const owner = /^['’]s\s+(\p{Ll}+(?:\s+\p{Ll}+)?)/u.exec(after) ?? (/['’]s$/u.test(token.text) ? /^\s+(\p{Ll}+(?:\s+\p{Ll}+)?)/u.exec(after) : null);
		if (owner && (peopleOfAPlaceAfter.test(owner[1]!) || peopleOfAPlaceAfter.test(owner[1]!.split(/\s+/u)[0]!)) && !/^\p{Lu}/u.test(tokens[index - 1]?.text ?? 'x')) take(index, true);
	}
	return {found, flipped};
}

/** A place one calls home or rules from, named right after ("the capital, Sorvik,", "his hometown of Kelby"). */
const homeBefore = /\b(?:capital|hometown|home\s+town|birthplace|home\s+village)(?:\s+(?:city|town))?(?:,|\s+of)?\s+$/u;

/**
 * "Vennick, a town of 5,000 people, …", "the capital, Sorvik, …": a name no one read (or only the tagger, as a
 * person) that a place noun in apposition describes, or that a capital, hometown or birthplace names, is a
 * place; the apposition of a read name is occurrence-evidence.ts's. A sentence's first word may be such a name
 * where it is no word of the language.
 */
export function placesInApposition(tokens: Token[], text: string, read: Occurrence[], around: AroundTheNames = {}): {found: Occurrence[]; flipped: Occurrence[]} {
	const found: Occurrence[] = [];
	const flipped: Occurrence[] = [];
	for (let index = 0; index < tokens.length; index++) {
		const token = tokens[index]!;
		if (!/^\p{Lu}\p{Ll}/u.test(token.text) || (index > 0 && /^\p{Lu}/u.test(tokens[index - 1]!.text) && /^ $/u.test(tokens[index - 1]!.post))) continue;
		const end = nameEnd(tokens, index);
		const last = tokens[end - 1]!;
		const described = placeApposition.test(text.slice(last.end, last.end + 80)) || homeBefore.test(text.slice(Math.max(0, token.start - 30), token.start));
		if (!described) continue;
		const reading = read.find(other => other.start === token.start);
		if (reading) {
			if (personOnTaggerAlone(reading, text)) flipped.push(reading);
			continue;
		}
		const words = tokens.slice(index, end).map(word => bare(word.text));
		if (read.some(other => other.start < last.end && token.start < other.end)) continue;
		if (words.some(word => isCommonWord(word) || around.lowerCaseWords?.has(word.toLowerCase()) || isFirstName(word) || word.length < 3)) continue;
		const surface = text.slice(token.start, last.end);
		found.push({surface, key: normaliseName(surface), tokenCount: end - index, start: token.start, end: last.end, votes: {person: 0, organization: 0, place: wordingEvidence}, acronym: false, rules: ['place-in-apposition']});
		index = end - 1;
	}
	return {found, flipped};
}

/** Plural nouns of places that may end a list of them ("… and other towns", "… and several outlying isles"). */
const pluralPlaces = /^(?:towns|villages|cities|hamlets|islands|isles|islets|ports|regions|provinces|states|countries|counties|districts|suburbs|parishes|settlements|resorts|lakes|rivers|valleys)$/u;
/** Words between "and" and that noun: quantities, "the", sizes and sides; one of those in `moreOfTheKind` must say the list goes on. */
const wordsBeforeTheKind = /^(?:a|an|the|of|its|their|few|some|several|many|most|all|other|others|smaller|larger|small|large|little|tiny|nearby|neighbouring|neighboring|surrounding|outlying|remaining|adjacent|lesser|various|numerous|two|three|four|five|six|dozen|dozens)$/u;
const moreOfTheKind = /^(?:few|some|several|many|most|all|other|smaller|larger|nearby|neighbouring|neighboring|surrounding|outlying|remaining|adjacent|lesser|various|numerous)$/u;

/**
 * "cars are banned on Orvelund, Harnby and several outlying isles", "Kelby, Tresk and
 * other villages share one school": the names of a list that ends in "and"/"or" and more of a kind of place are of that kind.
 * The names nothing read (and that could be nothing but a name, a sentence's first word too: unreadPlaceNameEnd)
 * are returned as new places, the ones only the tagger read as a person as those to read as places.
 */
export function placesListedWithTheirKind(tokens: Token[], text: string, read: Occurrence[], around: AroundTheNames = {}): {found: Occurrence[]; flipped: Occurrence[]} {
	const found: Occurrence[] = [];
	const flipped: Occurrence[] = [];
	for (const [index, token] of tokens.entries()) {
		if (!/^(?:and|or)$/u.test(token.text) || index < 1 || !/^,?\s+$/u.test(tokens[index - 1]!.post)) continue;
		let kind = index + 1;
		while (kind < tokens.length && kind - index <= 5 && wordsBeforeTheKind.test(tokens[kind]!.text) && /^\s+$/u.test(tokens[kind - 1]!.post)) kind++;
		if (!pluralPlaces.test(tokens[kind]?.text ?? '') || !/^\s+$/u.test(tokens[kind - 1]!.post) || !tokens.slice(index + 1, kind).some(word => moreOfTheKind.test(word.text))) continue;
		// The list's names, last first, each of one to three capitalised words, back through the list's commas.
		for (let after = index; after > 0; ) {
			const start = capitalisedRunStart(tokens, after - 1);
			if (!/^\p{Lu}/u.test(tokens[start]!.text)) break;
			const first = tokens[start]!;
			const last = tokens[after - 1]!;
			const reading = read.find(other => other.start === first.start && other.end === last.end);
			if (reading) {
				if (personOnTaggerAlone(reading, text)) flipped.push(reading);
			} else if (read.some(other => other.start < last.end && first.start < other.end) || unreadPlaceNameEnd(tokens, text, read, around, start, true) !== after) break;
			else {
				const surface = text.slice(first.start, last.end);
				found.push({surface, key: normaliseName(surface), tokenCount: after - start, start: first.start, end: last.end, votes: {person: 0, organization: 0, place: wordingEvidence}, acronym: false, rules: ['place-listed-with-its-kind']});
			}
			// A comma before this name ends the name before it (the comma is that name's last token's post).
			if (start < 1 || !/^,\s+$/u.test(tokens[start - 1]!.post)) break;
			after = start;
		}
	}
	return {found, flipped};
}

/** The buildings among the seats (a chamber, "the Senate", is the body wherever one goes). */
const seatBuildings = /^(?:white house|blue house|kremlin|pentagon|elysee|élysée|elysee palace|élysée palace)$/u;
/**
 * Words before "the" that go into, round or up to a building: "took the choir to the", "marched to the", "outside
 * the", "a tour of the", "visited the". A letter "to the White House" goes to the body: "to" needs a verb
 * of going or bringing (with up to three words between: "brought the team to the").
 */
const goingToTheBuilding = /(?:\b(?:into|inside|outside|visit|visits|visited|visiting|tour\s+of|tours\s+of|toured|in\s+front\s+of|gates\s+of|steps\s+of|lawn\s+of|arrived\s+at|arrive\s+at)|\b(?:bring|brings|brought|bringing|take|takes|took|taking|come|comes|came|coming|go|goes|went|going|invite|invites|invited|inviting|return|returns|returned|returning|walk|walks|walked|march|marched|marching|drive|drove|driven|move|moved|head|headed|heading|welcome|welcomed|travel|travelled|traveled)(?:\s+[\p{L}'’]+){0,3}\s+to)\s+the\s+$/iu;

/** "the mayor took the choir to the White House", "protesters outside the Kremlin": a seat one goes to or stands by is the building, a place. */
export const seatAsBuilding = (occurrence: Occurrence, text: string) =>
	seatBuildings.test(occurrence.surface.toLowerCase().replace(/^the\s+/u, '')) && goingToTheBuilding.test(text.slice(Math.max(0, occurrence.start - 60), occurrence.start));

/**
 * "a studio in the Weavers Quarter", "a flat in the Old Quarter": a town's quarter after "the" is a place, its other
 * words everyday ones or not; not a quarter of the year ("the Third Quarter", "the First Quarter").
 */
export const namesQuarter = (surface: string, before: string) =>
	/^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+Quarter$/u.test(surface) && /\bthe\s+$/iu.test(before) && !/^(?:First|Second|Third|Fourth|Last|Final|Next|Previous|Same|Current|Fiscal|Financial|Calendar|Q\d)\b/u.test(surface);
