import {eventStatusLabels, factCategoryTitles, itemKindLabels, unattributed} from '../model/labels.js';
import type {Citation} from '../model/schema.js';
import {articleDateLabel, eventDateLabel, type StoryLookup} from '../model/story-lookup.js';
import {exclusiveItems, statusGlyphs, statusTones} from './pane-rows.js';
import {fitCells, padText, wrapText, type Cell, type Tone} from './text-fit.js';

// The detail view of any item as lines fitted to a width. Links (citations, related items) can be
// selected and followed; `link` on a line says which link it belongs to (a link may wrap over lines).

export type DetailLine = {cells: Cell[]; link?: number};
export type DetailDocument = {title: string; lines: DetailLine[]; links: string[]};

class DocumentBuilder {
	readonly lines: DetailLine[] = [];
	readonly links: string[] = [];
	constructor(readonly width: number) {}

	blank() {
		if (this.lines.length > 0 && this.lines.at(-1)!.cells.length > 0) this.lines.push({cells: []});
	}

	heading(text: string) {
		this.blank();
		this.lines.push({cells: fitCells([{text, tone: 'heading', bold: true}], this.width)});
	}

	paragraph(text: string, tone: Tone = 'normal', indent = 0) {
		for (const line of wrapText(text, this.width - indent)) this.lines.push({cells: [{text: ' '.repeat(indent) + line, tone}]});
	}

	/** A followable line: its target becomes a link; long text is cut to one line. */
	link(target: string, cells: Cell[]) {
		const index = this.links.push(target) - 1;
		this.lines.push({cells: fitCells([{text: '› ', tone: 'accent'}, ...cells], this.width), link: index});
	}

	/** A followable block: the first line is the link's label, the rest wraps under it. */
	linkBlock(target: string, label: Cell[], body: string, bodyTone: Tone = 'muted') {
		const index = this.links.push(target) - 1;
		this.lines.push({cells: fitCells([{text: '› ', tone: 'accent'}, ...label], this.width), link: index});
		for (const line of wrapText(body, this.width - 4)) this.lines.push({cells: [{text: `    ${line}`, tone: bodyTone}], link: index});
	}
}

function citations(builder: DocumentBuilder, lookup: StoryLookup, cites: Citation[], title = 'Sources') {
	if (cites.length === 0) return;
	builder.heading(`${title} (${cites.length})`);
	for (const citation of cites) {
		const article = lookup.article(citation.article);
		const date = article ? `, ${articleDateLabel(article)}` : '';
		builder.linkBlock(citation.article, [{text: `${lookup.outletOf(citation.article)} ¶${citation.paragraph}`, bold: true}, {text: date, tone: 'muted'}], `“${citation.excerpt}”`);
	}
}

function entityLinks(builder: DocumentBuilder, lookup: StoryLookup, title: string, ids: string[]) {
	const unique = [...new Set(ids)].filter(id => lookup.entity(id));
	if (unique.length === 0) return;
	builder.heading(`${title} (${unique.length})`);
	for (const id of unique) {
		const entity = lookup.entity(id)!;
		const role = entity.kind === 'person' ? entity.role : entity.type;
		builder.link(id, [{text: entity.name, bold: true}, {text: ` · ${[itemKindLabels[entity.kind], role].filter(Boolean).join(', ')}`, tone: 'muted'}]);
	}
}

function itemLink(builder: DocumentBuilder, lookup: StoryLookup, id: string) {
	const item = lookup.item(id);
	if (item?.kind === 'fact') builder.link(id, [{text: item.fact.text}]);
	else if (item?.kind === 'event') {
		builder.link(id, [
			{text: `${eventDateLabel(item.event)} `, tone: 'muted'},
			{text: `${statusGlyphs[item.event.status]} `, tone: statusTones[item.event.status]},
			{text: item.event.title},
		]);
	} else if (item?.kind === 'quote') builder.link(id, [{text: `${lookup.speakerOf(item.quote)}: `, bold: true}, {text: `“${item.quote.text}”`}]);
	else if (lookup.difference(id)) builder.link(id, [{text: '≠ ', tone: 'warning'}, {text: lookup.difference(id)!.topic}]);
}

function differencesOf(builder: DocumentBuilder, lookup: StoryLookup, id: string) {
	const differences = lookup.differencesOf(id);
	if (differences.length === 0) return;
	builder.heading(`The outlets differ here (${differences.length})`);
	for (const difference of differences) itemLink(builder, lookup, difference.id);
}

