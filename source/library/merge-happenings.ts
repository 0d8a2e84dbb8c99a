import type {Citation, Fact, StoryEvent} from '../model/schema.js';
import type {EntityTerms} from './entity-terms.js';
import {planCameTrue} from './settled-plans.js';
import {speakersFinder} from './statement-speakers.js';

// One event per happening. Candidate events from every article (and twice within one) are the same
// happening when their dates are compatible (a day inside a month, one day inside a range), they share
// who or where (two participants, or one and the wording), and the words of what happened agree. The
// kept event gains the other's citations and participants; an event the story already had (and a
// person may have edited) keeps its title and date and is marked updated that day. Events are looked up
// by month, so merging stays linear in the number of articles.

type Interval = {first: string; last: string};

function interval(date: string, dateEnd?: string): Interval {
	const start = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
	const end = dateEnd ?? date;
	const last = end.length === 4 ? `${end}-12-31` : end.length === 7 ? `${end}-31` : end;
	return {first: start, last};
}

const overlaps = (a: Interval, b: Interval) => a.first <= b.last && b.first <= a.last;

const stopWords = new Set(
	`the and for with from that this have has had been were was are not but its his her their they them than then
	into onto over under after before about also said says say told while when where which who whom what will would
	could should may might can one two its our out per via more most some such only very just said being upon`.split(/\s+/),
);
// Past forms that a suffix rule does not reach: "met" and "meeting" are one word here.
const irregular = new Map(Object.entries({won: 'win', wins: 'win', victory: 'win', victories: 'win', met: 'meet', held: 'hold', began: 'begin', left: 'leave', flew: 'fly', went: 'go', came: 'come', gave: 'give', took: 'take', spoke: 'speak', fled: 'flee', struck: 'strike', hit: 'hit', sent: 'send', told: 'tell'}));

/**
 * A word reduced to what its forms share: irregular past forms by the table, else the ending cut and at
 * most seven letters kept, so that "separated" and "separation", "announced" and "announcement" meet.
 */
const stem = (word: string) => irregular.get(word) ?? word.replace(/(?:ings?|ed|es|s|al|e)$/u, '').slice(0, 7);

/** The words that say what happened: not names, not function words, reduced to a common stem. */
export function happeningWords(text: string, nameWords: Set<string>): Set<string> {
	const words = new Set<string>();
	for (const raw of text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^\p{L}]+/u)) {
		if (raw.length < 3 || stopWords.has(raw) || nameWords.has(raw)) continue;
		const word = stem(raw);
		if (word.length >= 3) words.add(word);
	}
	return words;
}

/**
 * The words that say what was done: past forms ("resigned", "met"), reduced like happeningWords. Two
 * outlets telling one happening on one date use the same verb for it more often than any other word.
 */
export function actionWords(text: string, nameWords: Set<string>): Set<string> {
	const actions = new Set<string>();
	for (const raw of text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^\p{L}]+/u)) {
		if (raw.length < 3 || stopWords.has(raw) || nameWords.has(raw) || reportingVerbs.has(raw)) continue;
		const irregularForm = irregular.get(raw);
		if (irregularForm) actions.add(irregularForm);
		else if (/[^e]ed$/u.test(raw) && raw.length >= 5) actions.add(stem(raw));
	}
	return actions;
}

// Verbs of reporting say who told it, not what happened ("Tass reported"); verbs this general say nothing of it.
const reportingVerbs = new Set(['reported', 'told', 'said', 'stated', 'added', 'noted', 'quoted', 'cited', 'published', 'released', 'posted', 'expected', 'continued', 'appeared', 'seemed', 'used', 'included', 'involved', 'called', 'asked', 'wanted', 'tried', 'based', 'described', 'named']);

export const shared = <T>(a: Set<T>, b: Iterable<T>) => {
	let count = 0;
	for (const item of b) if (a.has(item)) count++;
	return count;
};

