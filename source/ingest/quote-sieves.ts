import type {Attribution} from './attributions.js';
import type {AnalysedParagraph} from './entities.js';
import type {QuoteSpan} from './quote-spans.js';

// Who said a quotation, in two steps as Stanford CoreNLP's quote attribution does. First the quote
// sieves find what points at the speaker (an attribution in the quote's own sentence, an earlier quote
// it continues, a colon introduction in the paragraph before, …), most precise first: the first sieve
// that finds something decides, and later ones are not asked. Then the speaker rules turn what was found
// (a name, a pronoun, a description such as "the minister") into an entity, or leave it empty: a
// wrong speaker is worse than none. Each sieve and rule is a table row with an id, the general pattern
// it serves and an example (each has a unit test built from it); the ids that decided are kept for
// `ingest --explain`. The speaker rules are in speaker-rules.ts.

export {remember, resolveSubject, speakerRules, type ArticleSoFar, type SpeakerCandidates, type SpeakerRule} from './speaker-rules.js';

/** An attribution with the speaker it was resolved to when its sentence was read. */
export type ResolvedAttribution = Attribution & {speaker?: number; rule: string; start: number};

export type ParagraphReading = {
	paragraph: AnalysedParagraph;
	spans: QuoteSpan[];
	/** Per sentence of the paragraph. */
	attributions: ResolvedAttribution[][];
	quotes: FoundQuote[];
};

export type FoundQuote = {paragraph: AnalysedParagraph; span: QuoteSpan; sentenceIndex: number; speaker?: number; rules: string[]; reading: ParagraphReading; /** How the deciding attribution found its subject, in short ("after the verb"). */ how?: string; /** The attribution that decided, if one did. */ attribution?: ResolvedAttribution; /** Whom the sieves after the deciding one would have chosen. */ laterFindings?: Array<{sieve: string; speaker: number | undefined}>};

export type QuoteSlot = {reading: ParagraphReading; span: QuoteSpan; sentenceIndex: number; previous?: ParagraphReading};

export type Finding = {attribution: ResolvedAttribution} | {inherited: FoundQuote} | {speaker: number | undefined};

/** Sieves whose "no speaker" is certain: the ranker gives these quotes no speaker either. */
export const settlingSieves: ReadonlySet<string> = new Set(['quote-in-headline', 'quote-interviewer-question', 'quote-question-put-to-speaker']);

/** How an attribution reads a passive naming verb with no agent ("Ruiz was called “a liar”"): whom it names did not speak. */
export const passiveNamingHow = 'a naming verb in the passive without its agent';

/** Whether the sieves' "nobody" is certain: a settling sieve, or an attribution that gives the words to nobody named by a passive naming verb. */
export const settlesNobody = (quote: Pick<FoundQuote, 'rules' | 'how' | 'speaker'>) => settlingSieves.has(quote.rules[0] ?? '') || (quote.speaker === undefined && quote.how === passiveNamingHow);

export type QuoteSieve = {
	id: string;
	pattern: string;
	example: {text: string; quote: string; speaker: string | null};
	find: (slot: QuoteSlot) => Finding | undefined;
};

const distanceTo = (span: QuoteSpan) => (attribution: ResolvedAttribution) => (attribution.start < span.start ? span.start - attribution.start : attribution.start - span.end);

/** Sentences a quote covers: from the one it opens in to the one it closes in. */
function coveredSentences({reading, span}: QuoteSlot): number[] {
	const sentences = reading.paragraph.sentences;
	const first = Math.max(0, sentences.findIndex(sentence => span.start - 1 < sentence.end));
	let last = sentences.findIndex(sentence => span.end <= sentence.end);
	if (last < 0) last = sentences.length - 1;
	return Array.from({length: Math.max(1, last - first + 1)}, (_, index) => first + index);
}

/** A quotation that is its whole paragraph (its marks aside). */
export const spansWholeParagraph = (span: Pick<QuoteSpan, 'start' | 'end'>, paragraphText: string) => span.start <= 1 && span.end >= paragraphText.trimEnd().length - 1;
const isWholeParagraph = (slot: QuoteSlot) => spansWholeParagraph(slot.span, slot.reading.paragraph.text);

/**
 * "When asked (by reporters) whether", "Asked about", "was asked": a passive verb of asking, with at most
 * its agent and a few words of the question's lead-in between it and the quotation. The one asked answers
 * later in the sentence; the quoted words are the asker's. So are they when the asker is only a reporter
 * ("a reporter asked whether …"): a question from nobody named is nobody's quote. An active "X asked “…”"
 * with X named is X's own question.
 */
