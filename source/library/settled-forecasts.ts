import type {Citation, Fact} from '../model/schema.js';

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
