import {lookUpPlace} from '../../geo/gazetteer.js';
import {kindOf} from '../entity-groups.js';
import type {NameOccurrence} from '../entity-types.js';
import {organizationHeads, personTitles} from '../lexicon.js';
import {bare} from '../name-words.js';
import {hasTag, normaliseName, type Token} from '../tokens.js';
import {overlaps} from './span-overlap.js';

// A body named by its head first and what it serves after "of (the)", "for" or "on": "the Society of the
// Friendly Anglers", "the Guild of Marine Surveyors", "the Council on Arctic Trade". The rules' runs stop at
// "of the" (a lower-case word), and the tagger, reading the words after it alone, gives them as the name
// (a body "Friendly Anglers"), as a person ("Marine Surveyors") or as a place ("Cincinnati"), and leaves
// the head unread. Applied after tagging (tag-names.ts), so no feature of the tagger changes.

type Occurrence = Omit<NameOccurrence, 'article' | 'paragraph'>;

/** Heads that open a body's name before "of" besides the lexicon's last words of bodies' names. */
const headsFirst = new Set([...organizationHeads, 'guild', 'brotherhood', 'sisterhood', 'fellowship', 'order', 'daughters', 'sons', 'friends', 'knights']);
/** Heads of a body only before "of": "the Friends of the Library" (not "Friends for Life", a slogan). */
const onlyBeforeOf = new Set(['order', 'daughters', 'sons', 'friends', 'knights']);
/** "Order" opens an honour's name ("the Order of the Garter" awarded) as often as a body's: only before "of the" and a plural ("the Order of the Friendly Anglers"). */
const onlyBeforePlurals = new Set(['order']);
const connectors = new Set(['of', 'for', 'on']);
const spaced = (token: Token) => /^ $/u.test(token.post);
/** A venue named after the body ("the Daughters of the Silver Lake Memorial Hall"): the whole is the place. */
const venueHeads = new Set(['hall', 'building', 'theatre', 'theater', 'auditorium', 'stadium', 'arena', 'hotel', 'tower', 'museum', 'gallery', 'library']);
/** A person's title after "of" ("Friends of Mr. Ralston") names a person, not what a body serves. */
const titleWord = (token: Token) => hasTag(token, 'Honorific') || personTitles.has(bare(token.text).toLowerCase());

