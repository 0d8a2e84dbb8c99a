import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {gzipSync} from 'node:zlib';

// A feed server on 127.0.0.1 for tests and the bench: routes the test sets and changes between
// refreshes, ETag and Last-Modified answered with 304 as a real server does, an optional latency per
// request, every request recorded (path and the conditional headers), and the bad servers of the
// issue: a redirect loop, a gzip bomb, a server that drips a byte a second.

export type Route = {
	body: string | Buffer;
	type?: string;
	status?: number;
	/** Validators: a request repeating them gets 304. */
	etag?: string;
	lastModified?: string;
	headers?: Record<string, string>;
	/** Sent a byte at a time, this many ms apart (a server that drips). */
	dripMs?: number;
	/** The body gzipped (Content-Encoding: gzip): a small download that inflates. */
	gzip?: boolean;
};

export type RecordedRequest = {path: string; ifNoneMatch?: string; ifModifiedSince?: string};

export type FeedServer = {
	url(path: string): string;
	set(path: string, route: Route): void;
	remove(path: string): void;
	/** A redirect from `path` to `to` (relative or absolute). */
	redirect(path: string, to: string): void;
	requests: RecordedRequest[];
	close(): Promise<void>;
};

export async function startFeedServer(options: {latencyMs?: number} = {}): Promise<FeedServer> {
	const routes = new Map<string, Route | {redirect: string}>();
	const requests: RecordedRequest[] = [];
	const sockets = new Set<import('node:net').Socket>();
	const handle = (request: IncomingMessage, response: ServerResponse) => {
		const path = (request.url ?? '/').split('?')[0]!;
		requests.push({path, ifNoneMatch: request.headers['if-none-match'], ifModifiedSince: request.headers['if-modified-since']});
		const route = routes.get(path);
		if (!route) {
			response.writeHead(404, {'content-type': 'text/html'}).end('<html><body>not found</body></html>');
			return;
		}
		if ('redirect' in route) {
			response.writeHead(302, {location: route.redirect}).end();
			return;
		}
		if ((route.etag && request.headers['if-none-match'] === route.etag) || (!route.etag && route.lastModified && request.headers['if-modified-since'] === route.lastModified)) {
			response.writeHead(304).end();
			return;
		}
		const headers: Record<string, string> = {'content-type': route.type ?? 'application/rss+xml; charset=utf-8', ...route.headers};
		if (route.etag) headers['etag'] = route.etag;
		if (route.lastModified) headers['last-modified'] = route.lastModified;
		const body = Buffer.isBuffer(route.body) ? route.body : Buffer.from(route.body);
		if (route.gzip) {
			response.writeHead(route.status ?? 200, {...headers, 'content-encoding': 'gzip'}).end(gzipSync(body));
			return;
		}
		if (route.dripMs) {
			response.writeHead(route.status ?? 200, headers);
			let index = 0;
			const timer = setInterval(() => {
				if (index >= body.length || response.destroyed) {
					clearInterval(timer);
					response.end();
					return;
				}
				response.write(body.subarray(index, ++index));
			}, route.dripMs);
			response.on('close', () => clearInterval(timer));
			return;
		}
		response.writeHead(route.status ?? 200, {...headers, 'content-length': String(body.length)}).end(body);
	};
	const server: Server = createServer((request, response) => {
		if (options.latencyMs) setTimeout(() => handle(request, response), options.latencyMs);
		else handle(request, response);
	});
	server.on('connection', socket => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	const base = `http://127.0.0.1:${port}`;
	return {
		url: path => `${base}${path}`,
		set: (path, route) => void routes.set(path, route),
		remove: path => void routes.delete(path),
		redirect: (path, to) => void routes.set(path, {redirect: to}),
		requests,
		close: () =>
			new Promise<void>(resolve => {
				for (const socket of sockets) socket.destroy();
				server.close(() => resolve());
			}),
	};
}

export type InventedItem = {title: string; link: string; guid?: string; date?: string};

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function rssFeed(title: string, items: readonly InventedItem[]): string {
	const entries = items.map(item => `<item><title>${escapeXml(item.title)}</title><link>${escapeXml(item.link)}</link>${item.guid ? `<guid isPermaLink="false">${escapeXml(item.guid)}</guid>` : ''}${item.date ? `<pubDate>${escapeXml(item.date)}</pubDate>` : ''}</item>`);
	return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${escapeXml(title)}</title><link>http://127.0.0.1/</link><description>test</description>${entries.join('')}</channel></rss>\n`;
}

export function rdfFeed(title: string, items: readonly InventedItem[]): string {
	const entries = items.map(item => `<item rdf:about="${escapeXml(item.guid ?? item.link)}"><title>${escapeXml(item.title)}</title><link>${escapeXml(item.link)}</link>${item.date ? `<dc:date>${escapeXml(item.date)}</dc:date>` : ''}</item>`);
	return `<?xml version="1.0" encoding="UTF-8"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="http://127.0.0.1/"><title>${escapeXml(title)}</title><link>http://127.0.0.1/</link><description>test</description></channel>${entries.join('')}</rdf:RDF>\n`;
}

export function atomFeed(title: string, items: readonly InventedItem[]): string {
	const entries = items.map(item => `<entry><title>${escapeXml(item.title)}</title><id>${escapeXml(item.guid ?? item.link)}</id><link rel="alternate" href="${escapeXml(item.link)}"/><updated>${escapeXml(item.date ?? '2024-03-05T10:00:00Z')}</updated></entry>`);
	return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>${escapeXml(title)}</title><id>urn:test:${escapeXml(title)}</id><updated>2024-03-05T10:00:00Z</updated>${entries.join('')}</feed>\n`;
}

export function jsonFeed(title: string, items: readonly InventedItem[]): string {
	return JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title, items: items.map(item => ({id: item.guid ?? item.link, url: item.link, title: item.title, ...(item.date ? {date_published: item.date} : {})}))});
}

/** An invented article as a news page (headline, byline, date and paragraphs in an <article>). */
export function articlePage(article: {title: string; outlet: string; published: string; paragraphs: readonly string[]}): string {
	return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeXml(article.title)} | ${escapeXml(article.outlet)}</title><meta property="og:site_name" content="${escapeXml(article.outlet)}"><meta property="article:published_time" content="${article.published}T09:00:00Z"></head><body><article><h1>${escapeXml(article.title)}</h1>${article.paragraphs.map(paragraph => `<p>${escapeXml(paragraph)}</p>`).join('')}</article></body></html>`;
}
