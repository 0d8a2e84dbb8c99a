import {lookUpPlace} from '../../geo/gazetteer.js';
import {namesStateOrProvince} from '../../geo/regions.js';
import {kindOf} from '../entity-groups.js';
import type {NameOccurrence} from '../entity-types.js';
import {organizationHeads, personTitles} from '../lexicon.js';
import {bare, isCommonWord} from '../name-words.js';
import {normaliseName} from '../tokens.js';
import {namesLand} from './kind-overrides.js';

// Names nested in a name the tagger or the rules read: the place a body is named after, the body a
// person's title names. Each is a second occurrence beside the first, which stays whole.

type Occurrence = Omit<NameOccurrence, 'article' | 'paragraph'>;

/**
 * "the University of Paris", "the Hebrew University of Jerusalem": a body named after its city or country
 * also names that place, as a reader takes it (and GUM's annotators mark it). Only a city or country the
 * gazetteer knows by exactly that name; the body stays whole.
 */
export function nestedPlace(occurrence: Occurrence): Array<Occurrence> {
	if (kindOf(occurrence.votes) !== 'organization') return [];
	const match = /\sof\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})$/u.exec(occurrence.surface);
	if (!match || isCommonWord(match[1]!)) return [];
	const place = lookUpPlace(match[1]!);
	// A state or province too ("the University of Michigan"), not a UK nation ("the Bank of England" is the bank's style).
	if (!place && !namesStateOrProvince(match[1]!) && !(match[1]!.split(' ').length === 2 && namesLand(match[1]!))) return [];
	const start = occurrence.start + match.index + match[0].length - match[1]!.length;
	const surface = match[1]!;
	return [{surface, key: normaliseName(surface), tokenCount: surface.split(/\s+/u).length, start, end: start + surface.length, votes: {person: 0, organization: 0, place: 2}, acronym: false, ...(place ? {detail: place.kind === 'Country' ? 'Country' : 'City'} : {}), rules: ['place-named-in-body']}];
}

/**
 * "Metropolitan Police Commissioner Mark Rowe", "Labour Party Leader Ana Lind": a title in capitals
 * before a person's name, opened by two or more capitalised words ending in a body's head, names that body.
 */
export function bodyInTitle(occurrence: Occurrence, text: string): Array<Occurrence> {
	const {role} = occurrence;
	if (!role || kindOf(occurrence.votes) !== 'person' || !(occurrence.rules ?? []).includes('person-title-in-name')) return [];
	const match = /^((?:\p{Lu}[\p{L}'’-]*\s+){1,3}(\p{Lu}\p{Ll}+))\s+\p{Lu}\p{Ll}+$/u.exec(role);
	if (!match || !organizationHeads.has(match[2]!.toLowerCase()) || personTitles.has(bare(role.split(/\s+/u)[0]!))) return [];
	const roleStart = text.lastIndexOf(role, occurrence.start);
	if (roleStart < 0 || occurrence.start - roleStart - role.length > 2) return [];
	const surface = match[1]!;
	return [{surface, key: normaliseName(surface), tokenCount: surface.split(/\s+/u).length, start: roleStart, end: roleStart + surface.length, votes: {person: 0, organization: 3, place: 0}, acronym: false, rules: ['organization-in-title']}];
}
