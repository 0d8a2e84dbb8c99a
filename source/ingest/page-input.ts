import {TextDecoder} from 'node:util';
import type {Problem} from '../model/problem.js';
import {decodeText, describeUndecodable} from '../model/read-stories.js';
import {sanitiseText} from '../model/sanitise.js';
import {parseArticleText, type ArticleInput, type ArticleMetadata} from './article-input.js';
import {fetchPage, type FetchOptions} from './fetch-page.js';
import {cleanPastedText} from './pasted-page.js';

// Web pages as article inputs: recognising HTML by its bytes (whatever the file is called), decoding
// it with the charset it declares, and handing it to the reader-view extractor, which is loaded only
// here, on the first page, so plain-text imports never load the HTML libraries.

const htmlStart = /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body)(?:[\s>]|$)/i;

/** Whether these bytes (or this text) start as an HTML document does, after a BOM, comments or an XML prolog. */
export function looksLikeHtml(content: Uint8Array | string): boolean {
	const start = typeof content === 'string' ? content.slice(0, 2048) : new TextDecoder('latin1').decode(content.subarray(0, 2048));
	return htmlStart.test(start.replace(/^(?:\uFEFF|ï»¿|þÿ|ÿþ)/, ''));
}

/** The charset a Content-Type value names ("text/html; charset=ISO-8859-1" → iso-8859-1). */
export function charsetOf(contentType: string | undefined): string | undefined {
	return /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
	if (!label) return undefined;
	try {
		return new TextDecoder(label);
	} catch {
		return undefined;
	}
}

/**
 * A page's bytes as text: a byte-order mark wins, then the charset of the HTTP header, then the page's
 * own <meta charset> or http-equiv tag (looked for in its first 4 KB, as browsers do), else UTF-8.
 */
export function decodePage(bytes: Uint8Array, contentType?: string): string {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
	if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) return new TextDecoder(bytes[0] === 0xfe ? 'utf-16be' : 'utf-16le').decode(bytes);
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
	const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
	const decoder = decoderFor(charsetOf(contentType)) ?? decoderFor(declared) ?? new TextDecoder('utf-8');
	return decoder.decode(bytes);
}

