import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {analyseArticles, endsLikeSentence, isTitleCase} from '../../source/ingest/analyse.js';
import {markdownToText, parseArticleText} from '../../source/ingest/article-input.js';
import {readDateline} from '../../source/ingest/datelines.js';
import {checkMetadata, checkPublished, checkUrl} from '../../source/ingest/header-values.js';
import {extractHtmlArticle} from '../../source/ingest/html-article.js';
import {dayOf, stripSiteSuffix} from '../../source/ingest/html-metadata.js';
import {findDeepNesting} from '../../source/ingest/html-nesting.js';
import {charsetOf, decodePage, looksLikeHtml, textToArticleInput} from '../../source/ingest/page-input.js';
import {cleanPastedText, isProse, readByline} from '../../source/ingest/pasted-page.js';
import {comparableWords, findRepeats} from '../../source/ingest/repeated-paragraphs.js';

// Issue 27, findings 15 and 16, by class: every exported function of the page and article readers that
// applies a regular expression to article text, run on adversarial strings of about 100 KB — long runs
// of one short piece (marks, spaces, capitalised words, brackets, separators) between a prefix that
// starts a match and a suffix that makes it fail at the very end, the shape that makes a backtracking
// pattern rescan the run from every position. Linear work on 100 KB takes milliseconds to a few hundred;
// the bound is generous for a loaded machine, and a pattern that backtracks quadratically takes minutes.

// Linear work on 100 KB takes well under a second alone; the bound allows for a machine loaded tenfold.
const boundMs = 5000;
const size = 100 * 1024;

const pieces = [
	'**a ', '*a ', '__a ', '_a ', 'a**', '*_', '***', '___', '`', '[a](', '![a](', '[', '](', '((', ' ', '\t', '  \n', '\n', '\n\n', 'a\n',
	'By ', 'Band', 'Band ', 'A, ', 'A and ', 'A & ', 'de ', 'A-', "A'", 'A.', 'AVIA', 'A VIA ', 'A/', 'MOSCOW ', 'Ab ', 'AB ',
	'# ', '#', ' #', '> ', '- ', '1. ', '---\n', 'Title: a\n', ' | ', ' - ', ' :: ', '2024-', '12 ', 'Jan ', 'March 8, 2024 ', 'Published ',
	'Photo: ', 'Read more ', 'Share ', '© ', '<!--', '-->', ']]>', '<?xml', '<meta charset=', '; charset=', 'http://a', 'a.', '<div>', '<b>', '</p>', '<p>x',
];
const ends = ['', 'By ', 'By A ', '**', '*', '# ', 'A ', '[', '---\n', 'Title: ', 'Published: ', '<p>'];
const tails = ['', '!', '1', 'x', '\n', ' x', '.', '\u0000', ' 1\n'];

/** A long run of one piece (or two alternating), between a start and an ending chosen to make a match fail late. */
const adversarial = fc.tuple(fc.constantFrom(...ends), fc.constantFrom(...pieces), fc.option(fc.constantFrom(...pieces)), fc.constantFrom(...tails));
type Shape = [start: string, piece: string, other: string | null, tail: string];
const build = ([start, piece, other, tail]: Shape, bytes: number) => {
	const unit = piece + (other ?? '');
	return start + unit.repeat(Math.ceil(bytes / unit.length)) + tail;
};

const functions: Record<string, (text: string) => unknown> = {
	markdownToText,
	parseArticleText: text => parseArticleText(text, 'a.txt'),
	cleanPastedText,
	textToArticleInput: text => textToArticleInput(text, 'a.txt'),
	readByline,
	isProse,
	looksLikeHtml,
	charsetOf,
	decodePage: text => decodePage(Buffer.from(text)),
	dayOf,
	stripSiteSuffix: text => stripSiteSuffix(text, {outlet: 'City Herald', author: 'Ines Duarte', host: 'www.herald.example'}),
	checkPublished,
	checkUrl,
	checkMetadata: text => checkMetadata({published: text, url: text, outlet: text, title: text}, 'a.txt'),
	isTitleCase,
	endsLikeSentence,
	readDateline: text => readDateline({article: 0, paragraph: 1, text, sentences: [], headline: false}),
	findDeepNesting,
	findRepeats: text => findRepeats(text.split('\n').map(comparableWords)),
};

