import {coordinatesLabel} from '../model/coordinates-label.js';
import {eventStatusLabels, factCategoryTitles, itemKindLabels, unattributed} from '../model/labels.js';
import type {Citation} from '../model/schema.js';
import {articleDateLabel, eventDateLabel, type StoryLookup} from '../model/story-lookup.js';
import {ContentBuilder, type DocumentContent, type ViewTarget} from './document.js';
import {exclusiveItems, statusGlyphs, statusTones} from './list-rows.js';
import type {Cell} from '../text/text-fit.js';

// The detail of any item, decided from the story alone: its text, citations and related items as
// links. Laid out at a width by layoutDocument, so the links are the same at every width.

const item = (id: string): ViewTarget => ({kind: 'item', id});

/** Where a citation leads: the reader, at the cited paragraph with the excerpt marked. */
export function citationTarget(citation: Citation): ViewTarget {
	return {kind: 'reader', article: citation.article, paragraph: citation.paragraph, excerpt: citation.excerpt};
}

function citations(builder: ContentBuilder, lookup: StoryLookup, cites: Citation[], title = 'Sources') {
	if (cites.length === 0) return;
	builder.heading(`${title} (${cites.length})`);
	for (const citation of cites) {
		const article = lookup.article(citation.article);
		const date = article ? `, ${articleDateLabel(article)}` : '';
		builder.link(citationTarget(citation), [{text: `${lookup.outletOf(citation.article)} ¶${citation.paragraph}`, bold: true}, {text: date, tone: 'muted'}], [{text: `“${citation.excerpt}”`, tone: 'muted'}]);
	}
}

function entityLinks(builder: ContentBuilder, lookup: StoryLookup, title: string, ids: string[]) {
	const unique = [...new Set(ids)].filter(id => lookup.entity(id));
	if (unique.length === 0) return;
	builder.heading(`${title} (${unique.length})`);
	for (const id of unique) {
		const entity = lookup.entity(id)!;
		const role = entity.kind === 'person' ? entity.role : entity.type;
		builder.link(item(id), [{text: entity.name, bold: true}, {text: ` · ${[itemKindLabels[entity.kind], role].filter(Boolean).join(', ')}`, tone: 'muted'}]);
	}
}

function itemLink(builder: ContentBuilder, lookup: StoryLookup, id: string) {
	const found = lookup.item(id);
	if (found?.kind === 'fact') builder.link(item(id), [{text: found.fact.text}]);
	else if (found?.kind === 'event') {
		builder.link(item(id), [
			{text: `${eventDateLabel(found.event)} `, tone: 'muted'},
			{text: `${statusGlyphs[found.event.status]} `, tone: statusTones[found.event.status]},
			{text: found.event.title},
		]);
	} else if (found?.kind === 'quote') builder.link(item(id), [{text: `${lookup.speakerOf(found.quote)}: `, bold: true}, {text: `“${found.quote.text}”`}]);
	else if (lookup.difference(id)) builder.link(item(id), [{text: '≠ ', tone: 'warning'}, {text: lookup.difference(id)!.topic}]);
}

function differencesOf(builder: ContentBuilder, lookup: StoryLookup, id: string) {
	const differences = lookup.differencesOf(id);
	if (differences.length === 0) return;
	builder.heading(`The outlets differ here (${differences.length})`);
	for (const difference of differences) itemLink(builder, lookup, difference.id);
}

const titleLine = (builder: ContentBuilder, cells: Cell[]) => builder.text(cells);

