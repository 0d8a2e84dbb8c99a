import type {Article, Difference, Fact, Organization, Person, Place, StoryEvent, StoryFile} from '../model/schema.js';
import {figureDifferences} from './figure-differences.js';
import {conflictDifferences, findNewDifferences, stayStartDifferences} from './outlet-differences.js';
import type {FactConflict} from './story-summary.js';
import {voiceDifferences} from './voice-differences.js';

// The differences that adding articles to a story (merge-articles.ts) brings: those among the new
// articles themselves, and those between a new article and the story's own. A pair of existing items
// was set against each other before, so only pairs with a new side are new.

export type NewDifferencesInput = {
	existing: StoryFile;
	imported: StoryFile;
	newArticles: Article[];
	existingEvents: StoryEvent[];
	events: StoryEvent[];
	/** Every event after the merge, existing and new. */
	eventsAfter: StoryEvent[];
	existingFacts: Fact[];
	facts: Fact[];
	existingFactIds: Set<string>;
	conflicts: FactConflict[];
	/** The new entities. */
	entities: Array<Person | Organization | Place>;
	/** Imported item id → its id in the story; imported article id → its id in the story. */
	itemIds: Map<string, string>;
	articleIds: Map<string, string>;
	allocate: (wanted: string) => string;
};

/** The new differences, and the facts they stand on that the story did not have. */
export function newDifferences({existing, imported, newArticles, existingEvents, events, eventsAfter, existingFacts, facts, existingFactIds, conflicts, entities, itemIds, articleIds, allocate}: NewDifferencesInput): {differences: Difference[]; facts: Fact[]} {
	const differences: Difference[] = [];
	for (const difference of imported.differences) {
		const sides = difference.sides.flatMap(side => {
			const refs = side.refs.filter(ref => itemIds.has(ref)).map(ref => itemIds.get(ref)!);
			return articleIds.has(side.article) && refs.length > 0 ? [{article: articleIds.get(side.article)!, refs}] : [];
		});
		if (sides.length >= 2) differences.push({...difference, id: allocate(difference.id), sides});
	}
	differences.push(
		...findNewDifferences({
			existingEvents: existing.events,
			newEvents: events,
			articles: [...existing.articles, ...newArticles],
			entityNames: new Map([...existing.people, ...existing.organizations, ...existing.places, ...entities].map(entity => [entity.id, entity.name])),
			newId: allocate,
		}),
	);
	// A stay and an arrival dated apart: only pairs with a new article's citation are new.
	const newArticleIdSet = new Set(newArticles.map(article => article.id));
	differences.push(
		...stayStartDifferences([...existingEvents, ...events], [...existing.articles, ...newArticles], allocate, [...existing.differences, ...differences]).filter(difference =>
			difference.sides.some(side => newArticleIdSet.has(side.article)),
		),
	);
	// Only a conflict with a new fact is new: two existing facts were set against each other before.
	const presentFacts = new Set([...existingFacts, ...facts].map(fact => fact.id));
	const citesById = new Map([...existing.facts, ...existing.events, ...facts, ...eventsAfter].map(item => [item.id, item.cites]));
	differences.push(
		...conflictDifferences(conflicts.filter(({first, second}) => !existingFactIds.has(second.id) && presentFacts.has(first.id) && presentFacts.has(second.id)), [...existing.articles, ...newArticles], allocate, {
			differences: [...existing.differences, ...differences],
			citesOf: id => citesById.get(id) ?? [],
		}),
	);

	// One outlet's own statement against another's suspicion: only pairs with a side in a new article.
	const voice = voiceDifferences([...existing.articles, ...newArticles], [...existingFacts, ...facts], allocate, newArticleIdSet);
	const figures = figureDifferences([...existing.articles, ...newArticles], [...existingFacts, ...facts, ...voice.facts], allocate, newArticleIdSet, [...existing.differences]);
	differences.push(...voice.differences, ...figures.differences);
	return {differences, facts: [...voice.facts, ...figures.facts]};
}