describe('patterns applied to article text take time linear in it', () => {
	const check = (name: string, run: (text: string) => unknown, bytes: number, bound: number) =>
		it(`${name} on adversarial strings of ${bytes / 1024} KB, each within ${bound} ms`, () => {
			fc.assert(
				// The shape, not the 100 KB string, is what fast-check reports when a run is too slow.
				fc.property(adversarial, shape => {
					const text = build(shape, bytes);
					const started = performance.now();
					run(text);
					const ms = performance.now() - started;
					expect(ms, `${name} took ${Math.round(ms)} ms`).toBeLessThan(bound);
				}),
				{numRuns: 25},
			);
		}, 180_000);
	for (const [name, run] of Object.entries(functions)) check(name, run, size, boundMs);
	// The reader view (Readability) costs about 0.1 ms per element here, linearly: a page of 100 KB of
	// empty elements takes seconds, so pages are tried at 20 KB, against a bound that a quadratic walk
	// (400 million steps) would still miss by far.
	check('extractHtmlArticle', text => extractHtmlArticle(`<!doctype html><html><body><article><p>${text}</p><p>${text.slice(0, 1000)}</p></article></body></html>`), 20 * 1024, 4 * boundMs);

	it('analyseArticles (sentence splitting) on a line of unclosed marks', () => {
		const started = performance.now();
		analyseArticles([{source: 'a.txt', metadata: {}, paragraphs: [markdownToText('**a '.repeat(5000))], ignoredHeaderLines: []}]);
		expect(performance.now() - started).toBeLessThan(10 * boundMs);
	});
});

describe('findings 15 and 16, as reported', () => {
	it('a line of unclosed Markdown emphasis (320 KB) imports in linear time', () => {
		const line = '**a '.repeat(80_000);
		const started = performance.now();
		const input = parseArticleText(line, 'a.md');
		expect(performance.now() - started).toBeLessThan(boundMs);
		// Unclosed marks are not emphasis: the text stays as written.
		expect(input.paragraphs[0]!.startsWith('**a **a')).toBe(true);
	});

	it('a byline-like line of capitalised words that finally does not match is read at once (it took 5.5 s at 30 words, doubling with each)', () => {
		for (const line of [`By ${'Band'.repeat(40)}1`, `By ${'Band '.repeat(15)}1`, `By ${'Anders'.repeat(40)}1`]) {
			const started = performance.now();
			expect(readByline(line)).toBeUndefined();
			expect(performance.now() - started).toBeLessThan(boundMs / 10);
		}
	});

	it('bylines are still read as before', () => {
		expect(readByline('By Jane Doe and John Smith')).toEqual({author: 'Jane Doe and John Smith'});
		expect(readByline('By Ana de la Cruz, Reuters')).toEqual({author: 'Ana de la Cruz'});
		expect(readByline('By Jo Bloggs & Al Smith Published March 8, 2024')).toEqual({author: 'Jo Bloggs & Al Smith', dateline: 'Published March 8, 2024'});
		expect(readByline('BY NATALIYA VASILYEVA | The Telegraph')).toEqual({author: 'NATALIYA VASILYEVA'});
		expect(readByline('By Tuesday, the river had risen.')).toBeUndefined();
	});

	it('a byline before or after its date and time is a byline, and the date is kept as its dateline', () => {
		expect(readByline('3/14/2019 9:05 AM EST BY NEWS DESK')).toEqual({author: 'NEWS DESK', dateline: '3/14/2019 9:05 AM EST'});
		expect(readByline('Thu 14 March 2019 09.05 GMT By Jo Bloggs')).toEqual({author: 'Jo Bloggs', dateline: 'Thu 14 March 2019 09.05 GMT'});
		expect(readByline('In 2019 the town was run By Council Staff')).toBeUndefined();
		expect(readByline('By Jo Bloggs March 14 at 9:05 AM')).toEqual({author: 'Jo Bloggs', dateline: 'March 14 at 9:05 AM'});
	});
});
