// Occurrences of names grouped into the entities they stand for: one entity per person, body or place,
// however the text shortens it (a surname, initials), with the kind most of its occurrences vote for.
import {lookUpPlace} from '../geo/gazetteer.js';
import {namesFirstLevelDivision} from '../geo/regions.js';
import {isFirstName} from './first-names.js';
import {nameConnectors, placeDescriptors} from './lexicon.js';
import {isCommonWord, isKnownPersonName} from './name-words.js';
import type {EntityKind, ExtractedEntity, NameOccurrence, Votes} from './entity-types.js';

export const noVotes = (): Votes => ({person: 0, organization: 0, place: 0});
/** A name the gazetteer knows as a place that is not also an everyday word. */
export const isKnownPlace = (name: string) => lookUpPlace(name) !== undefined && !isCommonWord(name);

type Group = {key: string; occurrences: NameOccurrence[]; votes: Votes; words: string[]};

function addVotes(target: Votes, source: Votes): void {
	target.acronym = Math.max(target.acronym ?? 0, source.acronym ?? 0);
	target.person += source.person;
	target.organization += source.organization;
	target.place += source.place;
}

/** The kind with the most evidence, if it has some (2 or more) and beats the others. */
export function kindOf(votes: Votes): EntityKind | undefined {
	// The rules ask this of every occurrence many times: the same answer without the arrays and the sort
	// (the kind with the most votes, at least 2, and no other with as many).
	const person = votes.person;
	const organization = votes.organization + (votes.acronym ?? 0);
	const place = votes.place;
	const most = Math.max(person, organization, place);
	if (Number.isNaN(most)) return kindBySorting(votes);
	if (most < 2 || (person === most ? 1 : 0) + (organization === most ? 1 : 0) + (place === most ? 1 : 0) > 1) return undefined;
	return person === most ? 'person' : organization === most ? 'organization' : 'place';
}

/** kindOf as first written: a vote that is no number (never seen) keeps its old answer. */
function kindBySorting(votes: Votes): EntityKind | undefined {
	const counted: Array<[EntityKind, number]> = [
		['person', votes.person],
		['organization', votes.organization + (votes.acronym ?? 0)],
		['place', votes.place],
	];
	const ranked = counted.toSorted((a, b) => b[1] - a[1]);
	return ranked[0]![1] >= 2 && ranked[0]![1] > ranked[1]![1] ? ranked[0]![0] : undefined;
}

function initials(words: string[]): string {
	return words
		.filter(word => !nameConnectors.has(word))
		.map(word => word[0])
		.join('');
}

/** A name's words without its middle initials: "Ana B. Lima" is written "Ana Lima" as often. */
const withoutMiddleInitials = (words: string[]) => words.filter((word, index) => index === 0 || index === words.length - 1 || !/^\p{L}\.?$/u.test(word));

/** Whether `short` is the first or last words of `long`: "Kim" of "Kim Jong Un", "Pacheco Pardo"; or `long` without its middle initials or names. */
function isPartOf(short: string[], long: string[]): boolean {
	if (short.length >= long.length) return false;
	const plain = withoutMiddleInitials(long);
	if (plain.length === short.length && plain.every((word, index) => short[index] === word)) return true;
	// "Jared Padalecki" of "Jared Tristan Padalecki": a first name and a surname are the full name without its middle names.
	if (short.length === 2 && long.length <= 4 && short[0] === long[0] && short[1] === long.at(-1) && isFirstName(short[0]!.replace(/^\p{L}/u, letter => letter.toUpperCase()))) return true;
	const prefix = short.every((word, index) => long[index] === word);
	const suffix = short.every((word, index) => long[long.length - short.length + index] === word);
	return prefix || suffix;
}

function mostCommon(values: string[]): string | undefined {
	const counts = new Map<string, number>();
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	let best: string | undefined;
	for (const [value, count] of counts) if (best === undefined || count > counts.get(best)!) best = value;
	return best;
}

/**
 * "Yahoo Japan", "Google India": a body's name followed by a country names another body, its branch
 * there; "Yahoo" alone is the parent, not a short form of the branch (a person is not named so).
 */
