import {lookUpPlace} from '../../geo/gazetteer.js';
import type {EntityKind} from '../entity-types.js';
import {nameParticles, organizationHeads, personTitles, placeHeads} from '../lexicon.js';
import {bare, isOpeningThe, possessive} from '../name-words.js';
import {hasTag, type Token} from '../tokens.js';
import {isFirstName} from '../first-names.js';
import {isWellKnownPlace} from './names-within-names.js';
import {venueHeads} from './kind-overrides.js';
import {postNominals} from './person-shapes.js';
import {givenNameAndInitial, restOfFirstName} from './person-spans.js';

// Boundaries the tagger's labels get wrong in ways a reader never would, each a general pattern of how
// names are written: a comma ends a name ("Palawan, Philippines" are two places), a name has a capital
// somewhere (a lone "and" is no name), "St." belongs to the name it opens ("St. Louis"), a particle
// opening the next span of a person continues that person ("Abd al-Karim Qasim"), a country whose
// name has "and" in it is one place ("Bosnia and Herzegovina"), a body's name runs on over "of" ("House of
// Representatives"), a name runs on across a hyphen or "&" and across "and" where the words after it end in
// a body's or place's head ("Make-A-Wish Foundation", "Mary & Leigh Block Museum", "the Salt and Verde
// Rivers"), a first name owning a body's or place's name is part of it ("Sam's Club"), a sentence's
// opening "The" is no part of the name after it, a person's name ends at its possessive ("Jean
// Anouilh's Antigone"), and a place's or body's name runs on over a building's word after it and the
// capitalised word before one ("the Tallis Memorial Hall", "the Oakland Bay Bridge"); "Air" opens an airline's name.

/** `joined`: one name read across a joiner the rules' runs stop at ("Make-A-Wish Foundation"). */
export type Span = {start: number; end: number; kind: EntityKind; joined?: boolean};

// Words after a comma that still belong to the name before it: "Martin Luther King, Jr.", "Acme, Inc.".
const afterCommaInName = /^(?:Jr|Sr|Inc|Ltd|LLC|Co|Corp|PLC|II|III|IV)$/u;
const saint = /^(?:St|Ste|Saint)$/u;
const spaced = (token: Token) => /^\s+$/u.test(token.post) || /^\.\s+$/u.test(token.post);

/**
 * Cuts a span wherever one of its words is followed by a comma, a semicolon or a bracket ("Jeff [Drake]": no name
 * runs across a bracket), and a person's wherever a dash stands between two words ("Breonna Taylor–Ahmaud
 * Arbery" lists two people; a hyphen stays inside: "Jean-Paul").
 */
function splitAtCommas(span: Span, tokens: Token[]): Span[] {
	const pieces: Span[] = [];
	let start = span.start;
	for (let index = span.start; index < span.end - 1; index++) {
		const separates = /[,;()[\]]/u.test(tokens[index]!.post) || /[()[\]]/u.test(tokens[index + 1]!.pre) || (span.kind === 'person' && /^\s*[–—]\s*$/u.test(tokens[index]!.post));
		if (separates && !afterCommaInName.test(tokens[index + 1]!.text)) {
			pieces.push({...span, start, end: index + 1});
			start = index + 1;
		}
	}
	pieces.push({...span, start});
	return pieces;
}

/** The span run on over "and" (and "the") when the gazetteer knows the whole as one country. */
function countryAcrossAnd(span: Span, tokens: Token[], text: string): Span {
	if (tokens[span.end]?.text !== 'and') return span;
	for (let end = span.end + 2; end <= Math.min(tokens.length, span.end + 4); end++) {
		const name = text.slice(tokens[span.start]!.start, tokens[end - 1]!.end);
		if (lookUpPlace(name)?.kind === 'Country' && /^\p{Lu}/u.test(tokens[end - 1]!.text)) return {start: span.start, end, kind: 'place'};
	}
	return span;
}

const capitalised = (token: Token | undefined) => token !== undefined && /^\p{Lu}/u.test(token.text);

