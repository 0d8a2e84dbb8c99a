import type {Article, Citation, Difference, Fact, StoryEvent} from '../model/schema.js';
import {foldName} from '../text/fold-name.js';

// Differences between outlets found when articles join a story that already exists. The importer sees
// the sentences of the articles it reads together; the existing articles' sentences may be gone (only
// imported articles keep their text), but their events remain. So an event of a new article is set
// against the existing events: the same happening (a person, body or place in common and the same key
// words in the title) given a different date by another outlet is a difference, as the importer finds
// between articles read together.

const stopWords = new Set(
	`about after again against also among another around because been before being between both could
	during each from have having here into just like more most other over said says same should since some
	such than that their them then there these they this those through under until very were what when where
	which while will with would year years month months week weeks today yesterday tomorrow`.split(/\s+/),
);
const calendarWords = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$|^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;

/** The words that say what a title is about: four letters or more, not function or calendar words. */
export function keyWords(title: string): Set<string> {
	const words = foldName(title)
		.split(/[^\p{L}]+/u)
		.filter(word => word.length >= 4 && !stopWords.has(word) && !calendarWords.test(word))
		// "meets", "meeting" and "meet" are one word for this purpose.
		.map(word => word.replace(/(?:ing|ed|es|s)$/, ''));
	return new Set(words);
}

const sameDate = (a: StoryEvent, b: StoryEvent) => a.date === b.date && a.precision === b.precision && (a.dateEnd ?? '') === (b.dateEnd ?? '');
const dateText = (event: StoryEvent) => (event.dateEnd ? `${event.date} – ${event.dateEnd}` : event.date);

export type DifferenceInput = {
	existingEvents: StoryEvent[];
	newEvents: StoryEvent[];
	articles: Article[];
	/** Entity names by id: the words of the names an event involves say who, not what. */
	entityNames: Map<string, string>;
	/** A fresh id for each difference. */
	newId: (fallback: string) => string;
};

/**
 * Two titles are about the same happening when they share at least two key words and those are a good
 * part of all they say (a Jaccard index of at least this): a sentence that only mentions the storm in
 * passing is not about the storm.
 */
export const sharedKeyWordsNeeded = 2;
export const keyWordOverlapNeeded = 0.34;

export function findNewDifferences({existingEvents, newEvents, articles, entityNames, newId}: DifferenceInput): Difference[] {
	const outletOf = new Map(articles.map(article => [article.id, article.outlet]));
	const outletsOf = (event: StoryEvent) => new Set(event.cites.map(citation => outletOf.get(citation.article) ?? citation.article));
	const differences: Difference[] = [];
	const whatWords = (event: StoryEvent) => {
		const words = keyWords(event.title);
		for (const id of event.involves) for (const word of keyWords(entityNames.get(id) ?? '')) words.delete(word);
		return words;
	};
	const existingWords = existingEvents.map(whatWords);
	for (const added of newEvents) {
		if (added.status === 'historical') continue;
		const addedWords = whatWords(added);
		const addedOutlets = outletsOf(added);
		for (const [index, existing] of existingEvents.entries()) {
			// What happened and what is expected are told of different happenings.
			if (existing.status !== added.status || sameDate(existing, added)) continue;
			const existingOutlets = outletsOf(existing);
			// One outlet disagreeing with itself across days is a correction or an update, not a difference.
			if ([...addedOutlets].some(outlet => existingOutlets.has(outlet))) continue;
			if (!existing.involves.some(id => added.involves.includes(id))) continue;
			const shared = [...addedWords].filter(word => existingWords[index]!.has(word));
			const union = new Set([...addedWords, ...existingWords[index]!]).size;
			if (shared.length < sharedKeyWordsNeeded || shared.length / union < keyWordOverlapNeeded) continue;
			const existingArticle = existing.cites[0]!.article;
			const addedArticle = added.cites[0]!.article;
			differences.push({
				id: newId(`difference-${differences.length + 1}`),
				topic: `When: ${existing.title.split(/\s+/).slice(0, 8).join(' ')} …`,
				note: `${outletOf.get(existingArticle) ?? existingArticle} gives ${dateText(existing)}; ${outletOf.get(addedArticle) ?? addedArticle} gives ${dateText(added)}. Found automatically when the second article was added: both events name the same people, bodies or places and share the words ${shared.map(word => `"${word}"`).join(', ')}.`,
				sides: [
					{article: existingArticle, refs: [existing.id]},
					{article: addedArticle, refs: [added.id]},
				],
			});
		}
	}
	return differences;
}

/**
 * Differences from facts that say nearly the same thing in two outlets: with other figures ("a death toll
 * of 22" against "23", "on April 2" against "on April 9"), or in one outlet's own voice and attributed
 * to someone in the other. Each side cites its own fact.
 */
