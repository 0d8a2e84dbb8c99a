import type {StoryFile} from '../model/schema.js';
import {isUpdate} from './whats-new.js';

// What a list of stories shows of each without opening it: kept in the catalog, so that a library of a
// thousand stories lists without parsing a thousand files.

export type StoryCounts = Record<'articles' | 'people' | 'organizations' | 'places' | 'facts' | 'events' | 'quotes' | 'differences', number>;

export type StoryHeader = {
	id: string;
	title: string;
	/** The first and last publication dates of its articles (when they give one). */
	from?: string;
	to?: string;
	outlets: string[];
	counts: StoryCounts;
	/** The newest day any item was added (ingest --save or --into), when the items say. */
	lastAdded?: string;
	/** How many items a later article confirmed on a later day than they came (whats-new isUpdate), by that day. */
	updatedOn?: Record<string, number>;
};

function updatedDays(story: StoryFile): Record<string, number> {
	const days: Record<string, number> = {};
	for (const item of [...story.people, ...story.organizations, ...story.places, ...story.facts, ...story.events, ...story.quotes]) if (isUpdate(item)) days[item.updated!] = (days[item.updated!] ?? 0) + 1;
	return days;
}

export function storyHeaderOf(story: StoryFile): StoryHeader {
	const dates = story.articles.flatMap(article => (article.published ? [article.published] : [])).sort();
	const added = [...story.articles, ...story.people, ...story.organizations, ...story.places, ...story.facts, ...story.events, ...story.quotes]
		.flatMap(item => (item.added ? [item.added] : []))
		.sort();
	return {
		id: story.story.id,
		title: story.story.title,
		...(dates.length > 0 ? {from: dates[0]!, to: dates.at(-1)!} : {}),
		outlets: [...new Set(story.articles.map(article => article.outlet))],
		counts: {
			articles: story.articles.length,
			people: story.people.length,
			organizations: story.organizations.length,
			places: story.places.length,
			facts: story.facts.length,
			events: story.events.length,
			quotes: story.quotes.length,
			differences: story.differences.length,
		},
		...(added.length > 0 ? {lastAdded: added.at(-1)!} : {}),
		...(Object.keys(updatedDays(story)).length > 0 ? {updatedOn: updatedDays(story)} : {}),
	};
}

/** One story told in several files: its parts' headers as one (the first part's title). */
export function combineHeaders(headers: StoryHeader[]): StoryHeader {
	if (headers.length === 1) return headers[0]!;
	const dates = headers.flatMap(header => [header.from, header.to]).filter((date): date is string => date !== undefined).sort();
	const added = headers.flatMap(header => (header.lastAdded ? [header.lastAdded] : [])).sort();
	const counts = {...headers[0]!.counts};
	const updatedOn: Record<string, number> = {};
	for (const header of headers) for (const [day, count] of Object.entries(header.updatedOn ?? {})) updatedOn[day] = (updatedOn[day] ?? 0) + count;
	for (const header of headers.slice(1)) for (const key of Object.keys(counts) as Array<keyof StoryCounts>) counts[key] += header.counts[key];
	return {
		id: headers[0]!.id,
		title: headers[0]!.title,
		...(dates.length > 0 ? {from: dates[0]!, to: dates.at(-1)!} : {}),
		outlets: [...new Set(headers.flatMap(header => header.outlets))],
		counts,
		...(added.length > 0 ? {lastAdded: added.at(-1)!} : {}),
		...(Object.keys(updatedOn).length > 0 ? {updatedOn} : {}),
	};
}

/** Whether a value read from a catalog file has the shape of a header (the catalog may be damaged). */
export function isStoryHeader(value: unknown): value is StoryHeader {
	if (typeof value !== 'object' || value === null) return false;
	const header = value as Record<string, unknown>;
	const counts = header['counts'] as Record<string, unknown> | undefined;
	return (
		typeof header['id'] === 'string' &&
		typeof header['title'] === 'string' &&
		Array.isArray(header['outlets']) &&
		header['outlets'].every(outlet => typeof outlet === 'string') &&
		typeof counts === 'object' &&
		counts !== null &&
		['articles', 'people', 'organizations', 'places', 'facts', 'events', 'quotes', 'differences'].every(key => typeof counts[key] === 'number')
	);
}
