import {existsSync, readFileSync, readdirSync} from 'node:fs';
import nlp from 'compromise';
import {describe, expect, it} from 'vitest';
import {bulkMatch, leadingChecks, sweepMatch} from '../../source/ingest/compromise-sweep.js';

// The faster sweep must tag exactly as compromise's own: every word's tags, offsets and spacing decide
// the names, quotes and dates an import finds.

type Terms = Array<{terms: Array<{text: string; pre: string; post: string; tags: string[]; offset: unknown}>}>;

function tagsWith(matcher: unknown, paragraphs: string[]): string {
	const world = nlp.world() as {methods: {one: {bulkMatch: unknown}}};
	const before = world.methods.one.bulkMatch;
	world.methods.one.bulkMatch = matcher;
	try {
		// Term ids are new on each call; everything the importer reads is compared.
		return JSON.stringify(paragraphs.map(text => (nlp(text).json({offset: true, terms: {offset: true}}) as Terms).map(sentence => sentence.terms.map(({text: word, pre, post, tags, offset}) => [word, pre, post, tags, offset]))));
	} finally {
		world.methods.one.bulkMatch = before;
	}
}

const original = (nlp.world() as {methods: {one: {bulkMatch: unknown}}}).methods.one.bulkMatch;

describe('the post-tagger sweep', () => {
	it('tags invented news sentences exactly as compromise does', () => {
		const paragraphs = [
			'Dr. Anna Lee, the health minister, said on Tuesday that the Voltra Group would close its plant in Denver by March 2026.',
			"“We won't stop,” said Tom Hale, who leads the union. The strike, which began on 3 May, has cost $4.5 million.",
			'The U.S. State Department and the European Commission met in Brussels; Mr. Okafor walked out, angry and tired.',
			'She was running, he had been told, but nobody knew whether the ferry to St. Ives would sail again.',
			'Wall Street fell 2% as Apple, Microsoft and Goldman Sachs reported lower earnings for the third quarter.',
		];
		const tagged = tagsWith(bulkMatch, paragraphs);
		expect(tagged).toBe(tagsWith(original, paragraphs));
		// The sentences need the sweep: without its matches they are tagged otherwise.
		expect(tagsWith(() => [], paragraphs)).not.toBe(tagged);
	});

	const articles = '../shared/ingest-dev/articles';
	it.skipIf(!existsSync(articles))('tags the development articles exactly as compromise does', () => {
		const paragraphs = readdirSync(articles).flatMap(name => readFileSync(`${articles}/${name}`, 'utf8').split(/\n\s*\n/u).map(text => text.trim()).filter(Boolean));
		expect(tagsWith(bulkMatch, paragraphs)).toBe(tagsWith(original, paragraphs));
	});
});

type Clause = Array<{id?: string}>;
type Net = {hooks: Record<string, Array<{match: string}>>; always: Array<{match: string}>};
type World = {methods: {one: {bulkMatch: (document: Clause[], net: Net, ...rest: unknown[]) => unknown; match: (docs: Clause[], pattern: unknown) => {ptrs: unknown[]}}; two: {quickSplit: (docs: Clause[]) => Clause[]}}};

/** The post-tagger's net of patterns, as its sweep is given it. */
function postTaggerNet(world: World): Net {
	const before = world.methods.one.bulkMatch;
	let net: Net | undefined;
	world.methods.one.bulkMatch = (document, given, ...rest) => {
		net ??= given;
		return before(document, given, ...rest);
	};
	try {
		nlp('The minister said so.');
	} finally {
		world.methods.one.bulkMatch = before;
	}
	return net!;
}

/** Every post-tagger pattern on every comma-separated clause of the paragraphs, by both matchers: the pointers that differ. */
function matcherDifferences(paragraphs: string[]): string[] {
	const world = nlp.world() as unknown as World;
	const net = postTaggerNet(world);
	const patterns = [...new Map([...Object.values(net.hooks).flat(), ...net.always].map(pattern => [pattern.match, pattern])).values()];
	const differences: string[] = [];
	for (const text of paragraphs) {
		for (const clause of world.methods.two.quickSplit((nlp(text) as unknown as {docs: Clause[]}).docs)) {
			for (const pattern of patterns) {
				const expected = JSON.stringify(world.methods.one.match([clause], pattern).ptrs);
				const found = JSON.stringify(sweepMatch(clause, pattern as Parameters<typeof sweepMatch>[1]).ptrs);
				if (found !== expected) differences.push(`${pattern.match} on "${text}": ${found} instead of ${expected}`);
			}
		}
	}
	return differences;
}

describe("the sweep's matcher", () => {
	it('finds what compromise\'s match finds for every post-tagger pattern', () => {
		const paragraphs = [
			'Dr. Anna Lee, the health minister, said on Tuesday that the Voltra Group would close its plant in Denver by March 2026.',
			"“We won't stop,” said Tom Hale, who leads the union. The strike, which began on 3 May, has cost $4.5 million.",
			'She was running, he had been told, but nobody knew whether the ferry to St. Ives would sail again.',
			'Wall Street fell 2% as Apple, Microsoft and Goldman Sachs reported lower earnings for the third quarter.',
			"I'd have gone if it hadn't rained so hard; the very old man isn't walking, is he?",
			// Contractions inside runs of plain tokens: their implied terms are left to compromise's own steps.
			"They'll say we're done, but Mr. and Mrs. Okafor won't sell; it's the city's call, isn't it?",
			'Governor Dana Reyes of New Mexico told reporters late Monday she would not run again in 2026.',
		];
		expect(matcherDifferences(paragraphs)).toEqual([]);
	});

	it('refuses a start position by the terms of the leading one-term tokens, up to the first that may take more', () => {
		const parse = (match: string) => (nlp as unknown as {parseMatch: (match: string) => Parameters<typeof leadingChecks>[0]}).parseMatch(match);
		// Both tokens take one term each: a position whose next word is no verb is never tried.
		expect(leadingChecks(parse('#Honorific #Person #Verb'))).toHaveLength(3);
		// "+" may take several terms: what follows it is left to compromise.
		expect(leadingChecks(parse('#Adverb+ #Verb'))).toHaveLength(1);
		// An optional token or a choice of phrases is no check, nor anything after it; a choice of words is one.
		expect(leadingChecks(parse('#Noun #Verb? #Adjective'))).toHaveLength(1);
		expect(leadingChecks(parse('(the|an old) #Noun'))).toHaveLength(0);
		expect(leadingChecks(parse('(a|an|the) #Noun'))).toHaveLength(2);
	});
});
