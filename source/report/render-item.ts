import {whereLabel} from '../model/coordinates-label.js';
import {eventStatusLabels, factCategoryTitles} from '../model/labels.js';
import type {Citation} from '../model/schema.js';
import {articleDateLabel, eventDateLabel, type StoryLookup} from '../model/story-lookup.js';

// One item of a story with its citations and links, for `summit-tui show ID`: the ids that `search`
// prints lead here. Pure string and object builders over the story lookup.

export type ItemLink = {id: string; kind: string; label: string};
export type ItemReport = {
	id: string;
	kind: string;
	title: string;
	fields: Array<[label: string, value: string]>;
	/** A place's [longitude, latitude] and where they come from, for `show ID --json`. */
	coordinates?: [number, number];
	coordinatesSource?: string;
	cites: Array<{article: string; outlet: string; paragraph: number; excerpt: string}>;
	links: ItemLink[];
};

function citations(lookup: StoryLookup, cites: Citation[]): ItemReport['cites'] {
	return cites.map(citation => ({article: citation.article, outlet: lookup.outletOf(citation.article), paragraph: citation.paragraph, excerpt: citation.excerpt}));
}

const shorten = (text: string, length = 70) => (text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text);

/** Everything `show` says about an item, or undefined when no item, article or difference has the id. */
export function describeItem(lookup: StoryLookup, rawId: string): ItemReport | undefined {
	const id = rawId.replace(/^#/, '');
	const linkTo = (target: string): ItemLink => {
		const item = lookup.item(target);
		if (!item) return {id: target, kind: lookup.article(target) ? 'article' : 'item', label: lookup.article(target)?.title ?? target};
		if (item.kind === 'fact') return {id: target, kind: 'fact', label: shorten(item.fact.text)};
		if (item.kind === 'event') return {id: target, kind: 'event', label: shorten(`${eventDateLabel(item.event)} · ${item.event.title}`)};
		if (item.kind === 'quote') return {id: target, kind: 'quote', label: shorten(`“${item.quote.text}”`)};
		return {id: target, kind: item.kind, label: item.entity.name};
	};
	const differenceLinks = (target: string) => lookup.differencesOf(target).map(difference => ({id: difference.id, kind: 'difference', label: difference.topic}));

	const item = lookup.item(id);
	if (item?.kind === 'person' || item?.kind === 'organization' || item?.kind === 'place') {
		const {entity} = item;
		const fields: ItemReport['fields'] = [];
		if (entity.kind === 'person' && entity.role) fields.push(['role', entity.role]);
		if (entity.kind !== 'person') fields.push(['kind', entity.type]);
		if (entity.aliases.length > 0) fields.push(['also', entity.aliases.join(', ')]);
		if (entity.kind === 'place' && entity.coordinates) fields.push(['where', whereLabel(entity.coordinates, entity.coordinatesSource)]);
		fields.push(['about', entity.description]);
		const mentions = lookup.mentionsOf(entity.id);
		const related = [
			...(entity.kind === 'person' ? entity.organizations : []),
			...('country' in entity && entity.country ? [entity.country] : []),
			...(entity.kind === 'place' && entity.within ? [entity.within] : []),
		];
		const links = [...related.map(linkTo), ...[...mentions.quotes, ...mentions.events, ...mentions.facts].map(mentioned => linkTo(mentioned.id))];
		// Scripts get the numbers too, not only the words of the "where" field.
		const where = entity.kind === 'place' && entity.coordinates ? {coordinates: entity.coordinates, ...(entity.coordinatesSource ? {coordinatesSource: entity.coordinatesSource} : {})} : {};
		return {id, kind: entity.kind, title: entity.name, fields, ...where, cites: citations(lookup, entity.cites), links};
	}
	if (item?.kind === 'fact') {
		const {fact} = item;
		return {id, kind: 'fact', title: fact.text, fields: [['category', factCategoryTitles[fact.category]]], cites: citations(lookup, fact.cites), links: [...fact.about.map(linkTo), ...differenceLinks(id)]};
	}
	if (item?.kind === 'event') {
		const {event} = item;
		const fields: ItemReport['fields'] = [
			['date', eventDateLabel(event)],
			['status', eventStatusLabels[event.status]],
		];
		if (event.dateBasis) fields.push(['date basis', event.dateBasis]);
		return {id, kind: 'event', title: event.title, fields, cites: citations(lookup, event.cites), links: [...event.involves.map(linkTo), ...differenceLinks(id)]};
	}
	if (item?.kind === 'quote') {
		const {quote} = item;
		const fields: ItemReport['fields'] = [['speaker', lookup.speakerOf(quote)]];
		if (quote.context) fields.push(['context', quote.context]);
		return {id, kind: 'quote', title: `“${quote.text}”`, fields, cites: citations(lookup, quote.cites), links: quote.speaker ? [linkTo(quote.speaker)] : []};
	}
	const article = lookup.article(id);
	if (article) {
		const fields: ItemReport['fields'] = [
			['outlet', article.outlet],
			['published', articleDateLabel(article)],
		];
		if (article.url) fields.push(['url', article.url]);
		if (article.note) fields.push(['note', article.note]);
		return {id, kind: 'article', title: article.title, fields, cites: [], links: []};
	}
	const difference = lookup.difference(id);
	if (difference) {
		const fields: ItemReport['fields'] = [['note', difference.note]];
		const links = difference.sides.flatMap(side => side.refs.map(ref => ({...linkTo(ref), label: `${lookup.outletOf(side.article)}: ${linkTo(ref).label}`})));
		return {id, kind: 'difference', title: difference.topic, fields, cites: [], links};
	}
	return undefined;
}

/** The plain-text form: a heading line, labelled fields, citations, then links as `#id` lines. */
export function renderItemText(report: ItemReport): string {
	const width = Math.max(...report.fields.map(([label]) => label.length), 0) + 2;
	const lines = [`${report.kind}  ${report.title}  #${report.id}`];
	for (const [label, value] of report.fields) lines.push(`  ${`${label}:`.padEnd(width)}${value}`);
	if (report.cites.length > 0) {
		lines.push('', 'Cited from');
		for (const citation of report.cites) lines.push(`  ${citation.outlet} ¶${citation.paragraph}: “${citation.excerpt}”`);
	}
	if (report.links.length > 0) {
		lines.push('', 'Links');
		for (const link of report.links) lines.push(`  ${link.kind.padEnd(14)}${link.label}  #${link.id}`);
	}
	return `${lines.join('\n')}\n`;
}
