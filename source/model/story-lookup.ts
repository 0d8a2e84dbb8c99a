import {formatEventDate, formatPartialDate} from './dates.js';
import {unattributed} from './labels.js';
import type {Article, Citation, Difference, Fact, Organization, Person, Place, Quote, StoryEvent, StoryFile} from './schema.js';

export type Entity = (Person & {kind: 'person'}) | (Organization & {kind: 'organization'; type: string}) | (Place & {kind: 'place'; type: string});

export type AnyItem =
	| {kind: 'person' | 'organization' | 'place'; id: string; entity: Entity}
	| {kind: 'fact'; id: string; fact: Fact}
	| {kind: 'event'; id: string; event: StoryEvent}
	| {kind: 'quote'; id: string; quote: Quote};

export type Mentions = {facts: Fact[]; events: StoryEvent[]; quotes: Quote[]};

/** Read-only indexes over a normalised story, built once: every renderer asks these questions. */
export type StoryLookup = {
	story: StoryFile;
	item(id: string): AnyItem | undefined;
	entity(id: string): Entity | undefined;
	article(id: string): Article | undefined;
	difference(id: string): Difference | undefined;
	/** Differences in which a fact or event stands for one side. */
	differencesOf(id: string): Difference[];
	nameOf(id: string): string;
	/** Who said a quote, or that the text does not make it clear. */
	speakerOf(quote: Quote): string;
	outletOf(articleId: string): string;
	/** The outlets an item's citations come from, in article order, without repeats. */
	outletsOf(cites: Citation[]): string[];
	mentionsOf(entityId: string): Mentions;
	/**
	 * Builds the indexes that are otherwise built on first use (items by id, mentions), a few thousand
	 * items a step, so that idle time after the first frame can build them between key presses. A
	 * question asked meanwhile finishes the building at once.
	 */
	indexSteps(): Generator<void, void>;
};

export function eventDateLabel(event: StoryEvent): string {
	return formatEventDate(event.date, event.precision, event.dateEnd, event.dateEither);
}

export function articleDateLabel(article: Article): string {
	return article.published ? formatPartialDate(article.published) : 'date not given';
}

export function buildStoryLookup(story: StoryFile): StoryLookup {
	const entities = new Map<string, Entity>();
	for (const person of story.people) entities.set(person.id, {...person, kind: 'person'});
	for (const organization of story.organizations) {
		entities.set(organization.id, {...organization, kind: 'organization', type: organization.kind});
	}
	for (const place of story.places) entities.set(place.id, {...place, kind: 'place', type: place.kind});
	// The indexes below serve details and searches, not the first frame: built in idle time (indexSteps)
	// or on first use, whichever comes first. Each is built by one generator, which a question asked
	// before it is done runs to the end.
	const stepSize = 5000;
	let itemsById: Map<string, AnyItem> | undefined;
	function* allItems(): Generator<AnyItem> {
		for (const entity of entities.values()) yield {kind: entity.kind, id: entity.id, entity};
		for (const fact of story.facts) yield {kind: 'fact', id: fact.id, fact};
		for (const event of story.events) yield {kind: 'event', id: event.id, event};
		for (const quote of story.quotes) yield {kind: 'quote', id: quote.id, quote};
	}
	function* buildItems(): Generator<void, Map<string, AnyItem>> {
		const built = new Map<string, AnyItem>();
		let count = 0;
		for (const item of allItems()) {
			built.set(item.id, item);
			if (++count % stepSize === 0) yield;
		}
		return built;
	}
	let itemSteps: Generator<void, Map<string, AnyItem>> | undefined;
	const items = () => (itemsById ??= finished((itemSteps ??= buildItems())));
	const articles = new Map(story.articles.map(article => [article.id, article]));
	const articleOrder = new Map(story.articles.map((article, index) => [article.id, index]));

	let mentionsById: Map<string, Mentions> | undefined;
	function* buildMentions(): Generator<void, Map<string, Mentions>> {
		const built = new Map<string, Mentions>();
		const mentionsFor = (id: string) => {
			let entry = built.get(id);
			if (!entry) {
				entry = {facts: [], events: [], quotes: []};
				built.set(id, entry);
			}
			return entry;
		};
		// Each id once per item, in order of first appearance; a list of a few ids is checked in place (a Set
		// per item was most of the time this takes, some 100 ms at 100,000 items, paid on the first search).
		const firstTime = (ids: string[], at: number) => at === 0 || ids.indexOf(ids[at]!) === at;
		let count = 0;
		for (const fact of story.facts) {
			for (let at = 0; at < fact.about.length; at++) if (firstTime(fact.about, at)) mentionsFor(fact.about[at]!).facts.push(fact);
			if (++count % stepSize === 0) yield;
		}
		for (const event of story.events) {
			for (let at = 0; at < event.involves.length; at++) if (firstTime(event.involves, at)) mentionsFor(event.involves[at]!).events.push(event);
			if (++count % stepSize === 0) yield;
		}
		for (const quote of story.quotes) {
			if (quote.speaker) mentionsFor(quote.speaker).quotes.push(quote);
			if (++count % stepSize === 0) yield;
		}
		return built;
	}
	let mentionSteps: Generator<void, Map<string, Mentions>> | undefined;
	const mentions = () => (mentionsById ??= finished((mentionSteps ??= buildMentions())));

	const differences = new Map(story.differences.map(difference => [difference.id, difference]));
	const outletOf = (articleId: string) => articles.get(articleId)?.outlet ?? articleId;

	return {
		story,
		item: id => items().get(id),
		entity: id => entities.get(id),
		article: id => articles.get(id),
		difference: id => differences.get(id),
		differencesOf: id => story.differences.filter(difference => difference.sides.some(side => side.refs.includes(id))),
		nameOf: id => entities.get(id)?.name ?? id,
		speakerOf: quote => (quote.speaker ? (entities.get(quote.speaker)?.name ?? quote.speaker) : unattributed),
		outletOf,
		outletsOf(cites) {
			const ids = [...new Set(cites.map(citation => citation.article))];
			ids.sort((a, b) => (articleOrder.get(a) ?? 0) - (articleOrder.get(b) ?? 0));
			return [...new Set(ids.map(outletOf))];
		},
		mentionsOf: id => mentions().get(id) ?? {facts: [], events: [], quotes: []},
		*indexSteps() {
			itemSteps ??= buildItems();
			while (!itemsById) {
				const step = itemSteps.next();
				if (step.done) itemsById = step.value;
				else yield;
			}
			mentionSteps ??= buildMentions();
			while (!mentionsById) {
				const step = mentionSteps.next();
				if (step.done) mentionsById = step.value;
				else yield;
			}
		},
	};
}

/** Runs a building generator to its end: its result. */
function finished<T>(steps: Generator<void, T>): T {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}
