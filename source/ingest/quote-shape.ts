import type {FoundQuote} from './quote-sieves.js';

// A quotation's shape (the whole paragraph, opening it, inside it, a few words inside it) and what speaks for
// "none of the candidates" as its speaker: features of the quote itself for the ranker (quote-candidates.ts).

/** A number's bucket among edges, as a feature's value ("≤2", ">4"). */
export const bucket = (value: number, edges: number[]) => {
	const index = edges.findIndex(edge => value <= edge);
	return index < 0 ? `>${edges.at(-1)}` : `≤${edges[index]}`;
};

export function shapeOf(quote: FoundQuote): string {
	const text = quote.paragraph.text.trimEnd();
	if (quote.span.start <= 1 && quote.span.end >= text.length - 1) return 'whole';
	if (quote.span.start <= 1) return 'opens';
	return quote.span.text.trim().split(/\s+/).length <= 4 ? 'short-inside' : 'inside';
}

/** What speaks for "none of the candidates": the quote's shape, what the sieves found, how many candidates there are. */
export function noneFeatures(quote: FoundQuote, candidates: number): string[] {
	const sieve = quote.rules[0] ?? 'no-sieve';
	const shape = shapeOf(quote);
	// The speaker rule that decided, "speaker-unnamed" above all: an attribution to nobody named ("critics said").
	const rule = (quote.rules[1] ?? 'no-rule').replace(/ \(.*$/, '');
	return ['none', `none:shape:${shape}`, `none:sieve:${sieve}`, `none:sieve:${sieve}:${quote.speaker === undefined ? 'no-speaker' : 'speaker'}`, `none:rule:${rule}`, `none:rule:${rule}:${shape}`, `none:candidates:${bucket(candidates, [1, 2, 4])}`];
}
