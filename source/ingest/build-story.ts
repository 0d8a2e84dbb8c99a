import {createHash} from 'node:crypto';
import path from 'node:path';
import {compareEvents, normaliseStory} from '../model/normalise.js';
import type {Article, Fact, StoryFile} from '../model/schema.js';
import {analyseArticles} from './analyse.js';
import {readDateline} from './datelines.js';
import type {ArticleInput} from './article-input.js';
import {readNamesLearned} from './name-tagger/tag-names.js';
import {withOutletsAsBodies} from './name-tagger/outlet-names.js';
import {collectCaseEvidence, groupEntities, type AnalysedParagraph, type ExtractedEntity} from './entities.js';
import {publicationDay} from './event-dates.js';
import {findFacts, withoutListMarker} from './facts.js';
import {createMentionFinder, type Mention} from './mentions.js';
import {cite, headlineLike, type ArticleContext, type Explanation, type StageContext} from './stage-context.js';
import {entityRecords} from './stage-entities.js';
import {datedEvents} from './stage-events.js';
import {mergeEvents, mergeRepeats} from './stage-merge.js';
import {quoteRecords, speakerKnowledge} from './stage-quotes.js';
import {transcriptLine} from './transcript-quotes.js';
import {foldName} from '../text/fold-name.js';
import {storyIdOf} from './story-id.js';
import {confirmFromSentences, entityTermsOf} from '../library/confirm-sentences.js';
import {settleByOwnLead, settleForecastFacts} from '../library/settled-forecasts.js';
import {confirmFromLeads} from '../library/confirm-leads.js';
import {mergeHappenings, namingWords} from '../library/merge-happenings.js';
import {mergeDuplicateEntities} from '../library/match-entities.js';
import {conflictDifferences, stayStartDifferences} from '../library/outlet-differences.js';
import {voiceDifferences} from '../library/voice-differences.js';
import {figureDifferences} from '../library/figure-differences.js';
import {fingerprint, foldLeadsByEvent, keyFactsFingerprint, rankKeyFacts, storySummary, storyTitle} from '../library/story-summary.js';

// From articles to one story file, in stages that each return what they make: the article records
// (with warnings), the entities over all articles at once (so one name is one entity in every
// article), the quotes with their speakers, the dated events, the facts, and the merge of events told
// twice. Every item is cited by construction (article, paragraph, a verbatim excerpt of at most 30 words).

export type {Explanation} from './stage-context.js';

export type IngestResult = {story: StoryFile; warnings: string[]; explanations: Explanation[]};

