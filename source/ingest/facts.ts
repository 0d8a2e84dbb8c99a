import type {FactCategory} from '../model/schema.js';
import {endsLikeSentence} from './analyse.js';
import {clutterKind} from './clutter-shapes.js';
import type {AnalysedParagraph} from './entities.js';
import {expectationMarkers} from './lexicon.js';
import type {Mention} from './mentions.js';
import {findQuoteSpans, type QuoteSpan} from './quote-spans.js';
import {hasTag, type Sentence} from './tokens.js';

// Facts: the sentences of the lead paragraph (what the story is about, key facts until the story ranks
// them), and the sentences that say what kind of statement they are: what is not known, what is
// expected or feared, a quantity, what someone says, background. Captions, credits, datelines and wire
// lines are never facts.

export type FoundFact = {paragraph: AnalysedParagraph; sentence: Sentence; category: FactCategory; mentions: Mention[]};

/**
 * The lead: the first paragraph of prose, not a headline, a standfirst without a full stop, a caption
 * that opens with a label in capitals ("MEETING."), or a short note.
 */
export function findLead(paragraphs: AnalysedParagraph[]): AnalysedParagraph | undefined {
	return paragraphs.find(
		paragraph =>
			!paragraph.headline &&
			endsLikeSentence(paragraph.text) &&
			paragraph.text.split(/\s+/).length >= 20 &&
			!/^\p{Lu}{2,}[\p{Lu}\s]*[.:]\s/u.test(paragraph.text),
	);
}

const timeUnits = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)$/u;
const pairNouns = /^(?:men|women|leaders|sides|countries|nations|presidents|delegations|parties|governments|heads)$/u;

/**
 * Whether a sentence states a quantity: a figure, an amount or a share, or a spelled number that counts
 * something ("four trips"); not the numbers of dates, years, times or names ("Covid-19").
 */
export function hasQuantity(sentence: Sentence): boolean {
	const {tokens} = sentence;
	return tokens.some((token, index) => {
		if (!hasTag(token, 'Value') || hasTag(token, 'Date', 'Year', 'Hyphenated', 'Ordinal', 'Time')) return false;
		if (!/[\p{L}\d]/u.test(token.text)) return false;
		const near = [tokens[index - 1], tokens[index + 1]];
		if (near.some(other => other && hasTag(other, 'Month', 'WeekDay', 'Date') && !hasTag(other, 'Duration'))) return false;
		// A length of time ("for 18 months", "five hours together") and the pair a story is about ("the two
		// men", "both leaders") are not quantities a reader looks for under Numbers.
		const following = tokens[index + 1]?.text.toLowerCase() ?? '';
		if (timeUnits.test(following) || (/^(?:one|two|both)$/iu.test(token.text) && pairNouns.test(following))) return false;
		// A model's or a thing's name ("SJ 100", "Boeing 737"): a figure right after a name is part of it.
		const previous = tokens[index - 1];
		if (/^\d+$/u.test(token.text) && previous && /^\s$/u.test(previous.post) && (/^\p{Lu}{2,4}$/u.test(previous.text) || hasTag(previous, 'ProperNoun')) && !hasTag(previous, 'Month', 'WeekDay')) return false;
		if (hasTag(token, 'NumericValue', 'Money', 'Percent', 'Multiple')) return true;
		// "four trips", "Four cranes were added" (compromise may read the noun as a verb).
		return [tokens[index + 1], tokens[index + 2]].some(other => other && (hasTag(other, 'Plural') || (/\p{L}{3,}s$/u.test(other.text) && !hasTag(other, 'Copula', 'Auxiliary', 'Pronoun', 'Adverb'))));
	});
}

const unknownMarkers = /\b(?:not (?:been )?(?:disclosed|known|clear|confirmed|verified|revealed|specified|immediately clear)|unclear|unknown|unconfirmed|undisclosed|could not (?:be )?(?:verified|confirmed|independently)|did not (?:say|disclose|specify|give details)|declined to (?:say|comment|give)|remains? to be seen|no details)\b/iu;
// The verbs that say whose statement a sentence is ("…, officials said"); not every verb that can
// introduce a quote: "greeted", "posted a video", "continued", "asked questions" tell what was done.
const attributionVerbs = new Set(
	`say says said tell tells told state states stated claim claims claimed allege alleges alleged insist insists insisted
	assert asserts asserted maintain maintains maintained report reports reported announce announces announced add adds added
	note notes noted confirm confirms confirmed deny denies denied write writes wrote argue argues argued warn warns warned
	estimate estimates estimated acknowledge acknowledges acknowledged admit admits admitted testify testifies testified
	suggest suggests suggested predict predicts predicted contend contends contended`.split(/\s+/u),
);
const attributionMarkers = /\b(?:according to|citing|quoted .{0,40} as saying|expressed (?:concern|hope)s?)\b/iu;
const contextMarkers = /\b(?:had (?:been |not |never |already |previously )?\p{L}+(?:ed|en|wn|ne|ft|ld|ght)|previously|in the past|since (?:the )?(?:start|end|collapse|fall)|(?:last|earlier) (?:year|decade|century))\b/iu;