function isCountryBranch(short: string[], long: string[], longKind: EntityKind | undefined): boolean {
	if (longKind === 'person' || !short.every((word, index) => long[index] === word)) return false;
	const rest = long.slice(short.length).join(' ');
	return lookUpPlace(rest)?.kind === 'Country' && !isKnownPlace(long.join(' '));
}

/**
 * "Amazon founder Jeff Bezos", "shares of Nokia": a name read as a place (a river, a town) that has a
 * founder or shares, or is bought, is the company named after it, wherever else it stands alone
 * (organization-company-words); not a country, a big city or a state ("its London headquarters").
 */
function namesCompanyLikePlace(group: Group): boolean {
	if (kindOf(group.votes) !== 'place' || !group.occurrences.some(occurrence => occurrence.rules?.includes('organization-company-words'))) return false;
	const place = lookUpPlace(group.key);
	return place?.kind !== 'Country' && !(place?.kind === 'City' && place.population >= 100_000) && !namesFirstLevelDivision(group.key);
}

/** Rules that say a name is a body by the words around it: "the Ennahda party", "the group Ennahda", "news agency X". */
const preciseBodyRules = new Set(['organization-descriptor-after', 'organization-descriptor-before', 'organization-news-agency', 'organization-the-name-speaks']);

/**
 * "a government led by the Ennahda party … Ennahda stepped down": a one-word name that some words around
 * it call a body is that body, where its reading as a person is only the tagger's guess (no title, first
 * name or other person's rule anywhere): a guess repeated over the document does not outvote the words.
 */
function namedBodyNotPerson(group: Group): boolean {
	if (group.words.length !== 1 || kindOf(group.votes) !== 'person') return false;
	const rules = group.occurrences.flatMap(occurrence => occurrence.rules ?? []);
	return rules.some(rule => preciseBodyRules.has(rule)) && !rules.some(rule => rule.startsWith('person-'));
}

/**
 * "Take, say, Obama: Obama's adviser …": a one-word name the language knows as a person's, read as a person
 * somewhere in the story, is that person where its reading as a place rests only on weak evidence (the tagger,
 * a preposition: no occurrence with strong place evidence) and the gazetteer knows it only as a town
 * (Obama, a town of 33,000 in Japan; not a country, a city of 100,000 or more, or a state).
 */
function personNamedLikeTown(group: Group): boolean {
	if (group.words.length !== 1 || kindOf(group.votes) !== 'place' || !isKnownPersonName(group.key)) return false;
	if (!group.occurrences.some(occurrence => kindOf(occurrence.votes) === 'person') || group.occurrences.some(occurrence => occurrence.votes.place >= 4)) return false;
	const place = lookUpPlace(group.key);
	return place?.kind !== 'Country' && !(place?.kind === 'City' && place.population >= 100_000) && !namesFirstLevelDivision(group.key);
}

