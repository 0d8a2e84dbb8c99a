import {lookUpPlace} from '../../geo/gazetteer.js';
import {kindOf} from '../entity-groups.js';
import type {NameOccurrence} from '../entity-types.js';
import type {RuleRun} from '../entities.js';
import {commonInitialisms} from '../common-initialisms.js';
import {isFirstName} from '../first-names.js';
import {isAcronym, isCommonWord} from '../name-words.js';
import {hasTag, normaliseName, type Token} from '../tokens.js';
import {isKnownPlacePlural} from './names-within-names.js';
import {bodiesHeadedFirst, bodiesOfMembers} from './bodies-headed-first.js';
import {overlaps} from './span-overlap.js';
import {withoutPiecesAsBodies} from './pieces-not-bodies.js';
import {nestedPlace} from './nested-names.js';

// Bodies that the tagger leaves unread, or reads as a person, where the words around them say what they are
// (applied in tag-names.ts after tagging, so the tagger's weights stay those its training reproduces):
// a family named by its surname ("the Olsen family"), a team named by a plural after its town opening a
// sentence ("Harrow Gulls were founded in 1894"), an initialism that speaks ("CPL said …").

type Occurrence = Omit<NameOccurrence, 'article' | 'paragraph'>;


function bodyOccurrence(text: string, start: number, end: number, tokenCount: number, rule: string, acronym = false): Occurrence {
	const surface = text.slice(start, end);
	return {surface, key: normaliseName(surface), tokenCount, start, end, votes: {person: 0, organization: 4, place: 0}, acronym, rules: [rule]};
}

/** A capitalised word that may be a family's surname: not a people's or country's word ("the Iraqi family", "the Royal family"). */
function maySurname(token: Token): boolean {
	if (!/^\p{Lu}\p{Ll}+(?:[-‐]\p{Lu}\p{Ll}+)?$/u.test(token.text) || hasTag(token, 'Demonym', 'Adjective', 'Country', 'Determiner', 'Pronoun')) return false;
	if (/(?:ian|ean|ese|ish|ic)$/u.test(token.text) || lookUpPlace(token.text)?.kind === 'Country') return false;
	return !isCommonWord(token.text) || hasTag(token, 'Person', 'LastName', 'FirstName');
}

/**
 * "the Olsen family", "the Van Dyke family's farm": "the", one or two capitalised words that may be a surname and
 * the lower-case word "family" name the family, a group of people that GUM's annotators mark as an organisation,
 * named "Olsen family". Not where "family" modifies a noun after it ("the Olsen family farm": the farm is meant).
 */
