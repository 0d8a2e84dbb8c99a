import {spellsOut} from '../common-initialisms.js';
import {kindOf} from '../entity-groups.js';
import type {NameOccurrence} from '../entity-types.js';
import {lookUpPlace} from '../../geo/gazetteer.js';
import {organizationHeads} from '../lexicon.js';
import {bare} from '../name-words.js';
import {postNominals} from './person-shapes.js';

// Capitals the tagger reads as a body that are a piece of something else or no body (applied after tagging, in
// bodies-unread.ts): the letters after a person's name ("Tom Pellow, SC, said"), a prefix joined to a name by a
// dash ("Post–Famine Years", "Anti-Slavery"), an event named like a body ("Harbour Expo Canada"), and an
// initialism in brackets after capitalised words it stands for that were read as no body ("Reading of the Week (ROTW)").

type Occurrence = Omit<NameOccurrence, 'article' | 'paragraph'>;

/** Letters after a barrister's, a magistrate's or a member's name beside the honours: Senior Counsel, a justice of the peace, a Dáil member. */
const lettersOfOffice = /^(?:SC|SJ|JP|TD|MLA|MPP|MHA|MNA)$/u;

/**
 * "Tom Pellow, SC, said", "Ann Hale, QC.": post-nominal letters in commas right after a person's name are the
 * person's rank, not a body (nor a state: "SC" is also South Carolina's initials, "Columbia, SC," stays a place,
 * as a town is no person).
 */
function lettersAfterPerson(occurrence: Occurrence, read: Occurrence[], text: string): boolean {
	if (!postNominals.test(occurrence.surface) && !lettersOfOffice.test(occurrence.surface)) return false;
	if (!/^\s*[,.;)]/u.test(text.slice(occurrence.end))) return false;
	const before = text.slice(0, occurrence.start);
	const comma = before.match(/,\s*$/u);
	if (!comma) return false;
	const nameEnd = before.length - comma[0].length;
	return read.some(other => other !== occurrence && other.end === nameEnd && kindOf(other.votes) === 'person');
}

/** Prefixes written before a name with a dash: "Post–Revolutionary War", "Pre-Columbian", "Anti-Slavery Society". */
const dashPrefixes = new Set(['Post', 'Pre', 'Anti', 'Pro', 'Non', 'Neo', 'Mid', 'Ex', 'Pan', 'Sub', 'Trans', 'Inter']);

/** A prefix alone, read as a name, where a dash joins it to the word after ("Post" of "Post–Revolutionary War"). */
function prefixBeforeDash(occurrence: Occurrence, text: string): boolean {
	return dashPrefixes.has(occurrence.surface) && /^[-‐–]\p{L}/u.test(text.slice(occurrence.end));
}

/** Head words of events that a body's name never ends in (named-events.ts has the longer list people's names use). */
const eventWords = new Set(['festival', 'festivals', 'fest', 'carnival', 'expo', 'exhibition', 'olympics', 'cup', 'championship', 'championships', 'tournament', 'marathon', 'jubilee', 'regatta']);

/**
 * "the Harbour Expo Canada", "the Festival of Lanterns", "the Tolvern Cup": a name headed by an event's word — its
 * last word, the word before "of", or the word before its country or town — names the event, not a body. A body
 * named after an event keeps its own head ("the Expo Organising Committee"); "Games" and "Fair" end companies
 * and magazines as often ("Epic Games", "Vanity Fair").
 */
export function namesAnEvent(surface: string): boolean {
	const words = surface.split(/\s+/u).map(word => bare(word).toLowerCase());
	if (words.length < 2 || organizationHeads.has(words.at(-1)!)) return false;
	const at = words.findIndex(word => eventWords.has(word));
	if (at < 0) return false;
	const rest = surface.split(/\s+/u).slice(at + 1).join(' ');
	return at === words.length - 1 || words[at + 1] === 'of' || lookUpPlace(rest) !== undefined;
}

/** Capitalised words (and the connectors between them) right before an opening bracket: "Reading of the Week (". */
const longFormBefore = /((?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:of|for|and|the|on|in)\s+)*){2,8})\(\s*$/u;

/**
 * "Reading of the Week (ROTW)", "Medium Term Plans (MTP)": an initialism in brackets right after the capitalised
 * words it spells (Schwartz and Hearst's test) is their short form. Where those words were read as no body
 * (a feature, a plan, a topic), neither is their initialism; where they were ("the Harbour Workers Guild
 * (HWG)"), it stays, and joins them as their initialism (entity-groups.ts).
 */
function initialismOfUnreadWords(occurrence: Occurrence, read: Occurrence[], text: string): boolean {
	if (!/^\p{Lu}{2,6}$/u.test(occurrence.surface) || !/^\s*\)/u.test(text.slice(occurrence.end))) return false;
	const long = longFormBefore.exec(text.slice(Math.max(0, occurrence.start - 160), occurrence.start));
	if (!long || !spellsOut(long[1]!, occurrence.surface)) return false;
	const longEnd = occurrence.start - long[0].length + long[1]!.trimEnd().length;
	return !read.some(other => other !== occurrence && kindOf(other.votes) === 'organization' && other.end === longEnd);
}

/** The occurrences without bodies that are such pieces (a person's or a place's reading is kept). */
export function withoutPiecesAsBodies(read: Occurrence[], text: string): Occurrence[] {
	const piece = (occurrence: Occurrence) => lettersAfterPerson(occurrence, read, text) || prefixBeforeDash(occurrence, text) || namesAnEvent(occurrence.surface) || initialismOfUnreadWords(occurrence, read, text);
	return read.filter(occurrence => kindOf(occurrence.votes) !== 'organization' || !piece(occurrence));
}
