import {normaliseStory} from '../model/normalise.js';
import type {Article, Citation, Fact, Organization, Person, Place, Quote, StoryEvent, StoryFile} from '../model/schema.js';
import {createEntityMatcher, type EntityKind} from './match-entities.js';
import {confirmFromSentences, entityTermsOf} from './confirm-sentences.js';
import {settleForecastFacts} from './settled-forecasts.js';
import {confirmFromLeads} from './confirm-leads.js';
import {mergeHappenings, namingWords} from './merge-happenings.js';
import {createIdAllocator, textKey, urlKey} from './merge-keys.js';
import {newDifferences} from './merge-differences.js';
import {rebuiltDescription} from './entity-descriptions.js';
import {demotedCategory, foldFacts, foldLeadsByEvent, keyFactLimit, keyFactOrder, keyFactsFingerprint, refreshGenerated} from './story-summary.js';

// Adding newly imported articles to a story that exists (ingest --into). Pure: two stories and the day
// in, one story and notes out. What the existing story holds may have been checked and edited by hand,
// so its text is never changed: an item the new articles confirm (the same happening, the same fact,
// the same entity) gains their citations and is marked updated that day; only what is new is appended,
// carrying the day it was added. The title and summary are rebuilt only while still generated.
// Ids of new items never collide with existing ones.

export type MergeNote = {kind: 'skipped-article' | 'skipped-item' | 'new-version'; message: string};

export type MergeOutcome = {
	story: StoryFile;
	notes: MergeNote[];
	/**
	 * New articles that share nothing with the story (no entity, happening or fact of it confirmed):
	 * probably about another story; the command layer adds them only when told to (--force).
	 */
	unrelated: Article[];
	/** How many existing items the new articles confirmed (their citations added, marked updated). */
	confirmed: number;
	/** How many of each kind of item were added. */
	added: Record<'articles' | 'people' | 'organizations' | 'places' | 'facts' | 'events' | 'quotes' | 'differences', number>;
};

const textOf = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * `versions` (library refresh): an article fetched again from an address the story has, whose text
 * changed (a correction, a live blog that grew), is added as a new version beside the old one, whose
 * citations stay valid; an unchanged one is skipped as usual.
 */
