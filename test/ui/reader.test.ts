import {describe, expect, it} from 'vitest';
import {parseStoryText} from '../../source/model/load.js';
import {buildStoryLookup} from '../../source/model/story-lookup.js';
import {detailContent} from '../../source/ui/detail-content.js';
import {layoutDocument, lineText} from '../../source/ui/document.js';
import {markExcerpt, readerContent} from '../../source/ui/reader-content.js';
import {openPosition} from '../../source/ui/view-navigation.js';
import {importedStory} from '../fixtures/imported-story.js';
import {bundledStory} from '../helpers/render-app.js';

const imported = buildStoryLookup(parseStoryText(JSON.stringify(importedStory()), 'imported.json').story!);
const bundled = buildStoryLookup(bundledStory);

describe('the reader', () => {
	it('keeps the articles of an imported story with their paragraphs and author', () => {
		expect(imported.article('harbour-news')?.paragraphs).toHaveLength(8);
		expect(imported.article('harbour-news')?.author).toBe('Jon Reyes');
	});

	it('opens an article at the cited paragraph: marked, the excerpt highlighted, its neighbours around it', () => {
		const document = layoutDocument(readerContent(imported, {article: 'harbour-news', paragraph: 4, excerpt: 'four ferries an hour'}), 60);
		const lines = document.lines.map(lineText);
		expect(lines[0]).toBe('Harbour News · Ferry terminal to open in June');
		expect(lines[1]).toBe('published 10 Mar 2025 · by Jon Reyes');
		expect(lines[2]).toBe('https://harbour-news.example/ferry-terminal');
		const cited = lines.findIndex(line => line.startsWith('┃ ¶4 '));
		expect(document.anchor).toBe(cited);
		expect(document.lines[cited]!.cells).toContainEqual({text: 'four ferries an hour', tone: 'match', bold: true});
		// Only the cited paragraph is marked; the others are there around it.
		expect(lines.filter(line => line.startsWith('┃'))).toHaveLength(lines.filter(line => /¶4|twice as many/.test(line)).length);
		for (const number of [3, 5]) expect(lines.some(line => line.startsWith(`  ¶${number} `))).toBe(true);
		// At a 15-line page the view opens with the paragraph before it in sight.
		const {scroll} = openPosition({lineCount: lines.length, linkSpans: document.linkSpans, anchor: document.anchor, matchLines: () => []}, 15);
		expect(lines.slice(scroll, scroll + 15).some(line => line.includes('¶3 '))).toBe(true);
		expect(lines.slice(scroll, scroll + 15).some(line => line.startsWith('┃ ¶4'))).toBe(true);
	});

	it('reads a whole article from its start when no paragraph is cited', () => {
		const document = layoutDocument(readerContent(imported, {article: 'alder-tribune'}), 80);
		const lines = document.lines.map(lineText);
		expect(document.anchor).toBe(0);
		expect(lines.filter(line => /^ {2}¶\d /.test(line))).toHaveLength(3);
		expect(lines.join('\n')).toContain('by Lena Ortiz');
		expect(lines.some(line => line.startsWith('┃'))).toBe(false);
	});

	it('leads from every citation in a detail to the reader at that paragraph', () => {
		const links = detailContent(imported, 'fact-four-ferries').links;
		expect(links).toContainEqual({kind: 'reader', article: 'harbour-news', paragraph: 4, excerpt: 'four ferries an hour'});
		// The reader leads on to the article's own detail.
		expect(readerContent(imported, {article: 'harbour-news'}).links).toEqual([{kind: 'item', id: 'harbour-news'}]);
	});

	it('lists an event once under Open when both sides of a difference date that one event', () => {
		// One event both outlets report, each side citing it with its own date.
		const story = importedStory();
		const [june, july] = story.events.filter(event => event.id.startsWith('event-opening-'));
		june!.title = 'Terminal opens';
		june!.cites.push(...july!.cites);
		story.events = story.events.filter(event => event !== july);
		story.differences[0]!.sides[1]!.refs = ['event-opening-june'];
		const lookup = buildStoryLookup(parseStoryText(JSON.stringify(story), 'imported.json').story!);
		const text = layoutDocument(detailContent(lookup, 'difference-opening'), 80).lines.map(lineText).join('\n');
		const open = text.slice(text.lastIndexOf('Open'));
		expect(open.match(/Terminal opens/g)).toHaveLength(1);
	});

	it('without the text, shows the cited passages in paragraph order and says the text is not included', () => {
		const document = layoutDocument(readerContent(bundled, {article: 'forbes-2023-09-12', paragraph: 4, excerpt: 'Kim entered Russia’s eastern Primorsky from North Korea on Tuesday morning, Russian state media Ria Novosti reported.'}), 80);
		const text = document.lines.map(lineText).join('\n');
		expect(text).toContain('The full text of this article is not included');
		const numbers = [...text.matchAll(/^[┃ ] ¶(\d+) /gm)].map(match => Number(match[1]));
		expect(numbers.length).toBeGreaterThan(3);
		expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
		expect(lineText(document.lines[document.anchor]!)).toMatch(/^┃ ¶4 /);
	});

	it('highlights an excerpt only where it is in the paragraph', () => {
		expect(markExcerpt('one two three', 'two')).toEqual([{text: 'one '}, {text: 'two', tone: 'match', bold: true}, {text: ' three'}]);
		expect(markExcerpt('one two three', 'four')).toEqual([{text: 'one two three'}]);
	});
});
