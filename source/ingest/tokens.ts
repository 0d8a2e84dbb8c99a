import nlp from 'compromise';

// compromise does the linguistics (sentence splitting, part-of-speech and name tags); this module turns
// its output into plain records with character offsets into the paragraph, which the rules work on.

export type Token = {
	/** The word as written, without surrounding punctuation. */
	text: string;
	/** Offsets of `text` in the paragraph. */
	start: number;
	end: number;
	/** Punctuation and spaces before and after the word, as compromise split them. */
	pre: string;
	post: string;
	tags: ReadonlySet<string>;
};

export type Sentence = {start: number; end: number; text: string; tokens: Token[]};

type CompromiseTerm = {text: string; pre: string; post: string; tags: string[]; offset: {start: number; length: number}};
type CompromiseSentence = {offset: {start: number; length: number}; terms: CompromiseTerm[]};

/**
 * compromise keeps a sentence going after a quotation that ends one (“… workers.” The state …);
 * a full stop inside closing quotation marks before a capital ends the sentence there.
 */
function splitAfterQuotes(sentences: CompromiseSentence[]): CompromiseSentence[] {
	return sentences.flatMap(sentence => {
		const parts: CompromiseSentence[] = [];
		let current: CompromiseTerm[] = [];
		for (const [index, term] of sentence.terms.entries()) {
			current.push(term);
			const next = sentence.terms[index + 1];
			if (next && /[.!?][”"’]\s+$/u.test(term.post) && /^\p{Lu}/u.test(next.text)) {
				parts.push({offset: {start: current[0]!.offset.start, length: 0}, terms: current});
				current = [];
			}
		}
		if (parts.length === 0) return [sentence];
		parts.push({offset: {start: current[0]!.offset.start, length: 0}, terms: current});
		return parts;
	});
}

/** The sentences of a paragraph with their words. */
export function analyseParagraph(paragraph: string): Sentence[] {
	const json = splitAfterQuotes(nlp(paragraph).json({offset: true, terms: {offset: true}}) as CompromiseSentence[]);
	return json.map(sentence => {
		const tokens = sentence.terms.map(term => ({
			text: term.text,
			start: term.offset.start,
			end: term.offset.start + term.offset.length,
			pre: term.pre,
			post: term.post,
			tags: new Set(term.tags),
		}));
		// compromise's sentence span leaves out closing punctuation; take it up to the last token's trailer.
		// A sentence starts with its first word's leading punctuation (an opening quotation mark).
		const first = sentence.terms[0];
		const start = first ? first.offset.start - first.pre.length : sentence.offset.start;
		const last = tokens.at(-1);
		const end = last ? Math.min(paragraph.length, last.end + last.post.trimEnd().length) : start + sentence.offset.length;
		return {start, end, text: paragraph.slice(start, end), tokens};
	});
}

export function hasTag(token: Token, ...tags: string[]): boolean {
	return tags.some(tag => token.tags.has(tag));
}

/** Starts with a capital letter (any script that has case) or is a dotted acronym such as U.S. */
export function isCapitalised(word: string): boolean {
	return /^\p{Lu}/u.test(word);
}

/** Lower-cased, hyphens and dashes as spaces, typographic apostrophes straight, possessive gone. */
export function normaliseName(name: string): string {
	return name
		.normalize('NFC')
		.toLowerCase()
		.replace(/[’‘`]/g, "'")
		.replace(/'s$/u, '')
		.replace(/^the\s+/u, '')
		.replace(/[-‐‑–—]/gu, ' ')
		.replace(/\./g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

const lemmas = new Map<string, string>();

/** A verb's dictionary form ("arrived" → "arrive"), or the word in lower case when compromise has none. */
export function lemma(verb: string): string {
	const word = verb.toLowerCase();
	let found = lemmas.get(word);
	if (found === undefined) {
		found = (nlp(word).verbs().toInfinitive().text() as string).trim() || irregular[word] || word;
		lemmas.set(word, found);
	}
	return found;
}

// Forms compromise leaves as they are.
const irregular: Record<string, string> = {left: 'leave', leaves: 'leave', leaving: 'leave'};

