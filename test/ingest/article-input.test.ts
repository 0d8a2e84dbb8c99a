import {describe, expect, it} from 'vitest';
import {markdownToText, parseArticleText} from '../../source/ingest/article-input.js';
import {normalisePublished} from '../../source/ingest/ingest-files.js';

describe('article input', () => {
	it('reads the metadata header and numbers the paragraphs after it', () => {
		const article = parseArticleText('Title: Harbour reopens\nOutlet: Coast News\nURL: https://example.org/a\nPublished: 2024-05-02\n\nHarbour reopens\n\nThe harbour reopened on Monday.\n', 'a.txt');
		expect(article.metadata).toEqual({title: 'Harbour reopens', outlet: 'Coast News', url: 'https://example.org/a', published: '2024-05-02'});
		expect(article.paragraphs).toEqual(['Harbour reopens', 'The harbour reopened on Monday.']);
	});

	it('treats a first line that is not a known key as article text, not a header', () => {
		const article = parseArticleText('Breaking: the harbour reopens\n\nSecond paragraph.', 'a.txt');
		expect(article.metadata.title).toBeUndefined();
		expect(article.paragraphs[0]).toBe('Breaking: the harbour reopens');
	});

	it('lets command-line values win over the header and reports header lines it does not know', () => {
		const article = parseArticleText('Outlet: Coast News\nAuthor: Jo Bloggs\n\nText.', 'a.txt', {outlet: 'Other Outlet'});
		expect(article.metadata.outlet).toBe('Other Outlet');
		expect(article.ignoredHeaderLines).toEqual(['Author: Jo Bloggs']);
	});

	it('turns Markdown into the text a reader sees, keeping line-wrapped paragraphs whole', () => {
		expect(markdownToText('## A *bold* [claim](https://x.org) with **emphasis**')).toBe('A bold claim with emphasis');
		const article = parseArticleText('# Headline\n\n> A quoted\n> paragraph\n\n---\n\n- a list item', 'a.md');
		expect(article.paragraphs).toEqual(['Headline', 'A quoted paragraph', 'a list item']);
	});

	it('gives each item of a list written on consecutive lines its own paragraph, as the list of a web page does', () => {
		const article = parseArticleText('The ranking put three lakes first:\n1. Lake Orrin\n2. Lake Vell\n   and its islands\n3. Lake Tarn\n\nA wrapped paragraph that\n10. ends oddly stays whole.', 'a.txt');
		expect(article.paragraphs).toEqual(['The ranking put three lakes first:', 'Lake Orrin', 'Lake Vell and its islands', 'Lake Tarn', 'A wrapped paragraph that 10. ends oddly stays whole.']);
	});

	it('reads each country of a numbered list as its own place', async () => {
		const {buildStory} = await import('../../source/ingest/build-story.js');
		const {story} = buildStory([parseArticleText('Rankings\n\nThe survey ranked three countries first:\n1. Finland\n2. Norway\n3. Denmark', 'a.txt', {outlet: 'Coast News', published: '2024-03-06'})]);
		expect(story.places.map(place => place.name).sort()).toEqual(['Denmark', 'Finland', 'Norway']);
	});

	it('removes terminal escape sequences from the text', () => {
		const article = parseArticleText('Title: Safe\u001b]0;owned\u0007 title\n\nBody \u001b[2Jtext.', 'a.txt');
		expect(article.metadata.title).toBe('Safe title');
		expect(article.paragraphs).toEqual(['Body text.']);
	});

	it('reads a written-out publication date in the header as an ISO date, and leaves other text for a warning', () => {
		expect(normalisePublished('September 12, 2023')).toBe('2023-09-12');
		expect(normalisePublished('12 Sep 2023')).toBe('2023-09-12');
		expect(normalisePublished('2023-09-12')).toBe('2023-09-12');
		expect(normalisePublished('last autumn')).toBe('last autumn');
	});

	it('reads Markdown front matter as the header', () => {
		const article = parseArticleText('---\ntitle: "Harbour reopens"\ndate: 2024-05-02\nlayout: post\n---\n\n# Harbour reopens\n\nThe harbour reopened.', 'a.md');
		expect(article.metadata).toMatchObject({title: 'Harbour reopens', published: '2024-05-02'});
		expect(article.ignoredHeaderLines).toEqual(['layout: post']);
		expect(article.paragraphs).toEqual(['Harbour reopens', 'The harbour reopened.']);
	});
});
