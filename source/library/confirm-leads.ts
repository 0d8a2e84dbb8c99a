import type {Fact, StoryEvent} from '../model/schema.js';
import {actionWords, citationKey, firstWords, happeningWords, plainWords, shared, type HappeningContext} from './merge-happenings.js';

/**
 * An article that tells a happening in its lead without a date ("Putin and Kim met at the cosmodrome",
 * published that day) confirms the event the others dated: the lead's key fact, sharing two participants
 * and the wording with an event of its publication day or the two days before (a print edition comes a
 * day after the news), adds its citation to it. A
 * fact further down ("it has been reported that …, which prompted her to ask for a separation") may
 * confirm an event of the three days before, with more words in common or the same verb of what was done.
 */
export function confirmFromLeads(events: StoryEvent[], leads: Fact[], publishedOf: Map<string, string>, {entityNames, today}: HappeningContext, existingIds = new Set<string>()): void {
	const byDay = new Map<string, StoryEvent[]>();
	for (const event of events) if (event.precision === 'day') byDay.set(event.date, [...(byDay.get(event.date) ?? []), event]);
	// A sentence an event already cites has its happening dated: it confirms nothing more. Another
	// sentence of the same paragraph may tell another happening ("… since January 2015. Weiner … sent
	// photos to another woman, the Post reported.").
	const dated = new Map<string, string[]>();
	for (const event of events) for (const citation of event.cites) dated.set(citationKey(citation), [...(dated.get(citationKey(citation)) ?? []), plainWords(citation.excerpt)]);
	const sameSentence = (a: string, b: string) => a.includes(firstWords(b)) || b.includes(firstWords(a));
	for (const fact of leads) {
		const citation = fact.cites[0]!;
		const own = plainWords(fact.text);
		if (dated.get(citationKey(citation))?.some(excerpt => sameSentence(own, excerpt))) continue;
		const published = publishedOf.get(citation.article);
		if (!published || /\b\d{4}\b/u.test(fact.text)) continue;
		// A lead tells what happened that day or the day before; a sentence further down, told without a
		// date, may recall the last few days, and needs more in common to confirm one of them.
		const isLead = fact.category === 'key-fact' || citation.paragraph <= 2;
		if (!isLead && (fact.category === 'to-watch' || fact.category === 'unknown')) continue;
		const days = [0, 1, 2, ...(isLead ? [] : [3])].map(back => new Date(Date.parse(published) - back * 86_400_000).toISOString().slice(0, 10));
		const about = new Set(fact.about);
		const nameWords = new Set(fact.about.flatMap(id => (entityNames.get(id) ?? '').toLowerCase().split(/[^\p{L}]+/u)));
		const words = happeningWords(fact.text, nameWords);
		const actions = actionWords(fact.text, nameWords);
		let best: {event: StoryEvent; score: number} | undefined;
		for (const event of days.flatMap(day => byDay.get(day) ?? [])) {
			if (event.status !== 'happened' || event.cites.some(other => other.article === citation.article)) continue;
			const people = shared(about, event.involves);
			const eventText = [event.title, ...event.cites.map(other => other.excerpt)].join(' ');
			const common = shared(words, happeningWords(eventText, new Set()));
			const sameAction = shared(actions, actionWords(eventText, new Set())) >= 1;
			if (people < 2 || common < (isLead || sameAction ? 2 : 3)) continue;
			const score = people + common;
			if (!best || score > best.score) best = {event, score};
		}
		if (best) {
			best.event.cites.push(citation);
			if (today && existingIds.has(best.event.id)) best.event.updated = today;
		}
	}
}