/**
 * "the House of Representatives", "the General Assembly of the United Nations": a body's name runs on over
 * "of" (and "the") into the capitalised words after it, where the tagger stopped at "of". The words
 * after must be capitalised and the joins plain spaces; a comma or a sentence end stops the name.
 */
function bodyAcrossOf(span: Span, tokens: Token[]): Span {
	if (span.kind !== 'organization' || tokens[span.end]?.text !== 'of' || !/^\s+$/u.test(tokens[span.end - 1]!.post)) return span;
	let at = span.end + 1;
	if (tokens[at]?.text === 'the' && /^\s+$/u.test(tokens[at - 1]!.post)) at++;
	if (!capitalised(tokens[at]) || !/^\s+$/u.test(tokens[at - 1]!.post)) return span;
	let end = at + 1;
	while (end < tokens.length && end - at < 5 && /^\s+$/u.test(tokens[end - 1]!.post) && capitalised(tokens[end])) end++;
	return {...span, end};
}

const headWords = new Set([...organizationHeads, ...placeHeads, 'rivers', 'lakes', 'mountains', 'hills', 'hall']);
const hasHead = (tokens: Token[], span: Span) => tokens.slice(span.start, span.end).some(token => headWords.has(bare(token.text)));
// The last word the head ("Wish Foundation"; not "South Korea", whose "South" heads places elsewhere).
const endsInHead = (tokens: Token[], span: Span) => headWords.has(bare(tokens[span.end - 1]!.text));

/**
 * Whether two spans the tagger cut apart are one name: joined by a hyphen without spaces before a body's
 * or place's head ("Make-A" and "Wish Foundation"; not "Israel-Hamas"), by "&" ("Mary &" and "Leigh
 * Block Museum of Art", "Johnson & Johnson"), or by "and" where the first part is one word with no
 * head of its own and no well-known place (a country, a big city, a state), and the second has a body's
 * or place's head ("Rock and Roll Hall of Fame", "the Salt and Verde Rivers"; not "Birmingham and
 * London", "Yale University and Harvard Law School").
 */
function oneNameAcrossJoiner(first: Span, second: Span, tokens: Token[], text: string): boolean {
	if (first.kind === 'person' && second.kind === 'person') return false;
	const last = tokens[first.end - 1]!;
	// "&" between two places lists them ("Tempe & Mesa", the corner "N 44th St & Tatum").
	const twoPlaces = first.kind === 'place' && second.kind === 'place';
	if (first.end === second.start) return ((last.post === '-' || last.post === '‐') && endsInHead(tokens, second)) || (last.text === '&' && /^\s+$/u.test(last.post) && !twoPlaces);
	if (second.start !== first.end + 1 || !/^\s+$/u.test(last.post) || !/^\s+$/u.test(tokens[first.end]!.post)) return false;
	const joiner = tokens[first.end]!.text;
	if (joiner === '&') return !twoPlaces;
	// A second part opened by its head is a name of its own ("the United Nations and Council of Europe").
	if (joiner !== 'and' || first.end - first.start > 1 || hasHead(tokens, first) || !hasHead(tokens, second) || headWords.has(bare(tokens[second.start]!.text))) return false;
	return !isWellKnownPlace(text.slice(tokens[first.start]!.start, last.end));
}

/**
 * "Sam's Club", "Joe's Bar", "St Mary's Hospital": a first name owning capitalised words that end in a
 * body's or place's head is one name with them, read by its head (not "Britain's Labour Party", "Tom
 * Hale's Party": a place or a full name owns the body).
 */
function ownedByFirstName(span: Span, tokens: Token[]): Span {
	const owner = tokens[span.end - 1]!;
	const match = /^(\p{Lu}\p{Ll}+)[’']s$/u.exec(owner.text);
	if (!match || span.end - span.start > (saint.test(tokens[span.start]!.text) ? 2 : 1) || !isFirstName(match[1]!) || lookUpPlace(match[1]!) || !/^\s+$/u.test(owner.post)) return span;
	let end = span.end;
	while (end < tokens.length && end - span.end < 3 && /^\p{Lu}\p{Ll}+$/u.test(tokens[end]!.text) && (end === span.end || /^\s+$/u.test(tokens[end - 1]!.post))) end++;
	if (end === span.end || !headWords.has(bare(tokens[end - 1]!.text))) return span;
	return {start: span.start, end, kind: placeHeads.has(bare(tokens[end - 1]!.text)) ? 'place' : 'organization', joined: true};
}

const numberWord = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundred|Thousand)$/u;