const concernOpening = /\b(?:expressed (?:concerns?|fears?|hopes?)|fear(?:s|ed)?|warn(?:s|ed)?|worr(?:y|ies|ied))\b/iu;
/** Words of the future that belong to a verb ("will vote", "are expected to attend", "is likely"), not to a noun ("a planned meeting"). */
const futureVerbGroup = /\b(?:will|won['’]t|would|shall|could(?!\s+(?:not|hardly|scarcely)\s+(?:\p{L}+\s+){0,2}(?:more|less|better|worse|clearer)\b)|may|might|going to|(?:is|are|was|were|be|been) (?:now )?(?:set|due|scheduled|expected|likely|poised|slated)|expects? to|plans? to|intends? to|aims? to|to be held|as early as|as soon as)\b/giu;
const subordinate = /\b(?:whether|if|which|who|whom|whose|that|when|because|although|though|since|while|unless|until)\b/iu;

/**
 * Whether a sentence is about what is expected, planned or feared: a verb of its own clause looks ahead
 * ("will vote", "are expected to attend", "…, could have consequences"), or it reports what someone
 * says or fears will come ("announced that Putin would travel", "expressed concern that Kim would …").
 * A future inside a clause it only mentions ("received a question whether they will discuss") or a
 * word of the future before a noun ("departed on Sunday for a planned meeting") does not.
 */
export function looksAhead({text, tokens, start}: Sentence): boolean {
	if (!expectationMarkers.test(text)) return false;
	// What a past report said would come ("The ministry on Tuesday said the envoy would fly", "it
	// was reported that Kim would be visiting", "officials said the train was expected to …") is what
	// was said then, a claim: by the time a reader sees it, it has mostly come or gone. A named time
	// still ahead in what was said ("would stop in May", "next year") keeps it a forecast.
	const saying = pastSaying.exec(text);
	const pastReport = saying !== null && !namedTimeAhead.test(text.slice(saying.index));
	// The clause before each future word, read back at most 200 characters, for at most 20 such words:
	// a run-on "sentence" of thousands of words stays linear.
	let seen = 0;
	for (const match of text.matchAll(futureVerbGroup)) {
		if (++seen > 20) break;
		const from = Math.max(0, match.index - 200);
		const before = text.slice(from, match.index);
		const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('—')) + 1);
		if (pastReport && futureInThePast.test(match[0]) && pastSaying.test(before)) continue;
		// "three others may have escaped", "it could have been worse": a guess about what is done, not a look ahead.
		if (pastGuess.test(match[0]) && perfectAfter.test(text.slice(match.index + match[0].length))) continue;
		if (!subordinate.test(clause)) return true;
	}
	const main = tokens.find(token => hasTag(token, 'Verb') && !hasTag(token, 'Auxiliary', 'Modal', 'Copula'));
	const reported = (main !== undefined && attributionVerbs.has(main.text.toLowerCase())) || concernOpening.test(text);
	if (reported && pastReport && !realFuture.test(text.slice(main ? main.end - start : 0))) return false;
	return reported && expectationMarkers.test(text.slice(main ? main.end - start : 0));
}

