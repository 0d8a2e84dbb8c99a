import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {extractHtmlArticle} from '../../source/ingest/html-article.js';
import {dayOf, stripSiteSuffix} from '../../source/ingest/html-metadata.js';
import {ingestFiles} from '../../source/ingest/ingest-files.js';
import {decodePage, looksLikeHtml} from '../../source/ingest/page-input.js';

// An invented news page with the furniture real pages have around an article.
const body = [
	'<p>The ferry operator cancelled every crossing from Harwich on Monday after engineers found cracks in the hull of its largest vessel, leaving hundreds of passengers stranded at the terminal overnight.</p>',
	'<div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>',
	'<p>Managing director Olu Bankole said the company would charter a replacement ship within a week and “refund every ticket sold for the cancelled sailings, whatever the fare”.</p>',
	'<figure><img src="ship.jpg" alt="The ferry in dry dock"><figcaption>The ferry in dry dock at Harwich. Photograph: Jo Bloggs/Harbour Pictures</figcaption></figure>',
	'<blockquote><p>“Refund every ticket sold for the cancelled sailings, whatever the fare”</p></blockquote>',
	'<h2>What passengers can do</h2>',
	'<ul><li>Ask for a full refund at the terminal desk or online.</li><li>Rebook on the partner line at no extra cost until Friday.</li></ul>',
	'<p>Read more: Ferry strike ends after three weeks</p>',
	'<p>The harbour authority said it had inspected the vessel in January and found no fault, and that it would publish the engineers’ report once the operator had seen it in full.</p>',
	'<p>Passengers who spent the night at the terminal described cold halls, closed cafés and few announcements; several said they had learned of the cancellation from social media rather than from staff.</p>',
	'<p>Recommended safety checks had been postponed twice since the autumn, according to the inspection log.</p>',
].join('\n');

function page(options: {head?: string; article?: string} = {}): string {
	return `<!doctype html><html lang="en-GB"><head><title>Ferry crossings cancelled after hull cracks found | Coast Post</title>${options.head ?? ''}
<script>document.write('<p>Injected by a script</p>'); window.ran = true;</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<header><a href="#main">Skip to main content</a> Menu Search Subscribe Sign in</header>
<article><h1>Ferry crossings cancelled after hull cracks found</h1>${options.article ?? body}</article>
<footer>© 2024 Coast Post. All rights reserved. Cookie settings</footer></body></html>`;
}

