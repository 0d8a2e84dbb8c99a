import type {StoryFile} from '../../source/model/schema.js';

// Scores an imported story against a hand-made gold file. Kept apart from the importer (its own name
// matching, no shared code) so that a bug in the importer's rules cannot also hide in the yardstick.

export type GoldEntity = {name: string; aliases: string[]};
/** A gold event: by paragraph and cue (the fixtures' format), or by its date alone (ingest-dev's). */
export type GoldEvent = {article?: string; paragraph?: number; cue?: string; date: string; precision: string; dateEnd?: string};
export type Gold = {
	people: GoldEntity[];
	organizations: GoldEntity[];
	places: GoldEntity[];
	/** Names that may fairly be read as more than one kind ("Liverpool": club or city); not scored. */
	ambiguous?: string[];
	/** speaker: null where the quote has none; undefined where the gold does not say (not scored). */
	quotes: Array<{text: string; speaker: string | null | undefined}>;
	events: GoldEvent[];
	/** False when the gold lists only the main events, so an extracted event it lacks is not an error. */
	eventsExhaustive?: boolean;
	/** Kinds the gold does not annotate (or annotates only automatically): neither hits nor misses count. */
	unscored?: Array<'people' | 'organizations' | 'places' | 'quotes' | 'events'>;
};

/** ingest-dev's gold (see ../shared/ingest-dev/README.md): names without aliases, events by date only. */
export type DevGold = {
	people: Array<{name: string; role?: string}>;
	organizations: string[];
	places: string[];
	events: Array<{date: string; what: string}>;
	quotes: Array<{speaker: string; text: string}>;
};

/** The corpora's gold (see ../shared/corpora/README.md): a kind may be absent, or listed under `_auto`. */
type CorpusGold = Partial<DevGold> & {quotes?: Array<{speaker: string; text: string; unresolved?: boolean}>; _auto?: string[]};
const scorableKinds = ['people', 'organizations', 'places', 'quotes', 'events'] as const;

const precisionOf = (date: string) => (date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day');

/** Reads either gold format into the fixtures' shape. */
export function readGold(json: unknown): Gold {
	// The fixtures give every entity its aliases; ingest-dev names entities by strings or {name, role}.
	const gold = json as {people?: object[]; organizations?: unknown[]; places?: unknown[]};
	const fixtureShaped = [...(gold.people ?? []), ...(gold.organizations ?? []), ...(gold.places ?? [])].every(item => typeof item === 'object' && item !== null && 'aliases' in item);
	if (fixtureShaped) return json as Gold;
	const dev = json as CorpusGold;
	// A kind the source does not annotate, or annotates only by machine, is skipped rather than counted as misses.
	const unscored = scorableKinds.filter(kind => dev[kind] === undefined || (dev._auto ?? []).includes(kind));
	// A hand-written name may carry what the text said of it: "Amur region", "RIA news agency", "Yuri
	// Gagarin … Plant (KnAAZ)", "Austin, Texas", "Ann Lee, 2nd Countess of X". The name without trailing
	// lower-case words, the bracket, or what follows its first comma counts too.
	const entity = (name: string) => {
		const forms = new Set<string>();
		const bracket = /^(.*?)\s*\(([^)]+)\)$/u.exec(name);
		for (const form of bracket ? [bracket[1]!, bracket[2]!] : []) forms.add(form);
		const qualified = /^(\p{Lu}[^,]*),\s+[\p{Lu}\p{N}]/u.exec(name);
		if (qualified) forms.add(qualified[1]!);
		const bare = name.replace(/(?:\s+\p{Ll}[\p{Ll}-]*)+$/u, '');
		if (bare !== name && /\p{Lu}/u.test(bare)) forms.add(bare);
		return {name, aliases: [...forms]};
	};
	const scored = <T>(kind: (typeof scorableKinds)[number], items: T[] | undefined): T[] => (unscored.includes(kind) ? [] : (items ?? []));
	return {
		people: scored('people', dev.people).map(person => entity(person.name)),
		organizations: scored('organizations', dev.organizations).map(entity),
		places: scored('places', dev.places).map(entity),
		// An unresolved attribution (PolNeAR: no named source) has a quote to find but no speaker to score.
		quotes: scored('quotes', dev.quotes).map(quote => ({text: quote.text, speaker: quote.unresolved ? undefined : quote.speaker === '' ? null : quote.speaker})),
		events: scored('events', dev.events).map(event => ({date: event.date, precision: precisionOf(event.date)})),
		eventsExhaustive: false,
		unscored,
	};
}

