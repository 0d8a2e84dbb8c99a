import {excerptOf} from '../ingest/mentions.js';
import type {Article, StoryEvent} from '../model/schema.js';
import {articleSentences} from './article-sentences.js';
import {confirmPastByNames} from './confirm-past.js';
import {namesFinder, type EntityTerms} from './entity-terms.js';
import {actionWords, citationKey, happeningWords, plainWords} from './merge-happenings.js';

export {entityTermsOf, type EntityTerms} from './entity-terms.js';

// One event per happening, for the happenings one outlet tells without a date. An outlet often tells
// the centre of a story in a plain past clause ("Lima was declared the winner in Vik", "Berg thanked
// the crowd at the harbour"), while another dates the same thing; and what one sentence dates may be
// only its forecast ("told a crowd … that she expects to win the May 10
// primary"). Such a sentence is no event of its own, but it confirms the event another article dated
// on the days around its publication when it names the same people and says what was done in the
// same words. Only sentences no event cites as happened count, and only what is told as done.

// What is still ahead or only supposed is no report of a happening ("would meet", "is expected to").
const notDone = /\b(?:will|would|could|might|may|shall|should|must|(?:is|are|was|were) (?:expected|set|poised|likely|due|scheduled|going) to|if|unless|whether|not|never|no longer)\b|\?/iu;
// A sentence that names a time of its own was dated by the events stage, which found no happening in
// it (or one that is not this story's day): a year, a month, a weekday, "yesterday", "ago".
const ownTime = /\b(?:\d{4}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|june|july|august|september|october|november|december|yesterday|tonight|ago|last (?:week|month|year)|earlier (?:this|that|in))\b/iu;
// A sentence mostly inside quotation marks is the speaker's words, not the outlet's report.
const quoted = (text: string) => [...text.matchAll(/[“"][^”"]*[”"]/gu)].reduce((sum, match) => sum + match[0].length, 0) * 2 >= text.length;

export type SentenceConfirmation = {
	/** The story's events; the ones `canTake` allows may gain citations. */
	events: StoryEvent[];
	/** The articles whose sentences are read. */
	articles: Article[];
	publishedOf: Map<string, string>;
	entityTerms: EntityTerms;
	canTake?: (event: StoryEvent) => boolean;
	today?: string;
	existingIds?: Set<string>;
	/** The story's people: only a person's name says which past happening a sentence tells (confirm-past.ts). */
	personIds?: Set<string>;
};

/** Adds the citation of each undated sentence that tells a happening an event of another article dated. */
export function confirmFromSentences({events, articles, publishedOf, entityTerms, canTake = () => true, today, existingIds = new Set(), personIds = new Set()}: SentenceConfirmation): void {
	if (entityTerms.size === 0) return;
	confirmPastByNames({events, articles, entityTerms, canTake, today, existingIds, personIds});
	const byDay = new Map<string, StoryEvent[]>();
	for (const event of events) if (event.precision === 'day' && event.status === 'happened' && canTake(event)) byDay.set(event.date, [...(byDay.get(event.date) ?? []), event]);
	if (byDay.size === 0) return;
	// A sentence an event cites as happened has its happening dated; one cited only by a forecast may
	// still tell something done ("told a crowd that she expects to win the May 10 vote").
	const dated = new Map<string, string[]>();
	for (const event of events) if (event.status !== 'expected') for (const citation of event.cites) dated.set(citationKey(citation), [...(dated.get(citationKey(citation)) ?? []), plainWords(citation.excerpt)]);
	const words = new Map<StoryEvent, {words: Set<string>; actions: Set<string>}>();
	const wordsOf = (event: StoryEvent) => {
		let known = words.get(event);
		if (!known) {
			const text = [event.title, ...event.cites.map(citation => citation.excerpt)].join(' ');
			words.set(event, (known = {words: happeningWords(text, new Set()), actions: actionWords(text, new Set())}));
		}
		return known;
	};
	/** The words of the paragraphs of the article's lead an event cites, if it cites its lead. */
	const leadWordsOf = (event: StoryEvent, article: Article) => {
		const own = event.cites.filter(citation => citation.article === article.id && citation.paragraph <= 2);
		if (own.length === 0) return undefined;
		const text = own.map(citation => article.paragraphs?.[citation.paragraph - 1] ?? '').join(' ');
		return {words: happeningWords(text, new Set()), actions: actionWords(text, new Set())};
	};
	const nameWords = new Set([...entityTerms.keys()].flatMap(term => term.toLowerCase().split(/[^\p{L}]+/u)));
	const namedIn = namesFinder(entityTerms);
	const participants = new Map<StoryEvent, Set<string>>();
	const participantsOf = (event: StoryEvent) => {
		let known = participants.get(event);
		if (!known) participants.set(event, (known = new Set([...event.involves, ...event.cites.flatMap(citation => [...namedIn(citation.excerpt)])])));
		return known;
	};
	for (const article of articles) {
		const published = publishedOf.get(article.id);
		if (!published) continue;
		for (const [index, sentence] of articleSentences(article).entries()) {
			const own = plainWords(sentence.text);
			const key = citationKey({article: article.id, paragraph: sentence.paragraph});
			if (dated.get(key)?.some(excerpt => excerpt.includes(own.split(' ').slice(0, 6).join(' ')) || own.includes(excerpt.split(' ').slice(0, 6).join(' ')))) continue;
			if (notDone.test(sentence.text) || quoted(sentence.text) || ownTime.test(sentence.text)) continue;
			const actions = actionWords(sentence.text, nameWords);
			if (actions.size === 0) continue;
			const about = namedIn(sentence.text);
			if (about.size === 0) continue;
			// The lead: the first sentences of the first paragraphs (a page printed as one paragraph has one lead too).
			const lead = sentence.paragraph <= 2 && index < 3;
			const days = [0, 1, 2, ...(lead ? [] : [3])].map(back => new Date(Date.parse(published) - back * 86_400_000).toISOString().slice(0, 10));
			const own_ = happeningWords(sentence.text, nameWords);
			let best: {event: StoryEvent; score: number} | undefined;
			for (const event of days.flatMap(day => byDay.get(day) ?? [])) {
				const people = [...participantsOf(event)].filter(id => about.has(id)).length;
				const {words: eventWords, actions: eventActions} = wordsOf(event);
				// The event's excerpt of this article's own lead is cut around its date: its whole paragraph is read.
				const ownLead = lead ? leadWordsOf(event, article) : undefined;
				const common = [...own_].filter(word => eventWords.has(word) || ownLead?.words.has(word)).length;
				const sameAction = [...actions].some(action => eventActions.has(action) || ownLead?.actions.has(action));
				// Two participants and the wording (less in a lead, which tells the day's news); one
				// participant only with the same verb and three words of what was done.
				const same = (people >= 2 && common >= (lead || sameAction ? 2 : 3)) || (people >= 1 && sameAction && common >= 3);
				if (!same) continue;
				const score = people + common;
				if (!best || score > best.score) best = {event, score};
			}
			// The best match its own article dated already: the sentence tells more of that happening, cited
			// only when both are in the article's lead, which tells the day's news over its first two
			// paragraphs ("Lima was declared the winner in Vik on Tuesday." then "But Berg won in Dal.").
			if (!best) continue;
			const ownCites = best.event.cites.filter(citation => citation.article === article.id);
			if (ownCites.length > 0 && !(lead && ownCites.some(citation => citation.paragraph <= 2) && ownCites.every(citation => citation.paragraph !== sentence.paragraph))) continue;
			best.event.cites.push({article: article.id, paragraph: sentence.paragraph, excerpt: excerptOf(sentence.paragraphText, sentence.start, sentence.start + sentence.text.length)});
			words.delete(best.event);
			participants.delete(best.event);
			if (today && existingIds.has(best.event.id)) best.event.updated = today;
		}
	}
}
