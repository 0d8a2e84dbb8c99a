import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseArticleText} from '../../source/ingest/article-input.js';
import {buildStory} from '../../source/ingest/build-story.js';
import {parseStoryText} from '../../source/model/load.js';

// Words that trigger the rules (names, titles, quotes, dates, numbers) in random orders, and raw text.
const pieces = ['Mayor', 'Ana', 'Lima', 'said', '“', '”', '"', "'", '‘', '’', 'on', 'Tuesday', 'last', 'week', 'in', '2019', 'the', 'Port', 'of', 'Tema', ',', '.', '\n\n', 'he', 'told', 'according', 'to', 'March', '3', '-based', 'van', 'der', 'US', 'KCNA', 'or', 'Wednesday', 'will', '4.5', 'percent', 'Title:', 'Published:'];
const articleText = fc.oneof(
	fc.array(fc.constantFrom(...pieces), {maxLength: 80}).map(words => words.join(' ')),
	fc.string({maxLength: 300}),
	fc.string({unit: 'grapheme', maxLength: 200}),
);

describe('the importer on arbitrary text', () => {
	it('never throws and always builds a story the loader accepts', () => {
		fc.assert(
			fc.property(articleText, fc.boolean(), (text, dated) => {
				const input = parseArticleText(text, 'fuzz.txt', dated ? {published: '2024-03-06'} : {});
				if (input.paragraphs.length === 0) return;
				const {story} = buildStory([input]);
				expect(parseStoryText(JSON.stringify(story), 'fuzz').problems).toEqual([]);
			}),
			{numRuns: 300},
		);
	}, 120_000);
});