export function conflictDifferences(
	conflicts: Array<{first: Fact; second: Fact; kind: 'figures' | 'attribution'}>,
	articles: Article[],
	newId: (fallback: string) => string,
	/** Differences already found (with the citations of their items): the same two sentences are not listed twice. */
	known: {differences: Difference[]; citesOf: (id: string) => Citation[]} = {differences: [], citesOf: () => []},
): Difference[] {
	const outletOf = new Map(articles.map(article => [article.id, article.outlet]));
	const seen = new Set<string>();
	const place = (citation: Citation) => `${citation.article}\u0000${citation.paragraph}`;
	const covered = known.differences.map(difference => new Set(difference.sides.flatMap(side => side.refs.flatMap(ref => known.citesOf(ref).map(place)))));
	// One difference per statement: every outlet that gives other figures for it is one more side.
	const byAnchor = new Map<string, {first: Fact; kind: 'figures' | 'attribution'; others: Fact[]}>();
	for (const {first, second, kind} of conflicts) {
		const [a, b] = [first.cites[0]!.article, second.cites[0]!.article];
		const key = `${first.id}/${second.id}`;
		if (a === b || seen.has(key)) continue;
		seen.add(key);
		if (covered.some(places => places.has(place(first.cites[0]!)) && places.has(place(second.cites[0]!)))) continue;
		const group = byAnchor.get(`${kind}/${first.id}`) ?? {first, kind, others: []};
		if (!group.others.some(other => other.cites[0]!.article === b)) group.others.push(second);
		byAnchor.set(`${kind}/${first.id}`, group);
	}
	return [...byAnchor.values()].map(({first, kind, others}) => {
		const a = first.cites[0]!.article;
		const words = first.text.split(/\s+/).slice(0, 8).join(' ');
		const outlets = [first, ...others].map(fact => outletOf.get(fact.cites[0]!.article) ?? fact.cites[0]!.article);
		const voiced = kind === 'attribution' ? attributedSide(first, others[0]!) : undefined;
		const note =
			kind === 'figures'
				? `${outlets.join(', ')} say nearly the same thing with other figures. Found automatically: compare the sentences.`
				: `${outletOf.get(voiced!.cites[0]!.article) ?? ''} attributes it to someone; ${outlets.filter(outlet => outlet !== outletOf.get(voiced!.cites[0]!.article)).join(', ')} ${others.length > 1 ? 'say' : 'says'} it in ${others.length > 1 ? 'their' : 'its'} own voice. Found automatically.`;
		return {id: newId(`difference-${a}`), topic: `${kind === 'figures' ? 'Figures' : 'Who says so'}: ${words} …`, note, sides: [first, ...others].map(fact => ({article: fact.cites[0]!.article, refs: [fact.id]}))};
	});
}

const attributedSide = (first: Fact, second: Fact) => (/\b(?:said|says|told|reported|according to|claimed|alleged|citing)\b/iu.test(first.text) ? first : second);

const stayWords = /\b(?:visit(?:ed|s|ing)?|trip|tour(?:ed|s)?|stay(?:ed|s)?|journey|state visit)\b/iu;
const arrivalWords = /\b(?:arriv(?:e|ed|es|ing|al)|landed|began|begins|started|reached|entered|crossed into)\b/iu;
const stayNoun = (event: StoryEvent) => {
	const word = stayWords.exec(wordsOf(event))?.[0].toLowerCase() ?? 'stay';
	return /^tour/u.test(word) ? 'tour' : /^visit|state visit/u.test(word) ? 'visit' : /^stay/u.test(word) ? 'stay' : word;
};
const daysApart = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
const wordsOf = (event: StoryEvent) => [event.title, ...event.cites.map(citation => citation.excerpt)].join(' ');

/**
 * The same stay begun on different days: one outlet dates a visit (a trip, a tour) over several days,
 * another has the same people arrive in the same place on a day near but not on its first day. Each side
 * cites its own event; outlets that say both are left to the side of the stay.
 */
export function stayStartDifferences(events: StoryEvent[], articles: Article[], newId: (fallback: string) => string, known: Difference[] = []): Difference[] {
	const outletOf = new Map(articles.map(article => [article.id, article.outlet]));
	const seen = new Set(known.map(difference => difference.sides.flatMap(side => side.refs).toSorted().join(' ')));
	const stays = events.filter(event => event.status === 'happened' && event.precision === 'range' && !event.dateEither && event.dateEnd && event.date.length === 10 && stayWords.test(wordsOf(event)));
	const arrivals = events.filter(event => event.status === 'happened' && event.precision === 'day' && arrivalWords.test(wordsOf(event)));
	const differences: Difference[] = [];
	for (const stay of stays) {
		const stayArticles = new Set(stay.cites.map(citation => citation.article));
		for (const arrival of arrivals) {
			// Only an arrival before the stay's first day disagrees with it; one on a later day of the stay
			// is an arrival somewhere else along the way ("headed to the aircraft plant" on its third day).
			if (arrival.date >= stay.date || daysApart(arrival.date, stay.date) > 3) continue;
			// The same travellers in the same place: two of the entities named in both.
			if (stay.involves.filter(id => arrival.involves.includes(id)).length < 2) continue;
			const others = [...new Set(arrival.cites.map(citation => citation.article))].filter(article => !stayArticles.has(article));
			if (others.length === 0) continue;
			const key = [stay.id, arrival.id].toSorted().join(' ');
			if (seen.has(key)) continue;
			seen.add(key);
			const stayOutlets = [...stayArticles].map(article => outletOf.get(article) ?? article);
			const arrivalOutlets = others.map(article => outletOf.get(article) ?? article);
			differences.push({
				id: newId(`difference-start-${differences.length + 1}`),
				topic: `When the ${stayNoun(stay)} began: ${stay.date} or ${arrival.date}`,
				note: `${stayOutlets.join(', ')} ${stayOutlets.length > 1 ? 'date' : 'dates'} the stay ${stay.date} – ${stay.dateEnd}; ${arrivalOutlets.join(', ')} ${arrivalOutlets.length > 1 ? 'have' : 'has'} the arrival on ${arrival.date}. Found automatically: both name the same people and places.`,
				sides: [...stayArticles].map(article => ({article, refs: [stay.id]})).concat(others.map(article => ({article, refs: [arrival.id]}))),
			});
		}
	}
	return differences;
}
