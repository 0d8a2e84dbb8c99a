import {clutterKind} from '../ingest/clutter-shapes.js';
import type {Article, Citation, Fact, StoryEvent, StoryFile} from '../model/schema.js';
import {happeningWords} from './merge-happenings.js';
import {fingerprint, keyFactOrder, keyFactsFingerprint, keyFactsFirst} from '../model/key-fact-order.js';

export {fingerprint, keyFactOrder, keyFactsFingerprint, keyFactsFirst};

// What a story says first: its key facts (a few, ranked), the summary built from them, and a title from
// the words the headlines share. The title and the summary are generated text; the story file records a
// fingerprint of each (story.generated), so a later import rebuilds them only while they are still the
// generated text: a title or summary a person wrote or edited no longer matches and is kept.

/** At most this many key facts: the few sentences at the centre of the story. */
export const keyFactLimit = 7;

const citationKey = (citation: Citation) => `${citation.article}\u0000${citation.paragraph}`;
const noNames = new Set<string>();

/** The figures a sentence gives ("April 2", "22 dead", "1,500km"): digits with their separators. */
const figuresOf = (text: string) => [...text.matchAll(/\d+(?:[.,]\d+)*/gu)].map(match => match[0].replace(/,/gu, '')).toSorted().join(' ');

/** Two facts that say the same thing with different figures: where two outlets differ. */
export type FactConflict = {first: Fact; second: Fact; kind: 'figures' | 'attribution'};

const attributed = (text: string) => /\b(?:said|says|told|reported|according to|claimed|alleged|citing)\b/iu.test(text);

/**
 * The same sentence told by several outlets (nearly the same words, in the same category, with the same
 * figures) is one fact cited by each. The first keeps its text and id; facts in `referenced` (a
 * difference's sides) are never merged. Nearly the same words with other figures ("reopens on April 2"
 * against "on April 9") are not merged but listed as a conflict.
 */
export function mergeNearDuplicateFacts(facts: Fact[], referenced = new Set<string>()): Fact[] {
	return foldFacts(facts, referenced).facts;
}

export function foldFacts(facts: Fact[], referenced = new Set<string>(), existing = new Set<string>()): {facts: Fact[]; conflicts: FactConflict[]} {
	type Entry = {fact: Fact; words: Set<string>; figures: string};
	const kept: Entry[] = [];
	const conflicts: FactConflict[] = [];
	const byWord = new Map<string, Entry[]>();
	for (const fact of facts) {
		// A fact a difference stands on stays itself.
		if (referenced.has(fact.id)) {
			kept.push({fact, words: new Set(), figures: ''});
			continue;
		}
		const words = happeningWords(fact.text.replace(/\d+(?:[.,]\d+)*/gu, ' '), noNames);
		const figures = figuresOf(fact.text);
		const candidates = new Set([...words].flatMap(word => byWord.get(word) ?? []));
		const similar = [...candidates].filter(other => {
			let common = 0;
			for (const word of words) if (other.words.has(word)) common++;
			return common >= 4 && common / (words.size + other.words.size - common) >= 0.6;
		});
		// A fact the story already has (`existing`) stays itself: only new facts fold into one.
		const same = existing.has(fact.id) ? undefined : similar.find(other => other.figures === figures && other.fact.category === fact.category);
		if (same) {
			const known = new Set(same.fact.cites.map(citationKey));
			same.fact.cites.push(...fact.cites.filter(citation => !known.has(citationKey(citation))));
			same.fact.about = [...new Set([...same.fact.about, ...fact.about])];
			continue;
		}
		const entry = {fact: {...fact, cites: [...fact.cites]}, words, figures};
		const differing = similar.find(other => other.figures !== figures && other.figures !== '' && figures !== '' && !other.fact.cites.some(citation => fact.cites.some(mine => mine.article === citation.article)));
		const otherArticles = (other: Entry) => !other.fact.cites.some(citation => fact.cites.some(mine => mine.article === citation.article));
		// One outlet says it in its own voice, another says who says it.
		const voiced = similar.find(other => other.figures === figures && otherArticles(other) && attributed(other.fact.text) !== attributed(fact.text));
		if (differing) conflicts.push({first: differing.fact, second: entry.fact, kind: 'figures'});
		else if (voiced) conflicts.push({first: voiced.fact, second: entry.fact, kind: 'attribution'});
		kept.push(entry);
		for (const word of words) byWord.set(word, [...(byWord.get(word) ?? []), entry]);
	}
	return {facts: kept.map(entry => entry.fact), conflicts};
}

/** What a lead sentence past the limit becomes: a claim when it is attributed, else context. */
export const demotedCategory = (fact: Fact): Fact['category'] => (/\b(?:said|says|reported|according to|told)\b/iu.test(fact.text) ? 'claim' : 'context');

/**
 * Key facts ranked (keyFactOrder); never a caption, credit, dateline or wire line. Past the limit, a
 * lead sentence stays a fact, as a claim when it is attributed and as context otherwise.
 */
