import {z} from 'zod';

// The public story format (schemaVersion 1). Types are inferred from here so that
// the schema, the loader and every renderer agree on one shape. Fields added since the first files
// (an article's author, paragraphs and file) are optional, so every earlier version-1 file still loads.

export const supportedSchemaVersion = 1;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected an id of lower-case letters, digits and hyphens');
const text = z.string().trim().min(1, 'expected non-empty text');
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');
// The day an item was added to a story that already existed (ingest --into); absent for the first import.
const added = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected the day it was added as YYYY-MM-DD').optional();
// The last day a later article confirmed an item (ingest --into added its citation); absent until then.
const updated = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected the day it was updated as YYYY-MM-DD').optional();

export const citationSchema = z.strictObject({
	article: id,
	paragraph: z.int().min(1, 'paragraphs are counted from 1'),
	excerpt: text.refine(value => value.split(/\s+/).length <= 30, 'an excerpt is at most 30 words'),
});

const cites = z.array(citationSchema).min(1, 'expected at least one citation');

export const sectionSchema = z.strictObject({
	title: text,
	// Paragraph numbers of the section heading and of its last paragraph.
	from: z.int().min(1),
	to: z.int().min(1),
});

export const articleSchema = z.strictObject({
	id,
	outlet: text,
	title: text,
	// Optional: an imported article may come without a date; publishedBasis then says so.
	published: isoDate.optional(),
	publishedBasis: text,
	url: z.url().optional(),
	// The file an imported article was read from, as given on the command line (when it has no URL).
	file: text.optional(),
	note: text.optional(),
	author: text.optional(),
	// The cleaned article text that citations count in (paragraph 1 first); imported articles only.
	paragraphs: z.array(text).optional(),
	sections: z.array(sectionSchema).default([]),
	added,
});

const entityBase = {
	id,
	name: text,
	aliases: z.array(text),
	description: text,
	cites: z.array(citationSchema).default([]),
	added,
	updated,
};

export const personSchema = z.strictObject({
	...entityBase,
	// Optional: an imported article may name someone without saying what they do.
	role: text.optional(),
	country: id.optional(),
	organizations: z.array(id).default([]),
});

export const organizationSchema = z.strictObject({
	...entityBase,
	kind: text,
	country: id.optional(),
});

export const placeSchema = z.strictObject({
	...entityBase,
	kind: text,
	within: id.optional(),
	// [longitude, latitude] in degrees, from a gazetteer (the articles do not give them), and which one.
	coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).optional(),
	coordinatesSource: text.optional(),
});

export const factCategories = ['key-fact', 'to-watch', 'unknown', 'number', 'context', 'claim'] as const;

export const factSchema = z.strictObject({
	id,
	text,
	category: z.enum(factCategories),
	about: z.array(id).default([]),
	cites,
	added,
	updated,
});

export const eventStatuses = ['happened', 'expected', 'historical'] as const;

export const eventSchema = z.strictObject({
	id,
	date: isoDate,
	precision: z.enum(['day', 'month', 'year', 'range']),
	dateEnd: isoDate.optional(),
	// A range may mean "one of these days" (a summit on Tuesday or Wednesday) rather than "all of them".
	dateEither: z.boolean().default(false),
	dateBasis: text.optional(),
	status: z.enum(eventStatuses),
	title: text,
	involves: z.array(id).default([]),
	cites,
	added,
	updated,
});

export const quoteSchema = z.strictObject({
	id,
	// Optional: a quote whose speaker the text does not make clear is kept without one, not guessed.
	speaker: id.optional(),
	text,
	context: text.optional(),
	cites,
	added,
	updated,
});

export const differenceSchema = z.strictObject({
	id,
	topic: text,
	note: text,
	sides: z
		.array(
			z.strictObject({
				article: id,
				refs: z.array(id).min(1, 'a side refers to at least one fact or event'),
			}),
		)
		.min(2, 'a difference has at least two sides'),
});

export const storySchema = z.strictObject({
	schemaVersion: z.literal(supportedSchemaVersion),
	story: z.strictObject({
		id,
		title: text,
		summary: text,
		// Which of title and summary are still the text summit-tui generated: a fingerprint of that text.
		// A person's edit no longer matches it, so later imports keep the edited text (absent: all kept).
		// keyFacts: of the ids of the facts summit-tui chose as key facts (sorted), so that a later import
		// ranks them again only while no one has changed which facts are key facts.
		generated: z
			.strictObject({title: z.string().regex(/^[0-9a-f]{12}$/).optional(), summary: z.string().regex(/^[0-9a-f]{12}$/).optional(), keyFacts: z.string().regex(/^[0-9a-f]{12}$/).optional()})
			.optional(),
	}),
	articles: z.array(articleSchema).min(1, 'a story cites at least one article'),
	people: z.array(personSchema).default([]),
	organizations: z.array(organizationSchema).default([]),
	places: z.array(placeSchema).default([]),
	facts: z.array(factSchema).default([]),
	events: z.array(eventSchema).default([]),
	quotes: z.array(quoteSchema).default([]),
	differences: z.array(differenceSchema).default([]),
});

export type Citation = z.infer<typeof citationSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Person = z.infer<typeof personSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Fact = z.infer<typeof factSchema>;
export type FactCategory = Fact['category'];
export type StoryEvent = z.infer<typeof eventSchema>;
export type EventStatus = StoryEvent['status'];
export type Quote = z.infer<typeof quoteSchema>;
export type Difference = z.infer<typeof differenceSchema>;
export type StoryFile = z.infer<typeof storySchema>;
