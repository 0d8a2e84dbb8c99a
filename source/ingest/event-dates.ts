import {quickChrono} from './chrono-patterns.js';
import {isYearInRange} from './header-values.js';
import {parsePartialDate} from '../model/dates.js';
import {findQuoteSpans} from './quote-spans.js';
import {clauseVerbAt, type Tense} from './clause-tense.js';
import {hasTag, lemma, type Sentence} from './tokens.js';

// Dates in the text, resolved against the publication date with an honest precision. chrono-node finds
// and parses the expressions; the rules here add what it leaves out (bare years, "last week" as a week,
// "Tuesday or Wednesday" as a range of either day), and resolve a weekday or a date without a year
// forwards or backwards according to the tense of its clause: "met on Thursday" is the Thursday before
// publication, "will meet on Thursday" the one after.

export type {Tense} from './clause-tense.js';

export type DateMention = {
	start: number;
	end: number;
	text: string;
	date: string;
	precision: 'day' | 'month' | 'year' | 'range';
	dateEnd?: string;
	dateEither?: boolean;
	/** How the date was read: "Tuesday before publication (2023-09-12)". */
	basis?: string;
	tense: Tense;
	/** The clause's main verb, in its dictionary form ("left" → "leave"): what happened on the date. */
	action?: string;
	/** The thing the date is attached to, when the text says: "meeting" in "its meeting on June 18". */
	topic?: string;
};

const vagueNouns = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'time', 'morning', 'evening', 'night', 'afternoon', 'end', 'start', 'beginning', 'middle', 'rest', 'period', 'date']);

/** "its meeting on June 18" → "meeting": a noun, a preposition, then the date. */
function topicBefore(sentence: Sentence, offset: number): string | undefined {
	const index = sentence.tokens.findIndex(token => token.start >= offset);
	const preposition = sentence.tokens[index - 1];
	const noun = sentence.tokens[index - 2];
	if (!preposition || !noun || !/^(?:on|in|at|for|from|of)$/i.test(preposition.text) || !/^\s+$/u.test(noun.post)) return undefined;
	// compromise reads "its meeting" as a gerund; after a determiner or possessive it names a thing.
	if (!hasTag(noun, 'Noun', 'Gerund') || hasTag(noun, 'Pronoun', 'Date', 'Value', 'Unit') || vagueNouns.has(noun.text.toLowerCase())) return undefined;
	return noun.text.toLowerCase();
}

const pad = (value: number) => String(value).padStart(2, '0');
const isoDay = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
const isoMonth = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
const dayOf = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

/** The day a YYYY-MM-DD string names; undefined for anything else, a day that does not exist included. */
export function publicationDay(published: string | undefined): Date | undefined {
	const parsed = published === undefined ? undefined : parsePartialDate(published);
	return parsed?.day === undefined ? undefined : dayOf(parsed.year, parsed.month!, parsed.day);
}

// "the highest since 2008", "the deadliest storm since 1990": the year a record is measured from.
// "rose to 57 on Wednesday, up from 40 on Monday", "compared with 3.1% in 2019": the earlier figure a change is
// measured from is no happening of its own; the change is (its own clause dates it).
const comparedFrom = /\b(?:up|down|compared\s+(?:with|to)|against)\s+(?:from\s+)?(?:about\s+|around\s+|nearly\s+|some\s+|just\s+)?[$€£]?\d[\d.,]*(?:\s*(?:%|per\s*cent|percent))?(?:\s+[\p{L}-]+){0,2}?\s+(?:on|in|at|by|during)?\s*$/iu;
const superlativeSince = /\b(?:highest|lowest|biggest|largest|smallest|worst|best|most|least|first|fewest|strongest|weakest|deadliest|hottest|coldest|wettest|driest|longest|shortest|greatest|heaviest|fastest|slowest)\b(?:\s+[\p{L}\p{N}'-]+){0,6}\s+since\s*$/iu;

/**
 * Lengths of time that chrono-node reads as dates: "for eleven months", "over the past year",
 * "in 48 hours", "a day after". They date nothing.
 */
export function isDuration(expression: string, before: string): boolean {
	if (/\b(?:hours?|minutes?|seconds?)\b/.test(expression)) return true;
	if (/\b(?:past|previous)\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?)\b/.test(expression)) return true;
	if (/\b(?:days?|weeks?|months?|years?)\s+(?:after|before|later|earlier)\b/.test(expression)) return true;
	return /\b(?:for|over|within|during)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?)\b/.test(`${before}${expression}`) && !/\b(?:on|in|last|next|this)\b/.test(expression);
}