/** Every name of each entity by id ("Sailors Union SU S.U."): the words that say who, not what. */
export function namingWords(entities: Array<{id: string; name: string; aliases: string[]}>, mapId: (id: string) => string = id => id): Map<string, string> {
	const names = new Map<string, string>();
	for (const entity of entities) names.set(mapId(entity.id), [names.get(mapId(entity.id)) ?? '', entity.name, ...entity.aliases].join(' ').trim());
	return names;
}

export type HappeningContext = {
	/** Entity names by id (namingWords), whose words say who, not what. */
	entityNames: Map<string, string>;
	/** The day the merge happens, for events that existed before it. */
	today?: string;
	/** Publication days by article id: a forecast is settled only by what happened after it was published. */
	publishedOf?: Map<string, string>;
	/** The words naming each entity (entityTermsOf), to tell who speaks in an event. */
	entityTerms?: EntityTerms;
};

type Entry = {event: StoryEvent; words: Set<string>; actions: Set<string>; involves: Set<string>; speakers: Set<string>; articles: Set<string>; existing: boolean; span: Interval};

const monthsOf = (span: Interval) => {
	const months: string[] = [];
	let [year, month] = [Number(span.first.slice(0, 4)), Number(span.first.slice(5, 7))];
	const [lastYear, lastMonth] = [Number(span.last.slice(0, 4)), Number(span.last.slice(5, 7))];
	// A whole year or a long range is filed under its year; each month of a short span under the month.
	if (lastYear * 12 + lastMonth - (year * 12 + month) > 2) return [span.first.slice(0, 4)];
	while (year * 12 + month <= lastYear * 12 + lastMonth) {
		months.push(`${year}-${String(month).padStart(2, '0')}`);
		month++;
		if (month > 12) [year, month] = [year + 1, 1];
	}
	return months;
};

/**
 * A happening dated over several given days ("13–17 September"), not one day or a vaguer month. A whole
 * calendar week, Monday to Sunday, is how "last week" is dated: something done on one of its days.
 */
export const spansDays = (event: StoryEvent) =>
	event.precision === 'range' && !event.dateEither && event.date.length === 10 && (event.dateEnd ?? event.date).length === 10 && event.dateEnd !== event.date && !calendarWeek(event.date, event.dateEnd!);

const dayMs = 86_400_000;
const calendarWeek = (first: string, last: string) => new Date(first).getUTCDay() === 1 && Date.parse(last) - Date.parse(first) === 6 * dayMs;

/**
 * A forecast ("a forum in Vik next week") and a later report of it done on a day inside its window are
 * one happening when the same two participants and two words of what is done meet: the report moves
 * the event out of what is to watch. Returns how well they agree, else 0.
 */
function forecastCameTrue(forecast: Entry, report: Entry, publishedOf: Map<string, string>, terms: EntityTerms): number {
	if (forecast.event.status !== 'expected' || report.event.status !== 'happened' || report.event.precision !== 'day') return 0;
	if (report.span.first < forecast.span.first || report.span.first > forecast.span.last) return 0;
	// Told as done: what someone announced would come is one more forecast ("announced that Lima would travel").
	if (/\b(?:will|would|shall|plans?|planned|expected|to be)\b/iu.test(report.event.title)) return 0;
	// Done after the forecast was published (a sentence telling when a plan was reported is not its outcome).
	if ([...forecast.articles].some(article => !publishedOf.has(article) || publishedOf.get(article)! >= report.event.date)) return 0;
	// An occasion set for those days, or someone's journey, named by the forecast and told done (settled-plans.ts).
	if (planCameTrue(forecast.event.title, report.event.title, report.involves, terms)) return 2 + shared(forecast.involves, report.involves);
	// The thing done is the thing forecast: the report's verb of what was done is a word of the
	// forecast's own clause ("are expected to open the forum" / "opened the forum"), not of another
	// forecast in its sentence ("the ferry would take Lima to Vik and the talks were likely on Tuesday").
	if (shared(report.actions, happeningWords(forecast.event.title, new Set())) === 0) return 0;
	const people = shared(forecast.involves, report.involves);
	const words = shared(forecast.words, report.words);
	return people >= 2 && words >= 2 ? people + words : 0;
}

