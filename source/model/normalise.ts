import {compareIsoDates} from './dates.js';
import {factsInReadingOrder} from './key-fact-order.js';
import type {LoadResult} from './load-result.js';
import type {Problem} from './problem.js';
import type {StoryEvent, StoryFile} from './schema.js';

/** Orders events by date (a partial date before the days inside it), keeping file order for ties. */
export function compareEvents(a: StoryEvent, b: StoryEvent): number {
	return compareIsoDates(a.date, b.date) || compareIsoDates(a.dateEnd ?? a.date, b.dateEnd ?? b.date);
}

/** The canonical form every front end reads: events in date order, key facts summit-tui chose in the ranking's order, aliases without repeats. */
export function normaliseStory(story: StoryFile): StoryFile {
	const dedupe = <T extends {aliases: string[]; name: string}>(entity: T): T => ({
		...entity,
		aliases: [...new Set(entity.aliases)].filter(alias => alias !== entity.name),
	});
	return {
		...story,
		people: story.people.map(dedupe),
		organizations: story.organizations.map(dedupe),
		places: story.places.map(dedupe),
		facts: factsInReadingOrder(story),
		events: story.events.toSorted(compareEvents),
	};
}

const collections = ['articles', 'people', 'organizations', 'places', 'facts', 'events', 'quotes', 'differences'] as const;

/** Joins several valid stories into one view. Each file is a whole story; ids may not repeat across files. */
export function mergeStories(loaded: Array<{file: string; story: StoryFile}>): LoadResult {
	if (loaded.length === 1) return {story: loaded[0]!.story, problems: []};
	const owner = new Map<string, string>();
	const problems: Problem[] = [];
	for (const {file, story} of loaded) {
		for (const collection of collections) {
			for (const [index, item] of story[collection].entries()) {
				const earlier = owner.get(item.id);
				if (earlier && earlier !== file) {
					problems.push({file, where: `$.${collection}[${index}].id`, message: `duplicate id "${item.id}" (also used in ${earlier})`});
				} else owner.set(item.id, file);
			}
		}
	}
	if (problems.length > 0) return {problems};
	const stories = loaded.map(entry => entry.story);
	const merged: StoryFile = {
		schemaVersion: 1,
		story: {
			id: stories.map(story => story.story.id).join('+'),
			title: stories.map(story => story.story.title).join(' · '),
			summary: stories.map(story => story.story.summary).join('\n\n'),
		},
		articles: stories.flatMap(story => story.articles),
		people: stories.flatMap(story => story.people),
		organizations: stories.flatMap(story => story.organizations),
		places: stories.flatMap(story => story.places),
		facts: stories.flatMap(story => story.facts),
		events: stories.flatMap(story => story.events),
		quotes: stories.flatMap(story => story.quotes),
		differences: stories.flatMap(story => story.differences),
	};
	return {story: normaliseStory(merged), problems: []};
}