function joinAcrossJoiners(spans: Span[], tokens: Token[], text: string): Span[] {
	const joined: Span[] = [];
	const hyphened = (index: number) => index >= 0 && /^[-‐]$/u.test(tokens[index]!.post) && /^[\p{Lu}\p{N}]/u.test(tokens[index]!.text);
	for (const original of spans) {
		// "Hold-A-Hand Foundation" read from "Hand": the capitalised words hyphened to its first belong to it.
		let start = original.start;
		// Only a name with a body's or place's head ("the Israel-Hamas war" names two).
		while (original.kind !== 'person' && endsInHead(tokens, original) && hyphened(start - 1) && !joined.some(other => other.end > start - 1)) start--;
		const span = ownedByFirstName(start === original.start ? original : {...original, start, joined: true}, tokens);
		const previous = joined.at(-1);
		// The kind the part with the head was read as ("Verde Rivers" misread as a person leaves "Salt" a place).
		if (previous && oneNameAcrossJoiner(previous, span, tokens, text)) joined[joined.length - 1] = {start: previous.start, end: span.end, kind: span.kind === 'person' ? previous.kind : span.kind, joined: true};
		// A span the tagger read across a hyphen or "&" itself is one name too ("Make-A-Wish Foundation"), and so is
		// one a number word opens ("Ninety Mile Beach", "Seven Sisters Road"), which the rules' runs leave out.
		else {
			const inner = tokens.slice(span.start, span.end - 1);
			const whole = inner.some(token => /^[-‐]$/u.test(token.post) || (token.text === '&' && span.kind !== 'place')) || (span.end - span.start > 1 && numberWord.test(tokens[span.start]!.text));
			joined.push({...span, ...(whole ? {joined: true} : {})});
		}
	}
	return joined;
}

/**
 * "the University of Birmingham and London": a body's span that ends in "of", a known place, "and" and a
 * known place names the body and a second place (as name-runs.ts reads it), wherever the tagger ran on.
 */
function placesAfterAnd(span: Span, tokens: Token[]): Span[] {
	const and = span.end - 2;
	if (span.kind !== 'organization' || and - span.start < 3 || tokens[and]!.text !== 'and' || tokens[and - 2]!.text !== 'of') return [span];
	const place = (token: Token) => /^\p{Lu}/u.test(token.text) && isWellKnownPlace(bare(token.text));
	return place(tokens[and - 1]!) && place(tokens[and + 1]!) ? [{...span, end: and}, {start: and + 1, end: span.end, kind: 'place'}] : [span];
}

/** A capitalised word joined to the next by a hyphen and nothing else ("Anatole-"). */
const hyphenedCapital = (tokens: Token[], index: number) => /^\p{Lu}\p{Ll}+$/u.test(tokens[index]!.text) && /^[-‐]$/u.test(tokens[index]!.post) && tokens[index + 1]!.pre === '';

const venueWord = (token: Token | undefined) => token !== undefined && /^\p{Lu}\p{Ll}+$/u.test(token.text) && venueHeads.has(token.text.toLowerCase());
const plainWord = (token: Token | undefined) => token !== undefined && /^\p{Lu}[\p{Ll}.]+$/u.test(token.text) && !possessive.test(token.text);

/**
 * "the Tallis Memorial Hall", "Desert Ridge Marriott Resort", "the Greater Varn Metropolitan Area": a place's
 * or body's span runs on over one or two capitalised words right after it that end in a building's or
 * ground's word (venueHeads), where the tagger stopped before it; and a span that ends in one takes the
 * capitalised word right before it ("the Oakland Bay Bridge", "Century City Towers"), unless that word is
 * a title, a date's word or a sentence's opening "The". Only plain spaces join the words.
 */
