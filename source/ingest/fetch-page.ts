import type {Problem} from '../model/problem.js';
import {collectBounded, formatBytes} from '../fs/bounded-read.js';

// Fetching one article page with Node's own fetch, defensively: redirects followed by hand (at most 10,
// a loop named as such), one deadline for the whole exchange including the body, the size limit
// enforced while the body streams (the download is aborted, never buffered first), HTML or plain text
// only, and no cookies (Node's fetch keeps none, and none are sent). Errors are values: a Problem
// naming the URL in one line.

declare const SUMMIT_TUI_VERSION: string;
const version = typeof SUMMIT_TUI_VERSION === 'string' ? SUMMIT_TUI_VERSION : '0.0.0-source';

export const userAgent = `summit-tui/${version} (article importer)`;
export const defaultTimeoutMs = 30_000;
export const maxRedirects = 10;

/** `etag`, `lastModified`: the validators the server gave, for a conditional request next time. */
export type FetchedPage = {bytes: Uint8Array; contentType: string; finalUrl: string; etag?: string; lastModified?: string};
/**
 * `overLimit`, `timeoutMessage`: the messages when the limits given are not --max-size's and --timeout's.
 * `accept`: what else than a page may come (a feed: XML or JSON), with its Accept header and its name in
 * the refusal; `ifNoneMatch`, `ifModifiedSince`: a conditional request (a feed refreshed), answered
 * `notModified` when the server says 304.
 */
export type FetchOptions = {
	timeoutMs?: number;
	maxBytes?: number;
	fetch?: typeof fetch;
	overLimit?: string;
	timeoutMessage?: string;
	accept?: {types: RegExp; header: string; refusal: string};
	ifNoneMatch?: string;
	ifModifiedSince?: string;
};
export type FetchOutcome = {page?: FetchedPage; problem?: Problem; notModified?: boolean};

/** Whether a command-line argument is an address rather than a file name ("https://…", "ftp://…"). */
export function isUrlArgument(argument: string): boolean {
	return /^[a-z][a-z\d+.-]*:\/\//i.test(argument);
}

const pageTypes = {types: /^(?:text\/html|application\/xhtml\+xml|text\/plain)$/i, header: 'text/html,application/xhtml+xml,text/plain;q=0.9', refusal: 'not a web page or text (summit-tui imports HTML and plain text)'};

/** Why a request failed, in words: DNS, refused connection, TLS, or Node's own message. */
function networkReason(error: unknown, host: string): string {
	const cause = (error as {cause?: {code?: string; message?: string}}).cause;
	const code = cause?.code ?? (error as {code?: string}).code;
	if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `host "${host}" not found (it does not resolve)`;
	if (code === 'ECONNREFUSED') return `connection refused by ${host}`;
	if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return `the connection to ${host} was closed before the page arrived`;
	if (code?.startsWith('ERR_TLS') || code?.includes('CERT')) return `secure connection to ${host} failed (${code})`;
	return `could not be fetched: ${cause?.message ?? (error as Error).message}`;
}

function closedBeforeAnswer(error: unknown): boolean {
	const code = (error as {cause?: {code?: string}}).cause?.code ?? (error as {code?: string}).code;
	return code === 'ECONNRESET' || code === 'UND_ERR_SOCKET';
}

/** The body through the program's one bounded reader: past `maxBytes` the download is cancelled. */
async function readBody(response: Response, maxBytes: number, abort: () => void): Promise<Uint8Array | 'too-large'> {
	if (!response.body) return new Uint8Array();
	// Leaving the reader's loop early cancels the web stream; the abort ends the connection too.
	const read = await collectBounded(response.body as unknown as AsyncIterable<Uint8Array>, maxBytes, 'body');
	if (read.bytes) return read.bytes;
	abort();
	return 'too-large';
}

