import {dayOf} from './html-metadata.js';
import {clutterPhrases, listHeadingKinds, sectionToEndPattern} from './page-clutter.js';

// Text copied from a browser brings the page with it: menus, share buttons, "Read more" links, lists of
// other headlines, comments, prompts and footers. This takes them out before the analysis, line by
// line, by shape and position (short lines without sentence punctuation, runs of headline-like lines,
// what comes before the headline and after the last paragraph) and by the phrase table in
// page-clutter.ts; a byline and a dateline become metadata. A line that is prose always stays, except
// inside a comment section or an author's bio, which the position says are not the article.

export type DroppedLine = {text: string; reason: string};
export type PastedCleaning = {text: string; author?: string; published?: string; title?: string; dropped: DroppedLine[]};

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const endsAsSentence = (text: string) => /[.!?…]["”’)\]]?$/u.test(text);

/** Prose: a sentence of some length, or any long line. Prose is article text unless its position says otherwise. */
export function isProse(text: string): boolean {
	if (isQuestionHeadline(text)) return false;
	const words = wordCount(text);
	return (endsAsSentence(text) && words >= 8) || words >= 25;
}

/** A headline that asks ("Where do relations go after the vote?"): short, a question, nobody quoted. */
const isQuestionHeadline = (text: string) => /\?$/u.test(text) && wordCount(text) <= 15 && !/["“”]/u.test(text);

/** A headline: a line of a few words that is not a sentence, or asks a question. */
const isHeadlineLike = (text: string) => (!endsAsSentence(text) || isQuestionHeadline(text)) && wordCount(text) >= 4 && wordCount(text) <= 25 && /\p{Lu}/u.test(text);

// Quote marks, bullets and Markdown heading or emphasis marks around a line do not change what it says.
// (The trailing run is matched from its first character only: tried inside a long run it would rescan it.)
const phraseKey = (text: string) => text.replace(/^[\s"“'‘([{•·|*>#_–—-]+|(?<![\s"”'’)\]}•·|*#_:!.,–—-])[\s"”'’)\]}•·|*#_:!.,–—-]+$/gu, '').replace(/\s+/g, ' ');

/** The kind of furniture a line is by the phrase table, if any. Long prose never matches. */
function phraseKind(text: string): string | undefined {
	if (wordCount(text) >= 30) return undefined;
	const key = phraseKey(text);
	if (key === '') return undefined;
	return clutterPhrases.find(entry => entry.pattern.test(key))?.kind;
}

// Every word ends where its letters end (the lookahead), and names are joined by a comma, "&" or a
// whole word "and": no run of letters can be read as words in more than one way, so a line that is not
// a byline fails in time linear in its length (an "and" inside a word once made it exponential).
const nameWord = String.raw`(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|der|bin|al|la|le)(?![\p{L}'’.-])`;
const name = String.raw`\p{Lu}[\p{L}'’.-]*(?![\p{L}'’.-])(?:\s+${nameWord})*`;
const nameJoin = String.raw`\s*,\s*|\s+and\s+|\s*&\s*`;
// Case-sensitive on purpose: a name's words start with capitals (with /i, \p{Lu} would match any letter).
const bylinePattern = new RegExp(String.raw`^(?:By|BY|by)\s+(${name}(?:(?:${nameJoin})${name})*?)(?:\s*(?:,|\||—|–|-)\s*(.*))?$`, 'u');
const datelineLead = /^(?:(first\s+)?published|updated|last\s+updated|posted|modified)(?:\s+on)?\s*:?\s*/i;
/** What may sit around a date in a dateline: times, weekdays, zones, "at". */
// Month and weekday names by their first three letters ("Sept.", "March", "Thu"), lower case: used with the i flag.
const monthName = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*`;
const weekdayName = String.raw`(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*`;
const dateNoise = new RegExp(String.raw`\b(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|[ap]\.?m\.?|at|on|${weekdayName}\.?|[A-Z]{2,5}|utc|gmt|et|pt)\b`, 'giu');

const monthWords = new RegExp(String.raw`\b${monthName}\.?`, 'gi');
/** Where a byline's date begins after the name: "… Published …", "… March 8 …". */
const dateAfterName = new RegExp(String.raw`(?<!\s)\s+(?:published|updated|posted|${monthName}\.?\s+\d)`, 'iu');
/** A date or time's first word: a figure, a weekday or a month. */
const dateOpening = new RegExp(String.raw`^(?:\d|${weekdayName}\b|${monthName}\b)`, 'iu');

/** Nothing but a date or time and their furniture: "Fri 8 March 2024 08.15 BST", "3/14/2019 9:05 AM PDT". */
function isOnlyDateAndTime(text: string): boolean {
	const leftover = text
		.replace(monthWords, '')
		.replace(dateNoise, '')
		.replace(/[\d,./:()|·-]+/g, '')
		.trim();
	return leftover === '' && /\d/.test(text);
}

/** A dateline's day and whether it is the publication (not an update): "Published on March 8, 2024". */
function readDateline(text: string): {day: string; updated: boolean} | undefined {
	if (wordCount(text) > 14) return undefined;
	const lead = datelineLead.exec(text);
	const rest = text.slice(lead?.[0].length ?? 0);
	const day = dayOf(rest);
	if (!day) return undefined;
	// Nothing but the date and its furniture: "Fri 8 March 2024 08.15 BST" is a dateline, a sentence is not.
	if (!isOnlyDateAndTime(rest)) return undefined;
	return {day, updated: Boolean(lead && !/published/i.test(lead[0]))};
}

/** A byline's author, and any dateline that follows it on the same line ("By Jane Doe Published March 12, 2024"). */
export function readByline(text: string): {author: string; dateline?: string} | undefined {
	// A byline is not a sentence: "By Tuesday, the river had risen." is the article's.
	if (wordCount(text) > 16 || endsAsSentence(text)) return undefined;
	// The date may follow the name: "By Jo Doe Published March 8, 2024", "By Jo Doe March 8 at 9:05 AM".
	const dateAfter = !/^(?:By|BY|by)\s/u.test(text) ? -1 : text.search(dateAfterName);
	let bylinePart = dateAfter > 0 ? text.slice(0, dateAfter) : text;
	let datePart = dateAfter > 0 ? text.slice(dateAfter).trim() : undefined;
	// The date and time may come first: "3/14/2019 9:05 AM PDT BY STAFF".
	const by = bylinePart.search(/\s(?:By|BY|by)\s/u);
	const before = by > 0 && by <= 60 ? bylinePart.slice(0, by).trim() : '';
	if (!datePart && dateOpening.test(before) && isOnlyDateAndTime(before)) {
		datePart = before;
		bylinePart = bylinePart.slice(by + 1);
	}
	const match = bylinePattern.exec(bylinePart.trim());
	if (!match) return undefined;
	const author = match[1]!.trim();
	if (wordCount(author) > 8) return undefined;
	return {author, ...(datePart ? {dateline: datePart} : {})};
}

/** A menu row: three or more short items between separators ("Home | News | Sport", "World · Europe · UK"). */
function isMenuRow(text: string): boolean {
	const items = text.split(/\s*[|•·›»]\s*|\s{3,}/).filter(Boolean);
	return items.length >= 3 && items.every(item => wordCount(item) <= 3 && !endsAsSentence(item));
}

/** The header (Title:/Outlet:… lines or front matter) at the top, which is the file's metadata and left alone. */
function headerLength(lines: string[]): number {
	if (/^---\s*$/.test(lines[0] ?? '')) {
		const end = lines.findIndex((line, index) => index > 0 && /^---\s*$/.test(line));
		return end === -1 ? 0 : end + 1;
	}
	if (!/^(?:title|outlet|url|published|date|source|author)[ \t]*:/i.test(lines[0] ?? '')) return 0;
	const blank = lines.findIndex(line => line.trim() === '');
	return blank === -1 ? lines.length : blank;
}

/** Words of prose before a comments heading for it to end an article: a short article's lead and a paragraph. */
const articleWordsAtLeast = 60;

/** The article in a pasted page, with what was dropped and why; text without clutter comes back unchanged. */
export function cleanPastedText(text: string): PastedCleaning {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	const start = headerLength(lines);
	const dropped: DroppedLine[] = [];
	const keep = lines.map(() => true);
	const drop = (index: number, reason: string) => {
		if (!keep[index]) return;
		keep[index] = false;
		dropped.push({text: lines[index]!.trim(), reason});
	};
	const body = lines.map((line, index) => ({index, text: line.trim()})).filter(line => line.index >= start && line.text !== '');
	let author: string | undefined;
	let published: {day: string; updated: boolean} | undefined;
	const noteDate = (found: {day: string; updated: boolean} | undefined) => {
		if (found && (!published || (published.updated && !found.updated))) published = found;
	};

	const firstProse = body.findIndex(line => isProse(line.text));
	const lastProse = body.findLastIndex(line => isProse(line.text));
	// The headline: the first headline-like line before the first paragraph that is not furniture itself.
	const headline = body.findIndex((line, position) => (firstProse === -1 || position < firstProse) && isHeadlineLike(line.text) && !phraseKind(line.text) && !isMenuRow(line.text) && !readByline(line.text) && !readDateline(line.text));
	let listRun = false;
	let proseWordsBefore = 0;
	for (let position = 0; position < body.length; position++) {
		const {index, text: line} = body[position]!;
		const prose = isProse(line);
		// Bylines and datelines head the article; further down, a date line is a live blog's crosshead.
		const heading = firstProse === -1 || position < firstProse;
		const byline = heading ? readByline(line) : undefined;
		if (byline) {
			author ??= byline.author;
			noteDate(byline.dateline ? readDateline(byline.dateline) : undefined);
			drop(index, 'byline (the author)');
			continue;
		}
		const dateline = heading ? readDateline(line) : undefined;
		if (dateline && !prose) {
			noteDate(dateline);
			drop(index, 'dateline (the date)');
			continue;
		}
		// Comments and an author's bio run to the end of the page, however prose-like; but only after the
		// article's text: a "Comments" button between the headline and the text is a button.
		if (firstProse !== -1 && position > firstProse && proseWordsBefore >= articleWordsAtLeast && sectionToEndPattern.test(phraseKey(line))) {
			for (const later of body.slice(position)) drop(later.index, 'comments or author section at the end of the page');
			break;
		}
		if (prose) {
			listRun = false;
			proseWordsBefore += wordCount(line);
			continue;
		}
		const kind = phraseKind(line);
		if (kind) {
			drop(index, kind);
			listRun = listHeadingKinds.has(kind);
			continue;
		}
		if (isMenuRow(line)) {
			drop(index, 'menu row');
			continue;
		}
		// Under a "Related stories" or "Most read" heading: the headlines of other stories.
		if (listRun) {
			drop(index, 'headline in a list of other stories');
			continue;
		}
		// Before the headline: menus, which are runs of short lines that are not sentences. A single
		// label ("North Korea" above the headline) is left: it may be the article's own kicker.
		const short = (at: number) => at >= 0 && at < body.length && wordCount(body[at]!.text) <= 3 && !endsAsSentence(body[at]!.text);
		// Before the headline, or before the text when the page's own title line came first and the menus after it.
		if (((headline !== -1 && position < headline) || (firstProse !== -1 && position < firstProse)) && short(position) && (short(position - 1) || short(position + 1))) {
			drop(index, 'menu before the headline');
			continue;
		}
		// After the last paragraph: short lines are the page's ending (tags, links, buttons).
		// A short sentence ("He declined to comment.") is still the article's.
		if (lastProse !== -1 && position > lastProse && wordCount(line) <= 6 && !endsAsSentence(line)) drop(index, 'short line after the last paragraph');
	}
	const kept = lines.filter((_, index) => keep[index]);
	const title = headline === -1 || !keep[body[headline]!.index] ? undefined : body[headline]!.text;
	return {
		text: kept.join('\n'),
		...(author ? {author} : {}),
		...(published ? {published: published.day} : {}),
		...(title ? {title} : {}),
		dropped,
	};
}
