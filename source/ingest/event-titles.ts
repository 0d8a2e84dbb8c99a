import {findQuoteSpans} from './quote-spans.js';
import type {Sentence} from './tokens.js';

// A short title for a dated event: what happened, in at most twelve words of the sentence, never a
// quotation. The clause that holds the date is the event; a clause too short to say anything takes the
// clause before it (where the subject usually is). Datelines, quoted words and brackets are left out.

export const maxTitleWords = 12;

// "MOSCOW, September 15. /TASS/.", "RABAT, Morocco –", "MOSCOW/SEOUL -": a dateline opening the paragraph.
const dateline = /^\p{Lu}[\p{Lu}\s.'/-]*\p{Lu}(?:,[^.–—-]{1,40})?(?:\.\s*\/[^/]{2,20}\/\.?|\s*[–—-]|:)\s+/u;
const clauseBreak = /\s*(?:[,;:–—]|\s-\s|\(|\))\s*/u;

function words(text: string): string[] {
	return text.split(/\s+/).filter(word => /[\p{L}\p{N}]/u.test(word));
}

/** What a title says when every word around the date is quoted: the words are someone's, not the event's. */
export const quotedDateTitle = 'Date named in a quotation';

/** The title for the event dated at `dateStart` (a paragraph offset) in `sentence`. */
export function eventTitle(sentence: Sentence, paragraphText: string, dateStart: number): string {
	let text = paragraphText.slice(sentence.start, sentence.end);
	let focus = dateStart - sentence.start;
	// Quotation spans of the whole paragraph: a quotation may open in an earlier sentence or paragraph.
	const quoted = findQuoteSpans(paragraphText)
		.map(span => ({start: Math.max(0, span.start - 1 - sentence.start), end: Math.min(text.length, span.end + 1 - sentence.start)}))
		.filter(span => span.end > 0 && span.start < text.length);
	const cut = (from: number, to: number, replacement = '') => {
		text = text.slice(0, from) + replacement + text.slice(to);
		if (focus >= to) focus -= to - from - replacement.length;
		else if (focus > from) focus = from;
	};
	// Quoted words are someone's, not the event's title: drop them (the quote itself is kept as a quote).
	for (const span of quoted.toReversed()) cut(span.start, span.end, ' ');
	const opening = dateline.exec(text);
	if (opening && sentence.start === 0) cut(0, opening[0].length);
	const clauses: Array<{start: number; text: string}> = [];
	let start = 0;
	for (const match of text.matchAll(new RegExp(clauseBreak, 'gu'))) {
		clauses.push({start, text: text.slice(start, match.index)});
		start = match.index + match[0].length;
	}
	clauses.push({start, text: text.slice(start)});
	const useful = clauses.filter(clause => words(clause.text).length > 0);
	if (useful.reduce((total, clause) => total + words(clause.text).length, 0) < 3) return quotedDateTitle;
	let index = useful.findLastIndex(clause => clause.start <= focus);
	if (index < 0) index = 0;
	let picked = useful[index]!.text;
	// "The quake, which rattled the country on Friday, …": the relative clause is about the noun before it.
	const relative = /^(?:which|who)\s+/iu.exec(picked);
	if (relative && index > 0 && words(useful[index - 1]!.text).length <= 4) picked = `${useful[index - 1]!.text} ${picked.slice(relative[0].length)}`;
	// A clause of a few words ("on Friday", "which struck on Sunday") leans on the one before it.
	else if (words(picked).length < 5 && index > 0) picked = `${useful[index - 1]!.text} ${picked}`;
	else if (words(picked).length < 4 && index + 1 < useful.length) picked = `${picked} ${useful[index + 1]!.text}`;
	const cleaned = picked
		.replace(/[“”"«»]/gu, '')
		.replace(/^(?:and|but|or|while|as|which|who|where|when|after|before|so)\s+/iu, '')
		.replace(/[\s.,;:!?…]+$/u, '')
		.trim();
	const all = cleaned.split(/\s+/);
	const title = all.length <= maxTitleWords ? cleaned : `${all.slice(0, maxTitleWords).join(' ').replace(/[,;:]$/u, '')}…`;
	return title.charAt(0).toUpperCase() + title.slice(1);
}
