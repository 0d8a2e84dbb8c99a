import {citiesNamed, lookUpPlace, placeKey, townsNamed} from '../../geo/gazetteer.js';
import {usStates} from '../../geo/place-coordinates.js';
import {isFirstLevel, regionsNamed} from '../../geo/regions.js';
import {kindOf} from '../entity-groups.js';
import type {NameOccurrence} from '../entity-types.js';
import {normaliseName, type Token} from '../tokens.js';

// "a boy from Tyler, Texas", "lives in Boulder, Colorado", "Kerava, Finland": a name written right before a
// comma and the state, province or country it lies in is a town of that land where the gazetteer knows one
// by that name there. The land says so more surely than any reading of the name alone: a town named like a
// person ("Tyler", "Austin") or read as one by the tagger is the town, and stays apart from the person
// named so elsewhere in the story (entity-groups.ts keeps it a place).

type Occurrence = Omit<NameOccurrence, 'article' | 'paragraph'>;

/** The rule a town read this way carries: grouping keeps it apart from a person's name of the same words. */
export const townBeforeItsLandRule = 'place-before-its-land';

/** "D.C.": the district Washington is, which GeoNames writes into the city's own name ("Washington, D.C."). */
const federalDistrict = /^(?:D\.C\.?|DC)$/u;

/** The country and (for a US state) the state's code of a land's name; undefined when it names no land. */
function landOf(name: string): {country: string; state?: string} | undefined {
	if (federalDistrict.test(name)) return {country: 'US', state: 'DC'};
	const state = usStates.get(placeKey(name));
	if (state) return {country: 'US', state};
	const place = lookUpPlace(name);
	if (place?.kind === 'Country') return {country: place.country};
	const division = regionsNamed(name).find(region => isFirstLevel(region) && placeKey(region.names[0]!) === placeKey(name));
	return division ? {country: division.country} : undefined;
}

/** Whether the gazetteer knows a town of that name in the land (in the state, for the United States). */
function hasTown(name: string, land: {country: string; state?: string}): boolean {
	const candidates = [...citiesNamed(name), ...townsNamed(name, new Set([land.country]))];
	return candidates.some(town => town.country === land.country && (land.state === undefined || town.adminCode === land.state));
}

/**
 * The sentence's names with each town written before its land read as that town: the town's own readings give
 * way to a place ("Tyler" read as a person), and so does the land's ("Texas" read as a person in a list of
 * names). "Washington, D.C." is one place, as the city's own name: its first word alone is George
 * Washington's surname as often. A land followed by more capitalised words or a possessive is part of
 * another name ("Hale, Texas Republican", "Cruz, Texas's senator") and says nothing.
 */
export function townsBeforeTheirLand(occurrences: Occurrence[], tokens: Token[], text: string): Occurrence[] {
	let read = occurrences;
	for (let comma = 0; comma < tokens.length - 1; comma++) {
		if (!/^,\s+$/u.test(tokens[comma]!.post) || !/^\p{Lu}/u.test(tokens[comma]!.text)) continue;
		// The land: one or two capitalised words after the comma, ending the phrase.
		let landEnd = comma + 1;
		while (landEnd < tokens.length && landEnd - comma <= 2 && /^\p{Lu}/u.test(tokens[landEnd]!.text) && (landEnd === comma + 1 || /^ $/u.test(tokens[landEnd - 1]!.post))) landEnd++;
		const after = tokens[landEnd];
		const lastPost = tokens[landEnd - 1]!.post;
		if ((after && /^ $/u.test(lastPost) && /^\p{Lu}/u.test(after.text)) || /^['’]/u.test(lastPost) || (after && /^['’]s?$/u.test(after.text))) continue;
		const landStart = tokens[comma + 1]!.start;
		const landSurface = text.slice(landStart, tokens[landEnd - 1]!.end);
		if (/['’]s?$/u.test(landSurface)) continue;
		const land = landOf(landSurface);
		if (!land) continue;
		// The town: the last one to three capitalised words before the comma, joined by single spaces (the longest the gazetteer knows there).
		let town: {start: number; end: number; surface: string; tokenCount: number} | undefined;
		for (let length = 3; length >= 1 && !town; length--) {
			const first = comma - length + 1;
			if (first < 0) continue;
			const words = tokens.slice(first, comma + 1);
			// (A town in capitals is a dateline's, which datelines.ts reads.)
			if (!words.every(token => /^\p{Lu}[\p{L}'’.-]*$/u.test(token.text) && /\p{Ll}/u.test(token.text)) || words.slice(0, -1).some(token => !/^ $/u.test(token.post))) continue;
			const surface = text.slice(words[0]!.start, words.at(-1)!.end);
			if (hasTown(surface, land)) town = {start: words[0]!.start, end: words.at(-1)!.end, surface, tokenCount: length};
		}
		if (!town) continue;
		const {start, end} = town;
		// A longer name holding the town is read as it was: a person's ("Sen. Rick Perry, Texas", where Perry is
		// also a Texan town) or a body's ("the University of Arlington, Texas" read whole).
		if (read.some(other => other.start <= start && other.end >= end && other.end - other.start > end - start)) continue;
		const overlaps = (other: Occurrence, from: number, to: number) => other.start < to && from < other.end;
		if (land.state === 'DC') {
			const surface = text.slice(start, tokens[landEnd - 1]!.end);
			read = [...read.filter(other => !overlaps(other, start, start + surface.length)), placeOccurrence(surface, start, town.tokenCount + landEnd - comma - 1)];
			continue;
		}
		const landTokens = landEnd - comma - 1;
		const landEndAt = landStart + landSurface.length;
		// The town's own reading, if it was read exactly so, keeps what else it knows (its other rules), as a place.
		const own = read.find(other => other.start === start && other.end === end);
		const asTown: Occurrence = own ? {...own, votes: {person: 0, organization: 0, place: Math.max(4, own.votes.place)}, rules: [...(own.rules ?? []), townBeforeItsLandRule]} : placeOccurrence(town.surface, start, town.tokenCount);
		const landRead = read.some(other => other.start === landStart && other.end === landEndAt && kindOf(other.votes) === 'place');
		read = [
			...read.filter(other => !overlaps(other, start, end) && !(overlaps(other, landStart, landEndAt) && !landRead)),
			asTown,
			...(landRead ? [] : [placeOccurrence(landSurface, landStart, landTokens)]),
		];
	}
	return read;
}

function placeOccurrence(surface: string, start: number, tokenCount: number): Occurrence {
	const place = lookUpPlace(surface);
	return {surface, key: normaliseName(surface), tokenCount, start, end: start + surface.length, votes: {person: 0, organization: 0, place: 4}, acronym: false, ...(place ? {detail: place.kind === 'Country' ? 'Country' : 'City'} : {}), rules: [townBeforeItsLandRule]};
}