/** The opening bytes of common binary formats, which may hold no NUL byte near their start. */
const binarySignatures: Array<[string, number[]]> = [
	['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
	['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
	['a GIF image', [0x47, 0x49, 0x46, 0x38]],
	['a JPEG image', [0xff, 0xd8, 0xff]],
	['a ZIP archive (or an office document)', [0x50, 0x4b, 0x03, 0x04]],
	['gzip-compressed data', [0x1f, 0x8b]],
];

/**
 * Why a body is binary data rather than a page or text, whatever it was called or served as: a known
 * binary format by its first bytes, or NUL bytes (as a file is judged; UTF-16 with a byte-order mark
 * holds NULs and is text).
 */
export function binaryReason(bytes: Uint8Array): string | undefined {
	const signature = binarySignatures.find(([, start]) => start.every((byte, index) => bytes[index] === byte));
	if (signature) return `is a binary file (${signature[0]}), not an article (expected plain text, Markdown or a web page)`;
	const utf16 = (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe);
	if (!utf16 && bytes.includes(0)) return describeUndecodable({reason: 'binary'}, 'article');
	return undefined;
}

export type PageOutcome = {input?: ArticleInput; problems: Problem[]; warnings: string[]};

const cleanText = (value: string | undefined) => (value === undefined ? undefined : sanitiseText(value).replace(/\s+/g, ' ').trim() || undefined);

/** An all-capitals byline ("NATALIYA VASILYEVA") in the case a name is written in. */
function nameCase(name: string): string {
	if (/\p{Ll}/u.test(name)) return name;
	return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * One page as an article: text and metadata from the page, flags (overrides) winning over it. `source`
 * names the file or URL in messages; `pageUrl` is where a fetched page came from.
 */
export async function pageToArticleInput(html: string, source: string, overrides: ArticleMetadata = {}, pageUrl?: string): Promise<PageOutcome> {
	// Starts like HTML but holds NUL bytes: binary data (a browser would not show it either).
	if (html.includes('\u0000')) return {problems: [{file: source, message: 'is a binary file that starts like HTML, not a web page'}], warnings: []};
	const {extractHtmlArticle} = await import('./html-article.js');
	const outcome = extractHtmlArticle(html, pageUrl);
	if (!outcome.article) return {problems: [{file: source, message: outcome.problem ?? 'no article found in the page'}], warnings: []};
	const {metadata, paragraphs, dropped} = outcome.article;
	const warnings: string[] = [];
	if (metadata.language && !/^en\b/i.test(metadata.language)) {
		warnings.push(`${source}: the page is in "${metadata.language}"; its text is imported, but entity extraction is tuned for English`);
	}
	const author = cleanText(overrides.author ?? metadata.author);
	const input: ArticleInput = {
		source,
		metadata: {
			title: cleanText(overrides.title ?? metadata.title),
			outlet: cleanText(overrides.outlet ?? metadata.outlet),
			url: cleanText(overrides.url ?? metadata.url ?? pageUrl),
			published: cleanText(overrides.published ?? metadata.published),
			...(author ? {author: nameCase(author)} : {}),
		},
		paragraphs,
		ignoredHeaderLines: [],
		dropped,
		...(overrides.published === undefined && metadata.published ? {publishedFrom: metadata.publishedFrom === 'address' ? 'the date in the page’s address' : 'the page’s own metadata'} : {}),
	};
	return {input, problems: [], warnings};
}

/**
 * An article fetched from the web: an HTML page goes through the page reader, plain text through the
 * text importer; the address it finally came from is recorded unless --url says otherwise.
 */
export async function urlToArticleInput(address: string, overrides: ArticleMetadata = {}, options: FetchOptions = {}): Promise<PageOutcome> {
	const {page, problem} = await fetchPage(address, options);
	if (!page) return {problems: [problem!], warnings: []};
	// Judged by its bytes, as a file is, whatever the Content-Type says: what starts like HTML is read
	// as a page (which refuses NUL bytes), anything else binary is refused.
	if (looksLikeHtml(page.bytes)) return pageToArticleInput(decodePage(page.bytes, page.contentType), address, overrides, page.finalUrl);
	const binary = binaryReason(page.bytes);
	if (binary) return {problems: [{file: address, message: binary}], warnings: []};
	if (/html/i.test(page.contentType)) return pageToArticleInput(decodePage(page.bytes, page.contentType), address, overrides, page.finalUrl);
	// Text without a declared charset is read as a file is: UTF-8 (or UTF-16 with a byte-order mark), else refused.
	let text: string;
	if (charsetOf(page.contentType) === undefined) {
		const decoded = decodeText(page.bytes);
		if (!('text' in decoded)) return {problems: [{file: address, message: describeUndecodable(decoded, 'article')}], warnings: []};
		text = decoded.text;
	} else text = decodePage(page.bytes, page.contentType);
	if (text.trim() === '') return {problems: [{file: address, message: 'is empty: there is no article text to import'}], warnings: []};
	const input = textToArticleInput(text, address, {...overrides, url: overrides.url ?? page.finalUrl});
	return {input, problems: [], warnings: []};
}

/**
 * A plain-text or Markdown article, with the page clutter of text pasted from a browser taken out
 * first; a byline and dateline found there fill the author and date that the header and flags did not.
 */
export function textToArticleInput(text: string, source: string, overrides: ArticleMetadata = {}): ArticleInput {
	const cleaned = cleanPastedText(text);
	const input = parseArticleText(cleaned.text, source, overrides);
	const author = cleanText(overrides.author ?? cleaned.author);
	if (input.metadata.published === undefined && cleaned.published) {
		input.metadata.published = cleaned.published;
		input.publishedFrom = 'the article’s dateline';
	}
	// Only when clutter stood before it: otherwise the importer's own guess of the headline stands.
	if (cleaned.dropped.length > 0) input.metadata.title ??= cleanText(cleaned.title);
	if (author) input.metadata.author = nameCase(author);
	if (cleaned.dropped.length > 0) input.dropped = cleaned.dropped.map(line => ({text: sanitiseText(line.text), reason: line.reason}));
	return input;
}