export function mergeArticlesIntoStory(existing: StoryFile, imported: StoryFile, today: string, options: {versions?: boolean} = {}): MergeOutcome {
	const notes: MergeNote[] = [];
	const allocate = createIdAllocator(existing);
	const added = {articles: 0, people: 0, organizations: 0, places: 0, facts: 0, events: 0, quotes: 0, differences: 0};

	// Articles already in the story (same address, or the same text where both kept it) are skipped.
	const urls = new Map(existing.articles.flatMap(article => (article.url ? [[urlKey(article.url)!, article] as const] : [])));
	const texts = new Map(existing.articles.flatMap(article => (textKey(article) ? [[textKey(article)!, article] as const] : [])));
	const articleIds = new Map<string, string>();
	const newArticles: Article[] = [];
	for (const article of imported.articles) {
		const same = (article.url ? urls.get(urlKey(article.url)!) : undefined) ?? (textKey(article) ? texts.get(textKey(article)!) : undefined);
		const changedText = options.versions && same?.url && urlKey(article.url) === urlKey(same.url) && textKey(article) !== undefined && textKey(article) !== textKey(same) && !texts.has(textKey(article)!);
		if (changedText) notes.push({kind: 'new-version', message: `"${article.title}" (${article.outlet}) changed since it was added; its new text is added as a new version of "${same!.title}"`});
		else if (same) {
			const how = article.url && urlKey(article.url) === urlKey(same.url) ? 'the same address' : 'the same text';
			notes.push({kind: 'skipped-article', message: `"${article.title}" (${article.outlet}) is already in the story as "${same.title}" (${how}); skipped`});
			continue;
		}
		const id = allocate(article.id);
		articleIds.set(article.id, id);
		newArticles.push({...article, id, added: today, ...(changedText ? {note: `a new version of "${same!.title}" (${same!.id}), fetched again on ${today}`} : {})});
	}

	// Citations of skipped articles go; an item left with none came only from them and goes too.
	const keepCites = (cites: Citation[]) => cites.flatMap(citation => (articleIds.has(citation.article) ? [{...citation, article: articleIds.get(citation.article)!}] : []));

	// Entities: an existing one where the names agree, else a new one.
	const matchEntity = createEntityMatcher(existing);
	const entityIds = new Map<string, string>();
	const freshEntities: Array<{kind: EntityKind; entity: Person | Organization | Place}> = [];
	const importedEntities = [
		...imported.people.map(entity => ({kind: 'person' as const, entity})),
		...imported.organizations.map(entity => ({kind: 'organization' as const, entity})),
		...imported.places.map(entity => ({kind: 'place' as const, entity})),
	];
	// An existing entity named again gains the new article's citations (and the day), never its text.
	const confirmations = new Map<string, Citation[]>();
	// What each new article says of an entity the story has: its generated description and role.
	const descriptions = new Map<string, Array<{description?: string; role?: string; articles: string[]}>>();
	for (const {kind, entity} of importedEntities) {
		const match = matchEntity(kind, entity);
		if (match) {
			entityIds.set(entity.id, match);
			confirmations.set(match, [...(confirmations.get(match) ?? []), ...keepCites(entity.cites)]);
			descriptions.set(match, [...(descriptions.get(match) ?? []), {description: entity.description, role: 'role' in entity ? entity.role : undefined, articles: keepCites(entity.cites).map(citation => citation.article)}]);
		}
		else {
			entityIds.set(entity.id, allocate(entity.id));
			freshEntities.push({kind, entity});
		}
	}
	const mapEntity = (id: string) => entityIds.get(id) ?? id;
	const mapEntities = (ids: string[]) => [...new Set(ids.filter(id => entityIds.has(id)).map(mapEntity))];

	// Facts, events and quotes: new ids and references; one the story already says in the same words is
	// not said twice.
	const knownFacts = new Set(existing.facts.map(fact => textOf(fact.text)));
	const knownQuotes = new Set(existing.quotes.map(quote => textOf(quote.text)));
	const knownEvents = new Set(existing.events.map(event => `${event.date}|${textOf(event.title)}`));
	const itemIds = new Map<string, string>();
	const skippedAsKnown = {facts: 0, events: 0, quotes: 0};

	const candidateFacts: Fact[] = [];
	for (const fact of imported.facts) {
		const cites = keepCites(fact.cites);
		if (cites.length === 0) continue;
		if (knownFacts.has(textOf(fact.text))) {
			skippedAsKnown.facts++;
			continue;
		}
		const id = allocate(fact.id);
		itemIds.set(fact.id, id);
		candidateFacts.push({...fact, id, about: mapEntities(fact.about), cites, added: today});
	}
	// A fact the story already states in nearly the same words gains the new citation instead.
	const existingFactIds = new Set(existing.facts.map(fact => fact.id));
	const sideRefs = new Set([...existing.differences, ...imported.differences].flatMap(difference => difference.sides.flatMap(side => side.refs.map(ref => itemIds.get(ref) ?? ref))));
	const {facts: factsAfter, conflicts} = foldFacts([...existing.facts, ...candidateFacts], sideRefs, existingFactIds);
	const existingFacts = factsAfter.filter(fact => existingFactIds.has(fact.id)).map(fact => {
		const before = existing.facts.find(item => item.id === fact.id)!;
		return fact.cites.length > before.cites.length ? {...fact, updated: today} : before;
	});
	// The key facts are ranked again with the new articles while they are still the ones summit-tui chose
	// (story.generated.keyFacts); a story whose key facts a person chose keeps them, new leads filling
	// only the room left under the limit.
	const rankAgain = existing.story.generated?.keyFacts !== undefined && existing.story.generated.keyFacts === keyFactsFingerprint(existing.facts);
	const keyFactsBefore = existing.facts.filter(fact => fact.category === 'key-fact').length;
	let keyFactRoom = rankAgain ? Number.POSITIVE_INFINITY : Math.max(0, keyFactLimit - keyFactsBefore);
	const facts: Fact[] = factsAfter
		.filter(fact => !existingFactIds.has(fact.id))
		// Key facts stay few: a new lead beyond the limit is kept as context.
		.map(fact => (fact.category === 'key-fact' ? (keyFactRoom-- > 0 ? fact : {...fact, category: 'context' as const}) : fact));
	const candidateEvents: StoryEvent[] = [];
	for (const event of imported.events) {
		const cites = keepCites(event.cites);
		if (cites.length === 0) continue;
		if (knownEvents.has(`${event.date}|${textOf(event.title)}`)) {
			skippedAsKnown.events++;
			continue;
		}
		const id = allocate(event.id);
		itemIds.set(event.id, id);
		candidateEvents.push({...event, id, involves: mapEntities(event.involves), cites, added: today});
	}
	// The same happening the story already has: its event gains the citations, not a twin.
	const allNames = namingWords([...existing.people, ...existing.organizations, ...existing.places, ...imported.people, ...imported.organizations, ...imported.places], mapEntity);
	const existingEventIds = new Set(existing.events.map(event => event.id));
	const publishedOf = new Map([...existing.articles, ...newArticles].flatMap(article => (article.published ? [[article.id, article.published] as const] : [])));
	const entityTerms = entityTermsOf([...existing.people, ...imported.people], [...existing.organizations, ...existing.places, ...imported.organizations, ...imported.places], mapEntity);
	const {events: eventsAfter, joined, settled} = mergeHappenings(existing.events, candidateEvents, {entityNames: allNames, today, publishedOf, entityTerms});
	// A forecast the new articles report done leaves To watch, the story's own as the new articles'.
	existingFacts.splice(0, existingFacts.length, ...settleForecastFacts(existingFacts, settled, today));
	facts.splice(0, facts.length, ...settleForecastFacts(facts, settled));
	for (const [from, to] of joined) for (const [importedId, id] of itemIds) if (id === from) itemIds.set(importedId, to);
	confirmFromLeads(eventsAfter, facts, publishedOf, {entityNames: allNames, today}, existingEventIds);
	// The story's own leads confirm the new events as the new leads confirm the story's: an article added
	// later may date what an earlier one told without a date ("…, the New York Post reported.").
	const existingLeads = existingFacts.filter(fact => fact.category === 'key-fact' || (fact.cites[0]?.paragraph ?? 99) <= 2);
	confirmFromLeads(eventsAfter.filter(event => !existingEventIds.has(event.id)), existingLeads, publishedOf, {entityNames: allNames, today});
	// Undated sentences too, both ways: the new articles' against every event, the story's against the new events.
	const personIds = new Set([...existing.people.map(person => person.id), ...imported.people.map(person => mapEntity(person.id))]);
	confirmFromSentences({events: eventsAfter, articles: newArticles, publishedOf, entityTerms, today, existingIds: existingEventIds, personIds});
	confirmFromSentences({events: eventsAfter, articles: existing.articles, publishedOf, entityTerms, canTake: event => !existingEventIds.has(event.id), personIds});
	// A new lead telling a happening the story has is a citation of the key fact that tells it already.
	const leads = foldLeadsByEvent([...existingFacts.map(fact => ({...fact, cites: [...fact.cites]})), ...facts], eventsAfter, existingFactIds);
	existingFacts.splice(0, existingFacts.length, ...leads.facts.filter(fact => existingFactIds.has(fact.id)).map(fact => (leads.updated.has(fact.id) ? {...fact, updated: today} : existingFacts.find(item => item.id === fact.id)!)));
	facts.splice(0, facts.length, ...leads.facts.filter(fact => !existingFactIds.has(fact.id)));
	const existingEvents = eventsAfter.filter(event => existingEventIds.has(event.id));
	const events = eventsAfter.filter(event => !existingEventIds.has(event.id));
	if (rankAgain) {
		const kept = new Set(keyFactOrder([...existingFacts, ...facts].filter(fact => fact.category === 'key-fact'), eventsAfter).slice(0, keyFactLimit).map(fact => fact.id));
		const demote = (fact: Fact): Fact => (fact.category === 'key-fact' && !kept.has(fact.id) ? {...fact, category: demotedCategory(fact)} : fact);
		existingFacts.splice(0, existingFacts.length, ...existingFacts.map(demote));
		facts.splice(0, facts.length, ...facts.map(demote));
	}
	const quotes: Quote[] = [];
	for (const quote of imported.quotes) {
		const cites = keepCites(quote.cites);
		if (cites.length === 0) continue;
		if (knownQuotes.has(textOf(quote.text))) {
			skippedAsKnown.quotes++;
			continue;
		}
		const {speaker, ...rest} = quote;
		const id = allocate(quote.id);
		itemIds.set(quote.id, id);
		quotes.push({...rest, id, ...(speaker && entityIds.has(speaker) ? {speaker: mapEntity(speaker)} : {}), cites, added: today});
	}
	for (const [kind, count] of Object.entries(skippedAsKnown)) {
		if (count > 0) notes.push({kind: 'skipped-item', message: `${count} ${kind.replace(/s$/, count === 1 ? '' : 's')} the story already had in the same words; not added again`});
	}

	// New entities: those the new items or their own citations still stand on.
	const referenced = new Set([...facts.flatMap(fact => fact.about), ...events.flatMap(event => event.involves), ...quotes.flatMap(quote => (quote.speaker ? [quote.speaker] : []))]);
	const people: Person[] = [];
	const organizations: Organization[] = [];
	const places: Place[] = [];
	const keptFresh = freshEntities.filter(({entity}) => keepCites(entity.cites).length > 0 || referenced.has(mapEntity(entity.id)));
	const existingIds = new Set([...existing.people, ...existing.organizations, ...existing.places].map(entity => entity.id));
	const keptIds = new Set([...existingIds, ...keptFresh.map(({entity}) => mapEntity(entity.id))]);
	// References between entities (country, organisations, within) only to entities the story keeps.
	const linked = (id: string | undefined) => (id !== undefined && entityIds.has(id) && keptIds.has(mapEntity(id)) ? mapEntity(id) : undefined);
	for (const {kind, entity} of keptFresh) {
		const id = mapEntity(entity.id);
		const base = {...entity, id, cites: keepCites(entity.cites), added: today};
		if (kind === 'person') {
			const {country, ...rest} = base as Person;
			people.push({...rest, ...(linked(country) ? {country: linked(country)} : {}), organizations: rest.organizations.flatMap(ref => linked(ref) ?? [])});
		} else if (kind === 'organization') {
			const {country, ...rest} = base as Organization;
			organizations.push({...rest, ...(linked(country) ? {country: linked(country)} : {})});
		} else {
			const {within, ...rest} = base as Place;
			places.push({...rest, ...(linked(within) ? {within: linked(within)} : {})});
		}
	}

	// Differences among the new articles, then between them and the existing ones (merge-differences.ts).
	const {differences, facts: differenceFacts} = newDifferences({
		existing,
		imported,
		newArticles,
		existingEvents,
		events,
		eventsAfter,
		existingFacts,
		facts,
		existingFactIds,
		conflicts,
		entities: [...people, ...organizations, ...places],
		itemIds,
		articleIds,
		allocate,
	});
	facts.push(...differenceFacts.map(fact => ({...fact, added: today})));

	const confirm = <T extends Person | Organization | Place>(entity: T): T => {
		const known = new Set((entity.cites ?? []).map(citation => `${citation.article}\u0000${citation.paragraph}`));
		const fresh = (confirmations.get(entity.id) ?? []).filter(citation => !known.has(`${citation.article}\u0000${citation.paragraph}`) && known.add(`${citation.article}\u0000${citation.paragraph}`));
		if (fresh.length === 0) return entity;
		const outletOf = new Map(newArticles.map(article => [article.id, article.outlet]));
		const description = rebuiltDescription(entity.description, 'role' in entity ? entity.role : undefined, (descriptions.get(entity.id) ?? []).map(told => ({...told, outlets: told.articles.map(article => outletOf.get(article) ?? article)})));
		return {...entity, ...(description ? {description} : {}), cites: [...(entity.cites ?? []), ...fresh], updated: today};
	};
	const merged: StoryFile = {
		...existing,
		articles: [...existing.articles, ...newArticles],
		people: [...existing.people.map(confirm), ...people],
		organizations: [...existing.organizations.map(confirm), ...organizations],
		places: [...existing.places.map(confirm), ...places],
		facts: [...existingFacts, ...facts],
		events: [...existingEvents, ...events],
		quotes: [...existing.quotes, ...quotes],
		differences: [...existing.differences, ...differences],
	};
	const story = {...merged, story: refreshGenerated(merged, rankAgain)};
	Object.assign(added, {
		articles: newArticles.length,
		people: people.length,
		organizations: organizations.length,
		places: places.length,
		facts: facts.length,
		events: events.length,
		quotes: quotes.length,
		differences: differences.length,
	});
	const confirmedBy = new Set([...story.people, ...story.organizations, ...story.places, ...existingFacts, ...existingEvents].filter(item => 'updated' in item && item.updated === today).flatMap(item => item.cites.map(citation => citation.article)));
	const unrelated = existing.articles.length > 0 ? newArticles.filter(article => !confirmedBy.has(article.id)) : [];
	const newArticleIds = new Set(newArticles.map(article => article.id));
	const confirmed = [...story.people, ...story.organizations, ...story.places, ...existingFacts, ...existingEvents].filter(item => item.updated === today && item.cites.some(citation => newArticleIds.has(citation.article))).length;
	return {story: normaliseStory(story), notes, added, unrelated, confirmed};
}

/** Every item of a story stamped with the day it was added (a story saved into the library). */
export function stampAdded(story: StoryFile, today: string): StoryFile {
	const stamp = <T extends {added?: string}>(item: T): T => ({...item, added: item.added ?? today});
	return {
		...story,
		articles: story.articles.map(stamp),
		people: story.people.map(stamp),
		organizations: story.organizations.map(stamp),
		places: story.places.map(stamp),
		facts: story.facts.map(stamp),
		events: story.events.map(stamp),
		quotes: story.quotes.map(stamp),
	};
}
