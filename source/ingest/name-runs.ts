import {isFirstName} from './first-names.js';
import {lookUpPlace} from '../geo/gazetteer.js';
import {regionsNamed} from '../geo/regions.js';
import {compoundSuffixes, connectorHeads, nameConnectors, nameParticles, organizationHeads, personTitles, servicePairs} from './lexicon.js';
import {personStartsAt} from './name-boundaries.js';
import {bodyApposedAfter} from './entity-roles.js';
import {bare, isCommonWord, isOpeningThe, neverAName, possessive, startsClause} from './name-words.js';
import {hasTag, isCapitalised, type Token} from './tokens.js';
import {isKnownPlace} from './entity-groups.js';
import type {CaseEvidence} from './case-evidence.js';

// The runs of capitalised words that may be names (split from entities.ts): which words are name words,
// and where "and", "on", hyphens and particles join two of them into one name.

function isNameWord(tokens: Token[], index: number, evidence: CaseEvidence): boolean {
	const token = tokens[index]!;
	if (!isCapitalised(token.text)) return false;
	// "Jan van der Berg", "May Lin": a month's name before another name (not before a day number) is a first name.
	if (hasTag(token, 'Month') && !startsClause(tokens, index)) {
		const next = tokens[index + 1];
		return next !== undefined && /^\s+$/u.test(token.post) && (nameParticles.has(next.text) || (isCapitalised(next.text) && !hasTag(next, 'Date', 'Value')));
	}
	if (neverAName(token)) return false;
	const word = bare(token.text);
	if (/^\p{Lu}[\p{Lu}.]+$/u.test(token.text) && token.text.length > 1) {
		// All capitals: an acronym (KCNA, U.S.), not a shouted word (MEETING).
		return hasTag(token, 'Acronym', 'ProperNoun', 'Organization', 'Place', 'Person') || !hasTag(token, 'Verb', 'Adjective', 'Expression', 'Gerund');
	}
	// An opening "The" is the sentence's capital, however compromise tags it ("The Bank of England held …").
	if (isOpeningThe(tokens, index)) return false;
	if (!startsClause(tokens, index)) return !hasTag(token, 'Adverb') || hasTag(token, 'ProperNoun');
	// "Van der Hoek said …", "Von der Leyen": a particle capitalised by the sentence, before another particle, opens a surname.
	const next = tokens[index + 1];
	if (nameParticles.has(word.toLowerCase()) && next !== undefined && nameParticles.has(next.text) && /^\s+$/u.test(token.post)) return true;
	// At the start of a sentence every word has a capital: trust it only with other evidence.
	const tagged = hasTag(token, 'ProperNoun', 'Person', 'Place', 'Organization', 'Acronym', 'FirstName', 'LastName');
	// The gazetteer vouches for a city or country at the start of a sentence ("Khabarovsk welcomed …").
	// "Harfang, the regional broadcaster, said": an apposition naming a body vouches for the word before it.
	return ((tagged || evidence.capitalisedInside.has(word) || isKnownPlace(word)) && !evidence.lowerCase.has(word)) || bodyApposedAfter(tokens, index) !== undefined;
}

/** Whether two adjacent words of a name are joined only by a space or a hyphen. */
function joined(left: Token, right: Token): 'space' | 'hyphen' | undefined {
	if (right.pre !== '') return undefined;
	if (left.post === '-' || left.post === '‐') return 'hyphen';
	// "Ellen M. Smith": a middle initial before a surname compromise reads as part of a person's name.
	if (/^\p{Lu}$/u.test(left.text) && /^\.\s+$/u.test(left.post) && hasTag(left, 'Person') && isCapitalised(right.text) && hasTag(right, 'Person', 'LastName', 'ProperNoun', 'Organization')) return 'space';
	// "St. Louis", "Mt. Everest": an abbreviation of Saint or Mount opens the name after it.
	if (/^(?:St|Ste|Mt)$/u.test(left.text) && /^\.\s+$/u.test(left.post) && isCapitalised(right.text)) return 'space';
	return /^\s+$/u.test(left.post) || left.post === '' ? 'space' : undefined;
}