/** The page at `address`: its bytes, content type and the URL it finally came from; or the problem. */
export async function fetchPage(address: string, options: FetchOptions = {}): Promise<FetchOutcome> {
	const fail = (message: string) => ({problem: {file: address, message}});
	let url: URL;
	try {
		url = new URL(address);
	} catch {
		return fail('is not a valid URL');
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail(`only http and https addresses can be imported, not ${url.protocol.replace(/:$/, '')}`);
	const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
	const maxBytes = options.maxBytes ?? 50 * 1024 * 1024;
	const doFetch = options.fetch ?? fetch;
	const controller = new AbortController();
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		controller.abort();
	}, timeoutMs);
	const seconds = `${Math.round(timeoutMs / 100) / 10} s`;
	const accept = options.accept ?? pageTypes;
	const conditions = {...(options.ifNoneMatch ? {'if-none-match': options.ifNoneMatch} : {}), ...(options.ifModifiedSince ? {'if-modified-since': options.ifModifiedSince} : {})};
	try {
		return await exchange();
	} catch (error) {
		// Whatever the server sends, it ends as a problem with this address, never as an internal error.
		return fail(`could not be fetched: ${(error as Error)?.message ?? String(error)}`);
	} finally {
		clearTimeout(timer);
	}

	async function exchange(): Promise<FetchOutcome> {
		const visited = [url.href];
		let retried = false;
		for (let redirects = 0; ; redirects++) {
			let response: Response;
			try {
				response = await doFetch(url, {
					redirect: 'manual',
					signal: controller.signal,
					credentials: 'omit',
					headers: {'user-agent': userAgent, accept: accept.header, ...conditions},
				});
			} catch (error) {
				if (timedOut) return fail(options.timeoutMessage ?? `no complete answer within ${seconds} (--timeout)`);
				// A kept-alive connection the server closed while this process was busy (an import's analysis
				// holds the event loop for seconds) fails before any answer: asked again once, on a new one.
				if (!retried && closedBeforeAnswer(error)) {
					retried = true;
					redirects--;
					continue;
				}
				return fail(networkReason(error, url.host));
			}
			if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
				await response.body?.cancel().catch(() => undefined);
				// The Location header is the server's text: an address that does not parse is the page's fault, said as such.
				let next: URL;
				try {
					next = new URL(response.headers.get('location')!, url);
				} catch {
					return fail(`redirects to an address that is not valid (${JSON.stringify(response.headers.get('location')!.slice(0, 200))})`);
				}
				if (visited.includes(next.href)) return fail(`redirect loop: ${[...visited.slice(visited.indexOf(next.href)), next.href].join(' → ')}`);
				if (redirects + 1 > maxRedirects) return fail(`more than ${maxRedirects} redirects (last to ${next.href})`);
				if (next.protocol !== 'http:' && next.protocol !== 'https:') return fail(`redirects to a ${next.protocol.replace(/:$/, '')} address, which cannot be imported`);
				visited.push(next.href);
				url = next;
				continue;
			}
			if (response.status === 304 && Object.keys(conditions).length > 0) {
				await response.body?.cancel().catch(() => undefined);
				return {notModified: true};
			}
			if (response.status >= 400) {
				await response.body?.cancel().catch(() => undefined);
				return fail(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
			}
			if (response.status !== 200 && response.status !== 203) {
				await response.body?.cancel().catch(() => undefined);
				return fail(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}, not a page`);
			}
			const contentType = response.headers.get('content-type') ?? '';
			const mediaType = contentType.split(';')[0]!.trim();
			if (mediaType !== '' && !accept.types.test(mediaType)) {
				await response.body?.cancel().catch(() => undefined);
				return fail(`is ${mediaType}, ${accept.refusal}`);
			}
			const declared = Number(response.headers.get('content-length') ?? Number.NaN);
			const tooLarge = () => fail(options.overLimit ?? `is larger than the --max-size limit of ${formatBytes(maxBytes)}`);
			if (Number.isFinite(declared) && declared > maxBytes) {
				controller.abort();
				return tooLarge();
			}
			let body: Uint8Array | 'too-large';
			try {
				body = await readBody(response, maxBytes, () => controller.abort());
			} catch (error) {
				if (timedOut) return fail(options.timeoutMessage ?? `no complete answer within ${seconds} (--timeout)`);
				return fail(networkReason(error, url.host));
			}
			if (body === 'too-large') return tooLarge();
			const etag = response.headers.get('etag') ?? undefined;
			const lastModified = response.headers.get('last-modified') ?? undefined;
			return {page: {bytes: body, contentType, finalUrl: url.href, ...(etag ? {etag} : {}), ...(lastModified ? {lastModified} : {})}};
		}
	}
}
