import {describe, expect, it} from 'vitest';
import {checkPublished, checkUrl} from '../../source/ingest/header-values.js';
import {ingestInputs} from '../../source/ingest/ingest-files.js';
import {lemma, splitForAnalysis} from '../../source/ingest/tokens.js';

const body = 'The minister said on Monday that the bridge in Lisbon would reopen.';
const ingest = (text: string, file = 'article.txt') => ingestInputs([{file, bytes: Buffer.from(text)}]);

describe('header values are checked at the door', () => {
	it.each(['javascript:alert(1)', 'mailto:desk@example.com', 'file:///etc/passwd', 'data:text/html,<b>x</b>', 'https://www./', 'https://-bad-.example/'])(
		'a URL: header "%s" without an outlet gives a valid story and a warning, not an importer bug',
		async url => {
			const outcome = await ingest(`URL: ${url}\n\n${body}\n`);
			expect(outcome.problems).toEqual([]);
			expect(outcome.story!.articles[0]!.url).toBeUndefined();
			expect(outcome.story!.articles[0]!.outlet).toMatch(/article\.txt/);
			expect(outcome.warnings.join('\n')).toMatch(/URL not used/);
		},
	);

	it('keeps a real web address and names the outlet by its host', async () => {
		const outcome = await ingest(`URL: https://www.example-news.com/2024/03/bridge\n\n${body}\n`);
		expect(outcome.story!.articles[0]).toMatchObject({url: 'https://www.example-news.com/2024/03/bridge', outlet: 'example-news.com'});
	});

	it.each([
		['1 January 10000', /the year 10000 is outside 1000–9999/],
		['0999-12-31', /the year 999 is outside 1000–9999/],
		['yesterday', /has no year; give the date itself/],
		['last Tuesday', /has no year/],
		['12 September', /has no year/],
		['2023-02-30', /not a real calendar date/],
		['12/09/2023', /could be day\/month or month\/day/],
		['12 Sep 2023 or 13 Sep 2024', /names more than one date/],
		['12 Sep 2023 25:00', /holds numbers that are not part of a date/],
	])('refuses "Published: %s" with a reason, and imports the article undated', async (published, reason) => {
		const outcome = await ingest(`Outlet: Wire\nPublished: ${published}\n\n${body}\n`);
		expect(outcome.problems).toEqual([]);
		expect(outcome.story!.articles[0]!.published).toBeUndefined();
		expect(outcome.warnings.join('\n')).toMatch(reason);
	});

	it('reads written-out dates the same on any day of import, and numeric ones only when unambiguous', () => {
		expect(checkPublished('September 12, 2023')).toEqual({value: '2023-09-12'});
		expect(checkPublished('25/09/2023')).toEqual({value: '2023-09-25'});
		expect(checkUrl('https://x.y-/').problem).toMatch(/no valid host name/);
		expect(checkPublished('12 Sep 2023')).toEqual({value: '2023-09-12'});
		expect(checkUrl('http://127.0.0.1:8080/page.html').value).toBe('http://127.0.0.1:8080/page.html');
	});

	it('takes a first line such as "Constructor: …" as article text, not as a header key', async () => {
		const outcome = await ingest(`Constructor: Hyundai Engineering built the bridge in 2019, officials said.\n\n${body}\n`);
		expect(outcome.story!.articles[0]!.title).toMatch(/^Constructor: Hyundai Engineering/);
		// Before, the line was taken as a header key (Object.prototype.constructor) and its paragraph lost.
		expect(outcome.warnings.join('\n')).not.toMatch(/header lines not understood/);
		expect(JSON.stringify(outcome.story)).toMatch(/Hyundai Engineering/);
	});

	it('never reads a date with an unreadable year ("on 1 January 0001") as this year', async () => {
		const outcome = await ingest(`Outlet: Wire\nPublished: 2024-03-05\n\nThe treaty was signed on 1 January 0001, the minister said.\n`);
		expect(outcome.story!.events.map(event => event.date)).not.toContain('2024-01-01');
		expect(outcome.story!.events.every(event => Number(event.date.slice(0, 4)) >= 1000)).toBe(true);
	});
});