/** Whether the words before a hyphen (from `start`) and those right after it (one or two) both name known places. */
function placesAcrossHyphen(tokens: Token[], start: number, end: number): boolean {
	const before = tokens.slice(start, end).map(token => bare(token.text)).join(' ');
	const after = [tokens[end], tokens[end + 1]].filter((token): token is Token => token !== undefined);
	const afterNames = [bare(after[0]!.text), ...(after[1] && joined(after[0]!, after[1]) === 'space' ? [`${bare(after[0]!.text)} ${bare(after[1].text)}`] : [])];
	// Unless the whole is itself one place: "Guinea-Bissau", "Baden-Baden", "Baden-Württemberg".
	if (afterNames.some(name => isKnownPlace(`${before}-${name}`) || regionsNamed(`${before}-${name}`).length > 0)) return false;
	return isKnownPlace(before) && afterNames.some(isKnownPlace);
}

/** Words that may join two parts of one name: "Harbour Fire and Rescue", "Centre on Housing". */
export const innerJoiners = new Set(['and', '&', 'on']);

/**
 * Where a country's name read across the word at `at` ends, if the gazetteer knows the whole: an "and"
 * ("Trinidad and Tobago") or a possessive ("Democratic People's Republic of Korea", `words` 3).
 */
function countryAcross(tokens: Token[], start: number, at: number, words = 2): number | undefined {
	for (let end = at + 2; end <= Math.min(tokens.length, at + 1 + words); end++) {
		if (!isCapitalised(tokens[end - 1]!.text)) continue;
		if (lookUpPlace(tokens.slice(start, end).map(token => token.text).join(' '))?.kind === 'Country') return end;
	}
	return undefined;
}

/**
 * Whether the joiner at `at` is inside one body's name: "on" right after an organisation's head word
 * ("Centre on …"), "and" in a name that already has a connector ("Centre on Housing and Work"), or a
 * joiner whose capitalised words after it end in an organisation's head word ("Fire and Rescue Service").
 */
function joinsOneName(tokens: Token[], start: number, at: number, evidence: CaseEvidence): boolean {
	const joiner = tokens[at]!.text;
	const before = bare(tokens[at - 1]!.text);
	if (joiner === 'on') return organizationHeads.has(before);
	// "the Ministry of Health and Karim Said": a person's first name and surname after "and" is a second name.
	const first = tokens[at + 1];
	const surname = tokens[at + 2];
	if (first && surname && (isFirstName(first.text) || hasTag(first, 'FirstName')) && /^\s+$/u.test(first.post) && (isCapitalised(surname.text) || nameParticles.has(surname.text))) return false;
	// "Ambassador Ivo Varnick and Harbour News": before it, a person's title, a first name and a surname are a
	// person's whole name (no body is called so); the joiner lists a second name.
	if (joiner === 'and' && titledPersonBefore(tokens, start, at)) return false;
	if (joiner !== 'on' && servicePairs.has(`${before.toLowerCase()} ${bare(tokens[at + 1]!.text).toLowerCase()}`)) return true;
	// "the University of Birmingham and London('s)": a known place on both sides of "and" after a connector, the
	// name ending there, is the body and a second place.
	const placesBothSides = tokens[at - 2] !== undefined && nameConnectors.has(tokens[at - 2]!.text) && isKnownPlace(before) && isKnownPlace(bare(tokens[at + 1]!.text)) && (tokens[at + 2] === undefined || !/^\p{Lu}/u.test(tokens[at + 2]!.text) || possessive.test(tokens[at + 1]!.text));
	if (opensSecondBody(tokens, at, evidence)) return false;
	if (!placesBothSides && tokens.slice(start, at).some(token => token.text === 'on' || nameConnectors.has(token.text)) && tokens.slice(start, at).some(token => organizationHeads.has(bare(token.text)))) return true;
	// "American Airlines and Southwest Airlines": words that already end in a body's head word are a whole
	// name; the joiner lists a second body ("Research and Development Agency" has one word before it).
	if (at - start >= 2 && organizationHeads.has(before)) return false;
	let index = at + 1;
	while (index < tokens.length && index <= at + 4 && isNameWord(tokens, index, evidence)) {
		if (organizationHeads.has(bare(tokens[index]!.text)) && index > at + 1) return true;
		// "Birmingham and London's Orrin Academy": a possessive ends the name; the head after it is the owned body's.
		if (!/^\s+$/u.test(tokens[index]!.post) || possessive.test(tokens[index]!.text)) break;
		index++;
	}
	return false;
}

