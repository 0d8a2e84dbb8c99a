import type {Article, Citation, Fact} from '../model/schema.js';
import {actionWords, happeningWords} from './merge-happenings.js';

// A forecast that came true is no longer to watch. When an event that was expected is joined by a
// report of it done (merge-happenings.ts), the To watch facts told in the same sentences as the
// forecast become context: what was said would come, and then came.

const plainWords = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

/** The facts with the forecasts (the settled events' citations before the report) moved out of To watch, updated `today` when given. */
export function settleForecastFacts(facts: Fact[], settled: Map<string, Citation[]>, today?: string): Fact[] {
	if (settled.size === 0) return facts;
	const forecastCites = [...settled.values()].flat();
	const tellsForecast = (fact: Fact) =>
		fact.cites.some(citation =>
			forecastCites.some(other => {
				if (other.article !== citation.article || other.paragraph !== citation.paragraph) return false;
				const [a, b] = [plainWords(other.excerpt), plainWords(fact.text)];
				return b.includes(a.split(' ').slice(0, 6).join(' ')) || a.includes(b.split(' ').slice(0, 6).join(' '));
			}),
		);
	return facts.map(fact => (fact.category === 'to-watch' && tellsForecast(fact) ? {...fact, category: 'context' as const, ...(today ? {updated: today} : {})} : fact));
}

// A wire story updated through the day keeps in its body what was announced before ("The two leaders
// will tour the yard and then sit down for talks, state media reported") while its new lead tells it
// done ("The talks began after the two toured the yard"). Such a forecast is context, not To watch.
const ahead = /\b(?:will|would|(?:is|are) (?:expected|set|due|scheduled|going) to)\b/iu;
const notDone = /\b(?:will|would|could|might|may|shall|should|must|expected|likely|if|unless|whether|not|never)\b|\?/iu;
const sentenceEnd = /(?<=[.!?][”"’)]?)\s+(?=[\p{Lu}“"‘(])/u;
// Words of what is done, not who: lower-case words of four letters or more, reduced to a shared stem.
const doneWords = (text: string) => happeningWords(text.replace(/\b\p{Lu}[\p{L}'’-]*/gu, ' '), new Set());
/** Words of being a story's subject or of telling it, which any two sentences of one story share. */
const storyWords = doneWords('leaders officials reported state media news agency visit meeting');

/** The To watch facts below their article's lead that the lead already tells done, moved to context. */
export function settleByOwnLead(facts: Fact[], articles: Article[]): Fact[] {
	const leadOf = new Map(
		articles.map(article => {
			const lead = (article.paragraphs ?? []).slice(0, 2).join(' ');
			// The lead's sentences told as done: a past verb of what was done and nothing still ahead.
			const done = lead.split(sentenceEnd).filter(sentence => !notDone.test(sentence) && actionWords(sentence, new Set()).size > 0);
			return [article.id, done.map(doneWords)] as const;
		}),
	);
	return facts.map(fact => {
		const citation = fact.cites[0];
		if (fact.category !== 'to-watch' || !citation || citation.paragraph <= 2 || !ahead.test(fact.text) || /\b(?:concern|fear|warn|worr)/iu.test(fact.text)) return fact;
		const forecast = [...doneWords(fact.text)].filter(word => !storyWords.has(word));
		const told = leadOf.get(citation.article)?.some(words => forecast.filter(word => words.has(word)).length >= 2);
		return told ? {...fact, category: 'context' as const} : fact;
	});
}