const passiveAskBeforeQuote = /(?:^|[,;:(—–-]\s*|\b(?:when|after|once|if|being|been|was|were|is|are|be|and)\s+|\b(?:(?:a|an|the|one|another)\s+(?:[\p{Ll}-]+\s+)?)?(?:reporter|journalist|correspondent|questioner|interviewer)s?\s+)asked(?:\s+(?:him|her|them))?(?:\s+by\s+[^,“”"]{1,40}?)?(?:\s+(?:whether|if|about|why|how|what|when|who|where)\b)?[^“”".?!;,]{0,60}[\s,:]*$/iu;

function isQuestionPut({reading, span, sentenceIndex}: QuoteSlot): boolean {
	const sentence = reading.paragraph.sentences[sentenceIndex];
	if (!sentence || span.start <= sentence.start) return false;
	// The words of the quote's sentence before it, from the last clause opening or quotation before.
	const text = reading.paragraph.text;
	let end = span.start;
	while (end > sentence.start && /[“"‘'\s]/u.test(text[end - 1]!)) end--;
	const lead = text.slice(Math.max(sentence.start, end - 120), end).replace(/^.*[“”"]/su, '');
	return passiveAskBeforeQuote.test(lead);
}

export const quoteSieves: QuoteSieve[] = [
	{
		id: 'quote-in-headline',
		pattern: 'words quoted in a headline or a headline-like line are scare quotes: no speaker ("Putin Celebrates ‘Friendship’")',
		example: {text: 'Mayor Ana Ruiz Hails ‘Historic’ Harbour Deal\n\nThe deal was signed on Monday.', quote: 'Historic', speaker: null},
		find: slot => (slot.reading.paragraph.headline ? {speaker: undefined} : undefined),
	},
	{
		id: 'quote-interviewer-question',
		pattern: 'a question in a paragraph labelled as the interviewer\'s ("Q: “…?”", "Question: …") is the reporter\'s, never the answer\'s: no speaker',
		example: {text: 'Mayor Ana Ruiz took questions on Monday.\n\nQ: “Will the bridge reopen in May?”\n\nRuiz: “We will see.”', quote: 'Will the bridge reopen in May?', speaker: null},
		find: slot => (/^\s*(?:Q|Question|Reporter|Journalist)\s*:/iu.test(slot.reading.paragraph.text) && /\?\W*$/u.test(slot.span.text) ? {speaker: undefined} : undefined),
	},
	{
		id: 'quote-question-put-to-speaker',
		pattern: 'a quotation that is the question put to someone ("When asked by reporters whether “…”", "Asked “…?”, X said") is the asker\'s, never the answer\'s: no speaker',
		example: {text: 'Mayor Ana Ruiz spoke to reporters on Monday.\n\nWhen asked by reporters whether “the bridge will reopen in May,” Ms Ruiz replied that it would.', quote: 'the bridge will reopen in May,', speaker: null},
		find: slot => (isQuestionPut(slot) ? {speaker: undefined} : undefined),
	},
	{
		id: 'quote-in-sentence',
		pattern: 'an attribution in the sentences the quotation spans, the nearest one ("…,” X said", "X said: “…”", "according to X")',
		example: {text: '“The bridge will reopen in May,” Mayor Ana Ruiz said on Monday.', quote: 'The bridge will reopen in May,', speaker: 'Ana Ruiz'},
		find: slot => {
			const all = coveredSentences(slot).flatMap(index => slot.reading.attributions[index] ?? []);
			// A reporting verb ("X dismissed it as “…”") counts only where no verb of saying does.
			const candidates = all.some(attribution => !attribution.weak) ? all.filter(attribution => !attribution.weak) : all;
			const nearest = candidates.toSorted((a, b) => distanceTo(slot.span)(a) - distanceTo(slot.span)(b))[0];
			return nearest ? {attribution: nearest} : undefined;
		},
	},
	{
		id: 'quote-after-quote-in-paragraph',
		pattern: 'a later quotation of a paragraph, without its own attribution, is the speaker of the quotation before it',
		example: {text: 'Minister Ada Obi spoke first. “Prices will fall,” she said. “Not this month, but soon.”', quote: 'Not this month, but soon.', speaker: 'Ada Obi'},
		find: slot => {
			const before = slot.reading.quotes.at(-1);
			return before ? {inherited: before} : undefined;
		},
	},
	{
		id: 'quote-then-attribution',
		pattern: 'a quotation standing alone as a sentence, with the attribution in the next sentence',
		example: {text: '“The bridge is safe.” Engineer Paul Reyes said so after the inspection.', quote: 'The bridge is safe.', speaker: 'Paul Reyes'},
		find: slot => {
			const next = slot.reading.attributions[coveredSentences(slot).at(-1)! + 1]?.find(attribution => !attribution.weak);
			return next ? {attribution: next} : undefined;
		},
	},
	{
		id: 'quote-runs-on',
		pattern: 'newswire runs a quotation over paragraphs: one left open continues in the next paragraph, with the same speaker',
		example: {text: 'Chief Ola Berg said: “We are ready to work,\n\n“and we will start on Monday.”', quote: 'and we will start on Monday.', speaker: 'Ola Berg'},
		find: ({previous, span}) => {
			const open = previous?.quotes.at(-1);
			return open && !open.span.closed && span.start <= 1 ? {inherited: open} : undefined;
		},
	},
	{
		id: 'quote-after-colon-paragraph',
		pattern: 'a paragraph that ends with an attribution and a colon introduces the quotation of the next paragraph',
		example: {text: 'Coach Lena Park told reporters:\n\n“We were ready for this game.”', quote: 'We were ready for this game.', speaker: 'Lena Park'},
		find: ({previous, span}) => {
			if (!previous || span.start > 1 || !/:\s*$/u.test(previous.paragraph.text)) return undefined;
			const attribution = previous.attributions.at(-1)?.findLast(attribution => !attribution.weak);
			return attribution ? {attribution} : undefined;
		},
	},
	{
		id: 'quote-paragraph-after-quote',
		pattern: 'a paragraph that is one quotation, attributed nowhere, continues the person quoted at the end of the paragraph before',
		example: {text: '“We will rebuild,” Mayor Ana Ruiz said on Monday.\n\n“Every family will have a home by winter.”', quote: 'Every family will have a home by winter.', speaker: 'Ana Ruiz'},
		find: slot => {
			const last = slot.previous?.quotes.at(-1);
			if (!isWholeParagraph(slot) || !last || last.speaker === undefined || slot.reading.attributions.some(list => list.some(attribution => !attribution.weak))) return undefined;
			return {inherited: last};
		},
	},
];
