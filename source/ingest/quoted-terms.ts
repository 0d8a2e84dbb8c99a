import {spansWholeParagraph, type FoundQuote} from './quote-sieves.js';

// Quotation marks that quote nobody. A heading set in marks (a crosshead: a short line of its own between
// paragraphs, no sentence) is no one's words and is left out of the quotes. A scare quote (a term in marks,
// no verb of saying in its sentence: 'the “experts” of the council') stays, listed as "speaker not clear":
// leaving out those of one to three words cut PolNeAR check quotes found from 0.982 to 0.949, because the
// expert annotators give most of them to someone the sentences around name (a reader wants them too).

/** Words at most in a crosshead. */
const crossheadWords = 8;

const wordsOf = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/** A paragraph that is nothing but a short line in marks, no sentence (no closing stop), not introduced by a colon before it. */
export function isCrosshead(quote: FoundQuote, previousParagraph: string | undefined): boolean {
	const paragraph = quote.paragraph.text.trim();
	return quote.span.closed && spansWholeParagraph(quote.span, quote.paragraph.text) && wordsOf(quote.span.text) <= crossheadWords && !/[.!?…,;:]["'”’]?\s*$/u.test(quote.span.text.trim()) && !/[.!?…,;:]\s*$/u.test(paragraph.slice(quote.span.end + 1)) && !/:\s*$/u.test(previousParagraph ?? '');
}