export function familiesNamed(tokens: Token[], text: string): Occurrence[] {
	const found: Occurrence[] = [];
	tokens.forEach((token, index) => {
		const possessive = /^family['’]s?$/u.test(token.text);
		if ((token.text !== 'family' && !possessive) || index < 2) return;
		let start = index;
		while (start > 0 && index - start < 2 && maySurname(tokens[start - 1]!) && /^[\s-]+$/u.test(tokens[start - 1]!.post)) start--;
		if (start === index || !/^the$/iu.test(tokens[start - 1]?.text ?? '') || !/^\s+$/u.test(tokens[start - 1]!.post)) return;
		const next = tokens[index + 1];
		const modifies = !possessive && next !== undefined && /^\s+$/u.test(token.post) && /^\p{Ll}/u.test(next.text) && hasTag(next, 'Noun') && !hasTag(next, 'Verb', 'Pronoun', 'Preposition');
		if (modifies) return;
		found.push(bodyOccurrence(text, tokens[start]!.start, token.start + 'family'.length, index - start + 1, 'organization-family-named'));
	});
	return found;
}

/** A capitalised plural that a team takes as its name after its town: "Gulls", "Rovers" (not "Islands", "Falls", a surname's "Rogers"). */
function teamPlural(token: Token): boolean {
	return /^\p{Lu}\p{Ll}+s$/u.test(token.text) && !/(?:ss|us|is)$/u.test(token.text) && !hasTag(token, 'Demonym', 'Verb', 'Person', 'LastName', 'FirstName') && !isFirstName(token.text) && !isKnownPlacePlural(token.text);
}

/** Verbs that agree with a plural subject only ("were", "have", "play"), or say what a team does ("won", "drew", "beat"). */
const pluralVerbs = new Set(['are', 'were', 'have', 'do', 'play', 'won', 'drew', 'beat', 'lost', 'finished', 'signed', 'announced', 'confirmed', 'reached', 'face', 'host', 'hosted']);

/**
 * "Harrow Gulls were founded in 1894", "Redhill Rovers have won": a sentence opened by a town (the gazetteer's, or
 * a place by compromise's reading) and a capitalised plural that is no surname, before a verb a plural subject
 * takes, names a team, a body. The tagger reads little at a sentence's first word; the town's own name is not read there.
 */
export function teamsOpeningSentences(tokens: Token[], text: string, read: Occurrence[]): Occurrence[] {
	const [town, plural, verb] = tokens;
	if (!town || !plural || !verb || !/^ $/u.test(town.post) || !/^\s+$/u.test(plural.post) || !/^\p{Lu}\p{Ll}+$/u.test(town.text)) return [];
	if (!(lookUpPlace(town.text) !== undefined || hasTag(town, 'Place', 'City', 'Region')) || hasTag(town, 'Country') || !teamPlural(plural) || !pluralVerbs.has(verb.text)) return [];
	const team = bodyOccurrence(text, town.start, plural.end, 2, 'organization-team-opening-sentence');
	// Where the tagger read the team as a body already, its reading stands.
	if (read.some(other => overlaps(other, team) && kindOf(other.votes) === 'organization')) return [];
	return [team];
}

/**
 * "CPL said the strike would end", "“We will not move,” CPL said": an initialism standing alone before a verb of
 * saying, which the rules read as a body and the tagger left unread, is the body. compromise takes some
 * initialisms for a title's abbreviation ("CPL" for Corporal) and the tagger then reads no name; a title never
 * speaks alone. Not a country's initialism, a common noun's ("the CEO said"), nor a person's that compromise
 * knows as one ("JFK said").
 */
export function speakingInitialisms(tokens: Token[], runs: RuleRun[], read: Occurrence[]): Occurrence[] {
	const found: Occurrence[] = [];
	for (const run of runs) {
		const occurrence = run.occurrence;
		if (!occurrence || run.end - run.start !== 1 || !occurrence.acronym || !(occurrence.rules ?? []).includes('organization-acronym-speaks')) continue;
		const token = tokens[run.start]!;
		if (!isAcronym(token.text) || kindOf(occurrence.votes) !== 'organization' || commonInitialisms.has(token.text.toLowerCase()) || lookUpPlace(token.text)) continue;
		if (hasTag(token, 'Person') && !hasTag(token, 'Honorific')) continue;
		if (read.some(other => overlaps(other, occurrence))) continue;
		found.push({...occurrence, votes: {person: 0, organization: 2.5, place: 0}, rules: [...(occurrence.rules ?? []), 'organization-initialism-speaks']});
	}
	return found;
}

/**
 * "US team Cloud9 and …", "the Internet security firm Quellix.com has said": a name right after a lower-case word for a
 * body (the rules' descriptor before it) that the tagger left unread is the body (a name of letters and digits, a web
 * address, which the tagger knows little of). Only where nothing overlapping was read: the tagger's longer reading
 * keeps its boundaries ("the Dutch team Ravens of Delft").
 */
export function describedBodiesUnread(runs: RuleRun[], read: Occurrence[]): Occurrence[] {
	return runs.flatMap(run => {
		const occurrence = run.occurrence;
		if (!occurrence || !(occurrence.rules ?? []).includes('organization-descriptor-before') || kindOf(occurrence.votes) !== 'organization' || read.some(other => overlaps(other, occurrence))) return [];
		return [{...occurrence, votes: {person: 0, organization: Math.max(2.5, occurrence.votes.organization), place: 0}, rules: [...(occurrence.rules ?? []), 'organization-described-unread']}];
	});
}

/** Common words that open a body's name before a place: a national team, an airline, a broadcaster ("Team Estonia", "Air Chathams"). */
const bodyOpeners = new Set(['Team', 'Air', 'Radio']);

/**
 * "Team Estonia had to rebuild …", "Air Chathams fly five days a week", "Statistics Norway said": a sentence opened
 * by a common noun and a place (a listed opener and any capitalised word, or any noun and a country) names a body;
 * the rules' runs leave a sentence's first common word out of a name, and read the place alone (surely, where the
 * gazetteer knows it). Read whole: the body, a team or an airline named by its country or islands (the place is
 * not named by it: GUM's annotators leave it out).
 */
export function bodiesOpeningSentences(read: Occurrence[], tokens: Token[], text: string): Occurrence[] {
	const [first, second, after] = tokens;
	if (!first || !second || !/^\p{Lu}\p{Ll}+$/u.test(first.text) || !/^ $/u.test(first.post) || !/^\p{Lu}\p{Ll}+$/u.test(second.text) || !/^\s+$/u.test(second.post) || !after || !/^\p{Ll}/u.test(after.text)) return read;
	const opener = bodyOpeners.has(first.text) || (isCommonWord(first.text) && hasTag(first, 'Noun') && !hasTag(first, 'Verb', 'Preposition', 'Adverb', 'Determiner', 'Conjunction', 'Adjective', 'Pronoun', 'Date') && lookUpPlace(second.text)?.kind === 'Country');
	if (!opener) return read;
	const secondRead = read.filter(other => other.start < second.end && second.start < other.end);
	if (secondRead.some(other => other.start !== second.start || other.end !== second.end || kindOf(other.votes) === 'person') || read.some(other => other.start === first.start && other.end === second.end)) return read;
	const body = {...bodyOccurrence(text, first.start, second.end, 2, 'organization-opening-word-and-place'), votes: {person: 0, organization: 2.5, place: 0}};
	return [...read.filter(other => !(other.start < body.end && body.start < other.end)), body];
}

/** Plural words for bodies that a list of their names follows: "publishers such as …", "such bands as …", "groups included …". */
const bodyPlurals = new Set(['companies', 'firms', 'publishers', 'publications', 'broadcasters', 'newspapers', 'magazines', 'networks', 'channels', 'bands', 'groups', 'teams', 'clubs', 'airlines', 'carriers', 'banks', 'charities', 'unions', 'parties', 'retailers', 'manufacturers', 'studios', 'agencies', 'organisations', 'organizations', 'universities', 'insurers', 'lenders', 'operators', 'developers', 'startups', 'automakers', 'outlets', 'websites', 'associations', 'societies']);
/** Words that open the list after such a plural. */
const listOpeners = new Set(['such', 'like', 'including', 'include', 'included', 'includes']);

/** Where the names of a list of bodies start, after "publishers … such as", "such bands as", "groups included"; -1 if nowhere. */
function listOfBodiesStart(tokens: Token[]): number {
	for (let index = 1; index < tokens.length - 1; index++) {
		const word = tokens[index]!.text.toLowerCase();
		if (!listOpeners.has(word)) continue;
		// "such bands as The Velvet Underground"
		if (word === 'such' && bodyPlurals.has(tokens[index + 1]?.text.toLowerCase() ?? '') && tokens[index + 2]?.text === 'as') return index + 3;
		const after = word === 'such' ? (tokens[index + 1]?.text === 'as' ? index + 2 : -1) : index + 1;
		if (after < 0) continue;
		// The nearest plural noun before the opener is the list's kind ("publishers who are open to the idea, such as");
		// a plural of another kind ("cities such as Paris") says the list is not of bodies.
		for (let back = index - 1; back >= Math.max(0, index - 10); back--) {
			const token = tokens[back]!;
			if (/[.;:!?]/u.test(token.post)) break;
			if (bodyPlurals.has(token.text.toLowerCase())) return after;
			if (hasTag(token, 'Plural') && hasTag(token, 'Noun') && /^\p{Ll}/u.test(token.text)) break;
		}
	}
	return -1;
}

/** The end of "of" and the capitalised words after it, at `end` ("… of Canada", "… of the Arts"); `end` where none follow. */
function capitalsAfterOf(tokens: Token[], end: number): number {
	if (tokens[end]?.text !== 'of' || !/^ $/u.test(tokens[end - 1]?.post ?? '') || !/^ $/u.test(tokens[end]!.post)) return end;
	let next = end + 1;
	if (tokens[next]?.text === 'the' && /^ $/u.test(tokens[next]!.post)) next++;
	const first = next;
	while (next < tokens.length && /^\p{Lu}/u.test(tokens[next]!.text) && (next === first || /^ $/u.test(tokens[next - 1]!.post))) next++;
	return next > first ? next : end;
}

/**
 * "publishers who are open to the idea, such as O'Reilly", "such bands as The Velvet Underground", "fan groups included
 * The Ontario Ghostbusters": the names of a list that a plural word for bodies introduces are bodies, however the
 * tagger read them (a surname's look, a person's); only the names joined by the list's commas and "and", and not
 * a person the rules are sure of (a title).
 */
export function bodiesListedAfterTheirKind(read: Occurrence[], tokens: Token[], text: string): Occurrence[] {
	const start = listOfBodiesStart(tokens);
	if (start < 0) return read;
	let result = read;
	let at = tokens[start]?.text === 'The' ? start + 1 : start;
	while (at < tokens.length && /^\p{Lu}/u.test(tokens[at]!.text)) {
		const token = tokens[at]!;
		const own = result.filter(other => other.start <= token.start && other.end > token.start).toSorted((a, b) => b.end - a.end)[0];
		if (own && kindOf(own.votes) === 'person' && own.votes.person >= 4) break;
		let end = at + 1;
		if (own) while (end < tokens.length && tokens[end]!.start < own.end) end++;
		else while (end < tokens.length && /^\p{Lu}/u.test(tokens[end]!.text) && /^ $/u.test(tokens[end - 1]!.post)) end++;
		// "X Society of Canada, …": a member read up to its head runs on over "of" and the capitals after it.
		const ofEnd = own ? capitalsAfterOf(tokens, end) : end;
		const ranOn = ofEnd !== end;
		const body = own && !ranOn ? {...own, votes: {person: 0, organization: Math.max(2.5, own.votes.organization), place: 0}, rules: [...(own.rules ?? []), 'organization-listed-after-its-kind']} : bodyOccurrence(text, token.start, tokens[ofEnd - 1]!.end, ofEnd - at, 'organization-listed-after-its-kind');
		end = ofEnd;
		if (own && kindOf(own.votes) === 'place' && lookUpPlace(own.surface)?.kind === 'Country') break;
		// (A place the run-on body is named after stays named: "Canada", as after the tagger's own "University of X".)
		result = [...result.filter(other => !(other.start < body.end && body.start < other.end)), body, ...(ranOn ? nestedPlace(body) : [])];
		// The next member after a comma or "and" ("X, Y and Z", ", and the W").
		const between = text.slice(tokens[end - 1]!.end, tokens[end]?.start ?? text.length);
		if (!/^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/u.test(between) && !(end < tokens.length && /^(?:and|or)$/u.test(tokens[end]!.text) && /^,?\s*$/u.test(tokens[end - 1]!.post))) break;
		at = end;
		while (at < tokens.length && /^(?:and|or|the|The)$/u.test(tokens[at]!.text)) at++;
	}
	return result;
}

/** The sentence's names with the bodies above: a family or team replaces what was read inside it (a person "Olsen"). */
export function withBodiesUnread(read: Occurrence[], tokens: Token[], text: string, runs: RuleRun[]): Occurrence[] {
	read = bodiesListedAfterTheirKind(bodiesOpeningSentences(bodiesOfMembers(bodiesHeadedFirst(read, tokens, text), tokens, text), tokens, text), tokens, text);
	const bodies = [...familiesNamed(tokens, text), ...teamsOpeningSentences(tokens, text, read)];
	const kept = read.filter(other => !bodies.some(body => overlaps(body, other) && other.start >= body.start && other.end <= body.end));
	const notCovered = bodies.filter(body => !kept.some(other => overlaps(body, other)));
	const unread = [...speakingInitialisms(tokens, runs, read), ...describedBodiesUnread(runs, read)];
	return withoutPiecesAsBodies([...kept, ...notCovered, ...unread.filter((body, index) => !unread.slice(0, index).some(other => overlaps(other, body)))], text);
}