/** How well two events agree when they tell the same happening (see the module's comment), else 0. */
function sameHappening(a: Entry, b: Entry, publishedOf: Map<string, string>, terms: EntityTerms): number {
	if (!overlaps(a.span, b.span)) return 0;
	const forecastDone = forecastCameTrue(a, b, publishedOf, terms) || forecastCameTrue(b, a, publishedOf, terms);
	if (forecastDone) return forecastDone;
	// What was expected and what happened are one only on the same day: a forecast range is not the event.
	if (a.event.status !== b.event.status && !(a.event.precision === 'day' && b.event.precision === 'day' && a.event.date === b.event.date && a.event.status !== 'historical' && b.event.status !== 'historical')) return 0;
	// A stay of several days and a happening on one of its days are two things (a visit and its summit).
	if ((spansDays(a.event) && b.event.precision === 'day') || (spansDays(b.event) && a.event.precision === 'day')) return 0;
	const people = shared(a.involves, b.involves);
	const words = shared(a.words, b.words);
	const smaller = Math.min(a.words.size, b.words.size);
	// On the very same day, the same two participants and a word of what happened are enough.
	const sameDay = a.event.precision === 'day' && b.event.precision === 'day' && a.event.date === b.event.date;
	// The same date as written (the same year, month or day), someone in common and the same verb of
	// what was done: "In 2011 Weiner resigned from Congress" and "In 2011 he resigned from Congress".
	const sameDate = a.event.date === b.event.date && a.event.precision === b.event.precision && (a.event.dateEnd ?? '') === (b.event.dateEnd ?? '');
	const sameAction = sameDate && people >= 1 && shared(a.actions, b.actions) >= 1;
	// Two paragraphs of one article on one day tell two things unless they say the same was done ("Talks
	// began on Wednesday" and, further down, "Hours earlier, North Korea fired two missiles").
	const paragraphsOf = (entry: Entry) => new Set(entry.event.cites.map(citationKey));
	const oneArticle = a.articles.size === 1 && b.articles.size === 1 && [...a.articles][0] === [...b.articles][0];
	if (oneArticle && sameDay && shared(paragraphsOf(a), paragraphsOf(b)) === 0 && !(sameAction && people >= 2)) return 0;
	// Two forecasts of one given day with someone or somewhere in common and two words of what will happen
	// ("hopes to carry the May 10 vote there", "should take the state on May 10"): a day
	// named ahead is rarely named for two different things by the same people.
	const sameForecastDay = sameDay && a.event.status === 'expected' && b.event.status === 'expected' && !oneArticle && people >= 1 && words >= 2;
	// One person's words on one day, told by two outlets, are one statement (statement-speakers.ts).
	const sameStatement = sameDay && !oneArticle && a.event.status === 'happened' && b.event.status === 'happened' && shared(a.speakers, b.speakers) >= 1;
	const same = sameAction || sameForecastDay || sameStatement || (people >= 2 && words >= 2) || (sameDay && people >= 2 && words >= 1) || (people >= 1 && words >= 3 && words / Math.max(1, smaller) >= 0.3) || (words >= 4 && words / Math.max(1, smaller) >= 0.5);
	return same ? people + words : 0;
}

/** The clearer of two titles: a whole short clause that opens with a name or a noun, not a date or a preposition. */
function titleScore(title: string): number {
	const words = title.split(/\s+/).length;
	let score = words >= 4 && words <= 14 ? 2 : 0;
	if (/^(?:on|in|at|by|earlier|later|after|before|since|during|the day|that|this|meanwhile|(?:hours|minutes|days|weeks|shortly|soon|moments) (?:earlier|later|before|after))\b/iu.test(title)) score -= 2;
	if (/\d/u.test(title.split(/\s+/).slice(0, 3).join(' '))) score -= 1;
	// "It opens on May 10", "He arrived": who it is was in the sentence before.
	if (/^(?:it|he|she|they|this|these|those|we|i)\b/iu.test(title)) score -= 2;
	if (!title.endsWith('…')) score += 1;
	// A clause with its verb says what happened; a bare name and date does not, nor a clause that only
	// says who said something ("Berg said in an interview with the Vik Herald").
	const titleWords = title.toLowerCase().split(/[^\p{L}]+/u);
	if (titleWords.some(word => deedVerb.test(word) && !sayingVerbs.has(word))) score += 1;
	else if (titleWords.some(word => sayingVerbs.has(word))) score -= 1;
	return score;
}

