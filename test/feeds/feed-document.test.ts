import {describe, expect, it} from 'vitest';
import {feedDate, readFeed} from '../../source/feeds/feed-document.js';
import {readOpml, writeOpml} from '../../source/feeds/opml.js';
import {atomFeed, jsonFeed, rdfFeed, rssFeed} from '../helpers/feed-server.js';

// The four feed formats read into one shape, and OPML both ways.

const items = [
	{title: 'Dock workers walk out', link: 'https://example.org/a/1', guid: 'urn:a:1', date: '2024-03-05T10:00:00Z'},
	{title: 'Talks stall', link: 'https://example.org/a/2', guid: 'urn:a:2', date: '2024-03-06T10:00:00Z'},
];
const now = new Date('2024-03-10T00:00:00Z');
const bytes = (text: string) => new TextEncoder().encode(text);

describe('readFeed', () => {
	it.each([
		['rss', rssFeed('Harbour', items.map(item => ({...item, date: new Date(item.date).toUTCString()})))],
		['rdf', rdfFeed('Harbour', items)],
		['atom', atomFeed('Harbour', items)],
		['json', jsonFeed('Harbour', items)],
	])('reads %s: title, and each item by GUID with its link and day', (format, text) => {
		const read = readFeed(bytes(text), now);
		expect(read).toEqual({
			feed: {
				format,
				title: 'Harbour',
				items: [
					{key: 'urn:a:1', link: 'https://example.org/a/1', title: 'Dock workers walk out', published: '2024-03-05'},
					{key: 'urn:a:2', link: 'https://example.org/a/2', title: 'Talks stall', published: '2024-03-06'},
				],
				notes: [],
			},
		});
	});

	it('keys an item without a GUID by its link, and takes a GUID that is an address as the link', () => {
		const read = readFeed(bytes(rssFeed('T', [{title: 'No guid', link: 'https://example.org/x'}])), now);
		expect('feed' in read && read.feed.items[0]).toMatchObject({key: 'https://example.org/x', link: 'https://example.org/x'});
		const permalink = readFeed(bytes('<rss version="2.0"><channel><title>T</title><item><title>P</title><guid>https://example.org/p</guid></item></channel></rss>'), now);
		expect('feed' in permalink && permalink.feed.items[0]).toMatchObject({key: 'https://example.org/p', link: 'https://example.org/p'});
	});

	it('names what is not a feed', () => {
		expect(readFeed(bytes('<!DOCTYPE html><html><body>hi</body></html>'))).toEqual({problem: 'is a web page (HTML), not a feed'});
		expect(readFeed(bytes('<rss><channel><title>cut'))).toEqual({problem: 'is not well-formed (XML that does not parse)'});
		expect(readFeed(bytes('{"hello": 1}'))).toEqual({problem: 'is JSON but not a JSON Feed'});
		expect(readFeed(bytes('   '))).toEqual({problem: 'is empty'});
		expect(readFeed(new Uint8Array([0, 1, 2, 0xff, 0xfe, 0]))).toHaveProperty('problem');
	});

	it('leaves out an unreadable or future date, saying so', () => {
		expect(feedDate('Tue, 05 Mar 2024 10:00:00 GMT', now)).toEqual({day: '2024-03-05'});
		expect(feedDate('next Tuesday', now).note).toMatch(/"next Tuesday" does not read as a date/);
		expect(feedDate('2031-01-01T00:00:00Z', now).note).toMatch(/2031-01-01 is in the future/);
	});
});

describe('OPML', () => {
	it('round-trips the feeds with their story, and finds feeds inside folders', () => {
		const text = writeOpml([{url: 'https://example.org/feed.xml', title: 'Harbour & Co', story: 'rotterdam-strike', added: '2024-03-05'}, {url: 'https://example.net/atom', added: '2024-03-05'}]);
		expect(readOpml(text)).toEqual({feeds: [{url: 'https://example.org/feed.xml', title: 'Harbour & Co', story: 'rotterdam-strike'}, {url: 'https://example.net/atom', title: 'https://example.net/atom'}], notes: []});
		const nested = readOpml('<opml version="2.0"><body><outline text="News"><outline text="A" xmlUrl="https://a.example/rss"/><outline text="Bad" xmlUrl="file:///etc/passwd"/></outline></body></opml>');
		expect(nested).toEqual({feeds: [{url: 'https://a.example/rss', title: 'A'}], notes: ['the outline "Bad" has no http(s) feed address ("file:///etc/passwd"); left out']});
	});

	it('refuses what is not OPML', () => {
		expect(readOpml('just text')).toEqual({problem: 'is not an OPML document (not XML)'});
		expect(readOpml('<rss></rss>')).toHaveProperty('problem');
	});
});
