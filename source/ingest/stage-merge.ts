import type {Citation, Difference, Fact, StoryEvent} from '../model/schema.js';
import type {StageContext} from './stage-context.js';
import type {Dated} from './stage-events.js';

// The merge stage: the same event told in two places becomes one, cited twice; two articles that
// date the same thing differently keep both events, each side kept as a claim and listed as a difference.

const sharedCount = (a: Set<number>, b: Set<number>) => [...a].filter(item => b.has(item)).length;
const sameDate = (a: StoryEvent, b: StoryEvent) => a.date === b.date && a.precision === b.precision && (a.dateEnd ?? '') === (b.dateEnd ?? '');
/**
 * The same action (the clause's main verb; every verb of saying counts as one) on the same day by the
 * same entity, told in two places, is one event with both citations. Different dates in different
 * articles for the same thing make a difference: both events stay, each side is also kept as a claim.
 * "The same thing" is the same named thing the date is attached to ("its meeting on June 18" and
 * "its next meeting on June 19") with an entity in common, or the same action (not a saying) with two.
 */
// Verbs too light to tell one happening from another on their own.
const lightVerbs = new Set(['say', 'be', 'have', 'do', 'make', 'take', 'get', 'go', 'come', 'give', 'put', 'see', 'become', 'remain', 'continue', 'begin', 'start']);

/**
 * "A passenger ferry capsized off the islands on Friday" in one outlet, "The ferry MS X capsized off
 * Norway on Friday" in another: outlets name different things around one happening, so the same telling
 * verb on the same day in another article of the story is the same event even with no entity in common.
 */
function toldByAnother(a: Dated, b: Dated): boolean {
	return a.article !== b.article && a.event.precision === 'day' && a.action !== undefined && !lightVerbs.has(a.action);
}

export function mergeEvents(dated: Dated[], {articles, newId, entityIds}: StageContext, factCount: number): {events: StoryEvent[]; differences: Difference[]; claims: Fact[]} {
	const claims: Fact[] = [];
	const kept: Dated[] = [];
	for (const item of dated) {
		const same = kept.find(
			other =>
				sameDate(other.event, item.event) &&
				other.event.status === item.event.status &&
				other.action !== undefined &&
				other.action === item.action &&
				(sharedCount(other.involves, item.involves) >= 1 || toldByAnother(other, item)),
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
					id: newId('', `claim-${factCount + claims.length + 1}`),
					text: `${articles[side.article]!.article.outlet} dates this to ${side.event.dateEnd ? `${side.event.date} – ${side.event.dateEnd}` : side.event.date}: ${side.event.title}`,
					category: 'claim',
					about: side.event.involves,
					cites: side.event.cites.filter(citation => citation.article === articles[side.article]!.article.id),
				};
				claims.push(fact);
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
	return {events: kept.map(item => item.event), differences, claims};
}

const sameWords = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim();

/**
 * The same sentence from two outlets (wire copy printed twice) is one item cited twice: quotes with the
 * same words and the same speaker, facts with the same words. The first keeps its id.
 */
export function mergeRepeats<T extends {text: string; cites: Citation[]; speaker?: string}>(items: T[]): T[] {
	const kept = new Map<string, T>();
	for (const item of items) {
		const key = `${item.speaker ?? ''}\u0000${sameWords(item.text)}`;
		const earlier = kept.get(key);
		if (!earlier) kept.set(key, {...item, cites: [...item.cites]});
		else for (const citation of item.cites) if (!earlier.cites.some(other => other.article === citation.article && other.paragraph === citation.paragraph)) earlier.cites.push(citation);
	}
	return [...kept.values()];
}