const looksAhead = /\b(?:will|would|plans?|planned|scheduled|expected|due to|set to)\b/iu;
const deedVerb = /^(?:\p{L}{3,}ed|met|held|began|left|flew|went|came|gave|took|spoke|fled|struck|sent|won|lost)$/u;
const sayingVerbs = new Set(['said', 'says', 'told', 'tells', 'reported', 'reports', 'stated', 'added', 'noted', 'according', 'quoted', 'cited']);

/**
 * Whether a story's event still has the title summit-tui gave it: the words of one of the sentences it
 * cites (a title a person wrote is kept whatever the articles say).
 */
function generatedTitle(event: StoryEvent): boolean {
	const own = plainWords(event.title.replace(/…$/u, ''));
	if (own.length === 0) return false;
	// A title is made of the sentence's words, though not always in one run ("The fair is scheduled …"
	// from "the fair, which is scheduled …"); a person's title has words of its own.
	const ownWords = own.split(' ');
	return event.cites.some(citation => {
		const excerpt = plainWords(citation.excerpt);
		if (excerpt.includes(own)) return true;
		const words = new Set(excerpt.split(' '));
		return ownWords.every(word => words.has(word));
	});
}

/** A story's title is replaced by a later report's only when that one is clearer by a whole point of titleScore (a verb of what was done, a whole clause), so it changes rarely and never back. */
const clearlyClearer = 1;

export const citationKey = (citation: Pick<Citation, 'article' | 'paragraph'>) => `${citation.article}\u0000${citation.paragraph}`;
/** A sentence or an excerpt of one (cut around its date) as its lower-case words. */
export const plainWords = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
export const firstWords = (words: string) => words.split(' ').slice(0, 6).join(' ');

/**
 * Folds `incoming` events into `existing` ones (both may be empty): the result keeps every existing
 * event in place (with more citations where confirmed) and adds the incoming events that are new.
 */
