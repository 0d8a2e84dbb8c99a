import path from 'node:path';
import {compareEvents, normaliseStory} from '../model/normalise.js';
import type {Article, Citation, Difference, Fact, Organization, Person, Place, Quote, StoryEvent, StoryFile} from '../model/schema.js';
import {analyseArticles, endsLikeSentence} from './analyse.js';
import type {ArticleInput} from './article-input.js';
import {collectCaseEvidence, findNameOccurrences, groupEntities, type AnalysedParagraph, type ExtractedEntity} from './entities.js';
import {findDateMentions, publicationDay, type DateMention} from './event-dates.js';
import {findFacts} from './facts.js';
import {createMentionFinder, excerptOf, type Mention} from './mentions.js';
import {organizationHeads, speechVerbs} from './lexicon.js';
import {findQuotes} from './quotes.js';
import type {Sentence} from './tokens.js';

// From articles to one story file: entities over all articles at once (so one name is one entity in
// every article), then per article its quotes, dated events and facts, each cited by construction
// (article, paragraph, a verbatim excerpt of at most 30 words). Events on the same day about the same
// entities merge across articles; the same happening given different dates by two articles is kept
// from both sides as claims and listed as a difference.

export type IngestResult = {story: StoryFile; warnings: string[]};

/** An id from a name: ASCII letters and digits with hyphens ("Moon Jae-in" → moon-jae-in). */
export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[’']/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 48)
		.replace(/-+$/, '');
}

function createIds(): (base: string, fallback: string) => string {
	const used = new Set<string>();
	return (base, fallback) => {
		const root = slugify(base) || fallback;
		let id = root;
		for (let counter = 2; used.has(id); counter++) id = `${root}-${counter}`;
		used.add(id);
		return id;
	};
}

function sentenceAt(paragraph: AnalysedParagraph, offset: number): Sentence {
	return paragraph.sentences.find(sentence => offset < sentence.end) ?? paragraph.sentences.at(-1)!;
}

function cite(articleId: string, paragraph: AnalysedParagraph, focus: [number, number]): Citation {
	const sentence = sentenceAt(paragraph, focus[0]);
	const [start, end] = sentence ? [sentence.start, Math.max(sentence.end, focus[1])] : [0, paragraph.text.length];
	return {article: articleId, paragraph: paragraph.paragraph, excerpt: excerptOf(paragraph.text, start, end, focus)};
}

const headlineLike = (text: string) => !endsLikeSentence(text) && text.split(/\s+/).length <= 25;

/** The headline: the first leading line of four or more words that is not a sentence, else the first line. */
function guessTitle(paragraphs: string[]): string | undefined {
	const leading = paragraphs.slice(0, 4).filter(headlineLike);
	return leading.find(text => text.split(/\s+/).length >= 4) ?? paragraphs[0];
}


type ArticleContext = {input: ArticleInput; article: Article; paragraphs: AnalysedParagraph[]; reference?: Date};

/** Events before this many days ahead of publication are history rather than news. */
const historicalDays = 180;

function statusOf(mention: DateMention, reference: Date | undefined): StoryEvent['status'] {
	const last = mention.dateEnd ?? mention.date;
	const referenceDay = reference ? reference.toISOString().slice(0, 10) : undefined;
	if (referenceDay) {
		const lastDay = last.length === 4 ? `${last}-12-31` : last.length === 7 ? `${last}-31` : last;
		const firstDay = mention.date.length === 4 ? `${mention.date}-01-01` : mention.date.length === 7 ? `${mention.date}-01` : mention.date;
		if (firstDay > referenceDay) return 'expected';
		if (Date.parse(lastDay) < reference!.getTime() - historicalDays * 86_400_000) return 'historical';
	}
	return mention.tense === 'future' ? 'expected' : 'happened';
}