type Parsed = {start: number; end: number; text: string; known: Set<string>; date: Date; endDate?: Date; sameDay?: boolean; daysBefore?: number};

/** A weekday or a day without a year, placed before or after publication by tense. */
function placeByTense(candidates: Date[], reference: Date, tense: Tense): Date {
	const before = candidates.filter(date => date <= reference).toSorted((a, b) => b.getTime() - a.getTime())[0];
	const after = candidates.filter(date => date >= reference).toSorted((a, b) => a.getTime() - b.getTime())[0];
	if (tense === 'past') return before ?? after!;
	if (tense === 'future') return after ?? before!;
	const distance = (date: Date | undefined) => (date ? Math.abs(date.getTime() - reference.getTime()) : Number.POSITIVE_INFINITY);
	return distance(before) <= distance(after) ? before! : after!;
}

/**
 * "last Monday": a weekday of the week before publication's. Written on a Wednesday, a writer calls the
 * Monday two days back "Monday" and says "last Monday" for the one nine days back; a weekday not yet
 * reached in publication's week ("last Friday" on a Wednesday) is the latest one, five days back.
 */
function lastWeekday(reference: Date, weekday: number): Date {
	const back = ((reference.getUTCDay() - weekday + 7) % 7) || 7;
	const latest = addDays(reference, -back);
	// Monday-based weeks: the latest such day in publication's own week, and close by, is not "last".
	const sameWeek = (reference.getUTCDay() + 6) % 7 >= back;
	return sameWeek && back <= 3 ? addDays(latest, -7) : latest;
}

