import {speechVerbs} from './lexicon.js';
import type {Mention} from './mentions.js';
import type {ParagraphReading} from './quote-sieves.js';
import {firstAtLeast} from './sorted-positions.js';

// What the words around a quotation's candidate speakers say, for quote-candidates.ts's features: where a
// paragraph's verbs of saying stand, whether a mention lies inside a quotation, a mention's role (beside a
// verb of saying, an object, a possessive, the sentence's first name, described by an apposition) and the
// gender a pronoun asks for. Positions are found by bisection: a paragraph may hold thousands of quotations.

/** Where a paragraph's verbs of saying stand, outside its quotations (tokens and spans both in text order). */
export function verbsOfSaying(reading: ParagraphReading): number[] {
	const starts: number[] = [];
	let span = 0;
	for (const sentence of reading.paragraph.sentences) {
		for (const token of sentence.tokens) {
			while (span < reading.spans.length && reading.spans[span]!.end <= token.start) span++;
			const quoted = span < reading.spans.length && token.start >= reading.spans[span]!.start;
			if (!quoted && speechVerbs.has(token.text.toLowerCase())) starts.push(token.start);
		}
	}
	return starts;
}

// A paragraph's quotation spans by start, with the furthest end reached so far: a mention lies inside a
// span when some span starting at or before it ends at or after it, found by bisection (a paragraph may
// hold thousands of quotations).
const spanIndexes = new WeakMap<ParagraphReading, {starts: number[]; furthestEnds: number[]}>();
export function insideSpan(mention: Mention, reading: ParagraphReading): boolean {
	let index = spanIndexes.get(reading);
	if (!index) {
		const spans = reading.spans.toSorted((a, b) => a.start - b.start);
		let furthest = Number.NEGATIVE_INFINITY;
		index = {starts: spans.map(span => span.start), furthestEnds: spans.map(span => (furthest = Math.max(furthest, span.end)))};
		spanIndexes.set(reading, index);
	}
	// Offsets are whole numbers: the spans starting at or before the mention are those before the first start past it.
	const after = firstAtLeast(index.starts, mention.start + 1);
	return after > 0 && index.furthestEnds[after - 1]! >= mention.end;
}

/** Words before a name that make it the object of a clause, not who speaks: "told Reuters", "thanked Obama", "of Congress". */
const objectMarkers = new Set(['to', 'by', 'for', 'with', 'at', 'from', 'of', 'about', 'on', 'against', 'told', 'thanked', 'called', 'asked', 'praised', 'attacked', 'criticized', 'criticised', 'accused', 'blamed', 'urged', 'than', 'and', 'like', 'under', 'toward', 'towards', 'into']);

export type MentionRole = {besideVerb: boolean; objectLike: boolean; possessive: boolean; firstInSentence: boolean; apposition: boolean};

/** What the words around a mention say of its role: beside a verb of saying, after an object marker, a possessive, the sentence's first name. */
export function roleOf(mention: Mention, reading: ParagraphReading, mentions: Mention[]): MentionRole {
	const role: MentionRole = {besideVerb: false, objectLike: false, possessive: false, firstInSentence: false, apposition: false};
	const sentence = reading.paragraph.sentences.find(item => mention.start >= item.start && mention.start < item.end);
	if (!sentence) return role;
	const first = sentence.tokens.findIndex(token => token.start >= mention.start);
	let last = sentence.tokens.findIndex(token => token.end >= mention.end);
	if (first < 0) return role;
	if (last < 0) last = first;
	const near = [...sentence.tokens.slice(Math.max(0, first - 2), first), ...sentence.tokens.slice(last + 1, last + 3)];
	role.besideVerb = near.some(token => speechVerbs.has(token.text.toLowerCase()));
	// Past a title or two before the name ("called Senator Ivo Dahl").
	let before = first - 1;
	while (before > 0 && first - before <= 2 && /^\p{Lu}/u.test(sentence.tokens[before]!.text) && /^\s+$/u.test(sentence.tokens[before]!.post)) before--;
	// "…, and Putin pledged": a name right before a verb of saying is its subject, whatever stands before the name.
	const saysNext = speechVerbs.has(sentence.tokens[last + 1]?.text.toLowerCase() ?? '');
	role.objectLike = !saysNext && objectMarkers.has(sentence.tokens[before]?.text.toLowerCase() ?? '');
	role.possessive = /^['’]s?\b/u.test(reading.paragraph.text.slice(mention.end, mention.end + 2));
	// "said Ana Ruiz, the mayor": a name its apposition describes is a person introduced to be quoted.
	role.apposition = /^,\s+(?:the|a|an|who)\s/iu.test(reading.paragraph.text.slice(mention.end, mention.end + 8));
	role.firstInSentence = !mentions.some(other => other !== mention && other.start >= sentence.start && other.start < mention.start && !insideSpan(other, reading));
	return role;
}

export type Gender = 'male' | 'female' | undefined;
export const pronounGender = (word: string): Gender => (/^(?:he|him|his)$/.test(word) ? 'male' : /^(?:she|her|hers)$/.test(word) ? 'female' : undefined);