/** Whether the words [start, at) end in a person's title, a listed first name and one or two more capitalised words. */
function titledPersonBefore(tokens: Token[], start: number, at: number): boolean {
	for (let title = Math.max(start, at - 4); title <= at - 3; title++) {
		const words = tokens.slice(title + 1, at);
		if (!personTitles.has(bare(tokens[title]!.text)) || !isFirstName(words[0]!.text)) continue;
		if (words.every(token => isCapitalised(token.text) && !organizationHeads.has(bare(token.text))) && tokens.slice(title, at - 1).every(token => /^\s+$/u.test(token.post))) return true;
	}
	return false;
}

/** Heads of the bodies a place or a founder names: a school, a hospital, a museum ("Ostrava University", "Yale University"). */
const ownNameHeads = new Set(['university', 'college', 'school', 'institute', 'academy', 'hospital', 'museum', 'polytechnic', 'seminary', 'conservatory', 'conservatoire']);
/** The shape of an adjective or a field's word that a body's name holds after "and" ("Technical", "Economic", "Islamic"). */
const fieldWordShape = /(?:al|ic|ive|ous|ary|ics|ism|ogy|ern|ese|ish|ian)$/u;

/**
 * "the Varlow Institute for Coastal Studies and Ostrava University", "the University of Ostrava and Brno
 * Technical University": after "and", a word of no common use (a place's, a founder's name) and at most two
 * more words ending in a school's, hospital's or museum's head is the second body's own name, where the first
 * name is whole without it. (Not "Health and Human Services": a common word opens it; nor "Fire and Rescue".)
 */
function opensSecondBody(tokens: Token[], at: number, evidence: CaseEvidence): boolean {
	const first = tokens[at + 1];
	if (!first || !/^\p{Lu}\p{Ll}+$/u.test(first.text) || isCommonWord(first.text) || evidence.lowerCase.has(bare(first.text)) || fieldWordShape.test(first.text)) return false;
	for (let index = at + 2; index <= at + 3 && index < tokens.length; index++) {
		if (!/^\s+$/u.test(tokens[index - 1]!.post) || !isNameWord(tokens, index, evidence)) return false;
		if (ownNameHeads.has(bare(tokens[index]!.text).toLowerCase())) return true;
	}
	return false;
}

/** Maximal runs of name words in a sentence: [start, end) token indexes. */
/** "Judge Helen Marsh told …", "Chair Ana Lind said": a title compromise reads as a verb, opening the sentence before a first name. */
function titleBeforeFirstName(tokens: Token[]): boolean {
	const next = tokens[1];
	return personTitles.has(bare(tokens[0]!.text)) && next !== undefined && (isFirstName(next.text) || hasTag(next, 'FirstName')) && isCapitalised(tokens[2]?.text ?? '');
}

