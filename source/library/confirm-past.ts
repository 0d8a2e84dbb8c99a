import {excerptOf} from '../ingest/mentions.js';
import type {Article, StoryEvent} from '../model/schema.js';
import {articleSentences} from './article-sentences.js';
import {namesFinder, type EntityTerms} from './entity-terms.js';
import {actionWords, citationKey, firstWords, plainWords} from './merge-happenings.js';

// One event per happening, for past happenings an outlet recalls without their year. A name that only
// one past happening of the story involves (an alias used once, a ship, a victim) says which happening a
// sentence tells: "Lima wrote under the name 'Red Fox', and was found out" is the happening another
// outlet dated "in 2013, when she used the alias Red Fox". With another of its participants named, and
// told as done, the sentence confirms that event.

const notDone = /\b(?:will|would|could|might|may|shall|should|must|expected|likely|if|unless|whether|never)\b|\?/iu;
// A year, a month or a day of its own: the events stage dated that sentence already.
const ownTime = /\b(?:\d{4}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|june|july|august|september|october|november|december|yesterday|today|ago|last (?:week|month|year))\b/iu;

export type PastConfirmation = {events: StoryEvent[]; articles: Article[]; entityTerms: EntityTerms; canTake: (event: StoryEvent) => boolean; today?: string; existingIds: Set<string>; personIds: Set<string>};

/** Adds the citation of each undated sentence that names what only one past happening involves, and another of its participants. */
export function confirmPastByNames({events, articles, entityTerms, canTake, today, existingIds, personIds}: PastConfirmation): void {
	const namedIn = namesFinder(entityTerms);
	// What each event involves or its sentences name: a name central to the story (the venue of its
	// main happening) is named by many events, though only one may list it among its participants.
	const eventsOf = new Map<string, StoryEvent[]>();
	for (const event of events) for (const id of new Set([...event.involves, ...namedIn([event.title, ...event.cites.map(citation => citation.excerpt)].join(' \n '))])) eventsOf.set(id, [...(eventsOf.get(id) ?? []), event]);
	// A person's name (an alias, a victim): a place or a body is often named only by its own event's
	// excerpt when the others are cut short ("Russia's Far East"), so it says nothing of which happening.
	const onlyIn = (id: string) => {
		if (!personIds.has(id)) return undefined;
		const involving = eventsOf.get(id);
		return involving?.length === 1 && involving[0]!.status === 'historical' && canTake(involving[0]!) ? involving[0] : undefined;
	};
	if (![...eventsOf.keys()].some(id => onlyIn(id))) return;
	const cited = new Map<string, string[]>();
	for (const event of events) for (const citation of event.cites) cited.set(citationKey(citation), [...(cited.get(citationKey(citation)) ?? []), plainWords(citation.excerpt)]);
	for (const article of articles) {
		for (const sentence of articleSentences(article)) {
			const own = firstWords(plainWords(sentence.text));
			if (cited.get(citationKey({article: article.id, paragraph: sentence.paragraph}))?.some(excerpt => excerpt.includes(own))) continue;
			if (notDone.test(sentence.text) || ownTime.test(sentence.text) || actionWords(sentence.text, new Set()).size === 0) continue;
			const about = namedIn(sentence.text);
			const event = [...about].map(onlyIn).find(found => found !== undefined);
			if (!event || event.cites.some(citation => citation.article === article.id)) continue;
			// Its participants as the event's sentences name them too (a surname two people share is one word on both sides).
			const participants = new Set([...event.involves, ...event.cites.flatMap(citation => [...namedIn(citation.excerpt)])]);
			if ([...participants].filter(id => about.has(id)).length < 2) continue;
			event.cites.push({article: article.id, paragraph: sentence.paragraph, excerpt: excerptOf(sentence.paragraphText, sentence.start, sentence.start + sentence.text.length)});
			if (today && existingIds.has(event.id)) event.updated = today;
		}
	}
}