/** Builds the detail of a person, organisation, place, fact, event, quote, article or difference. */
export function detailContent(lookup: StoryLookup, id: string): DocumentContent {
	const builder = new ContentBuilder();
	const found = lookup.item(id);
	let title = id;

	if (found && (found.kind === 'person' || found.kind === 'organization' || found.kind === 'place')) {
		const entity = found.entity;
		title = entity.name;
		const role = entity.kind === 'person' ? entity.role : entity.type;
		titleLine(builder, [{text: entity.name, bold: true, tone: 'accent'}, {text: `  ${itemKindLabels[entity.kind]}`, tone: 'muted'}]);
		if (role) builder.paragraph(role, 'muted');
		if (entity.aliases.length > 0) builder.paragraph(`Also: ${entity.aliases.join(', ')}`, 'muted');
		// Where it is, and from where that is known: a gazetteer, never the articles.
		if (entity.kind === 'place' && entity.coordinates) builder.paragraph(`${coordinatesLabel(entity.coordinates)}${entity.coordinatesSource ? ` · from ${entity.coordinatesSource}${/articles/.test(entity.coordinatesSource) ? '' : ', not from the articles'}` : ''}`, 'muted');
		builder.blank();
		builder.paragraph(entity.description);
		const linked: string[] = [];
		if (entity.kind === 'person') linked.push(...(entity.country ? [entity.country] : []), ...entity.organizations);
		if (entity.kind === 'organization' && entity.country) linked.push(entity.country);
		if (entity.kind === 'place' && entity.within) linked.push(entity.within);
		entityLinks(builder, lookup, 'Linked', linked);
		const mentions = lookup.mentionsOf(entity.id);
		if (mentions.quotes.length > 0) {
			builder.heading(`Quotes (${mentions.quotes.length})`);
			for (const quote of mentions.quotes) itemLink(builder, lookup, quote.id);
		}
		if (mentions.facts.length > 0) {
			builder.heading(`Facts (${mentions.facts.length})`);
			for (const fact of mentions.facts) itemLink(builder, lookup, fact.id);
		}
		if (mentions.events.length > 0) {
			builder.heading(`Events (${mentions.events.length})`);
			for (const event of mentions.events) itemLink(builder, lookup, event.id);
		}
		citations(builder, lookup, entity.cites, 'Named in');
	} else if (found?.kind === 'fact') {
		const {fact} = found;
		title = 'Fact';
		titleLine(builder, [{text: factCategoryTitles[fact.category], bold: true, tone: 'accent'}, {text: `  fact · reported by ${lookup.outletsOf(fact.cites).join(' and ')}`, tone: 'muted'}]);
		builder.blank();
		builder.paragraph(fact.text);
		citations(builder, lookup, fact.cites);
		entityLinks(builder, lookup, 'About', fact.about);
		differencesOf(builder, lookup, fact.id);
	} else if (found?.kind === 'event') {
		const {event} = found;
		title = 'Event';
		titleLine(builder, [
			{text: eventDateLabel(event), bold: true, tone: 'accent'},
			{text: `  ${statusGlyphs[event.status]} ${eventStatusLabels[event.status]}`, tone: statusTones[event.status]},
			{text: `  event · ${event.precision === 'range' && event.dateEither ? 'one of these days' : `${event.precision} precision`}`, tone: 'muted'},
		]);
		builder.blank();
		builder.paragraph(event.title);
		if (event.dateBasis) {
			builder.heading('How the date was found');
			builder.paragraph(event.dateBasis, 'muted');
		}
		citations(builder, lookup, event.cites);
		entityLinks(builder, lookup, 'Involved', event.involves);
		differencesOf(builder, lookup, event.id);
	} else if (found?.kind === 'quote') {
		const {quote} = found;
		title = 'Quote';
		titleLine(builder, [{text: 'Quote', bold: true, tone: 'accent'}, {text: `  reported by ${lookup.outletsOf(quote.cites).join(' and ')}`, tone: 'muted'}]);
		builder.blank();
		builder.paragraph(`“${quote.text}”`);
		if (quote.context) {
			builder.blank();
			builder.paragraph(quote.context, 'muted');
		}
		if (quote.speaker) entityLinks(builder, lookup, 'Speaker', [quote.speaker]);
		else {
			builder.blank();
			builder.paragraph(`Speaker: ${unattributed}`, 'muted');
		}
		citations(builder, lookup, quote.cites);
		const others = quote.speaker ? lookup.mentionsOf(quote.speaker).quotes.filter(other => other.id !== quote.id) : [];
		if (others.length > 0) {
			builder.heading(`Also said by ${lookup.speakerOf(quote)} (${others.length})`);
			for (const other of others) itemLink(builder, lookup, other.id);
		}
	} else if (lookup.article(id)) {
		const article = lookup.article(id)!;
		title = article.outlet;
		titleLine(builder, [{text: article.outlet, bold: true, tone: 'accent'}, {text: `  article · published ${articleDateLabel(article)}`, tone: 'muted'}]);
		builder.blank();
		builder.paragraph(article.title);
		if (article.url) builder.paragraph(article.url, 'muted');
		builder.heading('How the date was found');
		builder.paragraph(article.publishedBasis, 'muted');
		if (article.note) {
			builder.heading('Note');
			builder.paragraph(article.note, 'muted');
		}
		if (article.sections.length > 0) {
			builder.heading('Sections');
			for (const section of article.sections) builder.paragraph(`¶${section.from}–${section.to}  ${section.title}`, 'muted');
		}
		const only = exclusiveItems(lookup, article.id);
		builder.heading(`Reported only here (${only.length})`);
		for (const onlyId of only) itemLink(builder, lookup, onlyId);
	} else if (lookup.difference(id)) {
		const difference = lookup.difference(id)!;
		title = 'Where the outlets differ';
		titleLine(builder, [{text: '≠ ', tone: 'warning'}, {text: difference.topic, bold: true, tone: 'accent'}]);
		builder.blank();
		builder.paragraph(difference.note, 'muted');
		builder.blank();
		const sides = difference.sides.map(side => ({
			title: `${lookup.outletOf(side.article)}${lookup.article(side.article) ? `, ${articleDateLabel(lookup.article(side.article)!)}` : ''}`,
			texts: side.refs.map(ref => {
				const referenced = lookup.item(ref);
				if (referenced?.kind === 'fact') return referenced.fact.text;
				// An event several outlets report is shown in this side's own words: its citation of the event.
				if (referenced?.kind === 'event') return `${eventDateLabel(referenced.event)}: ${referenced.event.cites.find(citation => citation.article === side.article)?.excerpt ?? referenced.event.title}`;
				return ref;
			}),
		}));
		builder.columns(sides);
		builder.heading('Open');
		// Outlets dating one event differently both refer to that event: it is one item to open.
		for (const ref of new Set(difference.sides.flatMap(side => side.refs))) itemLink(builder, lookup, ref);
	} else {
		builder.paragraph(`Nothing in this story has the id "${id}".`, 'warning');
	}
	return builder.finish(title);
}