// A verb of saying in the simple past ("announced", "said", "was reported"), not in the present perfect
// ("have expressed concern": the concern still stands).
const pastSaying = /\b(?<!(?:has|have)\s+(?:\w+\s+)?)(?:said|told|announced|reported|stated|added|noted|confirmed|wrote|claimed|predicted|warned|insisted|indicated|signalled|signaled)\b/iu;
const pastGuess = /^(?:would|could|may|might)$/iu;
const perfectAfter = /^\s+(?:not\s+|never\s+|also\s+|well\s+)?(?:have|'ve)\s+\p{L}/u;
/** The future as seen from a past moment ("would", "was expected to"), not the future of today ("will"). */
const futureInThePast = /^(?:would|could|might|(?:was|were) (?:now )?(?:set|due|scheduled|expected|likely|poised|slated))$/iu;
const realFuture = /\b(?:will|won['’]t|shall|is going to|are going to|(?:is|are) (?:now )?(?:set|due|scheduled|expected|likely|poised|slated))\b/iu;
const namedTimeAhead = /\b(?:next (?:week|month|year|spring|summer|autumn|fall|winter|\p{Lu}\p{L}+)|tomorrow|later this (?:week|month|year)|(?:in|by|on|until) (?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:in|by|until) (?:19|20)\d{2})\b/u;

/** What a sentence says it is, when it says it: unknown, to watch, number, claim or context. */
export function categoryOf(sentence: Sentence, referenceYear?: number): FactCategory | undefined {
	const {text, tokens} = sentence;
	if (unknownMarkers.test(text)) return 'unknown';
	if (looksAhead(sentence)) return 'to-watch';
	if (hasQuantity(sentence)) return 'number';
	if (attributionMarkers.test(text) || tokens.some((token, index) => index > 0 && attributionVerbs.has(token.text.toLowerCase()) && !hasTag(token, 'Noun'))) return 'claim';
	const years = [...text.matchAll(/\b(1[89]\d{2}|20\d{2})\b/gu)].map(match => Number(match[1]));
	if (contextMarkers.test(text) || (referenceYear !== undefined && years.length > 0 && years.every(year => year < referenceYear))) return 'context';
	return undefined;
}

// A list's lead-in ("The ranking of donors: 1.", "The winners were:") introduces the items after it; it
// says nothing on its own. The number of each item ("2. Mayor Ward gave …") is the list's, not the fact's.
const listLeadIn = /:\s*(?:\(?\d{1,2}[.)]|[a-z][.)])?$/u;
const listMarker = /^\(?\d{1,2}[.)]\s+(?=[\p{Lu}\p{N}"“])/u;

/** A sentence's text without the number of the list item it opens ("2. Mayor Ward gave …" -> "Mayor Ward gave …"). */
export const withoutListMarker = (text: string) => text.replace(listMarker, '');

/** A sentence a reader would take for a quote rather than a statement: four or more words in quotation marks. */
const quoted = (text: string) => /[“"][^”"]*(?:\s+\S+){3,}[^”"]*[”"]/u.test(text);

/**
 * A sentence mostly inside a quotation that spans several sentences ("“Our ancestors … whales. That's a
 * modern thing,” says X."): its words are the speaker's, shown among the quotes, not a fact of the story.
 */
function mostlyQuoted(sentence: Sentence, spans: QuoteSpan[]): boolean {
	const inside = spans.reduce((total, span) => total + Math.max(0, Math.min(span.end, sentence.end) - Math.max(span.start, sentence.start)), 0);
	return inside * 2 >= sentence.end - sentence.start;
}

/** `spokenSpans`: words the quote stage reads as someone's without quotation marks (a transcript's line), kept out as quotes are. */
export function findFacts(paragraphs: AnalysedParagraph[], mentionsOf: (paragraph: AnalysedParagraph) => Mention[], referenceYear?: number, spokenSpans?: (paragraph: AnalysedParagraph) => QuoteSpan[]): FoundFact[] {
	const lead = findLead(paragraphs);
	const facts: FoundFact[] = [];
	for (const paragraph of paragraphs) {
		if (paragraph.headline || clutterKind(paragraph.text)) continue;
		const spans = [...findQuoteSpans(paragraph.text), ...(spokenSpans?.(paragraph) ?? [])];
		for (const sentence of paragraph.sentences) {
			if (clutterKind(sentence.text) || listLeadIn.test(sentence.text.trim()) || !endsLikeSentence(sentence.text) || withoutListMarker(sentence.text).split(/\s+/).length < 3) continue;
			// A question asserts nothing: an interviewer's "What would you do first?" is no fact to watch.
			if (/\?["”’)]?$/u.test(sentence.text.trim())) continue;
			const category: FactCategory | undefined = paragraph === lead ? 'key-fact' : quoted(sentence.text) || mostlyQuoted(sentence, spans) ? undefined : categoryOf(sentence, referenceYear);
			if (!category) continue;
			const mentions = mentionsOf(paragraph).filter(mention => mention.start >= sentence.start && mention.end <= sentence.end);
			facts.push({paragraph, sentence, category, mentions});
		}
	}
	return facts;
}