const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function resolve(parsed: Parsed, reference: Date | undefined, tense: Tense): Omit<DateMention, 'start' | 'end' | 'text' | 'tense'> | undefined {
	const {known, text} = parsed;
	const lower = text.toLowerCase();
	if (parsed.sameDay && reference) {
		if (parsed.daysBefore) return {date: isoDay(addDays(reference, -parsed.daysBefore)), precision: 'day', basis: `"${text}": the day before publication`};
		return {date: isoDay(reference), precision: 'day', basis: `"${text}": the day of publication`};
	}
	const relative = /\b(?:today|yesterday|tomorrow|tonight|last|next|this|ago|coming|few|past|later|earlier)\b/.test(lower);
	// Without a publication date only a date written out (with its numbers) can be trusted.
	if ((relative || !/\d/.test(text)) && !reference) return undefined;
	const chronoDay = new Date(Date.UTC(parsed.date.getFullYear(), parsed.date.getMonth(), parsed.date.getDate()));
	if (/\bweek\b/.test(lower) && reference) {
		// The calendar week (Monday to Sunday) the expression names. chrono's weeks start on Sunday ("this week"
		// read on a Monday is the Sunday before), so this, next and last week count from publication itself.
		const fromPublication = /\b(this|next|last)\s+week\b/.exec(lower)?.[1];
		const day = fromPublication === undefined ? chronoDay : addDays(reference, fromPublication === 'next' ? 7 : fromPublication === 'last' ? -7 : 0);
		const monday = addDays(day, -((day.getUTCDay() + 6) % 7));
		return {date: isoDay(monday), dateEnd: isoDay(addDays(monday, 6)), precision: 'range', basis: `"${text}": the week of ${isoDay(monday)}, counted from publication`};
	}
	if (/\b(?:few|several|coming)\b/.test(lower)) {
		// "in the next few months": chrono picks one day out of a span; the span is what is known (its month,
		// when it stays within one).
		if (!reference) return undefined;
		// Looking ahead, the span opens the day after publication.
		const [from, to] = chronoDay < reference ? [chronoDay, reference] : [addDays(reference, 1), chronoDay];
		if (isoMonth(from) === isoMonth(to)) return {date: isoMonth(from), precision: 'month', basis: `"${text}": no day given, only the month is certain`};
		return {date: isoDay(from), dateEnd: isoDay(to), precision: 'range', basis: `"${text}": some time between ${isoDay(from)} and ${isoDay(to)}, counted from publication`};
	}
	if (known.has('day') && known.has('month') && known.has('year')) {
		const basis = relative ? `"${text}", counted from publication` : undefined;
		return {date: isoDay(chronoDay), precision: 'day', basis};
	}
	if (known.has('day') && known.has('month')) {
		if (!reference) return undefined;
		const month = parsed.date.getMonth() + 1;
		const day = parsed.date.getDate();
		const year = reference.getUTCFullYear();
		const years = [dayOf(year - 1, month, day), dayOf(year, month, day), dayOf(year + 1, month, day)];
		// "Thursday, March 23": the weekday says which year, whatever the tense of the clause.
		const weekday = known.has('weekday') ? parsed.date.getDay() : undefined;
		const matching = years.filter(date => date.getUTCDay() === weekday);
		if (matching.length === 1) return {date: isoDay(matching[0]!), precision: 'day', basis: `"${text}": the year in which that day is a ${weekdayNames[weekday!]}`};
		const placed = placeByTense(years, reference, tense);
		return {date: isoDay(placed), precision: 'day', basis: `"${text}": the year of publication's nearest ${tense === 'unknown' ? '' : tense === 'past' ? 'past ' : 'coming '}such day`.replace('  ', ' ')};
	}
	if (known.has('weekday') && !known.has('month')) {
		if (!reference) return undefined;
		const weekday = parsed.date.getDay();
		if (/\blast\s+\p{L}+day\b/u.test(lower)) {
			const placed = lastWeekday(reference, weekday);
			return {date: isoDay(placed), precision: 'day', basis: `"${text}": the ${weekdayNames[weekday]} of the week before publication's${placed.getTime() < addDays(reference, -7).getTime() ? '' : ', the last before it'}`};
		}
		const candidates = [-7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7].map(offset => addDays(reference, offset)).filter(date => date.getUTCDay() === weekday);
		const placed = placeByTense(candidates, reference, tense);
		const side = placed < reference ? 'before' : placed > reference ? 'after' : 'on';
		return {date: isoDay(placed), precision: 'day', basis: `"${text}": the ${text.replace(/^on\s+/i, '').replace(/[,\s]+$/, '')} ${side} publication`};
	}
	if (known.has('month') && known.has('year')) return {date: isoMonth(chronoDay), precision: 'month'};
	if (known.has('month')) {
		if (!reference) return undefined;
		const month = parsed.date.getMonth() + 1;
		const year = reference.getUTCFullYear();
		const placed = placeByTense([dayOf(year - 1, month, 1), dayOf(year, month, 1), dayOf(year + 1, month, 1)], new Date(Date.UTC(year, reference.getUTCMonth(), 1)), tense);
		return {date: isoMonth(placed), precision: 'month', basis: `"${text}": the nearest such month to publication`};
	}
	if (known.has('year')) return {date: String(chronoDay.getUTCFullYear()), precision: 'year', basis: relative ? `"${text}", counted from publication` : undefined};
	return undefined;
}

// "in 2019", "since 2011", "early 2024", "the 1991 collapse": chrono-node leaves bare years alone.
const yearPattern = /\b(?:the|in|since|by|until|till|from|during|before|after|of|early|late|mid-?|around|through|throughout|for)\s+((?:1[6-9]|20)\d{2})\b(?![-–]\d|\s*(?:%|percent|per\b|people|million|billion|troops|votes))/gi;

// Not "the day before the vote", "hours before reeling them in" (counted from another happening), nor
// "soak for several hours before …" (a length of time).
const relativeDayPattern = /(?<!\bfor\s+(?:(?:several|a few|many|some|\d+)\s+)?)\b(?:(?:[Hh]ours|[Mm]inutes|[Mm]oments) (?:earlier|before)|(?:[Tt]he|[Aa]) day (?:before|earlier)|[Tt]he previous day)\b(?!\s+(?:the|a|an|his|her|its|their|this|that|than|\p{Lu}|\d|\p{Ll}+ing\b))/gu;

