import {speechVerbs} from './lexicon.js';
import type {FoundQuote} from './quote-sieves.js';

// Quotation marks that quote nobody. A heading with words in marks (a crosshead: a short line of its own
// between paragraphs, no sentence, no verb of saying: "“A long road”", "‘Record’ landings") is no one's
// words and is left out of the quotes. A scare quote (a term in marks,
// no verb of saying in its sentence: 'the “experts” of the council') stays, listed as "speaker not clear":
// leaving out those of one to three words cut PolNeAR check quotes found from 0.982 to 0.949, because the
// expert annotators give most of them to someone the sentences around name (a reader wants them too).

/** Words at most in a crosshead. */
const crossheadWords = 8;

const wordsOf = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/**
 * A quotation inside a heading line: a paragraph of a few words with no closing stop and no verb of saying
 * outside its marks, not introduced by a colon before it (a quotation set on a line of its own after "X said:").
 */
export function isCrosshead(quote: FoundQuote, previousParagraph: string | undefined): boolean {
	const paragraph = quote.paragraph.text.trim();
	if (wordsOf(paragraph) > crossheadWords || /:\s*$/u.test(previousParagraph ?? '')) return false;
	// A closing stop, inside the marks or after them, makes the line a sentence.
	if (/[.!?…,;:]["'”’]?\s*$/u.test(paragraph) || /[.!?…,;:]\s*$/u.test(quote.span.text)) return false;
	const outside = `${quote.paragraph.text.slice(0, quote.span.start)} ${quote.paragraph.text.slice(quote.span.end)}`;
	return !outside.toLowerCase().split(/[^\p{L}]+/u).some(word => speechVerbs.has(word));
}