function sideBySide(builder: DocumentBuilder, columns: Array<{title: string; texts: string[]}>) {
	const gap = 3;
	const columnWidth = Math.floor((builder.width - gap * (columns.length - 1)) / columns.length);
	const blocks = columns.map(column => [
		{text: column.title, tone: 'heading' as Tone, bold: true},
		...column.texts.flatMap((text, index) => [
			...(index > 0 ? [{text: '', tone: 'normal' as Tone, bold: false}] : []),
			...wrapText(`• ${text}`, columnWidth).map(line => ({text: line, tone: 'normal' as Tone, bold: false})),
		]),
	]);
	const height = Math.max(...blocks.map(block => block.length));
	for (let row = 0; row < height; row++) {
		const cells: Cell[] = [];
		blocks.forEach((block, index) => {
			const entry = block[row] ?? {text: '', tone: 'normal' as Tone, bold: false};
			const last = index === blocks.length - 1;
			cells.push({text: last ? entry.text : padText(entry.text, columnWidth), tone: entry.tone, bold: entry.bold});
			if (!last) cells.push({text: ' │ ', tone: 'muted'});
		});
		builder.lines.push({cells});
	}
}

/** Builds the detail of a person, organisation, place, fact, event, quote, article or difference. */
export function buildDetailDocument(lookup: StoryLookup, id: string, width: number): DetailDocument {
	const builder = new DocumentBuilder(Math.max(10, width));
	const item = lookup.item(id);
	let title = id;

	if (item && (item.kind === 'person' || item.kind === 'organization' || item.kind === 'place')) {
		const entity = item.entity;
		title = entity.name;
		const role = entity.kind === 'person' ? entity.role : entity.type;
		builder.lines.push({cells: fitCells([{text: entity.name, bold: true, tone: 'accent'}, {text: `  ${itemKindLabels[entity.kind]}`, tone: 'muted'}], builder.width)});
		if (role) builder.paragraph(role, 'muted');
		if (entity.aliases.length > 0) builder.paragraph(`Also: ${entity.aliases.join(', ')}`, 'muted');
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
	} else if (item?.kind === 'fact') {
		const {fact} = item;
		title = 'Fact';
		builder.lines.push({cells: fitCells([{text: factCategoryTitles[fact.category], bold: true, tone: 'accent'}, {text: `  fact · reported by ${lookup.outletsOf(fact.cites).join(' and ')}`, tone: 'muted'}], builder.width)});
		builder.blank();
		builder.paragraph(fact.text);
		citations(builder, lookup, fact.cites);
		entityLinks(builder, lookup, 'About', fact.about);
		differencesOf(builder, lookup, fact.id);
	} else if (item?.kind === 'event') {
		const {event} = item;
		title = 'Event';
		builder.lines.push({
			cells: fitCells(
				[
					{text: eventDateLabel(event), bold: true, tone: 'accent'},
					{text: `  ${statusGlyphs[event.status]} ${eventStatusLabels[event.status]}`, tone: statusTones[event.status]},
					{text: `  event · ${event.precision === 'range' && event.dateEither ? 'one of these days' : `${event.precision} precision`}`, tone: 'muted'},
				],
				builder.width,
			),
		});
		builder.blank();
		builder.paragraph(event.title);
		if (event.dateBasis) {
			builder.heading('How the date was found');
			builder.paragraph(event.dateBasis, 'muted');
		}
		citations(builder, lookup, event.cites);
		entityLinks(builder, lookup, 'Involved', event.involves);
		differencesOf(builder, lookup, event.id);
	} else if (item?.kind === 'quote') {
		const {quote} = item;
		title = 'Quote';
		builder.lines.push({cells: fitCells([{text: 'Quote', bold: true, tone: 'accent'}, {text: `  reported by ${lookup.outletsOf(quote.cites).join(' and ')}`, tone: 'muted'}], builder.width)});
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
	} else if (lookup.article(id)) {
		const article = lookup.article(id)!;
		title = article.outlet;
		builder.lines.push({cells: fitCells([{text: article.outlet, bold: true, tone: 'accent'}, {text: `  article · published ${articleDateLabel(article)}`, tone: 'muted'}], builder.width)});
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
		builder.lines.push({cells: fitCells([{text: '≠ ', tone: 'warning'}, {text: difference.topic, bold: true, tone: 'accent'}], builder.width)});
		builder.blank();
		builder.paragraph(difference.note, 'muted');
		builder.blank();
		const sides = difference.sides.map(side => ({
			title: `${lookup.outletOf(side.article)}${lookup.article(side.article) ? `, ${articleDateLabel(lookup.article(side.article)!)}` : ''}`,
			texts: side.refs.map(ref => {
				const referenced = lookup.item(ref);
				if (referenced?.kind === 'fact') return referenced.fact.text;
				if (referenced?.kind === 'event') return `${eventDateLabel(referenced.event)}: ${referenced.event.title}`;
				return ref;
			}),
		}));
		// Side by side where each column still gets a readable width; stacked otherwise.
		if (builder.width >= 30 * sides.length + 3 * (sides.length - 1)) sideBySide(builder, sides);
		else {
			for (const side of sides) {
				builder.heading(side.title);
				for (const text of side.texts) builder.paragraph(`• ${text}`);
			}
		}
		builder.heading('Open');
		for (const side of difference.sides) for (const ref of side.refs) itemLink(builder, lookup, ref);
	} else {
		builder.paragraph(`Nothing in this story has the id "${id}".`, 'warning');
	}
	return {title, lines: builder.lines, links: builder.links};
}
