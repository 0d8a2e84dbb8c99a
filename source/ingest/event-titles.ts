import {findQuoteSpans} from './quote-spans.js';
import {speechVerbs} from './lexicon.js';
import {hasTag, type Sentence, type Token} from './tokens.js';

// A short title for a dated event: what happened, in at most twelve words of the sentence, never a
// quotation. The clause that holds the date is the event; a clause too short to say anything takes the
// clause before it (where the subject usually is). Datelines, quoted words and brackets are left out.

export const maxTitleWords = 12;

// "MOSCOW, September 15. /TASS/.", "RABAT, Morocco –", "MOSCOW/SEOUL -", "OSLO (Reuters) -": a dateline opening the paragraph.
const dateline = /^\p{Lu}[\p{Lu}\s.'/-]*\p{Lu}(?:,[^.–—-]{1,40})?(?:\.\s*\/[^/]{2,20}\/\.?|(?:\s+\([^()]{2,30}\))?\s*[–—-]|:)\s+/u;
// A dash between two numbers joins a range ("13–17 September"), a comma or colon between digits a
// number or time ("5,000", "10:30"); elsewhere they break the clause.
const clauseBreak = /\s*(?:;|(?<!\d)[,:]|[,:](?!\d)|(?<!\d)[–—]|[–—](?!\d)|\s-\s|\(|\))\s*/u;

function words(text: string): string[] {
	return text.split(/\s+/).filter(word => /[\p{L}\p{N}]/u.test(word));
}

const months = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const weekdays = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const dateOpening = new RegExp(
	`^(?:(?:on|in|by|since|from|during|until)\\s+)?(?:(?:early|late|mid-?)\\s*)?(?:(?:${weekdays}),?\\s+)?(?:\\d{1,2}(?:[–-]\\d{1,2})?\\s+(?:${months})|(?:${months})(?:\\s+\\d{1,2}(?:[–-]\\d{1,2})?)?|${weekdays})(?:\\s+(?:morning|afternoon|evening|night))?(?:,?\\s+\\d{4})?,?\\s+`,
	'iu',
);
const timeOnly = /^(?:(?:earlier|later)\s+(?:in\s+the\s+day|that\s+day|on|today)|hours\s+(?:earlier|later)|(?:on|in|at)\s+the\s+(?:same\s+)?day|that\s+(?:day|morning|evening))$/iu;
// "Then, in 2012, …": a connective before the date adds nothing to it.
const connective = /^(?:and|but|or|so|then|yet|also|still)\s+/iu;
const yearOpening = /^(?:(?:in|since|by|during|until|from)\s+)?(?:(?:early|late|mid-?)\s*)?\d{4},?\s+/iu;
/** Whether the opening pattern takes the whole clause: the clause is only its date. */
const isWholeOpening = (opening: RegExp, words: string) => opening.exec(`${words} `)?.[0].length === words.length + 1;
const isTimeOnly = (clause: string) => {
	const words = clause.trim().replace(connective, '');
	return timeOnly.test(words) || isWholeOpening(dateOpening, words) || isWholeOpening(yearOpening, words);
};
const determiners = /^(?:the|a|an|its|his|her|their|this|that)$/iu;

/** The last thing named in a clause: from its last article or possessive, at most six words. */
function antecedent(clause: string): string {
	const all = clause.trim().split(/\s+/);
	const from = Math.max(all.findLastIndex(word => determiners.test(word)), all.findLastIndex(word => /^(?:in|of|at|on|from|to|with|for|by)$/u.test(word)) + 1);
	return (from >= 0 && all.length - from <= 6 ? all.slice(from) : all.slice(-3)).join(' ');
}

/** Whether a title's first word is a verb of its sentence (the clause lost its subject to a comma). */
function startsWithVerb(title: string, sentence: Sentence): boolean {
	const first = title.split(/\s+/)[0]?.replace(/[^\p{L}'-]/gu, '').toLowerCase();
	if (!first) return false;
	if (/^(?:is|are|was|were|has|had|have|will|would|also|then)$/u.test(first)) return true;
	// "Including 75 years …", "Arriving at the cosmodrome": a participle clause reads well alone.
	if (/ing$/u.test(first)) return false;
	const token = sentence.tokens.find(item => item.text.toLowerCase() === first);
	return token !== undefined && hasTag(token, 'Verb') && !hasTag(token, 'Noun', 'Pronoun', 'Determiner', 'Adjective');
}

/** The sentence's subject: its words before the first verb, one to six of them, not a date or a preposition. */
function subjectOf(sentence: Sentence, paragraphText: string): string | undefined {
	// A token without text is compromise's reading of "'s" as "is": in a subject ("Harwell Marine's former
	// director, X, pleaded …") it is the possessive.
	const tokens = sentence.tokens.filter(token => token.text !== '' && (!/^\p{Lu}{2,}$/u.test(token.text) || hasTag(token, 'Acronym')));
	// "The premier, who is on a tour of the region, opened …": the words before the aside.
	const comma = tokens.findIndex(token => /,/u.test(token.post));
	const verb = tokens.findIndex(token => hasTag(token, 'Verb'));
	const end = comma >= 0 && (verb < 0 || comma < verb) ? comma + 1 : verb;
	if (end < 1 || end > 6) return undefined;
	const subject = tokens.slice(0, end);
	if (hasTag(subject[0]!, 'Preposition', 'Date', 'Value', 'Conjunction') || subject.some(token => hasTag(token, 'Verb')) || subject.slice(0, -1).some(token => /[,;:]/u.test(token.post))) return undefined;
	// "The firm's former director, Ana Ruiz, pleaded …": a name in apposition right before the verb is who did it.
	const named = tokens.slice(end, verb);
	if (verb > end && named.length <= 4 && /,/u.test(named.at(-1)!.post) && named.slice(0, -1).every(token => !/[,;:]/u.test(token.post)) && named.every(token => hasTag(token, 'ProperNoun', 'Person'))) return paragraphText.slice(named[0]!.start, named.at(-1)!.end);
	// "The Union of Rail Staff (URS) said …": the initialism in brackets is the subject's other name, not the title's.
	return paragraphText.slice(subject[0]!.start, subject.at(-1)!.end).replace(/\s*\([^()]*\)?/gu, '');
}

/** What a title says when every word around the date is quoted: the words are someone's, not the event's. */
export const quotedDateTitle = 'Date named in a quotation';

function wovenIn(text: string, quoteStart: number): boolean {
	const before = /(\p{L}+)\s+[“"‘']?$/u.exec(text.slice(Math.max(0, quoteStart - 30), quoteStart + 1));
	return before !== null && /^(?:had|has|have|would|will|could|should|might|may|must|did|does|do|to)$/u.test(before[1]!);
}

// "copied the names, addresses and bank details": a comma between items of a list ends with "and"/"or" a
// few words on, and breaks no clause. The items are lower-case words that are no verb; a time word before the
// comma ("on Friday afternoon, officials and …") ends a phrase of its own.
const listItem = /^(?:\p{Ll}[\p{Ll}'-]*\s+){0,2}?\p{Ll}[\p{Ll}'-]*(?:,\s+(?:\p{Ll}[\p{Ll}'-]*\s+){0,2}?\p{Ll}[\p{Ll}'-]*)*,?\s+(?:and|or)\s+\p{L}/u;
const timeNouns = /^(?:morning|afternoon|evening|night|day|week|weekend|month|year|ago|later|earlier|today|yesterday|however|meanwhile|instead)$/iu;
function isListComma(text: string, at: number, after: number, sentence: Sentence): boolean {
	if (text.slice(at, after).trim() !== ',') return false;
	// The word before the comma: from the last 40 characters (an anchored-at-end search over the whole clause
	// tries every position of it).
	const before = /([\p{L}'-]+)$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1];
	if (before === undefined || !/^\p{Ll}/u.test(before) || timeNouns.test(before)) return false;
	const rest = listItem.exec(text.slice(after));
	if (!rest) return false;
	const items = [before, ...words(rest[0]).slice(0, -2)];
	return items.every(word => {
		const token = tokenOf(word, sentence);
		return token === undefined || !hasTag(token, 'Verb');
	});
}

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
	// A word or three in quotation marks ("warned against a “bad deal”") is the writer's sentence, kept.
	// Nor is a quotation that carries on the writer's verb ("the minister had “walked away from the table” in
	// March", "vowed to “rebuild every school”"): after an auxiliary or "to", it is the clause's own action.
	const cutSpans = quoted.filter(span => words(text.slice(span.start + 1, span.end - 1)).length > 3 && !wovenIn(text, span.start));
	// A date inside such a quotation ("'… four times since January,' he told the BBC on Tuesday") is the
	// speaker's: the writer's clause around it ("he told the BBC on Tuesday") did not happen then.
	if (cutSpans.some(span => focus > span.start && focus < span.end)) return quotedDateTitle;
	for (const span of cutSpans.toReversed()) cut(span.start, span.end, ' ');
	const opening = dateline.exec(text);
	if (opening && sentence.start === 0) cut(0, opening[0].length);
	const clauses: Array<{start: number; text: string}> = [];
	let start = 0;
	for (const match of text.matchAll(new RegExp(clauseBreak, 'gu'))) {
		if (isListComma(text, match.index, match.index + match[0].length, sentence)) continue;
		clauses.push({start, text: text.slice(start, match.index)});
		start = match.index + match[0].length;
	}
	clauses.push({start, text: text.slice(start)});
	const useful = clauses.filter(clause => words(clause.text).length > 0);
	if (useful.reduce((total, clause) => total + words(clause.text).length, 0) < 3) return quotedDateTitle;
	let index = useful.findLastIndex(clause => clause.start <= focus);
	if (index < 0) index = 0;
	let picked = useful[index]!.text;
	// "…, the meeting was confirmed after Kim departed with the train that he had used to visit Russia in
	// 2019": a date in a side clause of a long clause dates that side clause, so the side clause is the title.
	const side = sideClauseAt(picked, focus - useful[index]!.start, sentence);
	if (side !== undefined) return finishTitle(namedSubject(side, sentence, paragraphText, dateStart));
	// "The quake, which rattled the country on Friday, …": the relative clause is about the noun before it,
	// past an age in apposition ("Ana Ruiz, 61, who led the council from 2015": the council was led by her).
	const relative = /^(?:which|who)\s+/iu.exec(picked);
	let about = index - 1;
	while (relative && about > 0 && /^\s*\d{1,3}\s*$/u.test(useful[about]!.text)) about--;
	if (relative && about >= 0 && words(useful[about]!.text).length <= 4) picked = `${useful[about]!.text} ${picked.slice(relative[0].length)}`;
	// A clause of a few words ("on Friday", "which struck on Sunday") leans on the one before it.
	else if (words(picked).length < 5 && index > 0) picked = `${useful[index - 1]!.text} ${picked}`;
	else if (words(picked).length < 4 && index + 1 < useful.length) picked = `${picked} ${useful[index + 1]!.text}`;
	// A clause that is only its date ("Earlier in the day") says nothing: the clause after it does.
	if (isTimeOnly(picked)) {
		const next = useful.slice(index + 1).find(clause => !isTimeOnly(clause.text));
		if (next) picked = next.text;
	}
	// "…, which is scheduled to run from …": the relative clause is about the last thing named before it.
	if (relative && about >= 0 && words(useful[about]!.text).length > 4) picked = `${antecedent(useful[about]!.text)} ${picked.slice(relative[0].length)}`;
	// "…, 20 tonnes of supplies, due to arrive on Saturday": an expectation after a comma is about the last thing named.
	else if (index > 0 && /^(?:due|set|scheduled|expected|poised)\s+to\s/iu.test(picked.trim())) picked = `${antecedent(useful[index - 1]!.text)} ${picked.trim()}`;
	let cleaned = picked
		.replace(/[“”"«»]/gu, '')
		.replace(/^(?:and|but|or|while|as|which|who|where|when|after|before|so|then)\s+/iu, '')
		.replace(/[\s.,;:!?…]+$/u, '')
		.trim();
	cleaned = withoutLinkingOpening(cleaned);
	// The timeline shows the date: a title opening with it ("On 10 September, the meeting …") starts after it.
	const dateFirst = dateOpening.exec(cleaned) ?? yearOpening.exec(cleaned);
	if (dateFirst && words(cleaned.slice(dateFirst[0].length)).length >= 4) cleaned = cleaned.slice(dateFirst[0].length);
	// A clause without its subject ("Visited the plant", "Is scheduled to run") takes the sentence's.
	if (!relative && startsWithVerb(cleaned, sentence)) {
		const subject = subjectOf(sentence, paragraphText) ?? listedSubject(useful.slice(0, index).map(clause => clause.text), sentence);
		if (subject && !cleaned.toLowerCase().startsWith(subject.toLowerCase())) cleaned = `${subject} ${cleaned.charAt(0).toLowerCase()}${cleaned.slice(1)}`;
	}
	return finishTitle(namedSubject(cleaned, sentence, paragraphText, dateStart));
}

const verbToken = (token: Token) => hasTag(token, 'Verb') && !hasTag(token, 'Noun', 'Adjective', 'Preposition');
const tokenOf = (word: string, sentence: Sentence) => sentence.tokens.find(token => token.text.toLowerCase() === word.replace(/[^\p{L}\p{N}'-]/gu, '').toLowerCase());

/**
 * "About 20 officials, including some who …, travelled to Vik by train, then flew to Dal": the subject of
 * a clause a comma cut off is the nearest clause before it that names someone without a verb of its own
 * (not a phrase of place or time, nor an aside that opens with a participle or "who").
 */
function listedSubject(clausesBefore: string[], sentence: Sentence): string | undefined {
	for (const clause of clausesBefore.toReversed()) {
		const clauseWords = words(clause);
		if (clauseWords.length === 0 || clauseWords.length > 6) continue;
		const tokens = clauseWords.map(word => tokenOf(word, sentence));
		if (tokens.some(token => token !== undefined && verbToken(token))) continue;
		const first = clauseWords[0]!.toLowerCase();
		if (/^(?:in|on|at|by|for|from|to|with|of|after|before|since|during|including|which|who|where|when|while|as|and|but|or|so|then)$/u.test(first) || /ing$/u.test(first)) continue;
		const firstToken = tokens.find(token => token !== undefined && !/^(?:about|around|nearly|almost|some|over)$/iu.test(token.text));
		if (!firstToken || hasTag(firstToken, 'Preposition', 'Date', 'Pronoun', 'Conjunction')) continue;
		if (!tokens.some(token => token !== undefined && hasTag(token, 'Noun'))) continue;
		return clause.trim();
	}
	return undefined;
}

/**
 * A title that opens with a pronoun ("She opened the bridge") names who it is: the subject of the last
 * verb before the pronoun in its sentence ("The minister flew in from Vik, where the day before she
 * opened …"), the words between that clause's opening and its verb, when they name someone.
 */
function namedSubject(title: string, sentence: Sentence, paragraphText: string, dateStart: number): string {
	const pronoun = /^(he|she|they)\s+(\S+)/iu.exec(title);
	if (!pronoun) return title;
	const sentenceText = paragraphText.slice(sentence.start, sentence.end);
	// The pronoun of this title in the sentence: its last use before the title's next word, near the date.
	let at = -1;
	for (const match of sentenceText.matchAll(new RegExp(`\\b${pronoun[1]}\\s+${pronoun[2]!.replace(/[^\p{L}\p{N}'-]/gu, '')}`, 'giu'))) if (at < 0 || Math.abs(sentence.start + match.index - dateStart) < Math.abs(sentence.start + at - dateStart)) at = match.index;
	if (at < 0) return title;
	// Not into a quotation: "“Nobody wins a strike,” she told …" names nobody who told.
	const all = sentence.tokens.filter(token => token.end <= sentence.start + at);
	const quoteEnd = all.findLastIndex(token => /[“”"]/u.test(token.pre + token.post));
	const before = all.slice(quoteEnd + 1);
	let verb = before.findLastIndex(verbToken);
	// "the minister has flown": the auxiliaries belong to the verb, not to its subject.
	while (verb > 0 && /^(?:is|are|was|were|has|had|have|will|would|could|had|did|does|do|reportedly|also|then)$/iu.test(before[verb - 1]!.text)) verb--;
	if (verb < 1) return title;
	let from = verb;
	while (from > 0 && verb - from < 5) {
		const previous = before[from - 1]!;
		if (/[,;:–—]/u.test(previous.post) || hasTag(previous, 'Verb', 'Preposition', 'Conjunction') || /^(?:that|which|who|where|when|after|before|because|while|and|but)$/iu.test(previous.text)) break;
		from--;
	}
	const subject = before.slice(from, verb);
	if (subject.length === 0 || subject.length > 5 || hasTag(subject[0]!, 'Pronoun') || !subject.some(token => hasTag(token, 'Noun', 'ProperNoun'))) return title;
	const named = paragraphText.slice(subject[0]!.start, subject.at(-1)!.end);
	return `${named} ${title.slice(pronoun[1]!.length).trimStart()}`;
}

// Participles that only tie the clause to a thing named after them ("…, including 75 years since …",
// "…, extending a run of tests …"): the thing is the title, not the participle that leans on the clause before.
const linkingParticiple = /^(?:including|extending|marking|continuing|capping|prolonging|excluding)\s+(?=(?:a|an|the|its|their|his|her|\d[\d,.]*)\s)/iu;
// "75 years since the founding of X": the happening is the founding, not the count of years.
const yearsSince = /^\d[\d,.]*\s+(?:years|decades|months)\s+(?:since|after)\s+/iu;
// "The day before he took part …", "A day later the talks …": a time told against another happening, then the clause.
const relativeTimeOpening = /^(?:the\s+(?:day|night|week|evening|morning)\s+(?:before|after)|the\s+(?:previous|next|following)\s+(?:day|night|week|evening|morning)|a\s+(?:day|week)\s+(?:earlier|later|before|after)|(?:hours|days|minutes)\s+(?:earlier|later|before|after))\s+(?=\p{L})/iu;

/** A title without an opening that only links it to the clause or the time before it. */
function withoutLinkingOpening(title: string): string {
	// "According to a study published on Tuesday …": the source is the title, not the words that cite it.
	let rest = title.replace(linkingParticiple, '').replace(yearsSince, '').replace(/^according\s+to\s+(?=\S)/iu, '');
	const time = relativeTimeOpening.exec(rest);
	// Only when a clause of its own follows ("The day before the talks" is one noun phrase).
	if (time && /^(?:he|she|they|it|we|i|the|a|an|\p{Lu}\p{L}*)\s+\p{L}+(?:ed|ew|ok|ent|ame|ave|eft|et|eld|poke)\b/u.test(rest.slice(time[0].length))) rest = rest.slice(time[0].length);
	return words(rest).length >= 3 ? rest : title;
}

/** At most maxTitleWords words, with a capital. */
export function finishTitle(cleaned: string): string {
	const all = cleaned.split(/\s+/);
	const title = all.length <= maxTitleWords ? cleaned : `${all.slice(0, maxTitleWords).join(' ').replace(/[,;:]$/u, '')}…`;
	return title.charAt(0).toUpperCase() + title.slice(1);
}

// Words that open a clause inside a clause: a relative clause or a clause of time or cause.
const sideOpening = /\s(?:that|which|who|after|before|when|while|because|until|whereas)\s+/giu;

/** The words end with a verb of saying and what it governs: no other verb after it ("told reporters outside X"). */
function saysBefore(head: string, verbs: ReadonlySet<string>): boolean {
	const heads = words(head).map(word => word.replace(/[^\p{L}'-]/gu, '').toLowerCase());
	const saying = heads.findLastIndex(word => speechVerbs.has(word));
	return saying >= 0 && heads.slice(saying + 1).every(word => !verbs.has(word));
}

/**
 * The side clause that holds the date at `focus` (an offset in `clause`), when the clause has its own
 * words before it (five or more) and the side clause has a verb of its own before the date: the date is
 * when the side clause's happening took place, not the main clause's. The side clause reads from its
 * subject, or a relative clause from the thing it is about ("his train that he had used to visit Russia …").
 */
function sideClauseAt(clause: string, focus: number, sentence: Sentence): string | undefined {
	let opening: RegExpExecArray | undefined;
	for (const match of clause.matchAll(sideOpening)) if (match.index + match[0].length <= focus) opening = match as RegExpExecArray;
	if (!opening) return undefined;
	const verbs = new Set(sentence.tokens.filter(token => hasTag(token, 'Verb') && !hasTag(token, 'Noun', 'Adjective', 'Preposition')).map(token => token.text.toLowerCase()));
	// "…, the payroll company, said on Wednesday that hackers had copied …": a clause cut short by an
	// apposition's commas is long enough when it is a verb of saying and "that" opens what was said.
	const saidThat = /^\s+that\s/iu.test(opening[0]) && saysBefore(clause.slice(0, opening.index), verbs);
	if (words(clause.slice(0, opening.index)).length < (saidThat ? 2 : 5)) return undefined;
	const rest = clause.slice(opening.index + opening[0].length);
	// The last twenty words before the date, read against the sentence's verbs once: a run-on sentence stays linear.
	const beforeDate = words(clause.slice(opening.index + opening[0].length, focus))
		.slice(-20)
		.map(word => word.replace(/[^\p{L}'-]/gu, '').toLowerCase());
	const hasVerb = beforeDate.some(word => verbs.has(word));
	if (!hasVerb || words(rest).length < 4) return undefined;
	// A relative clause is about the thing named before it: "the old ferry that she had first taken …";
	// "that" after a verb or a time ("reported on Monday that Kim plans …") opens what was said instead.
	const before = clause.slice(0, opening.index).trim().split(/\s+/).at(-1)!.replace(/[^\p{L}'-]/gu, '');
	const beforeToken = sentence.tokens.find(token => token.text.replace(/[^\p{L}'-]/gu, '') === before);
	const afterNoun = beforeToken === undefined || (hasTag(beforeToken, 'Noun') && !hasTag(beforeToken, 'Date', 'WeekDay', 'Month', 'Verb'));
	// "told reporters outside the hospital that the minister had …": a verb of saying with only its objects
	// between it and "that" makes "that" open what was said, though a noun stands right before it.
	const relative = /^\s(?:that|which|who)\s/iu.test(opening[0]) && afterNoun && !saidThat;
	return `${relative ? `${antecedent(clause.slice(0, opening.index))}${opening[0].trimEnd()} ` : ''}${rest.replace(/[\s.,;:!?…]+$/u, '').trim()}`;
}