/** Every date in a sentence, resolved. `reference` is the publication day, when known. */
export function findDateMentions(sentence: Sentence, reference: Date | undefined): DateMention[] {
	const text = sentence.text;
	// chrono reads in local time; noon keeps its "today" on the right calendar day in any time zone.
	const chronoReference = reference ? new Date(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate(), 12) : new Date(2000, 0, 1, 12);
	const quoted = findQuoteSpans(text);
	// "September 13–17": chrono reads a range only with a hyphen; the dash is one character, so offsets hold.
	const results = quickChrono.parse(text.replace(/(?<=\d)[–—](?=\d)/gu, '-'), chronoReference);
	for (const result of results) (result as {text: string}).text = text.slice(result.index, result.index + result.text.length);
	const parsed: Parsed[] = results.flatMap((result): Parsed[] => {
		// "Today somebody did", "where they sleep tonight": inside a quotation these speak of the moment,
		// not of a date the story needs.
		if (/^(?:today|tonight|now|this (?:morning|evening|afternoon))$/i.test(result.text.trim()) && quoted.some(span => result.index >= span.start && result.index < span.end)) return [];
		// "Imagine a tomorrow where …", "the today of …": a day used as a noun dates nothing.
		if (/^(?:today|tomorrow|yesterday|tonight)$/i.test(result.text.trim()) && /\b(?:a|an|the|our|your|their|better|brighter)\s+$/i.test(text.slice(Math.max(0, result.index - 10), result.index))) return [];
		// "was now the most likely outcome": "now" dates nothing.
		if (/^(?:now|right now)$/i.test(result.text.trim())) return [];
		// "sun-drenched beaches", "she sat down": a weekday's abbreviation written in lower case is an English
		// word; news writes days out or capitalises them ("Sat., March 4").
		if (/^(?:on\s+)?(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)$/.test(result.text.trim())) return [];
		// "in the years since the revolt", "over the months that followed": a plural span without a count
		// names no time at all (chrono reads it as one unit from publication).
		if (/^(?:in|over|during|for)?\s*the\s+(?:years|months|weeks|days|decades)$/i.test(result.text.trim())) return [];
		// "earlier in the day", "later in the day": the day the article speaks of, its publication day.
		const sameDay = /^(?:in|during) the day$/i.test(result.text.trim()) ? /\b(?:earlier|later)\s+$/i.exec(text.slice(Math.max(0, result.index - 10), result.index)) : null;
		if (sameDay) {
			if (!reference) return [];
			const start = result.index - sameDay[0].length;
			const words = text.slice(start, result.index + result.text.trim().length);
			return [{start, end: result.index + result.text.trim().length, text: words, known: new Set(['day', 'month', 'year']), date: new Date(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate(), 12), sameDay: true}];
		}
		const known = new Set(Object.keys((result.start as unknown as {knownValues: object}).knownValues));
		const words = result.text.toLowerCase();
		const hasDate = ['day', 'weekday', 'month', 'year'].some(part => known.has(part)) || /\b(?:week|today|yesterday|tomorrow|tonight)\b/.test(words);
		if (!hasDate || isDuration(words, text.slice(Math.max(0, result.index - 12), result.index).toLowerCase())) return [];
		// "the highest since 2008", "the deadliest storm since 1990": the year a record is measured from is no happening.
		if (superlativeSince.test(`${text.slice(Math.max(0, result.index - 60), result.index)}${/^since\b/iu.test(result.text) ? 'since ' : ''}`)) return [];
		if (comparedFrom.test(`${text.slice(Math.max(0, result.index - 60), result.index)}${/^(?:on|in|at|by|during)\b/iu.exec(result.text)?.[0] ?? ''} `.replace(/\s+$/u, ' '))) return [];
		// "1 January 0001", "May 5, 10000": chrono leaves out a year it cannot read, and the publication's
		// would be used instead. A date whose written year lies outside 1000–9999 is none the story can place.
		const after = text.slice(result.index + result.text.length, result.index + result.text.length + 8);
		if (/^,?\s+(?:0\d{3}|\d{5})\b/.test(after) && !known.has('year')) return [];
		if (known.has('year') && !isYearInRange(result.start.get('year') ?? 0)) return [];
		return [{start: result.index, end: result.index + result.text.trimEnd().replace(/[,.;:]+$/, '').length, text: result.text.trim().replace(/[,.;:]+$/, ''), known, date: result.start.date(), endDate: result.end?.date()}];
	});
	// "Hours earlier, the army fired …", "where the day before he took part …": news counts these from the
	// day it reports, its publication day; chrono-node reads neither. Not "the day before the vote".
	if (reference) {
		for (const match of text.matchAll(relativeDayPattern)) {
			if (parsed.some(entry => entry.start < match.index + match[0].length && entry.end > match.index)) continue;
			const daysBefore = /\bday\b/i.test(match[0]) ? 1 : 0;
			parsed.push({start: match.index, end: match.index + match[0].length, text: match[0], known: new Set(['day', 'month', 'year']), date: new Date(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate(), 12), sameDay: true, daysBefore});
		}
	}
	for (const match of text.matchAll(yearPattern)) {
		const start = match.index + match[0].length - match[1]!.length;
		if (parsed.some(entry => entry.start < start + 4 && entry.end > start) || superlativeSince.test(text.slice(Math.max(0, start - 60), start)) || comparedFrom.test(text.slice(Math.max(0, start - 60), start))) continue;
		parsed.push({start, end: start + 4, text: match[1]!, known: new Set(['year']), date: new Date(Number(match[1]), 0, 1, 12)});
	}
	parsed.sort((a, b) => a.start - b.start);

	const mentions: DateMention[] = [];
	for (let index = 0; index < parsed.length; index++) {
		const entry = parsed[index]!;
		const clause = clauseVerbAt(sentence, sentence.start + entry.start);
		const {tense} = clause;
		const action = clause.verb ? lemma(clause.verb.text) : undefined;
		const topic = topicBefore(sentence, sentence.start + entry.start);
		// "the third failed launch in two years": outside a clause about the future, "in" a count of
		// years is the span something happened within, not the day it ends.
		if (tense !== 'future' && /^in\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years?|months?|weeks?|decades?)$/iu.test(entry.text)) continue;
		const resolved = resolve(entry, reference, tense);
		if (!resolved) continue;
		// "Tuesday or Wednesday, September 13": either day; "from Monday to Wednesday": all of them.
		const next = parsed[index + 1];
		const joiner = next ? text.slice(entry.end, next.start) : '';
		if (next && /^\s*,?\s*(?:or|to|through|until|and|[-–])\s*$/i.test(joiner) && resolved.precision === 'day') {
			const other = resolve(next, reference, tense === 'unknown' ? 'future' : tense);
			// "Tuesday or Wednesday, March 13": the weekday is the one just before the dated day.
			if (other?.precision === 'day' && entry.known.has('weekday') && !entry.known.has('day')) {
				const anchor = new Date(`${other.date}T00:00:00Z`);
				const weekday = entry.date.getDay();
				for (let back = 1; back <= 6; back++) {
					const candidate = addDays(anchor, -back);
					if (candidate.getUTCDay() === weekday) {
						resolved.date = isoDay(candidate);
						break;
					}
				}
			}
			if (other?.precision === 'day' && other.date > resolved.date) {
				mentions.push({start: sentence.start + entry.start, end: sentence.start + next.end, text: text.slice(entry.start, next.end), date: resolved.date, dateEnd: other.date, precision: 'range', dateEither: /\bor\b/i.test(joiner), basis: resolved.basis, tense, action, topic});
				index++;
				continue;
			}
		}
		if (entry.endDate && resolved.precision === 'day' && reference) {
			const end = isoDay(new Date(Date.UTC(entry.endDate.getFullYear(), entry.endDate.getMonth(), entry.endDate.getDate())));
			if (end > resolved.date) {
				mentions.push({start: sentence.start + entry.start, end: sentence.start + entry.end, text: entry.text, ...resolved, precision: 'range', dateEnd: end, tense, action, topic});
				continue;
			}
		}
		mentions.push({start: sentence.start + entry.start, end: sentence.start + entry.end, text: entry.text, ...resolved, tense, action, topic});
	}
	return mentions;
}