/** Words that a heading's end run into the next sentence may put after a name ("of X In the …"), which compromise may tag as a name. */
const functionWords = new Set(['in', 'on', 'at', 'the', 'a', 'an', 'for', 'to', 'and', 'of', 'by', 'with', 'from', 'as', 'but', 'or', 'after', 'before', 'when', 'while']);
/** The capitalised words after the connector that nothing read: "Arctic-Pacific Trade" (not a date, "the Council on Monday", nor a sentence's next word run on, "In"). */
function unreadTail(tokens: Token[], from: number, read: Occurrence[]): number {
	let end = from;
	while (end < tokens.length && /^\p{Lu}/u.test(tokens[end]!.text) && !hasTag(tokens[end]!, 'Date', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun') && !functionWords.has(tokens[end]!.text.toLowerCase()) && !read.some(other => overlaps(other, tokens[end]!))) {
		end++;
		if (!/^(?: |[-‐]| [-‐] )$/u.test(tokens[end - 1]!.post)) break;
	}
	return end;
}

/**
 * The sentence's names with each body named head first read whole: a capitalised head ("Society", "Council",
 * "Guild") after "the" (or opening the sentence), unread or read alone as a body, then "of", "of the", "for" or
 * "on" and a name read right after it (or capitalised words read as nothing) is one body. Not where a person the
 * rules are sure of follows (a titled name), nor where the tagger read the whole already.
 */
export function bodiesHeadedFirst(read: Occurrence[], tokens: Token[], text: string): Occurrence[] {
	let result = read;
	for (let index = 0; index + 2 < tokens.length; index++) {
		const head = tokens[index]!;
		const word = head.text.toLowerCase();
		if (!/^\p{Lu}\p{Ll}+$/u.test(head.text) || !headsFirst.has(word) || !spaced(head)) continue;
		const connector = tokens[index + 1]!;
		if (!connectors.has(connector.text) || !spaced(connector)) continue;
		const withThe = tokens[index + 2]!.text === 'the' && spaced(tokens[index + 2]!);
		const from = withThe ? index + 3 : index + 2;
		const first = tokens[from];
		if (!first || !/^\p{Lu}/u.test(first.text) || titleWord(first)) continue;
		if ((onlyBeforeOf.has(word) && connector.text !== 'of') || (onlyBeforePlurals.has(word) && !withThe)) continue;
		// What was read of the head: nothing, or a body ending at it ("Royal Society" of "the Royal Society of X").
		const headRead = result.filter(other => overlaps(other, head));
		if (headRead.some(other => other.end !== head.end || kindOf(other.votes) !== 'organization')) continue;
		// Where the name starts: the body read up to the head, or the unread capitalised words before it after "the".
		let start = index;
		if (headRead.length > 0) start = tokens.findIndex(token => token.start === headRead[0]!.start);
		else while (start > 0 && /^\p{Lu}\p{Ll}+$/u.test(tokens[start - 1]!.text) && spaced(tokens[start - 1]!) && !result.some(other => overlaps(other, tokens[start - 1]!)) && !hasTag(tokens[start - 1]!, 'Determiner')) start--;
		if (start < 0 || !(start === 0 || /^the$/iu.test(tokens[start - 1]!.text))) continue;
		// The name after the connector: what was read there (of any kind but a titled person), or unread capitals.
		const after = result.filter(other => other.start === first.start).toSorted((a, b) => b.end - a.end)[0];
		if (after && kindOf(after.votes) === 'person' && after.votes.person >= 4) continue;
		if (!after && result.some(other => overlaps(other, first))) continue;
		// A body read up to its head and a body read after the connector are two ("left the Senate for the House"); after
		// "for", what a body read up to its head serves is the span-repair's (a cause, not a prize: "thanked the X Foundation for the Nobel Prize").
		if (headRead.length > 0 && ((after && kindOf(after.votes) === 'organization') || connector.text === 'for')) continue;
		const tailEnd = after ? after.end : tokens[unreadTail(tokens, from, result) - 1]?.end;
		if (tailEnd === undefined || tailEnd <= first.start) continue;
		if (onlyBeforePlurals.has(word) && !/s$/u.test(text.slice(first.start, tailEnd))) continue;
		const surface = text.slice(tokens[start]!.start, tailEnd);
		const venue = after !== undefined && kindOf(after.votes) === 'place' && venueHeads.has(after.surface.split(/\s+/u).at(-1)!.toLowerCase()) && after.surface.includes(' ');
		const inside = result.filter(other => other.start >= tokens[start]!.start && other.end <= tailEnd);
		const body: Occurrence = {
			surface,
			key: normaliseName(surface),
			tokenCount: tokens.filter(token => token.start >= tokens[start]!.start && token.end <= tailEnd).length,
			start: tokens[start]!.start,
			end: tailEnd,
			votes: venue ? {person: 0, organization: 0, place: Math.max(2.5, after!.votes.place)} : {person: 0, organization: 2.5, place: 0},
			acronym: false,
			rules: [...new Set([...inside.flatMap(other => other.rules ?? []), venue ? 'place-venue-named-after-a-body' : 'organization-head-first'])],
		};
		result = [...result.filter(other => !inside.includes(other)), body];
	}
	return result;
}

/**
 * "Isabel Ruiz of Quill Lantern Gaming", "Mara Lind of the Free Greens": after a person's full name and "of (the)",
 * a name of two words or more, or a plural ("the Free Greens"), that the tagger left unread or read as a person is
 * the body the person belongs to. Not a place the gazetteer knows ("Mara Lind of New York"), nor one word
 * ("Alexander Gordon of Auchintoul" names an estate), nor a person the rules are sure of.
 */
export function bodiesOfMembers(read: Occurrence[], tokens: Token[], text: string): Occurrence[] {
	let result = read;
	for (const person of read) {
		if (kindOf(person.votes) !== 'person' || person.tokenCount < 2) continue;
		const last = tokens.findIndex(token => token.end === person.end);
		if (last < 0 || tokens[last + 1]?.text !== 'of' || !spaced(tokens[last]!) || !spaced(tokens[last + 1]!)) continue;
		const from = tokens[last + 2]?.text === 'the' && spaced(tokens[last + 2]!) ? last + 3 : last + 2;
		const first = tokens[from];
		if (!first || !/^\p{Lu}/u.test(first.text)) continue;
		const own = result.filter(other => other.start === first.start).toSorted((a, b) => b.end - a.end)[0];
		if (own && (kindOf(own.votes) !== 'person' || own.votes.person >= 4)) continue;
		if (!own && result.some(other => overlaps(other, first))) continue;
		const end = own ? own.end : tokens[unreadTail(tokens, from, result) - 1]?.end;
		if (end === undefined || end <= first.start) continue;
		const surface = text.slice(first.start, end);
		if (lookUpPlace(surface) !== undefined || !(surface.includes(' ') || (from === last + 3 && /\p{Ll}s$/u.test(surface)))) continue;
		const body: Occurrence = {
			surface,
			key: normaliseName(surface),
			tokenCount: surface.split(/\s+/u).length,
			start: first.start,
			end,
			votes: {person: 0, organization: 2.5, place: 0},
			acronym: false,
			rules: [...(own?.rules ?? []), 'organization-of-its-member'],
		};
		result = [...result.filter(other => other !== own), body];
	}
	return result;
}