/** Groups occurrences into entities and decides each one's kind; names without evidence are left out. */
export function groupEntities(occurrences: NameOccurrence[]): ExtractedEntity[] {
	const groups = new Map<string, Group>();
	for (const occurrence of occurrences) {
		let group = groups.get(occurrence.key);
		if (!group) groups.set(occurrence.key, (group = {key: occurrence.key, occurrences: [], votes: noVotes(), words: occurrence.key.split(' ')}));
		group.occurrences.push(occurrence);
		addVotes(group.votes, occurrence.votes);
	}
	const merged = new Set<Group>();
	const mergeInto = (target: Group, source: Group, onlyKind?: EntityKind) => {
		target.occurrences.push(...source.occurrences);
		addVotes(target.votes, onlyKind ? {...noVotes(), [onlyKind]: source.votes[onlyKind]} : source.votes);
		merged.add(source);
	};
	const all = [...groups.values()];
	// Acronyms of longer names: "US" for "United States", "NIS" for "National Intelligence Service".
	for (const group of all) {
		if (!group.occurrences.some(occurrence => occurrence.acronym) || group.words.length !== 1) continue;
		const matches = all.filter(other => other !== group && other.words.length > 1 && initials(other.words) === group.key);
		if (matches.length === 1) mergeInto(matches[0]!, group);
	}
	// "Tanabe Kiyo" and "Kiyo Tanabe": a person's two names in both orders (an East Asian name written family name
	// first and in the Western order) are one person, named as the story writes them more often.
	for (const group of all) {
		if (merged.has(group) || group.words.length !== 2 || kindOf(group.votes) !== 'person') continue;
		const swapped = groups.get(`${group.words[1]} ${group.words[0]}`);
		if (!swapped || swapped === group || merged.has(swapped) || kindOf(swapped.votes) !== 'person') continue;
		if (swapped.occurrences.length > group.occurrences.length) mergeInto(swapped, group);
		else mergeInto(group, swapped);
	}
	// Shorter forms of longer names, when exactly one longer name fits.
	const byLength = all.filter(group => !merged.has(group)).toSorted((a, b) => a.words.length - b.words.length);
	for (const group of byLength) {
		const fitting = byLength.filter(other => other !== group && !merged.has(other) && isPartOf(group.words, other.words));
		// "Kennedy" beside "John Kennedy" and "the Kennedy family": the surname alone is the member the story names, not the family.
		const members = fitting.filter(other => other.words.at(-1) !== 'family');
		const longer = members.length > 0 ? members : fitting;
		if (longer.length === 0) continue;
		const kinds = new Set(longer.map(other => kindOf(other.votes)));
		// Prefer the longest reading; all candidates must agree on the entity they name.
		const target = longer.toSorted((a, b) => b.words.length - a.words.length)[0]!;
		const sameName = longer.every(other => isPartOf(other.words, target.words) || other === target);
		// "Valencia" stays a place beside "University of Valencia"; "Kim" joins "Kim Jong Un".
		const ownKind = kindOf(group.votes);
		const targetKind = kindOf(target.votes);
		// A surname alone ("Park", "Moon") names the person who has it; other short forms join unless
		// their own evidence is strong for another kind.
		const ownVotes = ownKind === undefined ? 0 : ownKind === 'organization' ? group.votes.organization + (group.votes.acronym ?? 0) : group.votes[ownKind];
		const agrees = ownKind === undefined || ownKind === targetKind || targetKind === 'person' || ownVotes < 2 * group.occurrences.length || opensBodyUnaddressed(group, target, ownKind, targetKind);
		// An exact country or city name is that place, not a longer place containing it: "Sudan" beside "South Sudan".
		// Unless the longer name only says what kind of place it is: "Albania" is the "Republic of Albania".
		const described = target.words.length === group.words.length + 2 && target.words.at(-group.words.length - 1) === 'of' && placeDescriptors.has(target.words[0]!);
		// So is a place read as one beside the bodies named after it: "California" beside "University of California"
		// and "University of Southern California" (ambiguous between them, it had been dropped).
		const placeBesideBodies = ownKind === 'place' && targetKind === 'organization' && (isKnownPlace(group.key) || namesFirstLevelDivision(group.key));
		// And a town the text places in its state or country ("Tyler, Texas") is no short form of a person's name ("Tyler Hale").
		const townOfItsLand = ownKind === 'place' && group.occurrences.some(occurrence => occurrence.rules?.includes('place-before-its-land'));
		const exactPlace = (targetKind === 'place' && ownKind !== 'person' && isKnownPlace(group.key) && !described) || placeBesideBodies || townOfItsLand;
		// "U.N." is no short form of "Kim Jong Un": a name written in initials is not a word of a person's name.
		const writtenInInitials = group.occurrences.every(occurrence => occurrence.acronym);
		if (exactPlace || isCountryBranch(group.words, target.words, targetKind) || (writtenInInitials && targetKind === 'person')) continue;
		// A surname joining a person's full name brings its occurrences, not a verb's guess at another kind
		// ("Moss reported the loss" had outvoted "Maria Moss" into no entity at all).
		if (sameName && kinds.size === 1 && agrees) mergeInto(target, group, targetKind === 'person' && group.words.length === 1 ? 'person' : undefined);
		else if (!(sameName && kinds.size === 1) && (ownKind === undefined || group.words.length === 1)) merged.add(group);
	}
	const entities: ExtractedEntity[] = [];
	for (const group of all) {
		if (merged.has(group)) continue;
		const kind = namesCompanyLikePlace(group) || namedBodyNotPerson(group) ? 'organization' : personNamedLikeTown(group) ? 'person' : kindOf(group.votes);
		if (!kind) continue;
		const surfaces = group.occurrences.map(occurrence => occurrence.surface);
		const longest = Math.max(...group.occurrences.map(occurrence => occurrence.tokenCount));
		// Capitals that are only a dateline's style ("MOSCOW") give way to the name as the text writes it elsewhere.
		const plain = group.occurrences.filter(occurrence => occurrence.displayName === undefined);
		const naming = plain.length > 0 ? plain : group.occurrences;
		const longestNaming = Math.max(...naming.map(occurrence => occurrence.tokenCount));
		const name =
			mostCommon(naming.filter(occurrence => occurrence.tokenCount === longestNaming && !occurrence.acronym).map(occurrence => occurrence.displayName ?? occurrence.surface)) ??
			mostCommon(naming.map(occurrence => occurrence.displayName ?? occurrence.surface))!;
		void longest;
		const aliases = [...new Set(surfaces)].filter(surface => surface !== name);
		// A courtesy title ("Mr", "Ms") says how the person is addressed, not what they are: no role.
		const roles = group.occurrences.map(occurrence => occurrence.role).filter((role): role is string => role !== undefined && !/^(?:Mr|Mrs|Ms|Miss|Mx|Mme|Mlle)\.?$/u.test(role));
		const role = kind === 'person' ? roles.toSorted((a, b) => b.split(' ').length - a.split(' ').length)[0] : undefined;
		// "Country" and "City" describe places; descriptors ("Agency", "Newspaper") describe organisations.
		const fitting = (detail: string | undefined): detail is string => detail !== undefined && (kind === 'place') === (detail === 'Country' || detail === 'City');
		const type = kind === 'person' ? undefined : mostCommon(group.occurrences.map(occurrence => occurrence.detail).filter(fitting));
		const counts = new Map<string, number>();
		for (const occurrence of group.occurrences) for (const rule of occurrence.rules ?? []) counts.set(rule, (counts.get(rule) ?? 0) + 1);
		const rules = [...counts].map(([rule, count]) => (count > 1 ? `${rule} ×${count}` : rule));
		entities.push({kind, name, aliases, role, type, rules, occurrences: group.occurrences.toSorted((a, b) => a.article - b.article || a.paragraph - b.paragraph || a.start - b.start)});
	}
	return entities.toSorted((a, b) => firstSeen(a) - firstSeen(b));
}

// The rules that say a person is meant, beyond a word's look: a title, a role, an apposition, a title of address.
const personCues = /^person-(?:title|role|apposition|epithet)/u;

/**
 * "Kestrel Foods said …", then "Kestrel employs 6,200 people": one word that opens a body's name in the story, read as
 * a person only by its look (a listed first name, the tagger), with no title or role anywhere, is the body's short form.
 */
function opensBodyUnaddressed(group: Group, target: Group, ownKind: EntityKind | undefined, targetKind: EntityKind | undefined): boolean {
	if (ownKind !== 'person' || targetKind !== 'organization' || group.words.length !== 1 || target.words[0] !== group.words[0]) return false;
	// (A title of address weighs as a title does: "Mr. Kestrel" is a person.)
	return group.occurrences.every(occurrence => occurrence.role === undefined && occurrence.votes.person < 4 && !(occurrence.rules ?? []).some(rule => personCues.test(rule) || rule === 'speaker-before-colon'));
}

function firstSeen(entity: ExtractedEntity): number {
	const first = entity.occurrences[0]!;
	return first.article * 1e9 + first.paragraph * 1e5 + first.start;
}