export function mergeHappenings(existing: StoryEvent[], incoming: StoryEvent[], {entityNames, today, publishedOf = new Map(), entityTerms = new Map()}: HappeningContext): {events: StoryEvent[]; joined: Map<string, string>; settled: Map<string, Citation[]>} {
	const nameWordsOf = (ids: Iterable<string>) => new Set([...ids].flatMap(id => (entityNames.get(id) ?? '').toLowerCase().split(/[^\p{L}]+/u)));
	const speakersIn = speakersFinder(entityTerms);
	const entryOf = (event: StoryEvent, isExisting: boolean): Entry => {
		const nameWords = nameWordsOf(event.involves);
		return {
			speakers: speakersIn([event.title, ...event.cites.map(citation => citation.excerpt)].join(' \n ')),
			event: {...event, cites: [...event.cites], involves: [...event.involves]},
			words: happeningWords([event.title, ...event.cites.map(citation => citation.excerpt)].join(' '), nameWords),
			actions: actionWords(event.title, nameWords),
			involves: new Set(event.involves),
			articles: new Set(event.cites.map(citation => citation.article)),
			existing: isExisting,
			span: interval(event.date, event.dateEnd),
		};
	};
	const entries: Entry[] = [];
	const byMonth = new Map<string, Entry[]>();
	const file = (entry: Entry) => {
		entries.push(entry);
		for (const month of monthsOf(entry.span)) byMonth.set(month, [...(byMonth.get(month) ?? []), entry]);
	};
	const candidates = (entry: Entry) => {
		const found = new Set<Entry>();
		const months = monthsOf(entry.span);
		// A whole year meets every month of it; a month meets its year.
		const keys = months.length === 1 && months[0]!.length === 4 ? [...byMonth.keys()].filter(key => key.startsWith(months[0]!)) : [...months, ...new Set(months.map(month => month.slice(0, 4)))];
		for (const key of keys) for (const other of byMonth.get(key) ?? []) found.add(other);
		return found;
	};
	for (const event of existing) file(entryOf(event, true));
	const joined = new Map<string, string>();
	const settled = new Map<string, Citation[]>();
	/** Folds `entry` into `target`: its citations, participants and words, its day if it tells the forecast done, its title if clearer. */
	const absorb = (target: Entry, entry: Entry) => {
		joined.set(entry.event.id, target.event.id);
		for (const [from, to] of joined) if (to === entry.event.id) joined.set(from, target.event.id);
		const known = new Set(target.event.cites.map(citationKey));
		const added = entry.event.cites.filter(citation => !known.has(citationKey(citation)));
		target.event.cites.push(...added);
		for (const id of entry.involves) if (!target.involves.has(id)) target.involves.add(id);
		target.event.involves = [...target.involves];
		for (const word of entry.words) target.words.add(word);
		for (const action of entry.actions) target.actions.add(action);
		for (const speaker of entry.speakers) target.speakers.add(speaker);
		for (const article of entry.articles) target.articles.add(article);
		// What one outlet reports as done is done, though another expected it: the event takes the day it
		// happened, and its forecast is settled (a story's own event too: it leaves To watch).
		if (entry.event.status === 'happened' && target.event.status === 'expected') {
			const {dateEnd: _end, dateBasis: _basis, ...rest} = target.event;
			target.event = {...rest, status: 'happened', date: entry.event.date, precision: entry.event.precision, dateEither: entry.event.dateEither, ...(entry.event.dateEnd ? {dateEnd: entry.event.dateEnd} : {}), ...(entry.event.dateBasis ? {dateBasis: entry.event.dateBasis} : {})};
			target.span = entry.span;
			settled.set(target.event.id, target.event.cites.filter(citation => !added.includes(citation)));
			// "The fair is scheduled to run …" reads wrong once it ran: the report's words tell it, unless a person wrote the title.
			if (looksAhead.test(target.event.title) && !looksAhead.test(entry.event.title) && generatedTitle(target.event)) target.event.title = entry.event.title;
			if (target.existing && today) target.event.updated = today;
		}
		if (target.existing) {
			if (added.length > 0 && today) target.event.updated = today;
			// The clearest short title of all reports, stable unless a later one is clearly clearer.
			if (generatedTitle(target.event) && titleScore(entry.event.title) >= titleScore(target.event.title) + clearlyClearer) {
				target.event.title = entry.event.title;
				if (today) target.event.updated = today;
			}
		} else if (titleScore(entry.event.title) > titleScore(target.event.title)) target.event.title = entry.event.title;
	};
	const bestMatch = (entry: Entry, skip: Set<Entry>) => {
		let target: Entry | undefined;
		let best = 0;
		for (const other of candidates(entry)) {
			if (other === entry || skip.has(other)) continue;
			const score = sameHappening(other, entry, publishedOf, entityTerms);
			if (score > best) [target, best] = [other, score];
		}
		return target;
	};
	const gone = new Set<Entry>();
	for (const event of incoming) {
		const entry = entryOf(event, false);
		const target = bestMatch(entry, gone);
		if (target) absorb(target, entry);
		else file(entry);
	}
	// Once more over the new events: a report joined later may have brought what two others had not in
	// common (one outlet names the speaker of a statement another only dates), whatever order they came in.
	for (const entry of entries) {
		if (entry.existing || gone.has(entry)) continue;
		const target = bestMatch(entry, gone);
		if (!target) continue;
		absorb(target, entry);
		gone.add(entry);
	}
	return {events: entries.filter(entry => !gone.has(entry)).map(entry => entry.event), joined, settled};
}
