import {isPassiveNaming} from './attribution-subjects.js';
import {namingVerbs, speechVerbs} from './lexicon.js';
import type {SpeakerCandidate} from './quote-candidates.js';
import {spansWholeParagraph, type FoundQuote, type ParagraphReading, type ResolvedAttribution} from './quote-sieves.js';
import type {Token} from './tokens.js';

// Quotation marks that quote nobody. A heading with words in marks (a crosshead: a short line of its own
// between paragraphs, no sentence, no verb of saying: "“A long road”", "‘Record’ landings") is no one's
// words and is left out of the quotes. So is a scare quote nobody could have said: a term of one to three
// words in marks, in a sentence with no verb of saying and no person or body named, given no speaker ('the
// so-called “reform” passed', 'a stranding that was described as “unprecedented”': a naming verb in the
// passive without its agent says nobody said it). One in a sentence that names someone stays, "speaker not clear": PolNeAR's
// annotators give most such terms to the one named ('Clinton's “basket of deplorables” remark'), and
// leaving out every unattributed term of one to three words cut PolNeAR check quotes found from 0.982 to 0.949.

/** Words at most in a scare quote: a term or a short phrase, never a sentence. */
const scareQuoteWords = 3;
/** Words at most in a crosshead. */
const crossheadWords = 8;

const wordsOf = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/**
 * A quotation inside a heading line: a paragraph of a few words with no closing stop and no verb of saying
 * outside its marks, not introduced by a colon before it (a quotation set on a line of its own after "X said:").
 */
export function isCrosshead(quote: FoundQuote, previousParagraph: string | undefined): boolean {
	const paragraph = quote.paragraph.text.trim();
	// A long paragraph is no heading: not split into words for every quotation it holds.
	if (paragraph.length > crossheadWords * 40 || wordsOf(paragraph) > crossheadWords || /:\s*$/u.test(previousParagraph ?? '')) return false;
	// A closing stop, inside the marks or after them, makes the line a sentence.
	if (/[.!?…,;:]["'”’]?\s*$/u.test(paragraph) || /[.!?…,;:]\s*$/u.test(quote.span.text)) return false;
	const outside = `${quote.paragraph.text.slice(0, quote.span.start)} ${quote.paragraph.text.slice(quote.span.end)}`;
	return !outside.toLowerCase().split(/[^\p{L}]+/u).some(word => speechVerbs.has(word));
}

/**
 * Whether any sentence the quote spans has an attribution or a word of saying or naming outside its
 * quotations ("is quoted as saying", which the attributions may not read). A word inside a compound
 * ("so-called") says nothing.
 */
function saidInSentence(quote: FoundQuote): boolean {
	const sentences = quote.paragraph.sentences;
	const last = Math.max(quote.sentenceIndex, sentences.findIndex(sentence => quote.span.end <= sentence.end));
	const attributed = (list: ResolvedAttribution[], index: number) => list.some(attribution => attribution.subject.kind !== 'unnamed' || !isPassiveNaming(sentences[index]!.tokens, attribution.verb));
	if (quote.reading.attributions.slice(quote.sentenceIndex, last + 1).some((list, offset) => attributed(list, quote.sentenceIndex + offset))) return true;
	const saying = sayingSentences(quote.reading);
	for (let index = quote.sentenceIndex; index <= last; index++) if (saying[index]) return true;
	return false;
}

const sayingByReading = new WeakMap<ParagraphReading, boolean[]>();

/** Per sentence of a paragraph, whether a word of saying or naming stands outside its quotations: read once, tokens and spans both in text order. */
function sayingSentences(reading: ParagraphReading): boolean[] {
	const known = sayingByReading.get(reading);
	if (known) return known;
	const saying = (token: Token, before: Token | undefined, tokens: Token[], index: number) => !/-$/u.test(before?.post ?? '') && !token.pre.includes('-') && (speechVerbs.has(token.text.toLowerCase()) || namingVerbs.has(token.text.toLowerCase()) || /^(?:quoted|according)$/iu.test(token.text)) && !isPassiveNaming(tokens, index);
	let span = 0;
	const found = reading.paragraph.sentences.map(sentence =>
		sentence.tokens.some((token, index) => {
			while (span < reading.spans.length && reading.spans[span]!.end <= token.start) span++;
			const quoted = span < reading.spans.length && token.start >= reading.spans[span]!.start;
			return !quoted && saying(token, sentence.tokens[index - 1], sentence.tokens, index);
		}),
	);
	sayingByReading.set(reading, found);
	return found;
}

/** 'the so-called “reform” passed': one to three words in marks, no verb of saying and nobody named in their sentence. */
export function isScareQuote(quote: FoundQuote, candidates: SpeakerCandidate[]): boolean {
	if (!quote.span.closed || spansWholeParagraph(quote.span, quote.paragraph.text) || wordsOf(quote.span.text) > scareQuoteWords) return false;
	const namedInSentence = candidates.some(candidate => candidate.features.includes('named:sentence-before') || candidate.features.includes('named:sentence-after'));
	return !namedInSentence && !saidInSentence(quote);
}
