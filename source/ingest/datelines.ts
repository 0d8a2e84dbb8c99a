import type {AnalysedParagraph, NameOccurrence} from './entity-types.js';
import {normaliseName} from './tokens.js';

// Datelines and picture credits, the capitals that wire copy puts before and beside the text:
// "MOSCOW, September 15. /TASS/. …", "RABAT, Morocco – …", "MOSCOW/SEOUL - …", "LONDON: …" give the
// places the story is filed from and the agency that filed it; a credit line such as
// "SPUTNIK/VIA REUTERS" names the agencies. Both are read from the text's shape, before the names.

const city = String.raw`\p{Lu}[\p{Lu}'’.-]*(?: \p{Lu}[\p{Lu}'’.-]*){0,2}`;
const datelinePattern = new RegExp(
	String.raw`^(${city}(?:\/${city})*)(?:,\s+(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?))?(?:,\s+\p{Lu}\p{Ll}+\.? \d{1,2})?(?:\.\s*\/(\p{Lu}[\p{L}-]+)\/\.?|\s+\((\p{Lu}[\p{L}-]+)\)\s*[–—-]|\s+(?:--|[–—-])|:)\s+\S`,
	'u',
);
// Some outlets write the cities in title case before a spaced colon, or several joined by slashes:
// "Moscow/Seoul : Talks began …", "New Delhi : The ministry …". A single city with its colon unspaced
// ("Moscow: the city …") is left alone: that is how a sentence can begin.
const titleCity = String.raw`\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}`;
const titleCities = new RegExp(titleCity, 'gu');
const titleCaseDateline = new RegExp(String.raw`^(${titleCity}(?:\s*\/\s*${titleCity})+\s*:|${titleCity}\s+:)\s+\S`, 'u');
// The two patterns above cost some 10–15 ms of CPU each to compile on their first runs in a process (their
// many \p{Lu} and \p{Ll} classes, for a text with any character past Latin-1, as most articles have), and
// most articles have no dateline. So each runs only where its match is possible: a dateline's cities are
// a leading run of capitals, spaces and . ' ’ - / holding three capitals at least (else no dateline, below);
// a title-case dateline's words before the text's first colon are all title case.
const leadingCapitals = /^[\p{Lu}'’.\-/ ]+/u;
const mayOpenDateline = (text: string) => (leadingCapitals.exec(text)?.[0].replace(/[^\p{Lu}]/gu, '').length ?? 0) >= 3;
function mayOpenTitleCaseDateline(text: string): boolean {
	const colon = text.indexOf(':');
	if (colon <= 0) return false;
	const words = text.slice(0, colon).split(/[\s/-]+/u).filter(Boolean);
	return words.length > 0 && words.every(word => /^\p{Lu}\p{Ll}+$/u.test(word));
}
const creditPattern = /^(?:\p{Lu}[\p{Lu}.'-]+)(?:\s*(?:\/|\bVIA\b|\s)\s*\p{Lu}[\p{Lu}.'-]+){0,5}$/u;

export type Dateline = {end: number; occurrences: NameOccurrence[]};

const titleCase = (text: string) => text.toLowerCase().replace(/(^|[\s/'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

function occurrence(paragraph: AnalysedParagraph, surface: string, start: number, kind: 'place' | 'organization', rule: string): NameOccurrence {
	const votes = {person: 0, organization: kind === 'organization' ? 4 : 0, place: kind === 'place' ? 4 : 0};
	// Capitals are the dateline's style, not the name's: "MOSCOW" is Moscow (the capitals stay an alias).
	const name = kind === 'place' ? titleCase(surface) : surface;
	return {surface, displayName: name, key: normaliseName(name), tokenCount: surface.split(/\s+/).length, article: paragraph.article, paragraph: paragraph.paragraph, start, end: start + surface.length, votes, acronym: false, rules: [rule], ...(kind === 'place' ? {detail: 'City'} : {})};
}

/** The dateline opening a paragraph (its places and agency), or the agencies of a credit line. */
export function readDateline(paragraph: AnalysedParagraph): Dateline | undefined {
	const {text} = paragraph;
	if (creditPattern.test(text) && text.split(/\s+/).length <= 8 && /\/|\bVIA\b/u.test(text)) {
		const occurrences = [...text.matchAll(/\p{Lu}[\p{Lu}.'-]+(?: \p{Lu}[\p{Lu}.'-]+)*/gu)]
			.flatMap(match => match[0].split(/\s*\bVIA\b\s*/u).map(part => ({part: part.trim(), start: match.index + match[0].indexOf(part.trim())})))
			.filter(({part}) => part.length > 1 && !/^(?:PHOTO|FILE|IMAGES?|POOL|HANDOUT|STAFF)$/u.test(part))
			.map(({part, start}) => occurrence(paragraph, part, start, 'organization', 'organization-credit-line'));
		return occurrences.length > 0 ? {end: text.length, occurrences} : undefined;
	}
	const titled = mayOpenTitleCaseDateline(text) ? titleCaseDateline.exec(text) : null;
	if (titled) {
		const cities = [...titled[1]!.matchAll(titleCities)];
		return {end: titled[0].length - 1, occurrences: cities.map(city => occurrence(paragraph, city[0], city.index, 'place', 'place-dateline'))};
	}
	const match = mayOpenDateline(text) ? datelinePattern.exec(text) : null;
	if (!match || match[1]!.replace(/[^\p{Lu}]/gu, '').length < 3) return undefined;
	const occurrences: NameOccurrence[] = [];
	let offset = 0;
	for (const place of match[1]!.split('/')) {
		occurrences.push(occurrence(paragraph, place, offset, 'place', 'place-dateline'));
		offset += place.length + 1;
	}
	if (match[2]) occurrences.push(occurrence(paragraph, match[2], text.indexOf(match[2], match[1]!.length), 'place', 'place-dateline'));
	const agency = match[3] ?? match[4];
	if (agency) occurrences.push(occurrence(paragraph, agency, text.indexOf(agency, match[1]!.length), 'organization', 'organization-dateline-agency'));
	return {end: match[0].length - 1, occurrences};
}