export function nameRuns(tokens: Token[], evidence: CaseEvidence): Array<[number, number]> {
	const runs: Array<[number, number]> = [];
	// "van der Berg": one or two particles, then a name word.
	const particleBefore = (at: number): boolean =>
		nameParticles.has(tokens[at]!.text) &&
		tokens[at + 1] !== undefined &&
		// "al-Karim": the particle may be joined to the name by a hyphen.
		joined(tokens[at]!, tokens[at + 1]!) !== undefined &&
		(isNameWord(tokens, at + 1, evidence) || (nameParticles.has(tokens[at + 1]!.text) && at + 2 < tokens.length && isNameWord(tokens, at + 2, evidence)));
	// At the start of a sentence, a capitalised word right before a name is part of it ("Statistics Norway
	// reported", "Norges Bank stands pat") unless it is a function word or seen in lower case, where the
	// text does not write the two together inside a sentence too ("Whole Foods" beside "whole paycheck").
	const startsName = (at: number) =>
		at === 0 &&
		isCapitalised(tokens[0]!.text) &&
		!neverAName(tokens[0]!) &&
		(!evidence.lowerCase.has(bare(tokens[0]!.text)) || (tokens[1] !== undefined && evidence.capitalisedPairs.has(`${bare(tokens[0]!.text)} ${bare(tokens[1].text)}`))) &&
		(!hasTag(tokens[0]!, 'Verb', 'Adverb') || titleBeforeFirstName(tokens)) &&
		tokens[1] !== undefined &&
		joined(tokens[0]!, tokens[1]) === 'space' &&
		isNameWord(tokens, 1, evidence);
	let index = 0;
	while (index < tokens.length) {
		if (!isNameWord(tokens, index, evidence) && !particleBefore(index) && !startsName(index)) {
			index++;
			continue;
		}
		const start = index;
		let end = index + 1;
		// A possessive or a slash ("Zemlianichenko/Pool via Reuters") ends a name.
		// "Workers' Party": a plural possessive before the head of an institution's name stays inside it.
		const endsName = (at: number) => possessive.test(tokens[at]!.text) || (/s[’']$/u.test(tokens[at]!.text + tokens[at]!.post.trim()) && !organizationHeads.has(bare(tokens[at + 1]?.text ?? '')));
		while (end < tokens.length && !endsName(end - 1) && !tokens[end - 1]!.text.includes('/')) {
			const pluralPossessive = /^[’']\s+$/u.test(tokens[end - 1]!.post) && /s$/u.test(tokens[end - 1]!.text) && organizationHeads.has(bare(tokens[end]!.text)) && tokens[end]!.pre === '';
			const link = joined(tokens[end - 1]!, tokens[end]!) ?? (pluralPossessive ? 'space' : undefined);
			if (!link) break;
			const next = tokens[end]!;
			// "Jae-in", "Jong-un": a lower-case part after a hyphen belongs to the name ("Denver-based" does not).
			if (link === 'hyphen' && !isCapitalised(next.text) && /^\p{L}+$/u.test(next.text) && !compoundSuffixes.has(next.text)) {
				end++;
				continue;
			}
			// "the Russia-North Korea border", "US-China talks": two places joined by a hyphen are a pair
			// of places, not one; the name ends before the hyphen and the next one starts after it.
			if (link === 'hyphen' && isCapitalised(next.text) && placesAcrossHyphen(tokens, start, end)) break;
			if (personStartsAt(tokens, end, isFirstName, evidence.lowerCase)) break;
			if ((isNameWord(tokens, end, evidence) && !startsClause(tokens, end)) || (link === 'space' && particleBefore(end))) {
				end++;
				continue;
			}
			// "Bosnia and Herzegovina", "Saint Vincent and the Grenadines": a country whose name has "and" in it.
			const country = next.text === 'and' ? countryAcross(tokens, start, end) : undefined;
			if (country) {
				end = country;
				continue;
			}
			// "Centre on Housing and Work", "Harbour Fire and Rescue Service": "and", "&" or "on" inside the name
			// of a body, when a head word of an organisation comes before "on", or ends the words after it.
			const after = tokens[end + 1];
			if (innerJoiners.has(next.text) && after && joined(next, after) === 'space' && isNameWord(tokens, end + 1, evidence) && joinsOneName(tokens, start, end, evidence)) {
				end += 2;
				continue;
			}
			// "School of Governance", "Bank of England".
			if (
				nameConnectors.has(next.text) &&
				connectorHeads.has(bare(tokens[end - 1]!.text)) &&
				after &&
				joined(next, after) === 'space' &&
				isNameWord(tokens, end + 1, evidence)
			) {
				end += 2;
				continue;
			}
			break;
		}
		// A possessive inside a country's name does not end it; the South's "Republic of Korea" is not the North's.
		if (end < tokens.length && possessive.test(tokens[end - 1]!.text)) end = countryAcross(tokens, start, end - 1, 3) ?? end;
		runs.push([start, end]);
		index = end;
	}
	return runs;
}