function venueRunOn(span: Span, tokens: Token[], previous: Span | undefined): Span {
	if (span.kind === 'person') return span;
	let {start, end} = span;
	for (let length = 2; length >= 1; length--) {
		const words = tokens.slice(end, end + length);
		if (words.length === length && words.every(word => plainWord(word) && word.pre === '') && venueWord(words.at(-1)) && [tokens[end - 1]!, ...words.slice(0, -1)].every(token => token.post === ' ')) {
			end += length;
			break;
		}
	}
	const before = tokens[start - 1];
	// A word read as a name of its own may be taken ("Oakland" before "Bay Bridge"), not a person's or a longer name's last.
	const taken = previous !== undefined && previous.end === start && (previous.kind === 'person' || previous.end - previous.start > 1);
	if (venueWord(tokens[end - 1]) && end - start >= 2 && !taken && plainWord(before) && before!.post === ' ' && tokens[start]!.pre === '' && !isOpeningThe(tokens, start - 1) && !personTitles.has(bare(before!.text)) && !hasTag(before!, 'Date', 'Honorific', 'Verb')) start--;
	return start === span.start && end === span.end ? span : {...span, start, end, kind: 'place'};
}

/**
 * "Air Chathams fly five days a week", "flights on Air Varnholm": "Air" right before a name opens an
 * airline's name (also at a sentence's start, where the rules leave a word seen in lower case out), a body.
 */
function airline(span: Span, tokens: Token[]): Span {
	const before = tokens[span.start - 1];
	if (span.kind === 'person' || before?.text !== 'Air' || before.post !== ' ' || tokens[span.start]!.pre !== '' || !/^\p{Lu}\p{Ll}/u.test(tokens[span.start]!.text)) return span;
	return {...span, start: span.start - 1, kind: 'organization'};
}

