// Whose voice a quotation's own words are in: "I" speaks for one person, "we" for a body or someone speaking
// for one, neither for a statement or a fragment ("a closed primary"). Conjoined with a candidate's kind, it
// tells the ranker a person's words from a body's where the name reader gave both as candidates.

const singular = /(?<![\p{L}'’])(?:I|I['’](?:m|ve|ll|d)|me|my|mine|myself)(?![\p{L}'’])/u;
const plural = /(?<![\p{L}'’])(?:we|we['’](?:re|ve|ll|d)|us|our|ours|ourselves)(?![\p{L}'’])/iu;

/** "i" when the quote says I, me or my; "we" when it says we, us or our (and not I); else "none". */
export function quoteVoice(text: string): 'i' | 'we' | 'none' {
	if (singular.test(text)) return 'i';
	return plural.test(text) ? 'we' : 'none';
}
