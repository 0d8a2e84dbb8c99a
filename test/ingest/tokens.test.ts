import nlp from 'compromise';
import {describe, expect, it} from 'vitest';
import {analyseParagraph} from '../../source/ingest/tokens.js';

// The words the rules read come from compromise's own terms (tokens.ts), not from a copy through its
// json(): every word's text, offsets, spacing and tags must be what json() gives.

type JsonTerm = {text: string; pre: string; post: string; tags: string[]; offset: {start: number; length: number}};

describe("the importer's words", () => {
	it("are compromise's words, offsets, spacing and tags, as its json() gives them", () => {
		const paragraphs = [
			'Dr. Anna Lee, the health minister, said on Tuesday that the Voltra Group would close its plant in Denver by March 2026.',
			"“We won't stop,” said Tom Hale, who leads the union. The strike, which began on 3 May, has cost $4.5 million.",
			"They'll say we're done — but Mr. and Mrs. Okafor (the owners) won't sell; it's the city's call, isn't it?",
		];
		for (const paragraph of paragraphs) {
			const expected = (nlp(paragraph).json({offset: true, terms: {offset: true}}) as Array<{terms: JsonTerm[]}>).flatMap(sentence =>
				sentence.terms.map(term => ({text: term.text, start: term.offset.start, end: term.offset.start + term.offset.length, pre: term.pre, post: term.post, tags: term.tags})),
			);
			const found = analyseParagraph(paragraph).flatMap(sentence => sentence.tokens.map(token => ({...token, tags: [...token.tags]})));
			expect(found).toEqual(expected);
		}
	});
});