describe('a saved web page as an article', () => {
	it('keeps the article paragraphs, a crosshead as its own paragraph and each list item', () => {
		const {article} = extractHtmlArticle(page());
		expect(article).toBeDefined();
		const paragraphs = article!.paragraphs;
		expect(paragraphs[0]).toMatch(/^The ferry operator cancelled every crossing/);
		expect(paragraphs).toContain('What passengers can do');
		expect(paragraphs).toContain('Ask for a full refund at the terminal desk or online.');
		expect(paragraphs).toContain('Rebook on the partner line at no extra cost until Friday.');
		expect(paragraphs.at(-2)).toMatch(/^Passengers who spent the night/);
		// A sentence that starts with a word of a "Recommended" box is still the article's.
		expect(paragraphs.at(-1)).toMatch(/^Recommended safety checks/);
	});

	it('drops captions, share buttons, read-more links and a pull quote that repeats the text, and never runs scripts', () => {
		const {article} = extractHtmlArticle(page());
		const text = article!.paragraphs.join('\n');
		expect(text).not.toMatch(/dry dock|Photograph|Facebook|Twitter|Read more|Injected|Skip to|Subscribe|Cookie/);
		expect(article!.paragraphs.filter(paragraph => paragraph.includes('refund every ticket'))).toHaveLength(1);
		expect(article!.dropped.map(entry => entry.text).join('\n')).toMatch(/Read more: Ferry strike ends/);
	});

	it('drops the headline written again above the text, and a byline whose date comes first, but keeps a crosshead', () => {
		const top = '<p>Hull Cracks Found ... CROSSINGS CANCELLED!!!</p><p>3/4/2024 7:11 AM GMT BY COAST POST STAFF</p>';
		const {article} = extractHtmlArticle(page({article: top + body}).replace('<title>Ferry crossings cancelled after hull cracks found', '<title>Ferry Crossings Cancelled -- Hull Cracks Found!!!'));
		expect(article!.paragraphs[0]).toMatch(/^The ferry operator cancelled every crossing/);
		expect(article!.dropped.map(entry => entry.reason)).toEqual(expect.arrayContaining(['the headline again', 'the byline (the author is kept as metadata)']));
		expect(article!.paragraphs).toContain('What passengers can do');
	});

	it('reads an article wrapped in a form or in a wrapper whose class names a widget', () => {
		for (const wrap of [(inner: string) => `<form id="aspnetForm" action="/page.aspx">${inner}</form>`, (inner: string) => `<div class="article-body has-related share-enabled">${inner}</div>`]) {
			const {article} = extractHtmlArticle(page({article: wrap(body)}));
			expect(article!.paragraphs[0]).toMatch(/^The ferry operator cancelled every crossing/);
			expect(article!.paragraphs).toContain('What passengers can do');
			expect(article!.paragraphs.join(' ')).not.toMatch(/Facebook|dry dock/);
		}
	});

	it('takes metadata from JSON-LD first, then OpenGraph, keeping the day in the page’s own time zone', () => {
		const head = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"Ferry crossings cancelled after hull cracks found","datePublished":"2024-03-08T23:30:00-05:00","author":[{"@type":"Person","name":"Maria Lopez"}],"publisher":{"@type":"Organization","name":"Coast Post"}}]}</script>
<meta property="og:site_name" content="The Coast Post Online"><meta property="article:published_time" content="2024-03-01T10:00:00Z">
<link rel="canonical" href="https://coast.example/ferry-cracks">`;
		const {article} = extractHtmlArticle(page({head}));
		expect(article!.metadata).toMatchObject({title: 'Ferry crossings cancelled after hull cracks found', published: '2024-03-08', author: 'Maria Lopez', outlet: 'Coast Post', url: 'https://coast.example/ferry-cracks'});
	});

	it('falls back to OpenGraph, other meta tags and the title element without the site’s name', () => {
		const og = extractHtmlArticle(page({head: '<meta property="og:site_name" content="Coast Post"><meta property="article:published_time" content="2024-03-05T07:15:00+01:00">'}));
		expect(og.article!.metadata).toMatchObject({title: 'Ferry crossings cancelled after hull cracks found', outlet: 'Coast Post', published: '2024-03-05'});
		expect(extractHtmlArticle(page({head: '<meta name="ptime" content="20240306164234">'})).article!.metadata.published).toBe('2024-03-06');
		expect(extractHtmlArticle(page({head: '<meta name="DC.date.issued" content="2024-03-07">'})).article!.metadata.published).toBe('2024-03-07');
		expect(stripSiteSuffix('Storm closes port - The Harbour Times', {outlet: 'Harbour Times'})).toBe('Storm closes port');
		expect(stripSiteSuffix('Storm closes port | Jo Bloggs | Weather | The Guardian', {outlet: 'the Guardian', author: 'Jo Bloggs'})).toBe('Storm closes port');
		// A dash inside a headline is not a site suffix.
		expect(stripSiteSuffix('Kim - Putin summit set for Tuesday', {outlet: 'Coast Post'})).toBe('Kim - Putin summit set for Tuesday');
		expect(dayOf('March 8, 2024')).toBe('2024-03-08');
		expect(dayOf('2024-02-30')).toBeUndefined();
	});

	it('takes the day from the page’s address when nothing else gives one, and says so', async () => {
		const head = '<link rel="canonical" href="https://coast.example/news/2024/03/05/ferry-cracks">';
		expect(extractHtmlArticle(page({head})).article!.metadata).toMatchObject({published: '2024-03-05', publishedFrom: 'address'});
		// A <time> marked as the publication wins over the address and over another story's <time>.
		const article = body.replace('<p>', '<p><time datetime="2023-01-01">teaser</time></p><p>').replace('</p>', '</p><time itemprop="datePublished" datetime="2024-03-04T22:00:00-08:00">4 March</time>');
		expect(extractHtmlArticle(page({head, article})).article!.metadata).toMatchObject({published: '2024-03-04', publishedFrom: 'metadata'});
		const folder = mkdtempSync(path.join(tmpdir(), 'summit-html-'));
		const file = path.join(folder, 'page.html');
		writeFileSync(file, page({head}));
		const {story} = await ingestFiles([file], {outlet: 'Coast Post'});
		expect(story!.articles[0]!.publishedBasis).toMatch(/address/);
	});

	it('reports a page with no article body', () => {
		const outcome = extractHtmlArticle('<!doctype html><html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav></body></html>');
		expect(outcome.article).toBeUndefined();
		expect(outcome.problem).toMatch(/^no article found/);
	});

	it('names the file when its HTML cannot be used or is binary data', async () => {
		const folder = mkdtempSync(path.join(tmpdir(), 'summit-html-'));
		const truncated = path.join(folder, 'truncated.html');
		const binary = path.join(folder, 'binary.html');
		writeFileSync(truncated, '<html');
		writeFileSync(binary, Buffer.concat([Buffer.from('<!doctype html><html><body>'), Buffer.from([0, 1, 2, 0, 255])]));
		const {story, problems} = await ingestFiles([truncated, binary]);
		expect(story).toBeUndefined();
		expect(problems).toEqual([
			{file: truncated, message: 'is HTML the parser cannot use (no document body)'},
			{file: binary, message: 'is a binary file that starts like HTML, not a web page'},
		]);
	});

	it('recognises HTML by content and decodes it with the charset it declares', () => {
		expect(looksLikeHtml('\uFEFF<!-- saved -->\n<!DOCTYPE html><html>')).toBe(true);
		expect(looksLikeHtml(Buffer.from('  <html lang="fr">'))).toBe(true);
		expect(looksLikeHtml('The harbour <b>reopened</b> on Monday.')).toBe(false);
		const latin1 = Buffer.concat([Buffer.from('<html><head><meta charset="iso-8859-1"></head><body>caf'), Buffer.from([0xe9]), Buffer.from('</body></html>')]);
		expect(decodePage(latin1)).toContain('café');
		expect(decodePage(Buffer.from('<html>café</html>'), 'text/html; charset=utf-8')).toContain('café');
	});

	it('imports a page saved under any name through the importer, with its metadata on the article', async () => {
		const folder = mkdtempSync(path.join(tmpdir(), 'summit-html-'));
		const file = path.join(folder, 'saved-page.txt');
		writeFileSync(file, page({head: '<meta property="og:site_name" content="Coast Post"><meta property="article:published_time" content="2024-03-05T07:15:00Z">'}));
		const {story, problems} = await ingestFiles([file]);
		expect(problems).toEqual([]);
		expect(story!.articles[0]).toMatchObject({outlet: 'Coast Post', published: '2024-03-05', title: 'Ferry crossings cancelled after hull cracks found'});
		expect(story!.people.map(person => person.name)).toContain('Olu Bankole');
		const everything = JSON.stringify(story);
		expect(everything).not.toMatch(/Skip to|Subscribe|Sign in|Facebook|Cookie/);
	});

	it('says when a page is not in English that entity extraction is tuned for English', async () => {
		const folder = mkdtempSync(path.join(tmpdir(), 'summit-html-'));
		const file = path.join(folder, 'page.html');
		writeFileSync(file, page().replace('lang="en-GB"', 'lang="de"'));
		const {warnings} = await ingestFiles([file], {published: '2024-03-05', outlet: 'Coast Post'});
		expect(warnings.join('\n')).toMatch(/"de".*tuned for English/);
	});
});
