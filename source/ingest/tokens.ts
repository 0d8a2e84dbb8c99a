import nlp from 'compromise';
import {bulkMatch} from './compromise-sweep.js';

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

type CompromiseTerm = {text: string; pre: string; post: string; tags: ReadonlySet<string>; offset: {start: number; length: number}};
type CompromiseSentence = {offset: {start: number; length: number}; terms: CompromiseTerm[]};

/**
 * The document's sentences and terms with their offsets, read from compromise's own terms: what
 * .json({offset: true, terms: {offset: true}}) gave, without the copy of every term and its tags and the
 * sentence texts (worked out twice) that json() makes and nothing here read.
 */
function sentencesOf(document: ReturnType<typeof nlp>): CompromiseSentence[] {
	document.compute('offset');
	const sentences = (document as unknown as {docs: CompromiseTerm[][]}).docs;
	return sentences.filter(terms => terms.length > 0).map(terms => ({offset: {start: terms[0]!.offset.start, length: 0}, terms}));
}

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

/**
 * compromise's matching costs grow faster than the length of the text it is given (a sentence of 88 KB
 * took 23 s): so it is given at most this many words at a time. Real sentences stay far below.
 */
export const maxWordsPerAnalysis = 200;

export type AnalysisPiece = {start: number; end: number; forced: boolean};

const termPattern = /[^\s\-\u2010-\u2015]+/g;

// A sentence end that is safe to cut at: a lower-case word of three letters or more (not "Mr.", "St.")
// ending in . ! ? or …, maybe inside a closing mark, then space and a capital or an opening mark.
const safeSentenceEnd = /\p{Ll}{3,}[.!?…]["”’)]?\s+(?=["“‘(]?\p{Lu})/gu;

/**
 * The paragraph in pieces of at most `maxWords` words for the language analysis: cut at sentence ends
 * where it can be; a run of words with no sentence end is cut at a comma or, failing that, between words
 * (`forced`, which the importer reports). A paragraph within the limit is one piece: analysed as before.
 */
export function splitForAnalysis(paragraph: string, maxWords = maxWordsPerAnalysis): AnalysisPiece[] {
	// Counted as compromise counts terms: it splits at hyphens and dashes as well as at spaces, so
	// "a-b-c-…" of 30,000 parts is 30,000 terms, not one word.
	const wordEnds: number[] = [];
	for (const match of paragraph.matchAll(termPattern)) wordEnds.push(match.index + match[0].length);
	if (wordEnds.length <= maxWords) return [{start: 0, end: paragraph.length, forced: false}];
	const sentenceEnds = [...paragraph.matchAll(safeSentenceEnd)].map(match => match.index + match[0].length);
	const pieces: AnalysisPiece[] = [];
	let start = 0;
	let firstWord = 0;
	let nextEnd = 0;
	while (wordEnds.length - firstWord > maxWords) {
		const limit = wordEnds[firstWord + maxWords - 1]!;
		while (nextEnd < sentenceEnds.length && sentenceEnds[nextEnd]! <= start) nextEnd++;
		let cut: number | undefined;
		// The last sentence end within the limit.
		for (let index = nextEnd; index < sentenceEnds.length && sentenceEnds[index]! <= limit + 1; index++) cut = sentenceEnds[index];
		let forced = false;
		if (cut === undefined) {
			forced = true;
			const comma = paragraph.lastIndexOf(',', limit);
			cut = comma > start && paragraph.slice(start, comma).split(/\s+/).length > maxWords / 2 ? comma + 1 : limit;
		}
		pieces.push({start, end: cut, forced});
		start = cut;
		while (firstWord < wordEnds.length && wordEnds[firstWord]! <= start) firstWord++;
	}
	pieces.push({start, end: paragraph.length, forced: false});
	return pieces;
}

/** The sentences of a paragraph with their words, offsets into the paragraph. */
export function analyseParagraph(paragraph: string): Sentence[] {
	return splitForAnalysis(paragraph).flatMap(piece => analysePiece(paragraph, piece.start, piece.end));
}

/**
 * nlp(text) without its last step, the chunker ('chunks': it marks phrases for .verbs() and .nouns(),
 * which the words and tags read here never use): the same words, tags and offsets, a sixth less time
 * (npm run bench). Swapped in and out around the one call, so lemma()'s .verbs() still has it.
 */
function tagged(text: string): ReturnType<typeof nlp> {
	const world = nlp.world() as {hooks: string[]; methods: {one: {bulkMatch: unknown}}};
	const hooks = world.hooks;
	world.hooks = hooks.filter(hook => hook !== 'chunks');
	// The post-tagger's sweep finds its candidate patterns faster, with the same result (compromise-sweep.ts).
	world.methods.one.bulkMatch = bulkMatch;
	try {
		return nlp(text);
	} finally {
		world.hooks = hooks;
	}
}

