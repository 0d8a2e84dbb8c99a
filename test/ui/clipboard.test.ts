import {EventEmitter} from 'node:events';
import {Buffer} from 'node:buffer';
import {describe, expect, it} from 'vitest';
import {buildStoryLookup} from '../../source/model/story-lookup.js';
import {copyLines, maxCopyBytes, openUrl, openableUrl, openerFor, osc52, urlToOpen, type Spawner} from '../../source/ui/clipboard.js';
import {parseStoryText} from '../../source/model/load.js';
import {minimalStory} from '../fixtures/minimal-story.js';

describe('OSC 52', () => {
	it('carries the text base64-encoded, so the terminal gets it exactly', () => {
		const result = osc52('“Hallo” — Peskov\n¶2');
		expect('sequence' in result).toBe(true);
		const sequence = (result as {sequence: string}).sequence;
		expect(sequence.startsWith('\u001B]52;c;')).toBe(true);
		expect(sequence.endsWith('\u0007')).toBe(true);
		expect(Buffer.from(sequence.slice(7, -1), 'base64').toString('utf8')).toBe('“Hallo” — Peskov\n¶2');
	});

	it('refuses text too long for terminals to accept', () => {
		expect(osc52('x'.repeat(maxCopyBytes))).toEqual({reason: expect.stringContaining('too long')});
	});
});

function lookupOf(change: (story: ReturnType<typeof minimalStory>) => void = () => {}) {
	const raw = minimalStory();
	change(raw);
	const {story, problems} = parseStoryText(JSON.stringify(raw), 'story.json');
	expect(problems).toEqual([]);
	return buildStoryLookup(story!);
}

describe('what y copies', () => {
	it('a quote: its text, its speaker and its citations, as plain lines', () => {
		const lookup = lookupOf(story => {
			(story.articles[0] as {url?: string}).url = 'https://gazette.example/two-meet';
		});
		expect(copyLines(lookup, 'quote-welcome')).toEqual([
			'“You are welcome here”',
			'— Ana Lima',
			'— The Gazette, “Two meet”, ¶5: “welcome here” https://gazette.example/two-meet',
		]);
	});

	it('a fact, an event and a person, each with its citations', () => {
		const lookup = lookupOf();
		expect(copyLines(lookup, 'fact-meeting')).toEqual(['Ana Lima met Ben Okoro at the council.', '— The Gazette, “Two meet”, ¶2: “Lima met Okoro”']);
		expect(copyLines(lookup, 'event-later')?.[0]).toMatch(/A second meeting$/);
		expect(copyLines(lookup, 'ana-lima')?.slice(0, 2)).toEqual(['Ana Lima (Mayor)', 'Mayor of the city.']);
		expect(copyLines(lookup, 'no-such-item')).toBeUndefined();
	});
});

describe('what o opens', () => {
	it('only http and https addresses', () => {
		expect(openableUrl('https://example.org/a?b=c')).toBe(true);
		expect(openableUrl('http://example.org')).toBe(true);
		for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'ssh://host', 'not a url', 'https://example.org/a b']) expect(openableUrl(url)).toBe(false);
	});

	it('the first cited article with an address, or nothing', () => {
		expect(urlToOpen(lookupOf(), 'fact-meeting')).toBeUndefined();
		const withUrl = lookupOf(story => {
			(story.articles[0] as {url?: string}).url = 'https://gazette.example/two-meet';
		});
		expect(urlToOpen(withUrl, 'fact-meeting')).toBe('https://gazette.example/two-meet');
	});

	it('with the platform opener, the address as one argument and no shell', async () => {
		const calls: Array<[string, string[]]> = [];
		const spawner: Spawner = (command, args) => {
			calls.push([command, args]);
			return Object.assign(new EventEmitter(), {unref() {}});
		};
		const url = 'https://example.org/?q=a;rm -rf ~';
		expect(await openUrl('https://example.org/?q=$(reboot)', {platform: 'linux', spawner})).toEqual({opened: true});
		expect(calls).toEqual([['xdg-open', ['https://example.org/?q=$(reboot)']]]);
		expect(await openUrl(url, {platform: 'linux', spawner})).toEqual({opened: false, reason: expect.stringContaining('http and https')});
		expect(openerFor('darwin')).toBe('open');
		expect(await openUrl('https://example.org', {platform: 'win32', spawner})).toMatchObject({opened: false});
	});

	it('says so when the opener is not installed', async () => {
		const {spawn} = await import('node:child_process');
		const spawner: Spawner = (_command, args) => spawn('summit-tui-no-such-opener', args, {stdio: 'ignore'});
		expect(await openUrl('https://example.org', {platform: 'linux', spawner})).toEqual({opened: false, reason: expect.stringContaining('not installed')});
	});
});

describe('copying a place', () => {
	it('gives where it is and where that comes from, under its name', async () => {
		const {farEastStory} = await import('../fixtures/map-story.js');
		const lines = copyLines(buildStoryLookup(farEastStory), 'khasan')!;
		expect(lines[1]).toBe('42.43°N 130.78°E (GeoNames, for the tests)');
	});
});
