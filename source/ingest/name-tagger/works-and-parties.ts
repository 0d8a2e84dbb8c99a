import {isFirstName} from '../first-names.js';
import {possessive} from '../name-words.js';
import {normaliseName, type Token} from '../tokens.js';

// What the words around a name say it is a work's title or a party's (the year after it in brackets, a word for a
// work before it, "party" after it), and which names a document gives such a frame somewhere, so that the same
// name elsewhere is read alike.

/** Lower-case words for a work, right before its title: "the 1969 film Easy Rider", "the TV series Supernatural". */
const workNouns = new Set([
	'film', 'movie', 'series', 'miniseries', 'sitcom', 'show', 'drama', 'comedy', 'thriller', 'documentary', 'novel', 'book', 'memoir', 'album', 'song',
	'single', 'play', 'opera', 'musical', 'poem', 'journal', 'magazine', 'game', 'titled', 'entitled', 'production', 'prequel', 'sequel',
]);

// Lower-case words inside a title between its capitals ("the magazine Kaze no Tomoe", "the film Jules de Paris"); not
// "of" or "and", which join a title to what follows as often ("the novel of Jane Austen").
const titleParticles = new Set(['no', 'de', 'la', 'le', 'du', 'des', 'di', 'da', 'del', 'von', 'van', 'der']);

/**
 * Where the title a span may be the end of begins: back over capitalised words and a title's particles joined by a
 * space ("Tomoe" of "Kaze no Tomoe", "Lady" of "The Duke's Lady", read alone).
 */
function titleOpening(span: {start: number; end: number}, tokens: Token[]): number {
	let start = span.start;
	const inTitle = (token: Token | undefined) => token !== undefined && /^\s+$/u.test(token.post) && (/^\p{Lu}/u.test(token.text) || titleParticles.has(token.text));
	while (start > 0 && span.start - start < 4 && inTitle(tokens[start - 1])) start--;
	// A particle opens no title: "de Luca" of "the film de Luca made" is the name's own.
	while (start < span.start && titleParticles.has(tokens[start]!.text)) start++;
	return start;
}

/**
 * A work's title is no person of the story, though its words may be a person's name: after a word for a work
 * ("the 1969 film Easy Rider", "a pilot titled Young MacGyver") or before its year alone in brackets
 * ("Burning Man (2011)": a person's years are a span, "(1914–2011)", or "born …").
 */
export function isWork(span: {start: number; end: number}, tokens: Token[]): boolean {
	const before = tokens[titleOpening(span, tokens) - 1];
	if (before && /^,?\s+$/u.test(before.post) && workNouns.has(before.text)) return true;
	return beforeItsYear(tokens, span.end);
}

/**
 * "Lena Corvo's Winter Harbour", "Brandt's Iron Orchard": capitalised words right after a person's possessive are what
 * the person made or owns (a book, a film, a play), not another person. `spans` are the sentence's read names; the
 * owner must be read as a person (after a body's or a place's possessive a person often follows: "Labour's Ann Kell").
 */
export function ownedByPerson(span: {start: number; end: number}, spans: Array<{start: number; end: number; kind: string}>, tokens: Token[]): boolean {
	const owner = tokens[span.start - 1];
	if (owner === undefined || !possessive.test(owner.text) || !/^\s+$/u.test(owner.post)) return false;
	return spans.some(other => other.kind === 'person' && other.end === span.start);
}

/**
 * "(La strada bianca and …)": an article of another language read alone is a title's first word, no name. Not "Le", a
 * surname (Le Van, a Vietnamese name), nor "De".
 */
export const isForeignArticle = (word: string) => /^(?:La|Les|El|Il|Los|Las|Der|Die|Das)$/u.test(word);

/** Words for a work whose title a body's name may also be after: "the magazine Wired", "the show Sesame Workshop". */
const bodyWorkNouns = new Set(['journal', 'magazine', 'show', 'production', 'game']);

/**
 * A title a body's or a place's reading was given, written as a work's: after a word for a work that no
 * body is called ("the drama Orrin Abbey", "the romantic comedy, Varn Liberty") or before its year alone in
 * brackets ("Cemetery Lane (2010)"). Not after "magazine", "journal" or "show", whose titles are often bodies.
 */
export function isWorkTitle(span: {start: number; end: number}, tokens: Token[]): boolean {
	const before = tokens[span.start - 1];
	if (before && /^,?\s+$/u.test(before.post) && workNouns.has(before.text) && !bodyWorkNouns.has(before.text)) return true;
	return beforeItsYear(tokens, span.end);
}

/** "Burning Man (2011)": the words before `end` are followed by a year alone in brackets. */
function beforeItsYear(tokens: Token[], end: number): boolean {
	const last = tokens[end - 1]!;
	const after = tokens[end];
	// The tokens may hold the brackets apart ("(" after the title or before the year, "2011", ")") or keep
	// "(2011)" as one word.
	const opened = /^\s*\($/u.test(last.post) || (/^\s+$/u.test(last.post) && /^\($/u.test(after?.pre ?? ''));
	return after !== undefined && ((opened && /^\d{4}$/u.test(after.text) && /^\)/u.test(after.post)) || (/^\s+$/u.test(last.post) && /^\(\d{4}\)$/u.test(after.text)));
}

/**
 * The names a document gives as works' titles somewhere (after a word for a work, or before their year alone in
 * brackets): the same title elsewhere is the work too ("the series Supernatural" … "the Supernatural panel",
 * "his book Hydrodynamica" … "His chief work is Hydrodynamica"). Keys as normaliseName makes them.
 */
export function worksOfDocument(sentences: Array<{tokens: Token[]}>): Set<string> {
	const works = new Set<string>();
	const capitalised = (token: Token | undefined) => token !== undefined && /^\p{Lu}/u.test(token.text);
	for (const {tokens} of sentences) {
		tokens.forEach((token, index) => {
			if (!capitalised(token) || capitalised(tokens[index - 1]) && /^\s+$/u.test(tokens[index - 1]!.post)) return;
			let end = index + 1;
			while (capitalised(tokens[end]) && /^\s+$/u.test(tokens[end - 1]!.post)) end++;
			if (isWork({start: index, end}, tokens)) works.add(normaliseName(tokens.slice(index, end).map((word, at) => word.text + (at < end - index - 1 ? ' ' : '')).join('')));
		});
	}
	return works;
}

/**
 * One-word names the document gives as a political party's or movement's ("the Ennahda party", "an Xyz
 * movement"): the same word elsewhere is that body, no person ("Ennahda stepped down"). Not a listed first
 * name ("the Sanders movement" says whose, and stays rare); keys as normaliseName makes them.
 */
export function partiesOfDocument(sentences: Array<{tokens: Token[]}>): Set<string> {
	const parties = new Set<string>();
	for (const {tokens} of sentences) {
		tokens.forEach((token, index) => {
			const before = tokens[index - 1];
			const next = tokens[index + 1];
			// The word after first: "party" or "movement" is rare, the other tests ask patterns of every word.
			if (next?.text !== 'party' && next?.text !== 'movement') return;
			if (!before || !/^(?:the|an?)$/iu.test(before.text) || !/^\p{Lu}\p{Ll}+$/u.test(token.text) || !next || !/^(?:party|movement)$/u.test(next.text)) return;
			if (!/^\s+$/u.test(token.post) || isFirstName(token.text)) return;
			parties.add(normaliseName(token.text));
		});
	}
	return parties;
}
