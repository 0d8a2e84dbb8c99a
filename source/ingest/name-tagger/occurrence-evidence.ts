import {kindOf, type NameOccurrence, type RuleRun} from '../entities.js';
import {isFirstName} from '../first-names.js';
import {speechVerbs} from '../lexicon.js';
import {isCommonWord} from '../name-words.js';
import {type Token} from '../tokens.js';
import {lookUpPlace} from '../../geo/gazetteer.js';

// How sure the rules are of an occurrence the tagger also reads, and the shapes around a name that settle its
// kind whatever the tagger reads: a speaker before a colon, a place noun in apposition, an unread speaker.
/** Votes the rules give only with strong evidence: a title, a descriptor, a dateline, several rules agreeing. */
export const strongEvidence = 4;
/**
 * Rules precise alone: "the Russian government", a wire dateline's parts, a body's name across "and"/"on",
 * "the Kremlin said", "the Democrats", "Statistics Norway", "the Voltra group", "Denver-based".
 */
const preciseRules = new Set([
	'organization-national-institution', 'organization-dateline-agency', 'place-dateline', 'name-joined-by-and-on', 'organization-the-name-speaks',
	'organization-party-plural', 'organization-institution-word', 'organization-word-before-country', 'organization-descriptor-after', 'organization-apposition-after', 'place-based-suffix',
	'organization-foreign-opener', 'organization-proclaimed-state', 'place-after-nationality',
]);
export function isDecided(occurrence: Omit<NameOccurrence, 'article' | 'paragraph'>): boolean {
	const {votes} = occurrence;
	if (kindOf(votes) === undefined) return false;
	return Math.max(votes.person, votes.organization + (votes.acronym ?? 0), votes.place) >= strongEvidence || (occurrence.rules ?? []).some(rule => preciseRules.has(rule));
}
/**
 * "Tom Hale: “…”": a first name and a surname right before a colon that opens a quotation is how live
 * blogs and Q&As give a speaker; the rules' person stands whatever the tagger reads around it.
 */
export function speaksBeforeColon(occurrence: Omit<NameOccurrence, 'article' | 'paragraph'>, text: string): boolean {
	const words = occurrence.surface.split(/\s+/u);
	return kindOf(occurrence.votes) === 'person' && words.length >= 2 && words.length <= 3 && isFirstName(words[0]!) && /^\s*:\s*[“"‘]/u.test(text.slice(occurrence.end));
}
/** A speaker before a colon weighs as a person named with a title does, so the surname alone elsewhere stays theirs. */
export function asSpeaker(occurrence: Omit<NameOccurrence, 'article' | 'paragraph'>, text: string): Omit<NameOccurrence, 'article' | 'paragraph'> {
	if (isDecided(occurrence) || !speaksBeforeColon(occurrence, text)) return occurrence;
	return {...occurrence, votes: {...occurrence.votes, person: strongEvidence}, rules: [...(occurrence.rules ?? []), 'person-speaking-before-colon']};
}
// "Talmount, one of the mountain villages hit", "Varnok, a small port on the coast": an apposition whose head
// is a place noun says what the name is: after "one of the" the plural is the head, after "a" or "the" the noun
// must end the phrase ("a city councillor" is a person's role).
const appositionPlaceNouns = ['village', 'town', 'city', 'hamlet', 'port', 'island', 'province', 'region', 'district', 'suburb', 'municipality', 'county', 'valley', 'peninsula'];
const plural = (noun: string) => noun.replace(/(?<=[^aeiou])y$/u, 'ie') + 's';
// The words between the article and the head modify it ("a small fishing village"); a preposition or an
// article among them starts a phrase of its own ("a kaumatua from the region" is a person's role).
const modifiers = String.raw`(?:(?!(?:the|an?|from|of|in|on|at|for|with|to|by|and)\s)[\p{Ll}-]+\s+){0,3}`;
export const placeApposition = new RegExp(
	String.raw`^,\s+(?:(?:one|some|many) of the\s+${modifiers}(?:${appositionPlaceNouns.map(plural).join('|')})\b|(?:an?|the)\s+${modifiers}(?:${appositionPlaceNouns.join('|')})(?=\s*[,.;:)]|\s+(?:in|of|near|on|outside|close|that|which|where|hit|north|south|east|west|about|some)\b))`,
	'u',
);
export function asAppositionPlace(occurrence: Omit<NameOccurrence, 'article' | 'paragraph'>, text: string): Omit<NameOccurrence, 'article' | 'paragraph'> {
	if (kindOf(occurrence.votes) === 'place' || isDecided(occurrence) || !placeApposition.test(text.slice(occurrence.end))) return occurrence;
	return {...occurrence, votes: {person: 0, organization: 0, place: strongEvidence}, rules: [...(occurrence.rules ?? []), 'place-apposition-after']};
}
/**
 * "said Te Kaurinui, a kaumatua", "Aroha Ngata told reporters": a name of two or three words that nothing
 * else reads (no rule's vote, no tagger span, no word of the language, no known place) and that stands
 * right after or right before a verb of saying is a speaker, and an unknown speaker with a personal name's
 * shape is a person. One-word names stay undecided: a company ("Korelux said") speaks as often.
 */
export function unreadSpeaker(run: RuleRun, tokens: Token[], text: string): boolean {
	const occurrence = run.occurrence;
	if (!occurrence || kindOf(occurrence.votes) !== undefined || occurrence.votes.person + occurrence.votes.organization + occurrence.votes.place > 0) return false;
	const words = tokens.slice(run.start, run.end);
	if (words.length < 2 || words.length > 3 || words.some(token => !/^\p{Lu}\p{Ll}+$/u.test(token.text) || isCommonWord(token.text))) return false;
	if (words.slice(0, -1).some(token => !/^\s+$/u.test(token.post)) || lookUpPlace(text.slice(words[0]!.start, words.at(-1)!.end))) return false;
	const before = tokens[run.start - 1];
	const after = tokens[run.end];
	const saidBefore = before !== undefined && speechVerbs.has(before.text.toLowerCase()) && /^[\s,.;]*$/u.test(words.at(-1)!.post);
	const saysAfter = after !== undefined && speechVerbs.has(after.text.toLowerCase()) && /^\s+$/u.test(words.at(-1)!.post);
	return saidBefore || saysAfter;
}

export function titledFullName(occurrence: Omit<NameOccurrence, 'article' | 'paragraph'>): boolean {
	const words = occurrence.surface.split(/\s+/u);
	return kindOf(occurrence.votes) === 'person' && (occurrence.rules ?? []).includes('person-title-in-name') && words.length >= 2 && isFirstName(words[0]!);
}
