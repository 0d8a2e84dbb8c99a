import {ministryDomains, organizationHeads, personTitles, placeHeads} from '../lexicon.js';
import {bare, isOnlyCommonWord} from '../name-words.js';
import {isFirstName} from '../first-names.js';
import {lookUpPlace} from '../../geo/gazetteer.js';
import {titleEnd} from '../entity-roles.js';
import {hasTag, type Token} from '../tokens.js';
import type {EntityKind} from '../entity-types.js';

// Evidence in a span's own words that the tagger's "person" names something else. A person's name never
// ends in the head word of a place ("Lotfollah Mosque", "Tommy Solomon Statue"), of a body ("Pace
// Galleries"), of an award ("César Award", "Royal Gold Medal") or of a statue, except head words that are
// also common surnames ("Oliver North", "Shirley Temple", "Stuart Hall"), which say nothing. An award or a
// statue names no person, body or place of the story.

const thingHeads = new Set(['award', 'awards', 'prize', 'prizes', 'medal', 'medals', 'trophy', 'palm', 'oscar', 'oscars', 'statue']);
const alsoSurnames = new Set([
	'west', 'east', 'north', 'south', 'park', 'hall', 'church', 'street', 'bay', 'lake', 'ocean', 'post', 'court', 'temple', 'castle', 'beach',
	'bridge', 'coast', 'guard', 'mission', 'union', 'office', 'board', 'times', 'field', 'forest', 'falls', 'port', 'delta', 'chair', 'king', 'fort',
	'mountain', 'river', 'valley', 'island', 'house', 'tower', 'mill', 'bank', 'banks', 'college', 'service', 'herald', 'guardian', 'fund', 'force',
]);

type Span = {start: number; end: number; kind: EntityKind};


/** The span's kind by its last word when the tagger read a person: undefined for an award or a statue (no entity). */
export function personHeadKind(span: Span, tokens: Token[]): Span | undefined {
	if (span.kind !== 'person') return span;
	if (isCommonNoun(span, tokens) || isWork(span, tokens) || isTitleAlone(span, tokens)) return undefined;
	if (isWorkplace(span, tokens)) return {...span, kind: 'organization'};
	if (isPlaceByItsNeighbours(span, tokens)) return {...span, kind: 'place'};
	// "Emperor Norton", "Tsar Peter": the title is the person's role, not part of the name (as the rules read it).
	const title = titleEnd(tokens, span.start, span.end);
	if (title >= span.start) span = {...span, start: title + 1};
	// "the César Award", "the Kennedy Center": the head right after the name is the name's own.
	const next = tokens[span.end];
	if (next && /^\p{Lu}/u.test(next.text) && /^\s+$/u.test(tokens[span.end - 1]!.post) && headKind(bare(next.text)) !== 'person') span = {...span, end: span.end + 1};
	else if (span.end - span.start < 2) return span;
	const head = bare(tokens[span.end - 1]!.text);
	const kind = headKind(head);
	return kind === 'thing' ? undefined : {...span, kind};
}

function headKind(head: string): EntityKind | 'thing' {
	if (alsoSurnames.has(head)) return 'person';
	if (thingHeads.has(head)) return 'thing';
	if (placeHeads.has(head)) return 'place';
	if (organizationHeads.has(head)) return 'organization';
	return 'person';
}


/**
 * A capitalised common noun the tagger took for a person: one word the language knows only as a word after
 * "the" ("Under the Act", "the Court ruled") or ending a longer run of capitals ("the Mental Health Act"; not after a title: "Coach Young"),
 * or such a word and a bare capital letter ("Plan B", "Vitamin C": no name ends in an initial).
 */
function isCommonNoun(span: Span, tokens: Token[]): boolean {
	const first = tokens[span.start]!;
	const before = tokens[span.start - 1];
	if (span.end - span.start === 1) return before !== undefined && (/^the$/iu.test(before.text) || (/^\p{Lu}/u.test(before.text) && /^\s+$/u.test(before.post) && !(personTitles.has(bare(before.text)) && !ministryDomains.has(bare(before.text))))) && isOnlyCommonWord(first.text);
	return span.end - span.start === 2 && /^\p{Lu}$/u.test(tokens[span.end - 1]!.text) && isOnlyCommonWord(first.text);
}

/**
 * "an analyst at D.A. Davidson", "a professor at Johns Hopkins": the name after a lower-case role word and
 * "at" is where someone works, a body, even where its words are a person's name ("for" is not enough: "a
 * lawyer for Ana Reyes" names a client).
 */
