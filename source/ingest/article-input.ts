import {splitParagraphs} from '../model/paragraphs.js';
import {sanitiseText} from '../model/sanitise.js';

// Turning one article file (plain text or Markdown) into metadata and numbered paragraphs. Pure: the
// caller reads the file. Paragraph numbers are those of the text after the metadata header, the way the
// story format counts them (blank-line-separated blocks, the first is 1).

export type ArticleMetadata = {title?: string; outlet?: string; url?: string; published?: string; author?: string};

export type ArticleInput = {
	/** The file name as given, or "-" for standard input; used for messages and default ids. */
	source: string;
	metadata: ArticleMetadata;
	paragraphs: string[];
	/** Lines of the header that were not understood, for a warning. */
	ignoredHeaderLines: string[];
	/** Page clutter left out of the paragraphs (web pages and pasted pages), for `--verbose`. */
	dropped?: {text: string; reason: string}[];
	/** Where the publication date was read when no header or flag gave it ("the page's metadata"). */
	publishedFrom?: string;
};

// A Map, not an object: a first line such as "Constructor: …" must not find Object.prototype's keys.
const headerKeys = new Map<string, keyof ArticleMetadata>([
	['title', 'title'],
	['outlet', 'outlet'],
	['url', 'url'],
	['published', 'published'],
	['date', 'published'],
	['source', 'outlet'],
]);
const headerLine = /^([A-Za-z]+)[ \t]*:[ \t]*(.*)$/;

/**
 * Reads `Title:`, `Outlet:`, `URL:`, `Published:` lines at the very top, ended by a blank line, or the
 * same keys in Markdown front matter (between `---` lines, as static-site generators write it).
 */
function splitHeader(text: string): {metadata: ArticleMetadata; body: string; ignored: string[]} {
	const frontMatter = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
	if (frontMatter) {
		const metadata: ArticleMetadata = {};
		const ignored: string[] = [];
		for (const line of frontMatter[1]!.split('\n')) {
			const match = headerLine.exec(line.trim());
			const key = match ? headerKeys.get(match[1]!.toLowerCase()) : undefined;
			// YAML may quote its values.
			if (key) metadata[key] = match![2]!.trim().replace(/^(["'])(.*)\1$/, '$2');
			else if (line.trim() !== '') ignored.push(line.trim());
		}
		return {metadata, body: text.slice(frontMatter[0].length), ignored};
	}
	const lines = text.split('\n');
	const metadata: ArticleMetadata = {};
	const ignored: string[] = [];
	let index = 0;
	for (; index < lines.length; index++) {
		const line = lines[index]!.trim();
		if (line === '') break;
		const match = headerLine.exec(line);
		const key = match ? headerKeys.get(match[1]!.toLowerCase()) : undefined;
		// A first line that is not a known key means the article has no header at all.
		if (!match || (!key && index === 0)) return {metadata: {}, body: text, ignored: []};
		if (key) metadata[key] = match[2]!.trim();
		else ignored.push(line);
	}
	if (index === 0) return {metadata: {}, body: text, ignored: []};
	return {metadata, body: lines.slice(index + 1).join('\n'), ignored};
}

/**
 * Markdown to the plain text a reader sees: heading marks, emphasis, links and images, list and quote
 * markers go; the words stay, so excerpts cited from the result read as the article does.
 */
export function markdownToText(block: string): string {
	return block
		.split('\n')
		.map((line, index) =>
			line
				.replace(/^\s{0,3}#{1,6}\s+/, '')
				.replace(/(?<!\s)\s+#+\s*$/, '')
				.replace(/^\s{0,3}>\s?/, '')
				.replace(/^\s{0,3}[-*+•]\s+/, '')
				// A number opens a list item only on a block's first line (as in CommonMark, where an ordered list
				// does not interrupt a paragraph): "… on March\n10. Officials" keeps its date.
				.replace(index === 0 ? /^\s{0,3}\d+[.)]\s+/ : /$^/, '')
				.replace(/!\[([^\][]*)\]\([^()]*\)/g, '$1')
				.replace(/\[([^\][]+)\]\([^()]*\)/g, '$1')
				// Emphasis never spans its own mark ("**a **b" is not bold twice): each mark's search ends at the
				// next, so a line of unclosed marks is read in linear time, not rescanned from every mark.
				.replace(/(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1/g, '$2')
				.replace(/(?<![\w*])([*_])(?=\S)((?:(?!\1).|\1(?=\1))+?)(?<=\S)\1(?![\w*])/g, '$2')
				.replace(/`([^`]+)`/g, '$1'),
		)
		.join('\n');
}

const horizontalRule = /^\s{0,3}(?:[-*_]\s*){3,}$/;

const listItemStart = /^\s{0,3}(?:[-*+•]|\d{1,3}[.)])\s+\S/;

/**
 * A list written on consecutive lines ("1. Finland" / "2. Norway", "- item") is one item a paragraph, as a
 * web page's <li> is: joined into one line its items would read as one long name. A line that does not
 * open an item continues the item (or the lead-in) before it, as a wrapped line does; a block that is not
 * a list (a wrapped paragraph whose second line happens to start "10. ") needs two item lines to split.
 */
export function splitListItems(block: string): string[] {
	const lines = block.split('\n');
	const itemLines = lines.filter(line => listItemStart.test(line)).length;
	if (itemLines < 2 || horizontalRule.test(block)) return [block];
	const parts: string[][] = [];
	for (const line of lines) {
		if (listItemStart.test(line) || parts.length === 0) parts.push([line]);
		else parts.at(-1)!.push(line);
	}
	return parts.map(part => part.join('\n'));
}

/** Metadata and paragraphs of one article; flags given on the command line win over the header. */
export function parseArticleText(text: string, source: string, overrides: ArticleMetadata = {}): ArticleInput {
	const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const {metadata, body, ignored} = splitHeader(normalised);
	const paragraphs = splitParagraphs(body)
		.flatMap(splitListItems)
		.filter(block => !horizontalRule.test(block))
		.map(block => sanitiseText(markdownToText(block)).replace(/(?<![ \t])[ \t]*\n[ \t]*/g, ' ').replace(/[ \t]{2,}/g, ' ').trim())
		.filter(block => block !== '');
	const clean = (value: string | undefined) => (value === undefined ? undefined : sanitiseText(value).trim() || undefined);
	return {
		source,
		metadata: {
			title: clean(overrides.title ?? metadata.title),
			outlet: clean(overrides.outlet ?? metadata.outlet),
			url: clean(overrides.url ?? metadata.url),
			published: clean(overrides.published ?? metadata.published),
		},
		paragraphs,
		ignoredHeaderLines: ignored.map(line => sanitiseText(line)),
	};
}