const referenceMark = /\[(?:\d{1,3}|citation needed|note \d{1,3}|[a-z])\]/gu;

function analysePiece(paragraph: string, from: number, to: number): Sentence[] {
	const whole = from === 0 && to === paragraph.length ? paragraph : paragraph.slice(from, to);
	// A reference mark ("… Film Festival. [8] In 2005, …", pasted from an encyclopedia) is no word of the
	// sentence: read as blanks of its length (offsets unchanged), it no longer joins two sentences into one.
	const text = whole.includes('[') ? whole.replace(referenceMark, mark => ' '.repeat(mark.length)) : whole;
	const json = splitAfterQuotes(sentencesOf(tagged(text)));
	return json.map(sentence => {
		const tokens = sentence.terms.map(term => ({
			text: term.text,
			start: from + term.offset.start,
			end: from + term.offset.start + term.offset.length,
			pre: term.pre,
			post: term.post,
			tags: new Set(term.tags),
		}));
		// compromise's sentence span leaves out closing punctuation; take it up to the last token's trailer.
		// A sentence starts with its first word's leading punctuation (an opening quotation mark).
		const first = sentence.terms[0];
		const start = first ? from + first.offset.start - first.pre.length : from + sentence.offset.start;
		const last = tokens.at(-1);
		const end = last ? Math.min(to, last.end + last.post.trimEnd().length) : start + sentence.offset.length;
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

/** Cyrillic letters drawn like Latin ones, as they slip into Latin names ("Vostochny Сosmodrome" with a Cyrillic "С"). */
const latinLookalikes: Record<string, string> = {а: 'a', с: 'c', е: 'e', о: 'o', р: 'p', х: 'x', у: 'y', і: 'i', ј: 'j', ѕ: 's'};
/** A word of Latin letters with a Cyrillic lookalike among them is the Latin word: one name, one key. */
const withoutLookalikes = (name: string) => (/[\u0400-\u04ff]/u.test(name) ? name.replace(/\p{L}+/gu, word => (/\p{Script=Latin}/u.test(word) ? word.replace(/[асеорхуіјѕ]/gu, letter => latinLookalikes[letter]!) : word)) : name);

/** Lower-cased, hyphens and dashes as spaces, typographic apostrophes straight, possessive gone, Cyrillic lookalikes in a Latin word Latin. */
export function normaliseName(name: string): string {
	return withoutLookalikes(name
		.normalize('NFC')
		.toLowerCase())
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
		found = (singleVerbInfinitive(word) ?? (nlp(word).verbs().toInfinitive().text() as string)).trim() || irregular.get(word) || word;
		lemmas.set(word, found);
	}
	return found;
}

type LemmaTerm = {text: string; tags: Set<string>; chunk?: string; implicit?: string};
type VerbTransform = (text: string, model: unknown, tense: string | undefined) => string | undefined;

// What .verbs() leaves out of a one-word phrase (compromise/src/3-three/verbs/find.js), and the tenses
// its toInfinitive() reads from the word's tags, in its order (verbs/api/lib.js, getTense).
const notVerbPhrase = ['Conjunction', 'Preposition', 'Reflexive', 'Adjective'];
const tensesInOrder = ['Infinitive', 'Participle', 'PastTense', 'Gerund', 'PresentTense'];

/**
 * nlp(word).verbs().toInfinitive().text() for the usual case, a word compromise reads as one verb on its
 * own, without what makes that chain cost milliseconds a word (its pattern texts parsed again on every
 * call, the sentence tagged again after the replacement): the infinitive its conjugation gives for the
 * word's tense, or the word where it gives none. undefined (the full chain decides) for anything else:
 * several terms, a contraction, an auxiliary or a negative, a word the verb finder leaves out. The same
 * lemma for every verb of the corpora (test/ingest/lemma.test.ts).
 */
function singleVerbInfinitive(word: string): string | undefined {
	const document = nlp(word);
	const terms = (document as unknown as {docs: LemmaTerm[][]}).docs;
	const term = terms.length === 1 && terms[0]!.length === 1 ? terms[0]![0]! : undefined;
	if (term === undefined || term.implicit !== undefined || term.chunk !== 'Verb' || !term.tags.has('Verb')) return undefined;
	if (term.tags.has('Auxiliary') || term.tags.has('Negative') || notVerbPhrase.some(tag => term.tags.has(tag))) return undefined;
	const world = nlp.world() as {model: unknown; methods: {two: {transform: {verb: {toInfinitive: VerbTransform}}}}};
	const tense = tensesInOrder.find(tag => term.tags.has(tag));
	return world.methods.two.transform.verb.toInfinitive(document.text('normal') as string, world.model, tense) || (document.text() as string);
}

// Forms compromise leaves as they are. A Map: a word such as "constructor" must not find Object's keys.
const irregular = new Map([
	['left', 'leave'],
	['leaves', 'leave'],
	['leaving', 'leave'],
]);

