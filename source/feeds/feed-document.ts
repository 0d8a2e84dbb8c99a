import {DetectError, MalformedError, parseFeed} from 'feedsmith';
import {decodeText} from '../model/read-stories.js';

// A fetched feed as the refresh needs it: its title and, per item, the key it is remembered by (GUID,
// else link), the page to import and the date the feed gives. RSS 2.0, RSS 1.0/RDF, Atom and JSON Feed
// are read by feedsmith (a parser made for the job, on fast-xml-parser: no XML parser of our own);
// this file only maps its four shapes onto one. What the refresh must say about an item (no link, a
// duplicated GUID, a date it cannot read or that lies in the future) is said here, as notes naming it.

export type FeedItem = {
	/** What the item is remembered by: its GUID (Atom id, JSON Feed id, RDF about), else its link. */
	key: string;
	/** The article page: the item's link, or a GUID that is an http(s) address. */
	link: string;
	title: string;
	/** YYYY-MM-DD, only when the feed's date reads and is not in the future. */
	published?: string;
};

export type FeedDocument = {format: 'rss' | 'atom' | 'rdf' | 'json'; title: string; items: FeedItem[]; notes: string[]};

type RawItem = {guid?: string; link?: string; title?: string; date?: string};

const isWebAddress = (text: string | undefined): text is string => text !== undefined && /^https?:\/\/[^\s]+$/i.test(text);

/** A date of the feed as YYYY-MM-DD, or why it is left out. Feeds write RFC 822 (RSS) or ISO 8601 (the others). */
export function feedDate(raw: string | undefined, now: Date): {day?: string; note?: string} {
	if (raw === undefined || raw.trim() === '') return {};
	const time = Date.parse(raw.trim());
	if (!Number.isFinite(time)) return {note: `its date "${raw.trim().slice(0, 60)}" does not read as a date; the page's own date is used`};
	// A day of slack for time zones; past that a date to come is a mistake of the feed, not news.
	if (time > now.getTime() + 86_400_000) return {note: `its date ${new Date(time).toISOString().slice(0, 10)} is in the future; the page's own date is used`};
	return {day: new Date(time).toISOString().slice(0, 10)};
}

const text = (value: unknown): string | undefined => {
	if (typeof value === 'string') return value.trim() || undefined;
	if (value && typeof value === 'object' && 'value' in value && typeof value.value === 'string') return value.value.trim() || undefined;
	return undefined;
};

/** The items of feedsmith's four shapes, as one. */
function rawItems(parsed: ReturnType<typeof parseFeed>): {title?: string; items: RawItem[]} {
	switch (parsed.format) {
		case 'rss':
			return {
				title: text(parsed.feed.title),
				items: (parsed.feed.items ?? []).map(item => ({guid: text(item.guid), link: text(item.link), title: text(item.title), date: text(item.pubDate) ?? text(item.dc?.dates?.[0])})),
			};
		case 'rdf':
			return {
				title: text(parsed.feed.title),
				items: (parsed.feed.items ?? []).map(item => ({guid: text(item.rdf?.about), link: text(item.link), title: text(item.title), date: text(item.dc?.dates?.[0])})),
			};
		case 'atom':
			return {
				title: text(parsed.feed.title),
				items: (parsed.feed.entries ?? []).map(entry => {
					const links = entry.links ?? [];
					const page = links.find(link => (link.rel ?? 'alternate') === 'alternate') ?? links[0];
					return {guid: text(entry.id), link: text(page?.href), title: text(entry.title), date: text(entry.published) ?? text(entry.updated)};
				}),
			};
		case 'json':
			return {
				title: text(parsed.feed.title),
				items: (parsed.feed.items ?? []).map(item => ({guid: text(item.id), link: text(item.url) ?? text(item.external_url), title: text(item.title), date: text(item.date_published) ?? text(item.date_modified)})),
			};
	}
}

/** What the bytes are when they are no feed: a web page is named as such (a feed that became a page). */
function notAFeed(source: string): string {
	if (/^\s*(?:<!doctype\s+html|<html[\s>])/i.test(source.slice(0, 2000))) return 'is a web page (HTML), not a feed';
	if (/^\s*[{[]/.test(source)) return 'is JSON but not a JSON Feed';
	if (/^\s*</.test(source)) return 'is XML but not an RSS, RDF or Atom feed';
	return 'is not a feed (neither RSS, RDF, Atom nor JSON Feed)';
}

/** The feed in `bytes`, or the problem with it in words (without the address: the caller names it). */
export function readFeed(bytes: Uint8Array, now = new Date()): {feed: FeedDocument} | {problem: string} {
	const decoded = decodeText(bytes);
	if (!('text' in decoded)) return {problem: 'is not text (binary data, or text that is not UTF-8)'};
	const source = decoded.text;
	if (source.trim() === '') return {problem: 'is empty'};
	let parsed: ReturnType<typeof parseFeed>;
	try {
		parsed = parseFeed(source);
	} catch (error) {
		if (error instanceof DetectError) return {problem: notAFeed(source)};
		if (error instanceof MalformedError || error instanceof SyntaxError) return {problem: `is not well-formed (${/^\s*[{[]/.test(source) ? 'JSON' : 'XML'} that does not parse)`};
		return {problem: `could not be read as a feed: ${(error as Error)?.message ?? String(error)}`};
	}
	const raw = rawItems(parsed);
	const notes: string[] = [];
	const items: FeedItem[] = [];
	const byKey = new Map<string, number>();
	raw.items.forEach((item, index) => {
		const name = item.title ? `item "${item.title.slice(0, 80)}"` : `item ${index + 1}`;
		const link = isWebAddress(item.link) ? item.link : isWebAddress(item.guid) ? item.guid : undefined;
		const key = item.guid ?? item.link;
		if (key === undefined) return notes.push(`${name} has neither a link nor a GUID; skipped`);
		if (link === undefined) return notes.push(`${name} has no http(s) link to its article; skipped`);
		if (byKey.has(key)) {
			byKey.set(key, byKey.get(key)! + 1);
			return;
		}
		byKey.set(key, 1);
		const date = feedDate(item.date, now);
		if (date.note) notes.push(`${name}: ${date.note}`);
		items.push({key, link, title: item.title ?? link, ...(date.day ? {published: date.day} : {})});
	});
	for (const [key, count] of byKey) if (count > 1) notes.push(`${count} items share the GUID "${key.slice(0, 120)}"; the first is kept`);
	return {feed: {format: parsed.format, title: raw.title ?? '', items, notes}};
}