/** The tagger's spans with the boundaries repaired (see above); `text` is the paragraph the tokens index. */
export function repairSpans(spans: Span[], tokens: Token[], text: string): Span[] {
	const repaired: Span[] = [];
	for (const original of joinAcrossJoiners(spans, tokens, text).flatMap(span => splitAtCommas(span, tokens)).flatMap(span => placesAfterAnd(span, tokens))) {
		if (!tokens.slice(original.start, original.end).some(token => /^[\p{Lu}\p{N}]/u.test(token.text))) continue;
		let span = {...original};
		// compromise leaves an empty word after a possessive ("camp's Kwok Ka-ki"): no name starts or ends with it.
		while (span.end - span.start > 1 && tokens[span.start]!.text === '') span.start++;
		while (span.end - span.start > 1 && tokens[span.end - 1]!.text === '') span.end--;
		// "Anatole-Désiré Moreau", "Armstrong-Jones": a capitalised word hyphened right before a person's name is its first part
		// (not one a capitalised word before it claims: "the Kessler-Harlow Administration" is read elsewhere).
		if (span.kind === 'person') while (span.start > 0 && hyphenedCapital(tokens, span.start - 1) && !(capitalised(tokens[span.start - 2]) && /^\s+$/u.test(tokens[span.start - 2]!.post)) && !repaired.some(other => other.end > span.start - 1)) span.start--;
		if (span.kind === 'person') span = givenNameAndInitial(span, tokens, repaired.at(-1));
		// "Jean Anouilh's Antigone": a person's name ends at its possessive; what the person owns is another thing.
		const owner = span.kind === 'person' ? tokens.slice(span.start, span.end - 1).findIndex(token => possessive.test(token.text)) : -1;
		if (owner >= 0) span.end = span.start + owner + 1;
		// "Ann Hale DBE", "Tom Varn MP": honours and offices written after a person's name in capitals are no part of it.
		while (span.kind === 'person' && span.end - span.start > 2 && postNominals.test(tokens[span.end - 1]!.text)) span.end--;
		const previous = repaired.at(-1);
		// "St. Louis", "Clyst St. Mary": the abbreviation opens the name after it, alone or ending the span before.
		const before = tokens[span.start - 1];
		if (before && saint.test(before.text) && spaced(before)) {
			if (previous && previous.end === span.start) {
				repaired.pop();
				span = {start: previous.start, end: span.end, kind: span.kind};
			} else span.start--;
		} else if (previous && previous.end === span.start && previous.kind === 'person' && span.kind === 'person' && nameParticles.has(tokens[span.start]!.text) && /^(?:\s+|-|‐)$/u.test(tokens[span.start - 1]!.post)) {
			// "Abd al-Karim Qasim" read as "Abd" and "al-Karim Qasim": one person.
			repaired.pop();
			span = {start: previous.start, end: span.end, kind: 'person'};
		} else if (previous && previous.end === span.start && restOfFirstName(previous, span, tokens, text)) {
			repaired.pop();
			span = {start: previous.start, end: span.end, kind: 'person'};
		}
		span = airline(venueRunOn(bodyAcrossOf(countryAcrossAnd(span, tokens, text), tokens), tokens, repaired.at(-1)), tokens);
		// The word a building's name took back was read as a name of its own ("Oakland" before "Bay Bridge").
		if (repaired.at(-1) !== undefined && repaired.at(-1)!.end > span.start && repaired.at(-1)!.start >= span.start) repaired.pop();
		// "The Bank of England held rates": an opening "The" is capitalised by the sentence, not by the name
		// (unless the whole is a place the gazetteer knows so: "The Hague").
		if (span.end - span.start > 1 && isOpeningThe(tokens, span.start) && !lookUpPlace(text.slice(tokens[span.start]!.start, tokens[span.end - 1]!.end))) span = {...span, start: span.start + 1};
		// A country's name is a place, also where it acts ("the Soviet Union launched"): never a body. A
		// person keeps the name ("Jordan" may be a surname) unless a preposition of place stands before it
		// ("the President of France", "flew to Jordan").
		const person = span.kind === 'person' && !/^(?:of|in|from|to|into|across|throughout)$/u.test(tokens[span.start - 1]?.text ?? '');
		if (span.kind !== 'place' && !person && lookUpPlace(text.slice(tokens[span.start]!.start, tokens[span.end - 1]!.end))?.kind === 'Country') span = {...span, kind: 'place'};
		// A span the country swallowed ("Herzegovina" after "Bosnia and") is gone.
		const last = repaired.at(-1);
		if (last && last.end > span.start) continue;
		while (repaired.length > 0 && repaired.at(-1)!.start >= span.start) repaired.pop();
		repaired.push(span);
	}
	// Spans inside a country read across "and" are dropped.
	return repaired.filter((span, index) => !repaired.some((other, at) => at !== index && other.start <= span.start && other.end >= span.end && (other.end - other.start) > (span.end - span.start)));
}

const smallTitleWords = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'to', 'for', 'at', 'de', 'la', 'vs']);

/**
 * Stretches of a sentence in quotation marks written as a title, every word capitalised but the small
 * ones ("“Super Mario Run”", "“Game of Thrones”"): a work's title (a game, a film, a song), whose words
 * name no person, body or place of the story. [start, end) token indexes.
 */
export function quotedTitles(tokens: Token[]): Array<{start: number; end: number}> {
	const titles: Array<{start: number; end: number}> = [];
	for (let start = 0; start < tokens.length; start++) {
		if (!/["“‘]$/u.test(tokens[start]!.pre)) continue;
		for (let end = start; end < tokens.length && end - start < 8; end++) {
			const token = tokens[end]!;
			if (!/^\p{Lu}/u.test(token.text) && !(end > start && smallTitleWords.has(token.text))) break;
			if (/^[,.]?["”’]/u.test(token.post)) {
				titles.push({start, end: end + 1});
				break;
			}
			if (!/^\s+$/u.test(token.post) && !/^[-‐]$/u.test(token.post)) break;
		}
	}
	return titles;
}