function isWorkplace(span: Span, tokens: Token[]): boolean {
	const at = tokens[span.start - 1];
	const role = tokens[span.start - 2];
	return at?.text === 'at' && role !== undefined && /^\s+$/u.test(role.post) && /^\p{Ll}/u.test(role.text) && (personTitles.has(bare(role.text)) || hasTag(role, 'Actor'));
}

/** Lower-case words for a work, right before its title: "the 1969 film Easy Rider", "the TV series Supernatural". */
const workNouns = new Set([
	'film', 'movie', 'series', 'miniseries', 'sitcom', 'show', 'drama', 'comedy', 'thriller', 'documentary', 'novel', 'book', 'memoir', 'album', 'song',
	'single', 'play', 'opera', 'musical', 'poem', 'journal', 'magazine', 'game', 'titled', 'entitled',
]);

/**
 * A work's title is no person of the story, though its words may be a person's name: after a word for a work
 * ("the 1969 film Easy Rider", "a pilot titled Young MacGyver") or before its year alone in brackets
 * ("Burning Man (2011)": a person's years are a span, "(1914–2011)", or "born …").
 */
function isWork(span: Span, tokens: Token[]): boolean {
	const before = tokens[span.start - 1];
	if (before && /^\s+$/u.test(before.post) && workNouns.has(before.text)) return true;
	const last = tokens[span.end - 1]!;
	const after = tokens[span.end];
	return after !== undefined && /^\s*\($/u.test(last.post) && /^\d{4}$/u.test(after.text) && /^\)/u.test(after.post);
}

/** "Mr. Chief Justice", "Madam President": titles alone address someone without naming them. */
function isTitleAlone(span: Span, tokens: Token[]): boolean {
	return tokens.slice(span.start, span.end).every(token => personTitles.has(bare(token.text)));
}

/**
 * One capitalised word read as a person by its neighbours' shape is a place: a place's name after a capitalised
 * word that is no name and "of" ("the Siege of Savannah", "the Earl of Derby"; after a name it is the person's epithet,
 * "Hilary of Poitiers", and after a lower-case noun a person as often, "the wife of Smith"), or after a known
 * place and a comma ("born in Exeter, Devon.").
 */
// Titles of nobility are held "of" a place, though some are also first names ("Earl", "Duke").
const nobleTitles = new Set(['earl', 'duke', 'duchess', 'count', 'countess', 'baron', 'baroness', 'marquess', 'marquis', 'viscount']);
function isPlaceByItsNeighbours(span: Span, tokens: Token[]): boolean {
	if (span.end - span.start !== 1) return false;
	const before = tokens[span.start - 1];
	const twoBefore = tokens[span.start - 2];
	if (!before || !twoBefore || !/^\s+$/u.test(before.post)) return /^,\s+$/u.test(before?.post ?? '') && hasTag(before!, 'City', 'Country', 'Place') && /^[.,;]?\s*$/u.test(tokens[span.start]!.post);
	const name = tokens[span.start]!.text;
	return before.text === 'of' && /^\s+$/u.test(twoBefore.post) && /^\p{Lu}\p{Ll}/u.test(twoBefore.text) && (nobleTitles.has(bare(twoBefore.text)) || (!isFirstName(twoBefore.text) && !hasTag(twoBefore, 'Person', 'FirstName', 'LastName') && !personTitles.has(bare(twoBefore.text)))) && lookUpPlace(name) !== undefined;
}

// Lower-case words that name a disease by what it is called after ("Kauri dieback", "Myrtle rust", "Zika virus",
// "Lyme disease"): the name before them is part of the disease's name, no person, body or place of the story.
// Not "outbreak", "pandemic" or "epidemic": those follow where a disease struck ("the Wuhan outbreak").
const diseaseHeads = new Set(['dieback', 'rust', 'blight', 'virus', 'disease', 'syndrome', 'fever', 'flu', 'wilt', 'rot', 'mildew', 'pox', 'palsy', 'scab', 'canker']);

/** A name of any kind the tagger read right before a disease's lower-case head word is the disease's name. */
export function namesADisease(span: {start: number; end: number}, tokens: Token[]): boolean {
	const next = tokens[span.end];
	return next !== undefined && /^\s+$/u.test(tokens[span.end - 1]!.post) && diseaseHeads.has(next.text);
}