export function rankKeyFacts(facts: Fact[], events: StoryEvent[] = []): {facts: Fact[]; conflicts: FactConflict[]} {
	const {facts: merged, conflicts} = foldFacts(facts.filter(fact => !clutterKind(fact.text)));
	const ranked = keyFactOrder(merged.filter(fact => fact.category === 'key-fact'), events);
	const keep = new Set(ranked.slice(0, keyFactLimit));
	const result = merged.map(fact => (fact.category === 'key-fact' && !keep.has(fact) ? {...fact, category: demotedCategory(fact)} : fact));
	return {facts: keyFactsFirst(result, events), conflicts};
}

/**
 * Key facts that tell the same happening (their lead paragraphs are cited by one event) are one: each
 * article's first such fact folds into the first, which gains its citation. Facts in `keep` (a story's
 * existing facts) are never folded away; the one they fold into is returned in `updated`.
 */
export function foldLeadsByEvent(facts: Fact[], events: StoryEvent[], keep = new Set<string>()): {facts: Fact[]; updated: Set<string>} {
	const eventOf = new Map<string, string>();
	for (const event of events) for (const citation of event.cites) if (!eventOf.has(citationKey(citation))) eventOf.set(citationKey(citation), event.id);
	const first = new Map<string, Fact>();
	const folded = new Set<string>();
	const updated = new Set<string>();
	const seenArticles = new Map<string, Set<string>>();
	for (const fact of facts) {
		if (fact.category !== 'key-fact' || fact.cites.length === 0) continue;
		const event = eventOf.get(citationKey(fact.cites[0]!));
		if (!event) continue;
		const articles = seenArticles.get(event) ?? new Set<string>();
		seenArticles.set(event, articles);
		const article = fact.cites[0]!.article;
		const target = first.get(event);
		if (!target) {
			first.set(event, fact);
			articles.add(article);
			continue;
		}
		// Other figures are where the outlets differ, not one fact.
		if (articles.has(article) || keep.has(fact.id) || figuresOf(fact.text) !== figuresOf(target.text)) continue;
		articles.add(article);
		const known = new Set(target.cites.map(citationKey));
		target.cites = [...target.cites, ...fact.cites.filter(citation => !known.has(citationKey(citation)))];
		target.about = [...new Set([...target.about, ...fact.about])];
		folded.add(fact.id);
		if (keep.has(target.id)) updated.add(target.id);
	}
	return {facts: facts.filter(fact => !folded.has(fact.id)), updated};
}

/** The summary: the first three key facts as ranked (keyFactOrder), each followed by the outlets telling it. */
export function storySummary(articles: Article[], facts: Fact[], events: StoryEvent[] = []): string {
	const outletOf = new Map(articles.map(article => [article.id, article.outlet]));
	const lines = keyFactOrder(facts.filter(fact => fact.category === 'key-fact' && !clutterKind(fact.text)), events)
		.slice(0, 3)
		.map(fact => `${fact.text} [${[...new Set(fact.cites.map(citation => outletOf.get(citation.article) ?? citation.article))].join(', ')}]`);
	const sources = articles.map(article => `${article.outlet} (${article.published ?? 'date not given'})`).join(', ');
	return `${lines.join(' ')}${lines.length > 0 ? '\n\n' : ''}Imported automatically from ${articles.length === 1 ? 'one article' : `${articles.length} articles`}: ${sources}.`;
}

/** A title in use gives way only to a headline sharing this much more with the others (a fifth more words). */
const titleChangeMargin = 1.2;

/**
 * The headline that shares the most words with the others (the story's common words), or the only one;
 * on a tie the earlier headline. A title in use (`current`, one of the headlines) stays unless another
 * has clearly become the consensus: each article shifts the counts a little, and a title that changed
 * back and forth with them would read as several stories.
 */
export function storyTitle(titles: string[], current?: string): string {
	if (titles.length === 1) return titles[0]!;
	const words = titles.map(title => happeningWords(title, noNames));
	const scores = words.map((own, index) => {
		let score = 0;
		for (const [other, theirs] of words.entries()) if (other !== index) for (const word of own) if (theirs.has(word)) score++;
		return score;
	});
	const best = scores.indexOf(Math.max(...scores));
	const kept = current === undefined ? -1 : titles.indexOf(current);
	return kept >= 0 && scores[best]! <= scores[kept]! * titleChangeMargin ? titles[kept]! : titles[best]!;
}

/**
 * The story header with its title and summary rebuilt where they are still the generated ones;
 * `keyFactsChosen`: the key facts were chosen again by the ranking, so their fingerprint is renewed.
 */
export function refreshGenerated(story: StoryFile, keyFactsChosen = false): StoryFile['story'] {
	const header = story.story;
	// A header with nothing generated (written by a person, or by an older summit-tui) is left as it is.
	if (!header.generated) return header;
	const generated = header.generated;
	const title = generated.title === fingerprint(header.title) ? storyTitle(story.articles.map(article => article.title), header.title) : header.title;
	const summary = generated.summary === fingerprint(header.summary) ? storySummary(story.articles, story.facts, story.events) : header.summary;
	return {
		...header,
		title,
		summary,
		generated: {
			...(generated.title === fingerprint(header.title) ? {title: fingerprint(title)} : {}),
			...(generated.summary === fingerprint(header.summary) ? {summary: fingerprint(summary)} : {}),
			...(keyFactsChosen ? {keyFacts: keyFactsFingerprint(story.facts)} : {}),
		},
	};
}
