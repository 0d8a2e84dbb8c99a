import {coordinatesLabel} from '../model/coordinates-label.js';
import {factCategoryOrder, factCategoryTitles, eventStatusLabels, plural} from '../model/labels.js';
import type {Citation} from '../model/schema.js';
import {articleDateLabel, eventDateLabel, type StoryLookup} from '../model/story-lookup.js';

// The content of the plain and Markdown reports, decided once; each renderer only lays it out.

export type OutlineLine = {text: string; source: string; detail?: string};
export type OutlineSection = {title: string; groups: Array<{title?: string; lines: OutlineLine[]}>};
export type ReportOutline = {title: string; sources: string[]; counts: string; summary: string; sections: OutlineSection[]};

/** "Forbes ¶4, ¶7; Rappler ¶9": where an item comes from, compactly. */
export function formatSources(lookup: StoryLookup, cites: Citation[]): string {
	const byOutlet = new Map<string, number[]>();
	for (const citation of cites) {
		const outlet = lookup.outletOf(citation.article);
		const paragraphs = byOutlet.get(outlet) ?? [];
		if (!paragraphs.includes(citation.paragraph)) paragraphs.push(citation.paragraph);
		byOutlet.set(outlet, paragraphs);
	}
	return [...byOutlet].map(([outlet, paragraphs]) => `${outlet} ${paragraphs.map(number => `¶${number}`).join(', ')}`).join('; ');
}

export function storyCounts(lookup: StoryLookup): string {
	return storyCountList(lookup).join(' · ');
}

/** "7 people", "16 organisations", …: each count on its own, for lines that break between them. */
export function storyCountList(lookup: StoryLookup): string[] {
	const {story} = lookup;
	return [
		plural(story.people.length, 'person', 'people'),
		plural(story.organizations.length, 'organisation'),
		plural(story.places.length, 'place'),
		plural(story.facts.length, 'fact'),
		plural(story.events.length, 'event'),
		plural(story.quotes.length, 'quote'),
	];
}

export function buildReportOutline(lookup: StoryLookup): ReportOutline {
	const {story} = lookup;
	const sources = story.articles.map(article => `${article.outlet}, ${articleDateLabel(article)}: ${article.title}`);

	const facts: OutlineSection = {
		title: 'Key facts',
		groups: factCategoryOrder
			.map(category => ({
				title: factCategoryTitles[category],
				lines: story.facts
					.filter(fact => fact.category === category)
					.map(fact => ({text: fact.text, source: formatSources(lookup, fact.cites)})),
			}))
			.filter(group => group.lines.length > 0),
	};

	const timeline: OutlineSection = {
		title: 'Timeline',
		groups: [
			{
				lines: story.events.map(event => ({
					text: `${eventDateLabel(event)} · ${eventStatusLabels[event.status]} · ${event.title}`,
					source: formatSources(lookup, event.cites),
					detail: event.dateBasis,
				})),
			},
		],
	};

	const entityLine = (entity: {name: string; aliases: string[]; description: string; cites: Citation[]}, role: string) => ({
		text: `${entity.name}${role ? `, ${role}` : ''}${entity.aliases.length > 0 ? ` (also ${entity.aliases.join(', ')})` : ''}`,
		source: formatSources(lookup, entity.cites),
		detail: entity.description,
	});
	const people: OutlineSection = {
		title: 'People and bodies',
		groups: [
			{
				title: 'People',
				lines: story.people.map(person =>
					entityLine(person, [person.role, person.country ? lookup.nameOf(person.country) : undefined].filter(Boolean).join(', ')),
				),
			},
			{title: 'Organisations', lines: story.organizations.map(organization => entityLine(organization, organization.kind))},
			{
				title: 'Places',
				// Where each place is, and (below, with its description) where that comes from.
				lines: story.places.map(place => {
					const line = entityLine(place, place.within ? `${place.kind} in ${lookup.nameOf(place.within)}` : place.kind);
					if (!place.coordinates) return line;
					const credit = place.coordinatesSource ? ` Coordinates: ${place.coordinatesSource}.` : '';
					return {...line, text: `${line.text} · ${coordinatesLabel(place.coordinates)}`, detail: `${line.detail ?? ''}${credit}`.trim()};
				}),
			},
		].filter(group => group.lines.length > 0),
	};

	const quotes: OutlineSection = {
		title: 'Quotes',
		groups: [
			{
				lines: story.quotes.map(quote => ({
					text: `${lookup.speakerOf(quote)}: “${quote.text}”`,
					source: formatSources(lookup, quote.cites),
					detail: quote.context,
				})),
			},
		],
	};

	const differences: OutlineSection = {
		title: 'Where the sources differ',
		groups: story.differences.map(difference => ({
			title: difference.topic,
			lines: [
				{text: difference.note, source: ''},
				...difference.sides.flatMap(side =>
					side.refs.map(ref => {
						const item = lookup.item(ref);
						const text = item?.kind === 'fact' ? item.fact.text : item?.kind === 'event' ? `${eventDateLabel(item.event)}: ${item.event.title}` : ref;
						const cites = item?.kind === 'fact' ? item.fact.cites : item?.kind === 'event' ? item.event.cites : [];
						return {text: `${lookup.outletOf(side.article)} says: ${text}`, source: formatSources(lookup, cites.filter(citation => citation.article === side.article))};
					}),
				),
			],
		})),
	};

	const articles: OutlineSection = {
		title: 'Sources',
		groups: story.articles.map(article => ({
			title: `${article.outlet}, ${articleDateLabel(article)}`,
			lines: [
				{text: article.title, source: ''},
				{text: `Date basis: ${article.publishedBasis}`, source: ''},
				...(article.url ? [{text: article.url, source: ''}] : []),
				...(article.note ? [{text: article.note, source: ''}] : []),
			],
		})),
	};

	// A group named like its section ("Key facts" in Key facts) would repeat the heading: it goes first, untitled.
	const sections = [facts, timeline, people, quotes, differences, articles]
		.filter(section => section.groups.some(group => group.lines.length > 0))
		.map(section => ({...section, groups: section.groups.map(group => (group.title === section.title ? {lines: group.lines} : group))}));
	return {title: story.story.title, sources, counts: storyCounts(lookup), summary: story.story.summary, sections};
}
