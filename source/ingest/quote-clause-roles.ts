import type {Mention} from './mentions.js';
import type {Gender, MentionRole} from './quote-surroundings.js';

// What a name before a quotation in the same sentence is to it, beyond a verb of saying: the subject of the
// clause the quotation ends ("Yang calls the plan “a mistake”", "Pence praised Cruz for showing “…”": the
// first name of the sentence, no other name between it and the quotation), or the owner of a word for what
// was said ("Obama's suggestion that she was “…”", "the senator's claim of “…”"). Many quotations are
// attributed by such verbs and nouns, which no list of verbs of saying holds; for the ranker's features.

/** Nouns for what someone said or wrote: after a possessive name they make it the quotation's source. */
const speechNouns = new Set(
	`claim claims assertion assertions statement statements remark remarks comment comments words suggestion rejection phrase
	catchphrase pledge promise vow warning message slogan tweet tweets letter speech question response reply retort argument
	declaration admission call label description charge charges accusation insistence mantra refrain quip line motto
	characterization prediction threat boast contention complaint criticism assessment view joke post op-ed editorial`.split(/\s+/),
);

/** How far (in characters) the quotation may open after the speech noun. */
const nounReach = 80;

export type ClauseRole = 'clause-subject' | 'possessive-speech-noun';

/**
 * The role of a mention standing before a quotation in the quotation's sentence. `between`: the other
 * mentions of people or bodies between the mention and the quotation, outside quotations, that could be a
 * subject themselves (not an object, "praised Cruz for", nor a possessive).
 */
export function clauseRole(mention: Mention, quoteStart: number, text: string, role: MentionRole, between: Mention[]): ClauseRole | undefined {
	const after = text.slice(mention.end, quoteStart);
	if (role.possessive) {
		// The noun within the four words after the possessive ("Obama's patronizing suggestion that …").
		const words = /^['’]s?\s+((?:[\p{L}-]+[\s,]+){0,4})/u.exec(after)?.[1]?.split(/[\s,]+/) ?? [];
		const noun = words.findIndex(word => speechNouns.has(word.toLowerCase()));
		if (noun >= 0 && after.length - after.toLowerCase().indexOf(words[noun]!.toLowerCase()) <= nounReach) return 'possessive-speech-noun';
		return undefined;
	}
	if (role.firstInSentence && !role.objectLike && between.every(other => other.entity === mention.entity)) return 'clause-subject';
	return undefined;
}

/** Where a candidate is named that a pronoun of the quotation's own attribution can reach back to: its sentence, its paragraph before it, the paragraph before. */
const justBefore = ['sentence-before', 'paragraph-before', 'previous-paragraph'];

/**
 * "he said": the one person of that gender (or of no known gender) named just before the quotation, if only one
 * is; a reader takes the pronoun for them whatever came earlier. Undefined when none or several are.
 */
export function soleCompatiblePerson(found: ReadonlyMap<number, {places: ReadonlySet<string>}>, wanted: Gender, isPerson: (entity: number) => boolean, genderOf: (entity: number) => Gender): number | undefined {
	let sole: number | undefined;
	for (const [entity, {places}] of found) {
		if (!isPerson(entity) || !justBefore.some(place => places.has(place)) || (genderOf(entity) ?? wanted) !== wanted) continue;
		if (sole !== undefined) return undefined;
		sole = entity;
	}
	return sole;
}