export function buildStory(inputs: ArticleInput[]): IngestResult {
	const warnings: string[] = [];
	const paragraphs = analyseArticles(inputs);
	const entities = groupEntities(findNameOccurrences(paragraphs, collectCaseEvidence(paragraphs)));
	const findMentions = createMentionFinder(entities);
	const mentionCache = new Map<AnalysedParagraph, Mention[]>();
	const mentionsOf = (paragraph: AnalysedParagraph) => {
		let mentions = mentionCache.get(paragraph);
		if (!mentions) mentionCache.set(paragraph, (mentions = findMentions(paragraph)));
		return mentions;
	};
	const kinds = entities.map(entity => entity.kind);
	// The common nouns that can stand for each organisation: the last word of its name when that is the
	// head of an institution's name ("the bank" for Norges Bank), and what the text called it ("agency").
	const nouns = entities.map(entity => {
		if (entity.kind !== 'organization') return new Set<string>();
		const last = entity.name.split(/\s+/).at(-1)!.toLowerCase();
		return new Set([...(organizationHeads.has(last) ? [last] : []), ...(entity.type ? [entity.type.toLowerCase()] : [])]);
	});
	const newId = createIds();

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

	const entityIds = entities.map(entity => newId(entity.name, entity.kind));
	const people: Person[] = [];
	const organizations: Organization[] = [];
	const places: Place[] = [];
	entities.forEach((entity, index) => {
		const cites = entityCitations(entity, index, articles, mentionsOf);
		const base = {id: entityIds[index]!, name: entity.name, aliases: entity.aliases, description: describeEntity(entity, articles), cites};
		if (entity.kind === 'person') people.push({...base, ...(entity.role ? {role: entity.role} : {}), organizations: []});
		else if (entity.kind === 'organization') organizations.push({...base, kind: entity.type ?? 'Organisation'});
		else places.push({...base, kind: entity.type ?? 'Place'});
	});

	const quotes: Quote[] = [];
	const facts: Fact[] = [];
	const dated: Dated[] = [];
	articles.forEach(({article, paragraphs: own, reference}, articleIndex) => {
		for (const quote of findQuotes(own, mentionsOf, {kinds, nouns})) {
			const text = quote.span.text.trim();
			quotes.push({
				id: newId('', `quote-${quotes.length + 1}`),
				...(quote.speaker === undefined ? {} : {speaker: entityIds[quote.speaker]!}),
				text,
				...(quote.sentence.text.length <= 400 ? {context: quote.sentence.text} : {}),
				cites: [cite(article.id, quote.paragraph, [quote.span.start, quote.span.end])],
			});
		}
		for (const paragraph of own) {
			// The headline repeats the story; its dates are the body's.
			if (paragraph.headline || (headlineLike(paragraph.text) && (paragraph.paragraph === 1 || paragraph.text === article.title))) continue;
			for (const sentence of paragraph.sentences) {
				const mentions = findDateMentions(sentence, reference);
				const byDate = new Map<string, DateMention>();
				for (const mention of mentions) {
					const key = `${mention.date}/${mention.dateEnd ?? ''}`;
					if (!byDate.has(key)) byDate.set(key, mention);
				}
				const involved = mentionsOf(paragraph).filter(mention => mention.start >= sentence.start && mention.end <= sentence.end);
				for (const mention of byDate.values()) {
					const involves = new Set(involved.map(item => item.entity));
					dated.push({
						article: articleIndex,
						involves,
						action: mention.action && speechVerbs.has(mention.action) ? 'say' : mention.action,
						topic: mention.topic,
						event: {
							id: newId('', `event-${dated.length + 1}`),
							date: mention.date,
							precision: mention.precision,
							...(mention.dateEnd ? {dateEnd: mention.dateEnd} : {}),
							dateEither: mention.dateEither ?? false,
							...(mention.basis ? {dateBasis: mention.basis} : {}),
							status: statusOf(mention, reference),
							title: eventTitle(sentence.text),
							involves: [...involves].map(entity => entityIds[entity]!),
							cites: [cite(article.id, paragraph, [mention.start, mention.end])],
						},
					});
				}
			}
		}
		for (const fact of findFacts(own, mentionsOf)) {
			facts.push({
				id: newId('', `fact-${facts.length + 1}`),
				text: fact.sentence.text,
				category: fact.category,
				about: [...new Set(fact.mentions.map(mention => entityIds[mention.entity]!))],
				cites: [cite(article.id, fact.paragraph, [fact.sentence.start, fact.sentence.end])],
			});
		}
	});

	const {events, differences} = mergeEvents(dated, articles, facts, newId, entityIds);
	const firstArticle = articles[0]!.article;
	const story: StoryFile = {
		schemaVersion: 1,
		story: {
			id: slugify(firstArticle.title) || 'imported-story',
			title: articles.length === 1 ? firstArticle.title : `${firstArticle.title} (and ${articles.length - 1} more ${articles.length === 2 ? 'article' : 'articles'})`,
			summary: storySummary(articles, facts),
		},
		articles: articles.map(entry => entry.article),
		people,
		organizations,
		places,
		facts,
		events: events.toSorted(compareEvents),
		quotes,
		differences,
	};
	return {story: normaliseStory(story), warnings};
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

/** A title from a sentence: the sentence itself, cut after 30 words when longer. */
function eventTitle(sentence: string): string {
	const words = sentence.split(/\s+/);
	if (words.length <= 30) return sentence;
	return `${words.slice(0, 30).join(' ').replace(/[,;:]$/, '')} …`;
}

function entityCitations(entity: ExtractedEntity, index: number, articles: ArticleContext[], mentionsOf: (paragraph: AnalysedParagraph) => Mention[]): Citation[] {
	const cites: Citation[] = [];
	for (const {article, paragraphs} of articles) {
		let perArticle = 0;
		for (const paragraph of paragraphs) {
			const mention = mentionsOf(paragraph).find(item => item.entity === index);
			if (!mention) continue;
			cites.push(cite(article.id, paragraph, [mention.start, mention.end]));
			if (++perArticle === 3) break;
		}
	}
	return cites;
}

function describeEntity(entity: ExtractedEntity, articles: ArticleContext[]): string {
	const byArticle = new Map<number, number>();
	for (const occurrence of entity.occurrences) byArticle.set(occurrence.article, (byArticle.get(occurrence.article) ?? 0) + 1);
	const parts = [...byArticle].map(([article, count]) => `${articles[article]!.article.outlet} (${count}×)`);
	const kind = entity.kind === 'person' ? 'Person' : entity.kind === 'organization' ? 'Organisation' : 'Place';
	return `${kind} named in ${parts.join(' and ')}. Found automatically; the citations show where.`;
}

function storySummary(articles: ArticleContext[], facts: Fact[]): string {
	const leads = articles.map(({article}) => facts.find(fact => fact.category === 'key-fact' && fact.cites[0]!.article === article.id)?.text).filter(Boolean);
	const sources = articles.map(({article}) => `${article.outlet} (${article.published ?? 'date not given'})`).join(', ');
	return `${leads.join(' ')}${leads.length > 0 ? '\n\n' : ''}Imported automatically from ${articles.length === 1 ? 'one article' : `${articles.length} articles`}: ${sources}.`;
}

type Dated = {event: StoryEvent; article: number; involves: Set<number>; action?: string; topic?: string};

const sharedCount = (a: Set<number>, b: Set<number>) => [...a].filter(item => b.has(item)).length;
const sameDate = (a: StoryEvent, b: StoryEvent) => a.date === b.date && a.precision === b.precision && (a.dateEnd ?? '') === (b.dateEnd ?? '');
/**
 * The same action (the clause's main verb; every verb of saying counts as one) on the same day by the
 * same entity, told in two places, is one event with both citations. Different dates in different
 * articles for the same thing make a difference: both events stay, each side is also kept as a claim.
 * "The same thing" is the same named thing the date is attached to ("its meeting on June 18" and
 * "its next meeting on June 19") with an entity in common, or the same action (not a saying) with two.
 */
function mergeEvents(
	dated: Dated[],
	articles: ArticleContext[],
	facts: Fact[],
	newId: (base: string, fallback: string) => string,
	entityIds: string[],
): {events: StoryEvent[]; differences: Difference[]} {
	const kept: Dated[] = [];
	for (const item of dated) {
		const same = kept.find(
			other =>
				sameDate(other.event, item.event) &&
				other.event.status === item.event.status &&
				other.action !== undefined &&
				other.action === item.action &&
				sharedCount(other.involves, item.involves) >= 1,
		);
		if (same) {
			for (const citation of item.event.cites) if (!same.event.cites.some(existing => existing.article === citation.article && existing.paragraph === citation.paragraph)) same.event.cites.push(citation);
			for (const entity of item.involves) same.involves.add(entity);
			same.event.involves = [...same.involves].map(entity => entityIds[entity]!);
		} else kept.push(item);
	}
	const differences: Difference[] = [];
	const paired = new Set<string>();
	for (const [index, a] of kept.entries()) {
		for (const b of kept.slice(index + 1)) {
			if (a.article === b.article || sameDate(a.event, b.event) || a.event.status === 'historical' || b.event.status === 'historical') continue;
			if (a.event.cites.some(citation => b.event.cites.some(other => other.article === citation.article))) continue;
			const shared = sharedCount(a.involves, b.involves);
			const sameTopic = a.topic !== undefined && a.topic === b.topic && shared >= 1;
			const sameAction = a.action !== undefined && a.action === b.action && a.action !== 'say' && shared >= 2;
			if (!sameTopic && !sameAction) continue;
			const key = `${a.event.id}/${b.event.id}`;
			if (paired.has(key)) continue;
			paired.add(key);
			const sides = [a, b].map(side => {
				const fact: Fact = {
					id: newId('', `claim-${facts.length + 1}`),
					text: `${articles[side.article]!.article.outlet} dates this to ${side.event.dateEnd ? `${side.event.date} – ${side.event.dateEnd}` : side.event.date}: ${side.event.title}`,
					category: 'claim',
					about: side.event.involves,
					cites: side.event.cites.filter(citation => citation.article === articles[side.article]!.article.id),
				};
				facts.push(fact);
				return {article: articles[side.article]!.article.id, refs: [side.event.id]};
			});
			differences.push({
				id: newId('', `difference-${differences.length + 1}`),
				topic: sameTopic ? `Date of the ${a.topic}` : `When: ${a.event.title.split(/\s+/).slice(0, 8).join(' ')} …`,
				note: `${articles[a.article]!.article.outlet} gives ${a.event.date}${a.event.dateEnd ? ` – ${a.event.dateEnd}` : ''}; ${articles[b.article]!.article.outlet} gives ${b.event.date}${b.event.dateEnd ? ` – ${b.event.dateEnd}` : ''}. Found automatically: both sentences date ${sameTopic ? `the same "${a.topic}"` : `the same action ("${a.action}")`} about the same people, bodies or places.`,
				sides,
			});
		}
	}
	return {events: kept.map(item => item.event), differences};
}