describe('the same article twice', () => {
	it('is imported once, with a warning naming both', async () => {
		const text = `Outlet: Wire\nPublished: 2024-03-05\n\n${body}\n`;
		const outcome = await ingestInputs([
			{file: 'a.txt', bytes: Buffer.from(text)},
			{file: 'copy of a.txt', bytes: Buffer.from(text.replace(/\n/g, '\r\n'))},
		]);
		expect(outcome.story!.articles).toHaveLength(1);
		expect(outcome.warnings).toContain('copy of a.txt: the same text as a.txt; imported once');
	});

	it('takes an address given as the source as the address of the article, not its outlet', async () => {
		const outcome = await ingest(`Source: https://www.example-news.com/story\n\n${body}\n`);
		expect(outcome.story!.articles[0]).toMatchObject({url: 'https://www.example-news.com/story', outlet: 'example-news.com'});
	});

	it('names UTF-32 as UTF-32', async () => {
		const outcome = await ingestInputs([{file: 'wide.txt', bytes: Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0])}]);
		expect(outcome.problems[0]!.message).toBe('is UTF-32 text, which summit-tui does not read (save it as UTF-8)');
	});

	it('in UTF-16 with a byte-order mark is decoded, not called binary', async () => {
		const bytes = Buffer.from(`\uFEFFOutlet: Wire\r\nPublished: 2024-03-05\r\n\r\n${body}\r\n`, 'utf16le');
		const outcome = await ingestInputs([{file: 'windows.txt', bytes}]);
		expect(outcome.problems).toEqual([]);
		expect(outcome.story!.articles[0]!.outlet).toBe('Wire');
	});
});

describe('no step is superlinear in a sentence', () => {
	it('splits a paragraph for the analysis only when it is long, at sentence ends where it can', () => {
		expect(splitForAnalysis(body)).toEqual([{start: 0, end: body.length, forced: false}]);
		const sentences = Array.from({length: 60}, (_, index) => `Sentence number ${index} has several words inside.`).join(' ');
		const pieces = splitForAnalysis(sentences, 50);
		expect(pieces.length).toBeGreaterThan(1);
		expect(pieces.every(piece => !piece.forced && /\.\s*$/.test(sentences.slice(piece.start, piece.end)))).toBe(true);
		expect(pieces.map(piece => sentences.slice(piece.start, piece.end)).join('')).toBe(sentences);
	});

	it('imports one sentence of 30,000 words in seconds, and says that it was cut', async () => {
		const words = '“we will win” said Anna Lee and “never” he added on 12 September 2023 in Lisbon'.split(' ');
		const sentence = `${Array.from({length: 30_000}, (_, index) => words[index % words.length]).join(' ')}.`;
		const started = performance.now();
		const outcome = await ingest(`Outlet: Wire\nPublished: 2024-03-05\n\n${sentence}\n`);
		// About 2 s on a developer machine (it was over 40 s); the ceiling leaves a slow machine room.
		expect(performance.now() - started).toBeLessThan(30_000);
		expect(outcome.problems).toEqual([]);
		expect(outcome.warnings.join('\n')).toMatch(/paragraph 1: a sentence runs past 200 words; it was analysed in pieces/);
	}, 60_000);

	it.each([
		['hyphens', '-'],
		['em dashes', '\u2014'],
	])('counts words joined by %s as compromise does, so that 30,000 of them are cut too', async (_, joiner) => {
		const words = 'the minister said that talks would continue'.split(' ');
		const text = `Kim ${Array.from({length: 30_000}, (_, index) => words[index % words.length]).join(joiner)}.`;
		const started = performance.now();
		const outcome = await ingest(`Outlet: Wire\nPublished: 2024-03-05\n\n${text}\n`);
		// Was 76 s; now about a second. The ceiling leaves a slow machine room.
		expect(performance.now() - started).toBeLessThan(30_000);
		expect(outcome.warnings.join('\n')).toMatch(/analysed in pieces/);
	}, 60_000);

	it('finds no Object.prototype member for a word such as "constructor"', () => {
		expect(typeof lemma('constructor')).toBe('string');
	});
});
