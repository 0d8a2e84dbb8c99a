import {fetchPage, type FetchOptions, type FetchOutcome} from '../ingest/fetch-page.js';
import type {FeedMemory} from './feed-state.js';

// A feed fetched with the importer's one fetcher (its timeouts, size limit, redirects, gzip), asking
// conditionally when the feed gave validators last time. Feeds come as XML or JSON under many types;
// a web page is accepted too, so that `feeds add` can find the feed it announces, and so that a feed
// turned into a page is named as such rather than as a wrong content type.

export const feedTypes = {
	types: /^(?:application\/(?:rss|atom|rdf|feed)\+(?:xml|json)|application\/(?:xml|json)|text\/(?:xml|html|plain)|application\/xhtml\+xml|application\/x-rss\+xml|application\/octet-stream)$/i,
	header: 'application/rss+xml, application/atom+xml, application/rdf+xml, application/feed+json, application/xml;q=0.9, application/json;q=0.8, text/xml;q=0.8, text/html;q=0.5, */*;q=0.1',
	refusal: 'not a feed (summit-tui reads RSS, RDF, Atom and JSON Feed)',
};

/** A feed is text and small: its own limit unless --max-size says otherwise. */
export const defaultMaxFeedBytes = 10 * 1024 * 1024;

export function fetchFeed(url: string, memory: FeedMemory | undefined, options: FetchOptions): Promise<FetchOutcome> {
	return fetchPage(url, {
		...options,
		accept: feedTypes,
		...(memory?.etag ? {ifNoneMatch: memory.etag} : {}),
		...(memory?.lastModified ? {ifModifiedSince: memory.lastModified} : {}),
	});
}

const feedLinkTypes = /^application\/(?:rss\+xml|atom\+xml|rdf\+xml|feed\+json|json)$/i;

/**
 * The feeds a web page announces with <link rel="alternate" type="application/rss+xml" href="…">, as
 * absolute addresses, in the page's order. Read with linkedom, the page reader the importer has.
 */
export async function announcedFeeds(html: string, pageUrl: string): Promise<string[]> {
	const {parseHTML} = await import('linkedom');
	const {document} = parseHTML(html);
	const found: string[] = [];
	for (const link of document.querySelectorAll('link[href]')) {
		const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
		if (!rel.includes('alternate') || !feedLinkTypes.test((link.getAttribute('type') ?? '').trim())) continue;
		try {
			const url = new URL(link.getAttribute('href')!, pageUrl);
			if ((url.protocol === 'http:' || url.protocol === 'https:') && !found.includes(url.href)) found.push(url.href);
		} catch {
			// An href that is no address announces nothing.
		}
	}
	return found;
}
