import {createHash} from 'node:crypto';
import type {Citation, Fact, StoryEvent, StoryFile} from './schema.js';

// The order of a story's key facts: the centre of the story first. The importer ranks them with it, and
// the loader lists key facts summit-tui chose in this order (an update appends to the file, so the
// file's order is the order the articles came in).

const citationKey = (citation: Citation) => `${citation.article}\u0000${citation.paragraph}`;

/**
 * Key-fact candidates (the articles' leads) in the order of the story's centre: told by more outlets
 * first, then those whose paragraph an event reported by more outlets cites (what the events involve),
 * then those about more of the story's entities, then the earlier.
 */
export function keyFactOrder(candidates: Fact[], events: StoryEvent[] = []): Fact[] {
	const eventReach = new Map<string, number>();
	for (const event of events) {
		const reach = new Set(event.cites.map(citation => citation.article)).size;
		for (const citation of event.cites) eventReach.set(citationKey(citation), Math.max(reach, eventReach.get(citationKey(citation)) ?? 0));
	}
	const order = new Map(candidates.map((fact, index) => [fact, index]));
	const outlets = (fact: Fact) => new Set(fact.cites.map(citation => citation.article)).size;
	const reach = (fact: Fact) => Math.max(0, ...fact.cites.map(citation => eventReach.get(citationKey(citation)) ?? 0));
	return candidates.toSorted((a, b) => outlets(b) - outlets(a) || reach(b) - reach(a) || b.about.length - a.about.length || order.get(a)! - order.get(b)!);
}

/**
 * The facts with the key facts first, in the order of the ranking (keyFactOrder), the others after them
 * as they were: every view lists key facts in the file's order, so the story's centre reads first and an
 * old forecast from the first article imported does not.
 */
export function keyFactsFirst(facts: Fact[], events: StoryEvent[] = []): Fact[] {
	const rank = new Map(keyFactOrder(facts.filter(fact => fact.category === 'key-fact'), events).map((fact, index) => [fact.id, index]));
	return facts.toSorted((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
}

/** Which facts are the key facts summit-tui chose: a fingerprint of their ids (story.generated.keyFacts). */
export const keyFactsFingerprint = (facts: Fact[]) =>
	fingerprint(
		facts
			.filter(fact => fact.category === 'key-fact')
			.map(fact => fact.id)
			.toSorted()
			.join('\n'),
	);

/** A short fingerprint of generated text: the file keeps it to tell generated text from a person's. */
export function fingerprint(text: string): string {
	return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/**
 * The facts as every view lists them: while the key facts are the ones summit-tui chose (the story's
 * fingerprint of them still matches), in the ranking's order; key facts a person chose, in the file's.
 */
export function factsInReadingOrder(story: StoryFile): Fact[] {
	const chosen = story.story.generated?.keyFacts;
	return chosen !== undefined && chosen === keyFactsFingerprint(story.facts) ? keyFactsFirst(story.facts, story.events) : story.facts;
}