/** An id from a name: ASCII letters and digits with hyphens ("Moon Jae-in" → moon-jae-in). */
export function slugify(text: string): string {
	return foldName(text)
		.replace(/[’']/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 48)
		.replace(/-+$/, '');
}

/**
 * Ids end in a key taken from the articles' text and outlet ("vladimir-putin-k3f9a"), so that stories imported
 * separately never collide when they are opened together; the same articles give the same ids.
 */
export function storyKey(inputs: ArticleInput[]): string {
	const hash = createHash('sha256');
	// The text and where it is from, not how it arrived: a page pasted with its clutter gives the same ids as the clean article.
	for (const input of inputs) hash.update(JSON.stringify([input.metadata.outlet ?? '', input.metadata.published ?? '', input.paragraphs]));
	return BigInt(`0x${hash.digest('hex').slice(0, 12)}`).toString(36).slice(0, 5).padStart(5, '0');
}

function createIds(key: string): (base: string, fallback: string) => string {
	const used = new Set<string>();
	return (base, fallback) => {
		const root = `${slugify(base) || fallback}-${key}`;
		let id = root;
		for (let counter = 2; used.has(id); counter++) id = `${root}-${counter}`;
		used.add(id);
		return id;
	};
}

/** The headline: the first leading line of four or more words that is not a sentence, else the first line. */
function guessTitle(paragraphs: string[]): string | undefined {
	const leading = paragraphs.slice(0, 4).filter(headlineLike);
	return leading.find(text => text.split(/\s+/).length >= 4) ?? paragraphs[0];
}

/** The article records, each with its analysed paragraphs and publication day; what is missing is a warning. */
function articleRecords(inputs: ArticleInput[], paragraphs: AnalysedParagraph[], newId: StageContext['newId']): {articles: ArticleContext[]; warnings: string[]} {
	const warnings: string[] = [];
	const articles: ArticleContext[] = inputs.map((input, index) => {
		const reference = publicationDay(input.metadata.published);
		if (input.metadata.published && !reference) warnings.push(`${input.source}: published "${input.metadata.published}" is not a real date as YYYY-MM-DD; relative dates were not resolved`);
		if (!input.metadata.published) warnings.push(`${input.source}: no publication date (give --published YYYY-MM-DD or a "Published:" header line); relative dates such as "on Tuesday" were not resolved`);
		const published = reference ? input.metadata.published : undefined;
		const basis = published
			? 'Given with the article (a Published: header line or --published).'
			: 'Not given with the article (no Published: header line or --published), so relative dates such as "on Tuesday" or "last week" were not resolved.';
		// Without an outlet, the file name keeps two unnamed articles apart.
		const outlet = input.metadata.outlet ?? (input.metadata.url ? hostOf(input.metadata.url) : undefined) ?? `Unknown outlet (${path.basename(input.source)})`;
		if (!input.metadata.outlet && !input.metadata.url) warnings.push(`${input.source}: no outlet (give --outlet NAME or an "Outlet:" header line)`);
		const title = input.metadata.title ?? guessTitle(input.paragraphs) ?? input.source;
		const url = input.metadata.url && isUrl(input.metadata.url) ? input.metadata.url : undefined;
		if (input.metadata.url && !url) warnings.push(`${input.source}: "${input.metadata.url}" is not a URL; left out`);
		const article = articleRecord(input, {id: newId(`${outlet}-${reference ? published : ''}`, `article-${index + 1}`), outlet, title, published, basis, url});
		return {input, article, paragraphs: paragraphs.filter(paragraph => paragraph.article === index), reference};
	});

	return {articles, warnings};
}

/** One fact per sentence that states one, cited. */
function factRecords({articles, entities, entityIds, mentionsOf, datelineEndOf, newId}: StageContext): Fact[] {
	const facts: Fact[] = [];
	const knowledge = speakerKnowledge(entities);
	const spokenSpans = (paragraph: AnalysedParagraph) => {
		const line = transcriptLine(paragraph, mentionsOf(paragraph), knowledge);
		return line ? [line.span] : [];
	};
	for (const {article, paragraphs, reference} of articles) {
		for (const fact of findFacts(paragraphs, mentionsOf, reference?.getUTCFullYear(), spokenSpans)) {
			// The dateline opening a lead ("LONDON --") says where the wire filed it, not what happened.
			const datelineEnd = fact.sentence.start === 0 ? datelineEndOf(fact.paragraph) : -1;
			const text = withoutListMarker(datelineEnd > 0 && datelineEnd < fact.sentence.end ? fact.paragraph.text.slice(datelineEnd, fact.sentence.end).trim() : fact.sentence.text);
			facts.push({
				id: newId('', `fact-${facts.length + 1}`),
				text: text.charAt(0).toUpperCase() + text.slice(1),
				category: fact.category,
				about: [...new Set(fact.mentions.map(mention => entityIds[mention.entity]!))],
				cites: [cite(article.id, fact.paragraph, [fact.sentence.start, fact.sentence.end])],
			});
		}
	}
	return facts;
}

export type StoryNames = {paragraphs: AnalysedParagraph[]; entities: ExtractedEntity[]; mentionsOf: (paragraph: AnalysedParagraph) => Mention[]};

/**
 * The articles' paragraphs, the story's entities and where each paragraph names them, as the importer
 * reads them. The quote ranker's training reads its corpus through this too (so it depends on the tagger's
 * committed weights): it must learn on the candidates the importer makes.
 */
export function readStoryNames(inputs: ArticleInput[]): StoryNames {
	const paragraphs = analyseArticles(inputs);
	// The learned tagger reads the names; the rules' reading is among its features (name-tagger/).
	// The outlet's own name in its text is a body (name-tagger/outlet-names.ts).
	const read = readNamesLearned(paragraphs, collectCaseEvidence(paragraphs), inputs.map(input => input.metadata.title));
	const entities = groupEntities(withOutletsAsBodies(read, paragraphs, inputs.map(input => input.metadata.outlet)));
	const findMentions = createMentionFinder(entities);
	const mentionCache = new Map<AnalysedParagraph, Mention[]>();
	const mentionsOf = (paragraph: AnalysedParagraph) => {
		let mentions = mentionCache.get(paragraph);
		if (!mentions) mentionCache.set(paragraph, (mentions = findMentions(paragraph)));
		return mentions;
	};
	return {paragraphs, entities, mentionsOf};
}

export function buildStory(inputs: ArticleInput[]): IngestResult {
	const {paragraphs, entities, mentionsOf} = readStoryNames(inputs);
	const key = storyKey(inputs);
	const newId = createIds(key);
	const {articles, warnings} = articleRecords(inputs, paragraphs, newId);
	// Each lead paragraph's dateline read once, for the events, the facts and what they involve.
	const datelineEnds = new Map<AnalysedParagraph, number>();
	const datelineEndOf = (paragraph: AnalysedParagraph) => {
		if (!datelineEnds.has(paragraph)) datelineEnds.set(paragraph, paragraph.paragraph <= 6 ? (readDateline(paragraph)?.end ?? -1) : -1);
		return datelineEnds.get(paragraph)!;
	};
	const context: StageContext = {articles, entities, entityIds: entities.map(entity => newId(entity.name, entity.kind)), mentionsOf, datelineEndOf, newId};
	const {people, organizations, places, explanations: entityExplanations} = entityRecords(context);
	const {quotes: allQuotes, explanations: quoteExplanations} = quoteRecords(context);
	const quotes = mergeRepeats(allQuotes);
	// What an event or a fact involves is what its sentence names, not the dateline before it: the
	// wire's city ("MOSCOW/SEOUL -") is where the story was filed, not where it happens.
	const newsMentionsOf = (paragraph: AnalysedParagraph) => {
		const end = datelineEndOf(paragraph);
		return end < 0 ? mentionsOf(paragraph) : mentionsOf(paragraph).filter(mention => mention.start > end);
	};
	const newsContext = {...context, mentionsOf: newsMentionsOf};
	const dated = datedEvents(newsContext);
	const facts = mergeRepeats(factRecords(newsContext));
	const {events: told, differences: dateDifferences, claims} = mergeEvents(dated, context, facts.length);
	const entityNames = namingWords([...people, ...organizations, ...places]);
	const publishedOf = new Map(articles.flatMap(({article}) => (article.published ? [[article.id, article.published] as const] : [])));
	const entityTerms = entityTermsOf(people, [...organizations, ...places]);
	const {events, joined, settled} = mergeHappenings([], told, {entityNames, publishedOf, entityTerms});
	// A forecast another article reports done leaves To watch.
	facts.splice(0, facts.length, ...settleByOwnLead(settleForecastFacts(facts, settled), articles.map(({article}) => article)));
	confirmFromLeads(events, facts, publishedOf, {entityNames});
	confirmFromSentences({events, articles: articles.map(({article}) => article), publishedOf, entityTerms, personIds: new Set(people.map(person => person.id))});
	// A side that now names the event it was joined to. Two outlets dating one happening differently stay
	// a difference though their events are now one: each side is its own article's citation of it.
	// Not a day inside the month another gives: that is one date told more or less precisely.
	const toldById = new Map(told.map(event => [event.id, event]));
	const datesClash = (difference: (typeof dateDifferences)[number]) => {
		const dates = difference.sides.flatMap(side => side.refs.map(ref => toldById.get(ref))).filter(event => event !== undefined);
		return dates.length >= 2 && dates.every(event => event.precision === 'day' && !event.dateEnd) && new Set(dates.map(event => event.date)).size >= 2;
	};
	const differences = dateDifferences
		.filter(difference => new Set(difference.sides.flatMap(side => side.refs.map(ref => joined.get(ref) ?? ref))).size >= 2 || datesClash(difference))
		.map(difference => ({...difference, sides: difference.sides.map(side => ({...side, refs: [...new Set(side.refs.map(ref => joined.get(ref) ?? ref))]}))}));
	// Leads that tell one happening are one key fact; the facts passed on are copies, the events' own.
	const {facts: leadsFolded} = foldLeadsByEvent(facts.map(fact => ({...fact, cites: [...fact.cites]})), events);
	const {facts: ranked, conflicts} = rankKeyFacts(leadsFolded, events);
	const citesById = new Map([...events, ...ranked, ...claims].map(item => [item.id, item.cites]));
	differences.push(...conflictDifferences(conflicts, articles.map(({article}) => article), fallback => newId('', fallback), {differences: [...differences], citesOf: id => citesById.get(id) ?? []}));
	differences.push(...stayStartDifferences(events, articles.map(({article}) => article), fallback => newId('', fallback), differences));
	const voice = voiceDifferences(articles.map(({article}) => article), [...ranked, ...claims], fallback => newId('', fallback));
	const figures = figureDifferences(articles.map(({article}) => article), [...ranked, ...claims, ...voice.facts], fallback => newId('', fallback));
	differences.push(...voice.differences, ...figures.differences);
	const firstArticle = articles[0]!.article;
	const title = articles.length === 1 ? firstArticle.title : storyTitle(articles.map(({article}) => article.title));
	const summary = storySummary(articles.map(({article}) => article), ranked, events);
	const story: StoryFile = {
		schemaVersion: 1,
		story: {
			id: storyIdOf(firstArticle.title) || `imported-story-${key}`,
			title,
			summary,
			// Fingerprints of the generated text: a later import rebuilds only what no one has edited since.
			generated: {title: fingerprint(title), summary: fingerprint(summary), keyFacts: keyFactsFingerprint(ranked)},
		},
		articles: articles.map(entry => entry.article),
		people,
		organizations,
		places,
		facts: [...ranked, ...claims, ...voice.facts, ...figures.facts],
		events: events.toSorted(compareEvents),
		quotes,
		differences,
	};
	const keptQuotes = new Set(quotes.map(quote => quote.id));
	// One entry per entity: variants the name grouping kept apart (initials, a region's other name) join.
	const whole = mergeDuplicateEntities(story);
	const keptEntities = new Set([...whole.people, ...whole.organizations, ...whole.places].map(entity => entity.id));
	return {story: normaliseStory(whole), warnings, explanations: [...entityExplanations.filter(item => keptEntities.has(item.item)), ...quoteExplanations.filter(item => keptQuotes.has(item.item))]};
}

/**
 * The article as the story file records it: its metadata, where it came from (URL or file name), its
 * author when known, and its cleaned paragraphs, so "check the cited paragraph" has the text to check.
 */
function articleRecord(input: ArticleInput, known: {id: string; outlet: string; title: string; published?: string; basis: string; url?: string}): Article {
	const file = known.url || input.source === 'standard input' ? undefined : input.source;
	return {
		id: known.id,
		outlet: known.outlet,
		title: known.title,
		...(known.published ? {published: known.published} : {}),
		// A date read from the page or its dateline says so, rather than claiming a header gave it.
		publishedBasis: known.published && input.publishedFrom ? `Read from ${input.publishedFrom} (no Published: header line or --published was given).` : known.basis,
		...(known.url ? {url: known.url} : {}),
		...(file ? {file} : {}),
		note: 'Extracted automatically by summit-tui ingest: names, quotes, dates and facts are read by rules, not by a person. Check the cited paragraph before relying on an item.',
		...(input.metadata.author ? {author: input.metadata.author} : {}),
		paragraphs: input.paragraphs,
		sections: [],
	};
}

function hostOf(url: string): string | undefined {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return undefined;
	}
}

function isUrl(text: string): boolean {
	try {
		return ['http:', 'https:'].includes(new URL(text).protocol);
	} catch {
		return false;
	}
}