export type Counts = {truePositives: number; extracted: number; gold: number; goldFound: number};
export type Scores = {
	people: Counts;
	organizations: Counts;
	places: Counts;
	quotes: Counts;
	/** Gold quotes whose extracted quote has the gold speaker (or none, where gold has none). */
	speakers: {correct: number; gold: number};
	/** Of the found gold quotes with a named gold speaker to which the importer gave a speaker: how many right. */
	speakersGiven: {correct: number; given: number};
	events: Counts;
	/** Gold events found with the right date, precision and end. */
	eventDates: {correct: number; gold: number};
	/** Event titles of at most twelve words that are not a quotation. */
	shortTitles: {correct: number; gold: number};
	/** Gold events dated before publication that an event of the same date covers, and of those how many it marks expected (target 0). */
	pastExpected: {expected: number; past: number};
	misses: string[];
};

export const normalise = (text: string) =>
	text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[’‘`]/g, "'")
		.replace(/'s\b/g, '')
		.replace(/^the\s+/, '')
		.replace(/[-‐–—.]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

const quoteKey = (text: string) => normalise(text).replace(/[\s,.;:!?'"“”]+$/u, '');

const suffix = /(?<=\S)\s+(jr|sr|ii|iii|iv)$/u;
/**
 * Whether two normalised names are the same name: the same words, or the same but for a generational suffix
 * ("Jr.", "III") that only one of them writes. "Harry B. Harris Jr." is "Harry B. Harris" in every gold file, for
 * names as for speakers, but not "Harry B. Harris Sr.": father and son may both be in the news.
 */
export function sameName(a: string, b: string): boolean {
	if (a === b) return true;
	const [ofA, ofB] = [suffix.exec(a)?.[1], suffix.exec(b)?.[1]];
	return (ofA === undefined) !== (ofB === undefined) && a.replace(suffix, '') === b.replace(suffix, '');
}

const formsOf = (entity: {name: string; aliases: string[]}) => new Set([entity.name, ...entity.aliases].map(normalise));

/**
 * Whether a speaker's forms name the gold speaker. A gold speaker may carry the words its source span
 * had before the name ("Assemblywoman Claudia Tenney", "Senior Adviser Sidney Blumenthal"): a form of
 * two or more words that ends the gold name counts, as the bare name would in any gold file.
 */
export function speakerMatches(forms: Set<string>, goldSpeaker: string): boolean {
	// Also without a stray mark the source span began with ("” Cruz").
	const named = normalise(goldSpeaker).replace(/^[^\p{L}\p{N}]+/u, '');
	// Of a form and a gold name of which only one writes a suffix, both are compared without it (sameName).
	const gold = named.replace(suffix, '');
	// A gold surname alone, or with the title its source span had ("Justice Scalia", "Admiral Harris"), or with the
	// initial it was cut after ("G. Sullivan"), names the person whose full name ends with it, as a reader takes it:
	// the gold could not be expanded, the speaker was.
	const bare = gold.replace(goldTitles, '').replace(/^(?:\p{L}\s+)+(?=\p{L}{2})/u, '');
	const surnameOnly = bare !== gold || !bare.includes(' ');
	// Either name may be the other's ending, when that ending has two words or more: "Stan Pate" for "Luther Stan
	// Pate", "de Blasio" for "Bill de Blasio". One word alone ("Clinton") stays too ambiguous to count.
	return [...forms].some(given => {
		if (suffix.test(given) && suffix.test(named) && !sameName(given, named)) return false;
		const form = given.replace(suffix, '');
		return form === gold || form === bare || (form.includes(' ') && gold.endsWith(` ${form}`)) || (gold.includes(' ') && form.endsWith(` ${gold}`)) || (surnameOnly && form.endsWith(` ${bare}`));
	});
}

/** Titles a gold source span may keep before a name (normalised: lower case, no full stops). */
const goldTitles = /^(?:(?:mr|mrs|ms|miss|dr|prof|professor|dean|justice|judge|admiral|adm|gen|general|col|colonel|lt|capt|captain|sgt|sen|senator|rep|representative|gov|governor|pres|president|secretary|prince|princess|king|queen|mayor|ambassador|rev|reverend|chief|chairman|chairwoman|speaker|sheriff|pope|father|sister)\s+)+/u;
const overlaps = (a: Set<string>, b: Set<string>) => [...a].some(form => b.has(form) || [...b].some(other => sameName(form, other)));

function scoreEntities(extracted: Array<{name: string; aliases: string[]}>, gold: GoldEntity[], ambiguous: Set<string>, kind: string, misses: string[]): Counts {
	const scored = extracted.filter(entity => !overlaps(formsOf(entity), ambiguous));
	const goldForms = gold.map(formsOf);
	const truePositives = scored.filter(entity => goldForms.some(forms => overlaps(formsOf(entity), forms))).length;
	let goldFound = 0;
	gold.forEach((entity, index) => {
		if (scored.some(other => overlaps(formsOf(other), goldForms[index]!))) goldFound++;
		else misses.push(`${kind} missed: ${entity.name}`);
	});
	for (const entity of scored) if (!goldForms.some(forms => overlaps(formsOf(entity), forms))) misses.push(`${kind} extra: ${entity.name}`);
	return {truePositives, extracted: scored.length, gold: gold.length, goldFound};
}

export function scoreStory(story: StoryFile, gold: Gold): Scores {
	const misses: string[] = [];
	const ambiguous = new Set((gold.ambiguous ?? []).map(normalise));
	const entities = [...story.people, ...story.organizations, ...story.places];
	const nameOf = (id: string | undefined) => entities.find(entity => entity.id === id);

	const quotesByKey = new Map(story.quotes.map(quote => [quoteKey(quote.text), quote]));
	const goldQuoteKeys = new Set(gold.quotes.map(quote => quoteKey(quote.text)));
	let speakersCorrect = 0;
	let speakersGiven = 0;
	let speakersGivenRight = 0;
	let quotesFound = 0;
	for (const goldQuote of gold.quotes) {
		const found = quotesByKey.get(quoteKey(goldQuote.text));
		if (!found) {
			misses.push(`quote missed: “${goldQuote.text}”`);
			continue;
		}
		quotesFound++;
		if (goldQuote.speaker === undefined) continue;
		const speaker = nameOf(found.speaker);
		const right = goldQuote.speaker === null ? speaker === undefined : speaker !== undefined && speakerMatches(formsOf(speaker), goldQuote.speaker);
		if (right) speakersCorrect++;
		if (goldQuote.speaker !== null && speaker !== undefined) {
			speakersGiven++;
			if (right) speakersGivenRight++;
		}
		if (!right) misses.push(`speaker wrong: “${goldQuote.text.slice(0, 40)}” → ${speaker?.name ?? 'none'} (gold: ${goldQuote.speaker ?? 'none'})`);
	}
	const unscored = new Set(gold.unscored ?? []);
	for (const quote of unscored.has('quotes') ? [] : story.quotes) if (!goldQuoteKeys.has(quoteKey(quote.text))) misses.push(`quote extra: “${quote.text.slice(0, 50)}”`);

	// An extracted event covers a gold event when it cites the same paragraph with the gold cue in its excerpt.
	const rightDate = (event: StoryFile['events'][number], goldEvent: GoldEvent) =>
		event.date === goldEvent.date && event.precision === goldEvent.precision && (event.dateEnd ?? '') === (goldEvent.dateEnd ?? '');
	// Without a paragraph (ingest-dev's gold) an event covers the gold one when it has the same date.
	const covers = (event: StoryFile['events'][number], goldEvent: GoldEvent) =>
		goldEvent.paragraph === undefined
			? rightDate(event, goldEvent)
			: event.cites.some(citation => citation.paragraph === goldEvent.paragraph && (goldEvent.article === undefined || citation.article === goldEvent.article) && citation.excerpt.includes(goldEvent.cue ?? ''));
	let eventsTrue = 0;
	for (const event of story.events) {
		if (gold.events.some(goldEvent => covers(event, goldEvent) && rightDate(event, goldEvent))) eventsTrue++;
		else if (gold.eventsExhaustive !== false && gold.events.length > 0 && !gold.events.some(goldEvent => covers(event, goldEvent))) misses.push(`event extra: ${event.date} ¶${event.cites[0]!.paragraph} “${event.cites[0]!.excerpt.slice(0, 50)}”`);
	}
	let datesCorrect = 0;
	let eventsFound = 0;
	for (const goldEvent of gold.events) {
		const covering = story.events.filter(event => covers(event, goldEvent));
		if (covering.length > 0) eventsFound++;
		if (covering.some(event => rightDate(event, goldEvent))) datesCorrect++;
		else if (covering.length > 0) misses.push(`event date wrong: ¶${goldEvent.paragraph} “${goldEvent.cue}” → ${covering.map(event => `${event.date}${event.dateEnd ? `..${event.dateEnd}` : ''} ${event.precision}`).join(', ')} (gold: ${goldEvent.date}${goldEvent.dateEnd ? `..${goldEvent.dateEnd}` : ''} ${goldEvent.precision})`);
		else misses.push(goldEvent.paragraph === undefined ? `event missed: ${goldEvent.date}` : `event missed: ¶${goldEvent.paragraph} “${goldEvent.cue}” ${goldEvent.date}`);
	}
	// A gold event before the day of publication has happened: an event of that date marked expected read a past clause as future.
	const published = story.articles[0]?.published;
	let past = 0;
	let pastExpected = 0;
	for (const goldEvent of published ? gold.events.filter(event => event.date.length === 10 && event.date < published) : []) {
		const dated = story.events.filter(event => covers(event, goldEvent) && rightDate(event, goldEvent));
		if (dated.length === 0) continue;
		past++;
		if (dated.some(event => event.status === 'expected')) {
			pastExpected++;
			misses.push(`past event marked expected: ${goldEvent.date}${goldEvent.cue ? ` “${goldEvent.cue}”` : ''}`);
		}
	}
	const isShort = (title: string) => title.split(/\s+/).length <= 12 && !/^[“"‘«]/u.test(title.trim());
	const shortTitles = story.events.filter(event => isShort(event.title)).length;
	for (const event of story.events) if (!isShort(event.title)) misses.push(`event title long or a quotation: “${event.title.slice(0, 60)}”`);

	return {
		people: scoreEntities(unscored.has('people') ? [] : story.people, gold.people, ambiguous, 'person', misses),
		organizations: scoreEntities(unscored.has('organizations') ? [] : story.organizations, gold.organizations, ambiguous, 'organisation', misses),
		places: scoreEntities(unscored.has('places') ? [] : story.places, gold.places, ambiguous, 'place', misses),
		quotes: {truePositives: quotesFound, extracted: unscored.has('quotes') ? 0 : story.quotes.length, gold: gold.quotes.length, goldFound: quotesFound},
		speakers: {correct: speakersCorrect, gold: gold.quotes.filter(quote => quote.speaker !== undefined).length},
		speakersGiven: {correct: speakersGivenRight, given: speakersGiven},
		// Against a gold that lists only the main events, precision is not measured: every event counts as right.
		events: {truePositives: gold.eventsExhaustive === false ? story.events.length : eventsTrue, extracted: story.events.length, gold: gold.events.length, goldFound: datesCorrect},
		eventDates: {correct: datesCorrect, gold: gold.events.length},
		shortTitles: {correct: shortTitles, gold: story.events.length},
		pastExpected: {expected: pastExpected, past},
		misses,
	};
}

/** Sums the counts of several articles (micro-average). */
export function addScores(all: Scores[]): Scores {
	const sum = (pick: (scores: Scores) => Counts): Counts => ({
		truePositives: all.reduce((total, scores) => total + pick(scores).truePositives, 0),
		extracted: all.reduce((total, scores) => total + pick(scores).extracted, 0),
		gold: all.reduce((total, scores) => total + pick(scores).gold, 0),
		goldFound: all.reduce((total, scores) => total + pick(scores).goldFound, 0),
	});
	return {
		people: sum(scores => scores.people),
		organizations: sum(scores => scores.organizations),
		places: sum(scores => scores.places),
		quotes: sum(scores => scores.quotes),
		speakers: {correct: all.reduce((total, scores) => total + scores.speakers.correct, 0), gold: all.reduce((total, scores) => total + scores.speakers.gold, 0)},
		speakersGiven: {correct: all.reduce((total, scores) => total + scores.speakersGiven.correct, 0), given: all.reduce((total, scores) => total + scores.speakersGiven.given, 0)},
		events: sum(scores => scores.events),
		eventDates: {correct: all.reduce((total, scores) => total + scores.eventDates.correct, 0), gold: all.reduce((total, scores) => total + scores.eventDates.gold, 0)},
		shortTitles: {correct: all.reduce((total, scores) => total + scores.shortTitles.correct, 0), gold: all.reduce((total, scores) => total + scores.shortTitles.gold, 0)},
		pastExpected: {expected: all.reduce((total, scores) => total + scores.pastExpected.expected, 0), past: all.reduce((total, scores) => total + scores.pastExpected.past, 0)},
		misses: all.flatMap(scores => scores.misses),
	};
}

export function precisionRecall(counts: Counts): {precision: number; recall: number; f1: number} {
	const precision = counts.extracted === 0 ? (counts.gold === 0 ? 1 : 0) : counts.truePositives / counts.extracted;
	const recall = counts.gold === 0 ? 1 : counts.goldFound / counts.gold;
	const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	return {precision, recall, f1};
}

/** The issue's targets, checked on the micro-averaged fixture scores. */
export const targets = {people: 0.9, organizations: 0.8, places: 0.8, speakers: 0.85, eventDates: 0.8};

export function meetsTargets(scores: Scores): Record<keyof typeof targets, {value: number; target: number; met: boolean}> {
	const value = {
		people: precisionRecall(scores.people).f1,
		organizations: precisionRecall(scores.organizations).f1,
		places: precisionRecall(scores.places).f1,
		speakers: scores.speakers.gold === 0 ? 1 : scores.speakers.correct / scores.speakers.gold,
		eventDates: scores.eventDates.gold === 0 ? 1 : scores.eventDates.correct / scores.eventDates.gold,
	};
	return Object.fromEntries(Object.entries(targets).map(([key, target]) => [key, {value: value[key as keyof typeof targets], target, met: value[key as keyof typeof targets] >= target}])) as ReturnType<typeof meetsTargets>;
}

/** The curated bundled story as gold for the import of the two seed articles. */
export function goldFromStory(story: StoryFile): Gold {
	const entity = (item: {name: string; aliases: string[]}) => ({name: item.name, aliases: item.aliases});
	const names = new Map([...story.people, ...story.organizations, ...story.places].map(item => [item.id, item.name]));
	return {
		people: story.people.map(entity),
		organizations: story.organizations.map(entity),
		places: story.places.map(entity),
		quotes: story.quotes.map(quote => ({text: quote.text, speaker: quote.speaker ? (names.get(quote.speaker) ?? null) : null})),
		events: [],
	};
}

/** Bundled events against imported ones: the same cited paragraph and the same date. */
export function scoreEventsAgainstStory(imported: StoryFile, curated: StoryFile): Counts {
	// Articles are matched by position (imported in the curated order), not by id: imported ids carry a story key.
	const articleOf = new Map(imported.articles.map((article, index) => [article.id, curated.articles[index]?.id ?? article.id]));
	const places = (event: StoryFile['events'][number]) => new Set(event.cites.map(citation => `${articleOf.get(citation.article) ?? citation.article}#${citation.paragraph}`));
	const same = (a: StoryFile['events'][number], b: StoryFile['events'][number]) =>
		a.date === b.date && (a.dateEnd ?? '') === (b.dateEnd ?? '') && overlaps(places(a), places(b));
	return {
		truePositives: imported.events.filter(event => curated.events.some(other => same(event, other))).length,
		extracted: imported.events.length,
		gold: curated.events.length,
		goldFound: curated.events.filter(event => imported.events.some(other => same(event, other))).length,
	};
}

/** Exact-span counts per kind of a tagger's spans against gold spans, for the tagger-alone scripts (steadiness, two passes). */
export type SpanTally = Record<string, {right: number; found: number; gold: number}>;
export function tallySpans(tally: SpanTally, guessed: Array<{start: number; end: number; kind: string}>, gold: Array<{start: number; end: number; kind: string}>): void {
	for (const kind of ['person', 'organization', 'place']) {
		const counts = (tally[kind] ??= {right: 0, found: 0, gold: 0});
		const mine = guessed.filter(span => span.kind === kind);
		const theirs = gold.filter(span => span.kind === kind);
		counts.found += mine.length;
		counts.gold += theirs.length;
		counts.right += mine.filter(span => theirs.some(other => other.start === span.start && other.end === span.end)).length;
	}
}
