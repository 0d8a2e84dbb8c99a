import {kindOf} from '../entity-groups.js';
import type {NameOccurrence} from '../entity-types.js';
import {postNominals} from './person-shapes.js';

// Capitals the tagger reads as a body that are a piece of something else (applied after tagging, in
// bodies-unread.ts): the letters after a person's name ("Tom Pellow, SC, said"), and a prefix joined to a
// name by a dash ("Post–Famine Years", "Anti-Slavery").

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

/** The occurrences without bodies that are such pieces (a person's or a place's reading is kept). */
export function withoutPiecesAsBodies(read: Occurrence[], text: string): Occurrence[] {
	return read.filter(occurrence => kindOf(occurrence.votes) !== 'organization' || !(lettersAfterPerson(occurrence, read, text) || prefixBeforeDash(occurrence, text)));
}
