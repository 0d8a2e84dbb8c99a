import {createHash} from 'node:crypto';
import {clutterKind} from '../ingest/clutter-shapes.js';
import type {Article, Citation, Fact, StoryFile} from '../model/schema.js';
import {happeningWords} from './merge-happenings.js';

// What a story says first: its key facts (a few, ranked), the summary built from them, and a title from
// the words the headlines share. The title and the summary are generated text; the story file records a
// fingerprint of each (story.generated), so a later import rebuilds them only while they are still the
// generated text: a title or summary a person wrote or edited no longer matches and is kept.

/** At most this many key facts: the few sentences at the centre of the story. */
export const keyFactLimit = 7;

const citationKey = (citation: Citation) => `${citation.article}\u0000${citation.paragraph}`;
const noNames = new Set<string>();

/**
 * The same sentence told by several outlets (nearly the same words, in the same category) is one fact
 * cited by each. The first keeps its text and id; facts in `referenced` (a difference's sides) are never merged.
 */
export function mergeNearDuplicateFacts(facts: Fact[], referenced = new Set<string>()): Fact[] {
	const kept: Array<{fact: Fact; words: Set<string>}> = [];
	const byWord = new Map<string, Array<{fact: Fact; words: Set<string>}>>();
	for (const fact of facts) {
		// A fact a difference stands on stays itself.
		if (referenced.has(fact.id)) {
			kept.push({fact, words: new Set()});
			continue;
		}
		const words = happeningWords(fact.text, noNames);
		const candidates = new Set([...words].flatMap(word => byWord.get(word) ?? []));
		const same = [...candidates].find(other => {
			if (other.fact.category !== fact.category) return false;
			let common = 0;
			for (const word of words) if (other.words.has(word)) common++;
			return common >= 4 && common / (words.size + other.words.size - common) >= 0.6;
		});
		if (same) {
			const known = new Set(same.fact.cites.map(citationKey));
			same.fact.cites.push(...fact.cites.filter(citation => !known.has(citationKey(citation))));
			same.fact.about = [...new Set([...same.fact.about, ...fact.about])];
			continue;
		}
		const entry = {fact: {...fact, cites: [...fact.cites]}, words};
		kept.push(entry);
		for (const word of words) byWord.set(word, [...(byWord.get(word) ?? []), entry]);
	}
	return kept.map(entry => entry.fact);
}

/**
 * Key facts ranked: told by more outlets first, then the earlier articles' leads, then those about more
 * of the story's entities; never a caption, credit, dateline or wire line. Past the limit, a lead
 * sentence stays a fact, as a claim when it is attributed and as context otherwise.
 */
export function rankKeyFacts(facts: Fact[]): Fact[] {
	const merged = mergeNearDuplicateFacts(facts.filter(fact => !clutterKind(fact.text)));
	const candidates = merged.filter(fact => fact.category === 'key-fact');
	const order = new Map(candidates.map((fact, index) => [fact, index]));
	const outlets = (fact: Fact) => new Set(fact.cites.map(citation => citation.article)).size;
	const ranked = candidates.toSorted((a, b) => outlets(b) - outlets(a) || b.about.length - a.about.length || order.get(a)! - order.get(b)!);
	const keep = new Set(ranked.slice(0, keyFactLimit));
	const demoted = (fact: Fact): Fact['category'] => (/\b(?:said|says|reported|according to|told)\b/iu.test(fact.text) ? 'claim' : 'context');
	const result = merged.map(fact => (fact.category === 'key-fact' && !keep.has(fact) ? {...fact, category: demoted(fact)} : fact));
	// Ranked key facts first, so that every view lists them in the order of the ranking.
	const rank = new Map(ranked.map((fact, index) => [fact.id, index]));
	return result.toSorted((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
}

/** The summary: up to three key facts in rank order, each followed by the outlets that report it. */
export function storySummary(articles: Article[], facts: Fact[]): string {
	const outletOf = new Map(articles.map(article => [article.id, article.outlet]));
	const lines = facts
		.filter(fact => fact.category === 'key-fact' && !clutterKind(fact.text))
		.slice(0, 3)
		.map(fact => `${fact.text} [${[...new Set(fact.cites.map(citation => outletOf.get(citation.article) ?? citation.article))].join(', ')}]`);
	const sources = articles.map(article => `${article.outlet} (${article.published ?? 'date not given'})`).join(', ');
	return `${lines.join(' ')}${lines.length > 0 ? '\n\n' : ''}Imported automatically from ${articles.length === 1 ? 'one article' : `${articles.length} articles`}: ${sources}.`;
}

/** The headline that shares the most words with the others (the story's common words), or the only one. */
export function storyTitle(titles: string[]): string {
	if (titles.length === 1) return titles[0]!;
	const words = titles.map(title => happeningWords(title, noNames));
	let best = 0;
	let bestScore = -1;
	for (const [index, own] of words.entries()) {
		let score = 0;
		for (const [other, theirs] of words.entries()) if (other !== index) for (const word of own) if (theirs.has(word)) score++;
		// A shorter headline says the common part more plainly.
		const adjusted = score / Math.sqrt(Math.max(own.size, 1));
		if (adjusted > bestScore) [best, bestScore] = [index, adjusted];
	}
	return titles[best]!;
}

/** A short fingerprint of generated text: the file keeps it to tell generated text from a person's. */
export function fingerprint(text: string): string {
	return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/** The story header with its title and summary rebuilt where they are still the generated ones. */
export function refreshGenerated(story: StoryFile): StoryFile['story'] {
	const header = story.story;
	const generated = header.generated ?? {};
	const title = generated.title === fingerprint(header.title) ? storyTitle(story.articles.map(article => article.title)) : header.title;
	const summary = generated.summary === fingerprint(header.summary) ? storySummary(story.articles, story.facts) : header.summary;
	return {
		...header,
		title,
		summary,
		generated: {...(generated.title === fingerprint(header.title) ? {title: fingerprint(title)} : {}), ...(generated.summary === fingerprint(header.summary) ? {summary: fingerprint(summary)} : {})},
	};
}
