import {lookUpPlace} from '../../geo/gazetteer.js';
import {kindOf} from '../entity-groups.js';
import type {NameOccurrence} from '../entity-types.js';
import {isFirstName} from '../first-names.js';
import {bare, isAcronym, isCommonWord} from '../name-words.js';
import {hasTag, normaliseName, type Token} from '../tokens.js';

// Places a reader knows by the words around them, where no table knows the name and neither the tagger nor
// the rules read it (kind-overrides.ts applies them): "travelled through Varnmark", "a ferry to Østerø".

type Occurrence = Omit<NameOccurrence, 'article' | 'paragraph'>;

/** Prepositions that put what follows on the map: one goes to, through or into a place, lives in or near it. */
const prepositionsOfPlace = /^(?:in|into|to|through|throughout|across|near|towards?|via|around|within|outside)$/u;

/** Capitalised words of a name: a letter in capitals first, then letters or an apostrophe ("Strynø", "Lord's"). */
const nameWord = /^\p{Lu}[\p{L}'’]*$/u;

/** Languages one writes or translates into ("in English", "into Latin"): after "in" they are no place. */
const languages = new Set('english french german spanish italian portuguese latin greek hebrew arabic russian chinese mandarin cantonese japanese korean hindi urdu bengali punjabi persian farsi turkish dutch danish swedish norwegian finnish icelandic polish czech slovak hungarian romanian bulgarian serbian croatian ukrainian welsh irish gaelic swahili yiddish sanskrit esperanto'.split(' '));

/** Endings of abstract nouns, which a capital makes a belief, a movement or a charter, not a place ("converted to Catholicism", "in the Constitution"). */
const abstractEnding = /(?:ism|ity|tion|sion|ment|ness|dom|ship|phobia|ology|ics)$/u;

/**
 * What the reader knows of the sentence beyond its names: the words the document writes in lower case, and
 * the token spans of its quoted titles (span-repairs.ts's quotedTitles, which tag-names.ts has read already).
 */
export type AroundTheNames = {lowerCaseWords?: ReadonlySet<string>; titles?: Array<{start: number; end: number}>};

type Context = {tokens: Token[]; text: string; read: Occurrence[]; lowerCaseWords?: ReadonlySet<string>; titles: Array<{start: number; end: number}>};

/**
 * The end (token index) of a run of one to three capitalised words from `start` that nothing read and that
 * could only be a name of a place here: no everyday word (nor one the text writes in lower case elsewhere),
 * first name, nationality, language, date, initialism or abstract noun, no owner of what follows ("in
 * Varn's novels") nor a word modifying a noun after it ("in the Varn period"), not inside a quoted title.
 */
function unreadNameEnd(context: Context, start: number, beforeItsKind = false): number | undefined {
	const {tokens, read, lowerCaseWords, titles} = context;
	// A sentence's first word is capitalised by its place, unless the kind after the names says it is one ("Varn and Oster lakes are …").
	if (start < (beforeItsKind ? 0 : 1) || start >= tokens.length || !nameWord.test(tokens[start]!.text)) return undefined;
	let end = start + 1;
	while (end < tokens.length && end - start < 3 && nameWord.test(tokens[end]!.text) && /^ $/u.test(tokens[end - 1]!.post)) end++;
	const words = tokens.slice(start, end);
	const first = words[0]!;
	const last = words.at(-1)!;
	const next = tokens[end];
	// A longer run is another kind of name ("in Harbour Street Fine Arts Gallery"), a hyphen runs on into a word ("Counter-Strike").
	if (next !== undefined && (/^ $/u.test(last.post) ? nameWord.test(next.text) : /^[-‐]$/u.test(last.post))) return undefined;
	if (read.some(other => other.start < last.end && first.start < other.end)) return undefined;
	const owns = /['’]s?$/u.test(last.text) || /^['’]/u.test(last.post);
	const modifiesNoun = next !== undefined && /^\s+$/u.test(last.post) && /^\p{Ll}/u.test(next.text) && hasTag(next, 'Noun') && !hasTag(next, 'Verb', 'Pronoun', 'Date', 'Preposition');
	if (owns || (modifiesNoun && !beforeItsKind)) return undefined;
	const bareWords = words.map(word => bare(word.text));
	if (bareWords.some(word => word.length < 3 || isCommonWord(word) || lowerCaseWords?.has(word) || lowerCaseWords?.has(word.replace(/s$/u, '')) || languages.has(word) || abstractEnding.test(word))) return undefined;
	if (words.some(word => isAcronym(word.text) || isFirstName(word.text) || hasTag(word, 'Demonym', 'Date', 'Month', 'WeekDay', 'Pronoun', 'Honorific', 'Person', 'FirstName'))) return undefined;
	// A plural without "the" is a group of people ("appealed to Senators"); lands in the plural take it ("the Alps").
	// A word with letters English does not write ("to Vårs", "to Ørnes") is no English plural.
	const plural = words.length === 1 && /\p{Ll}s$/u.test(first.text) && !/(?:ss|us|is)$/u.test(first.text) && /^[A-Za-z'’]+$/u.test(first.text);
	if (plural && tokens[start - 1]?.text !== 'the') return undefined;
	// A quoted title's words ("“Claim to Fame Contest”") name a work, not where one goes.
	if (titles.some(title => title.start <= start && title.end > start)) return undefined;
	return end;
}

/** unreadNameEnd for other readers of a sentence's wording (places-by-wording.ts); `kindNamed`: the words after name the kind. */
export function unreadPlaceNameEnd(tokens: Token[], text: string, read: Occurrence[], around: AroundTheNames, start: number, kindNamed = false): number | undefined {
	return unreadNameEnd({tokens, text, read, lowerCaseWords: around.lowerCaseWords, titles: around.titles ?? []}, start, kindNamed);
}

function placeOf(context: Context, start: number, end: number, rule: string): Occurrence {
	const {tokens, text} = context;
	const first = tokens[start]!;
	const last = tokens[end - 1]!;
	const surface = text.slice(first.start, last.end);
	const known = lookUpPlace(surface);
	return {surface, key: normaliseName(surface), tokenCount: end - start, start: first.start, end: last.end, votes: {person: 0, organization: 0, place: 2}, acronym: false, ...(known ? {detail: known.kind === 'Country' ? 'Country' : 'City'} : {}), rules: [rule]};
}

/**
 * "travelled through Varnmark", "moved to Kelderra", "a cabin on a lake in the Vessic": a run of
 * capitalised words right after a preposition of place (and "the") that nothing read and that could only be
 * a place's name (unreadNameEnd) is a place; so is one after "on" right after a place ("Marstal on Ærø"); not a
 * source ("according to X").
 */
export function placesAfterPrepositions(tokens: Token[], text: string, read: Occurrence[], around: AroundTheNames = {}): Occurrence[] {
	const context: Context = {tokens, text, read, lowerCaseWords: around.lowerCaseWords, titles: around.titles ?? []};
	const found: Occurrence[] = [];
	for (let index = 1; index < tokens.length; index++) {
		let before = index - 1;
		if (tokens[before]!.text === 'the' && /^\s+$/u.test(tokens[before]!.post) && before >= 1) before--;
		const preposition = tokens[before]!;
		if (!/^\s+$/u.test(preposition.post)) continue;
		// "Marstal on Ærø", "the A64 on Bootham": "on" after a place puts the name after it on the map too (an island, a street).
		const onAPlace = /^(?:on|upon)$/u.test(preposition.text) && [...read, ...found].some(other => other.end === tokens[before - 1]?.end && kindOf(other.votes) === 'place');
		if (!prepositionsOfPlace.test(preposition.text) && !onAPlace) continue;
		// "according to Varnstat" names a source, not a place.
		if (preposition.text === 'to' && tokens[before - 1]?.text.toLowerCase() === 'according') continue;
		const end = unreadNameEnd(context, index);
		if (end === undefined) continue;
		found.push(placeOf(context, index, end, 'place-after-preposition'));
		index = end - 1;
	}
	return found;
}

/** Words between two names of one list: "and", "or", "&", a comma, with "the" before the next ("Luzon and the Varnas"). */
const conjunctions = new Set(['and', 'or', '&']);
/** A side of a land before its name in lower case, which stays outside the name ("and south-eastern Varnland"). */
const sideWord = /^(?:north|south|east|west|northern|southern|eastern|western|central|north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?)$/u;

/**
 * "from Luzon and the Varnas", "links York with Tyneside, Varnshire and south-eastern Scotland": a name that
 * nothing read, joined to a place by a list's "and" or "or" (on either side, and across the list's commas),
 * and that could only be a place's name (unreadNameEnd), is a place too: a list names things of one kind.
 */
export function placesListedWithPlaces(tokens: Token[], text: string, read: Occurrence[], around: AroundTheNames = {}): Occurrence[] {
	// A list is joined to a place read: where the sentence has none, no token lookup is built.
	const places = read.filter(occurrence => kindOf(occurrence.votes) === 'place');
	if (places.length === 0) return [];
	const context: Context = {tokens, text, read, lowerCaseWords: around.lowerCaseWords, titles: around.titles ?? []};
	const found: Occurrence[] = [];
	const tokenAt = new Map(tokens.map((token, index) => [token.start, index]));
	const tokenEnding = new Map(tokens.map((token, index) => [token.end, index]));
	const taken = (start: number) => found.some(place => place.start === tokens[start]!.start);
	// Where the next member starts after the token `last` ends a member: past a comma, a conjunction and "the".
	const nextMember = (last: number, commaAlone: boolean): number | undefined => {
		let index = last + 1;
		const comma = commaAlone && /^,\s+$/u.test(tokens[last]!.post);
		if (!comma && !/^\s+$/u.test(tokens[last]!.post)) return undefined;
		if (conjunctions.has(tokens[index]?.text ?? '') && /^\s+$/u.test(tokens[index]!.post)) index++;
		else if (!comma) return undefined;
		if (tokens[index]?.text === 'the' && /^\s+$/u.test(tokens[index]!.post)) index++;
		return index < tokens.length ? index : undefined;
	};
	// Where the member before starts, when the token `first` opens a member: before a side word, "the", a conjunction or a comma.
	const previousMemberEnd = (first: number, commaAlone: boolean): number | undefined => {
		let index = first - 1;
		while (index >= 0 && sideWord.test(tokens[index]!.text) && /^[\s-]+$/u.test(tokens[index]!.post)) index--;
		if (tokens[index]?.text === 'the' && /^\s+$/u.test(tokens[index]!.post)) index--;
		if (conjunctions.has(tokens[index]?.text ?? '') && /^\s+$/u.test(tokens[index]!.post)) index--;
		else if (!commaAlone || !/^,\s+$/u.test(tokens[index]?.post ?? '')) return undefined;
		return index >= 1 && /^,?\s+$/u.test(tokens[index]!.post) ? index + 1 : undefined;
	};
	for (const place of places) {
		const first = tokenAt.get(place.start);
		const last = tokenEnding.get(place.end);
		if (first === undefined || last === undefined) continue;
		// A comma alone after or before a read place may end a phrase ("On board the Varn, Paris said"): the
		// first step to an unread name takes a conjunction, the next ones go on through the list's commas.
		// Rightwards: each unread name after a separator, through the list.
		for (let at = nextMember(last, false); at !== undefined; ) {
			const end = unreadNameEnd(context, at);
			if (end === undefined) break;
			if (!taken(at)) found.push(placeOf(context, at, end, 'place-listed-with-place'));
			at = nextMember(end - 1, true);
		}
		// Leftwards: an unread name of one to three words ending right before a separator.
		for (let after = previousMemberEnd(first, false); after !== undefined; ) {
			let start = after - 1;
			while (start > 1 && after - start < 3 && nameWord.test(tokens[start - 1]!.text) && /^ $/u.test(tokens[start - 1]!.post)) start--;
			const end = unreadNameEnd(context, start);
			if (end !== after) break;
			if (!taken(start)) found.push(placeOf(context, start, end, 'place-listed-with-place'));
			after = previousMemberEnd(start, true);
		}
	}
	return found;
}

/** Plural nouns of lands and waters written after the names they share ("the Varn and Oster rivers"). */
const pluralPlaceNouns = /^(?:lakes|rivers|islands|isles|mountains|valleys|beaches|bays|seas|peninsulas|canyons|caves|volcanoes|glaciers|hills|deserts|gorges|lagoons|straits|springs)$/u;

/**
 * "Barracuda and Varnagan lakes", "the Tigris and Oster rivers": names that nothing read, joined by "and"
 * (and commas), before a plural noun of lands or waters in lower case, each name one of them: places.
 */
export function placesBeforeTheirKind(tokens: Token[], text: string, read: Occurrence[], around: AroundTheNames = {}): Occurrence[] {
	const context: Context = {tokens, text, read, lowerCaseWords: around.lowerCaseWords, titles: around.titles ?? []};
	const found: Occurrence[] = [];
	tokens.forEach((token, index) => {
		if (!pluralPlaceNouns.test(token.text) || index < 3 || !/^\s+$/u.test(tokens[index - 1]!.post)) return;
		// The names before, last first: "… X, Y and Z lakes".
		const names: Array<[number, number]> = [];
		let after = index;
		for (;;) {
			let start = after - 1;
			while (start > 0 && after - start < 2 && nameWord.test(tokens[start - 1]!.text) && /^ $/u.test(tokens[start - 1]!.post)) start--;
			if (unreadNameEnd(context, start, true) !== after) break;
			names.push([start, after]);
			const separator = tokens[start - 1];
			if (separator && conjunctions.has(separator.text) && /^\s+$/u.test(separator.post) && names.length === 1) after = start - 1;
			else if (names.length > 1 && /^,\s+$/u.test(tokens[start - 1]?.post ?? '')) after = start;
			else break;
		}
		if (names.length < 2) return;
		for (const [start, end] of names) found.push(placeOf(context, start, end, 'place-before-its-kind'));
	});
	return found;
}

/**
 * "Cape of" and "Good Hope" read apart: a place's name never ends in "of"; where the name after it starts
 * right after, the two are one place ("the Cape of Good Hope", "the Isle of Varn"); elsewhere the "of" is cut.
 */
export function placesAcrossTrailingOf(occurrences: Occurrence[], text: string): Occurrence[] {
	const result: Occurrence[] = [];
	const consumed = new Set<Occurrence>();
	for (const occurrence of occurrences.toSorted((a, b) => a.start - b.start)) {
		if (consumed.has(occurrence)) continue;
		const trailing = /\s+of$/u.exec(occurrence.surface);
		if (!trailing || kindOf(occurrence.votes) !== 'place') {
			result.push(occurrence);
			continue;
		}
		const next = occurrences.filter(other => other.start === occurrence.end + 1 && /^\s$/u.test(text.charAt(occurrence.end)) && kindOf(other.votes) !== 'person').toSorted((a, b) => b.end - a.end)[0];
		const surface = next ? text.slice(occurrence.start, next.end) : occurrence.surface.slice(0, trailing.index);
		if (next) consumed.add(next);
		const end = occurrence.start + surface.length;
		result.push({...occurrence, surface, key: normaliseName(surface), tokenCount: surface.split(/\s+/u).length, end, rules: [...(occurrence.rules ?? []), 'place-across-trailing-of']});
	}
	return result;
}
