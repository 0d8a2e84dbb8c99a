import {namingVerbs, speechVerbs} from './lexicon.js';
import type {FoundQuote} from './quote-sieves.js';
import type {Token} from './tokens.js';

// Quotation marks that quote nobody. A reader of the quotes wants what someone said; a writer's own
// term set off in marks (a scare quote: 'praised the “hard work” of the council') and a heading set in
// marks (a crosshead: a short line of its own between paragraphs) are no one's words. A crosshead is left
// out of the quotes; a scare quote when no speaker was found for it (with one it stays: 'called it “a
// mess,” he said').

/** Words at most in a scare quote: a term or a short phrase, never a sentence. */
const scareQuoteWords = 3;
/** Words at most in a crosshead. */
const crossheadWords = 8;

const wordsOf = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/**
 * Whether any sentence the quote spans has an attribution (a verb of saying, "according to") or any word
 * of saying at all outside its quotations ("is quoted as saying", which the attributions may not read).
 */
function attributedInSentence(quote: FoundQuote): boolean {
	const sentences = quote.paragraph.sentences;
	const last = Math.max(quote.sentenceIndex, sentences.findIndex(sentence => quote.span.end <= sentence.end));
	if (quote.reading.attributions.slice(quote.sentenceIndex, last + 1).some(list => list.length > 0)) return true;
	const outside = (start: number) => !quote.reading.spans.some(span => start >= span.start && start < span.end);
	// A word of saying inside a compound ("so-called") says nothing.
	const saying = (token: Token, before: Token | undefined) => !/-$/u.test(before?.post ?? '') && !token.pre.includes('-') && (speechVerbs.has(token.text.toLowerCase()) || namingVerbs.has(token.text.toLowerCase()) || /^(?:quoted|according)$/iu.test(token.text));
	return sentences.slice(quote.sentenceIndex, last + 1).some(sentence => sentence.tokens.some((token, index) => outside(token.start) && saying(token, sentence.tokens[index - 1])));
}

/** 'the “hard work” of the council': one to three words in marks, inside a sentence no verb of saying attributes. */
export function isScareQuote(quote: FoundQuote): boolean {
	const paragraph = quote.paragraph.text.trimEnd();
	const wholeParagraph = quote.span.start <= 1 && quote.span.end >= paragraph.length - 1;
	return quote.span.closed && !wholeParagraph && wordsOf(quote.span.text) <= scareQuoteWords && !attributedInSentence(quote);
}

/** A paragraph that is nothing but a short line in marks, no sentence (no closing stop), not introduced by a colon before it. */
export function isCrosshead(quote: FoundQuote, previousParagraph: string | undefined): boolean {
	const paragraph = quote.paragraph.text.trim();
	const wholeParagraph = quote.span.start <= 1 && quote.span.end >= quote.paragraph.text.trimEnd().length - 1;
	return quote.span.closed && wholeParagraph && wordsOf(quote.span.text) <= crossheadWords && !/[.!?…,;:]["'”’]?\s*$/u.test(quote.span.text.trim()) && !/[.!?…,;:]\s*$/u.test(paragraph.slice(quote.span.end + 1)) && !/:\s*$/u.test(previousParagraph ?? '');
}
