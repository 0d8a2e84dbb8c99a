import {Readability} from '@mozilla/readability';
import {parseHTML} from 'linkedom';
import {sanitiseText} from '../model/sanitise.js';
import type {DomDocument, DomElement} from './dom-types.js';
import {readPageMetadata, type PageMetadata} from './html-metadata.js';
import {findDeepNesting, maxNestingDepth} from './html-nesting.js';
import {readByline} from './pasted-page.js';
import {comparableWords, findRepeats} from './repeated-paragraphs.js';

// A saved or fetched web page to article text, the way a reader view shows it: Mozilla's Readability
// (Firefox's reader view) picks the article body out of the page, over linkedom's DOM, which parses
// markup and never runs the page's scripts. The body's block elements then become paragraphs, minus
// what a reader does not read as the article: captions, credits, related-link blocks, share widgets,
// and pull quotes that repeat the text. Loaded only for HTML input (see ingest-files.ts).

export type HtmlArticle = {metadata: PageMetadata; paragraphs: string[]; dropped: {text: string; reason: string}[]};

const blockTags = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DT', 'DD', 'TD', 'TH', 'DIV', 'SECTION', 'ARTICLE', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TR', 'HEADER', 'FOOTER', 'MAIN', 'HR', 'FIGURE', 'ASIDE', 'NAV', 'FORM']);
/** Never article text: code, media and controls. */
const skippedTags = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'IFRAME', 'FIGCAPTION', 'PICTURE', 'VIDEO', 'AUDIO', 'SELECT', 'TEXTAREA', 'INPUT']);
/** Usually furniture (what figures and asides hold: captions, credits, pull quotes, promos), unless they wrap the article. */
const furnitureTags = new Set(['FIGURE', 'ASIDE', 'NAV', 'FORM']);
/** Class or id words that mark page furniture inside an article body (sites name their widgets so). */
const furniture = /(?:^|[\s_-])(?:caption|credit|related|share|sharing|social|newsletter|promo|read-?more|recirc|pull-?quote|pullquote|advert|ad-slot|sponsor|subscribe|signup|comments?|slideshow|gallery|carousel|byline)(?:$|[\s_-])/i;
/** Leading words of embedded "read this too" blocks, and whether a separator follows them ("Read more:"). */
const relatedLead = /^(?:read more|related(?: stories| articles| content| coverage)?|see also|more on this|more from|recommended|most read|most popular|also read|watch|listen)\b\s*([:|—–»›-])?/i;

/** Stand-alone credit lines: "Photograph: Jo Bloggs/Reuters", "(Photo: AP)", "Image credit: …". */
const photoCredit = /^\(?(?:photo(?:graph)?s?|image|picture|illustration)(?: credit)?\s*(?::|by\b)/i;

const normalise = (text: string) => sanitiseText(text.replace(/\s+/g, ' ')).trim();
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

type Block = {text: string; linkText: number};
type Context = {dropped: HtmlArticle['dropped']; articleLength: number};

/**
 * Why an element is page furniture, or undefined. Tags and class names only suggest it: an element
 * holding much of the article (a <form> that wraps an ASP.NET page, an "article-body has-related"
 * wrapper) is the article, whatever it is called.
 */
function furnitureReason(element: DomElement, articleLength: number): string | undefined {
	if (skippedTags.has(element.tagName)) return `a ${element.tagName.toLowerCase()} element (not article text)`;
	const label = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
	const match = furniture.exec(label);
	const reason = furnitureTags.has(element.tagName)
		? `a ${element.tagName.toLowerCase()} element (not article text)`
		: match
			? `a "${match[0].trim()}" block`
			: element.getAttribute('role') === 'complementary' || element.getAttribute('aria-hidden') === 'true'
				? 'a block hidden from readers'
				: undefined;
	if (!reason) return undefined;
	const length = normalise(element.textContent ?? '').length;
	return length > 0.4 * articleLength ? undefined : reason;
}

function linkTextOf(element: DomElement): number {
	let length = 0;
	for (const link of element.querySelectorAll('a')) length += normalise(link.textContent ?? '').length;
	return length;
}

/** The text of inline content, leaving out furniture inside it (a caption span within a paragraph). */
function inlineText(element: DomElement, context: Context): string {
	let text = '';
	for (const node of element.childNodes) {
		if (node.nodeType === 3) text += node.textContent ?? '';
		if (node.nodeType !== 1) continue;
		const child = node as DomElement;
		const reason = furnitureReason(child, context.articleLength);
		if (reason) {
			const skipped = normalise(child.textContent ?? '');
			if (skipped !== '') context.dropped.push({text: skipped, reason});
		} else if (child.tagName === 'BR') text += ' ';
		else text += blockTags.has(child.tagName) ? ` ${inlineText(child, context)} ` : inlineText(child, context);
	}
	return text;
}

/**
 * The blocks of an element in reading order: a block element holding only inline content is one
 * paragraph; one holding blocks contributes its inline runs between them as paragraphs of their own.
 */
function collectBlocks(element: DomElement, blocks: Block[], context: Context): void {
	let run = '';
	let runLinks = 0;
	const flush = () => {
		const text = normalise(run);
		if (text !== '') blocks.push({text, linkText: runLinks});
		run = '';
		runLinks = 0;
	};
	for (const node of element.childNodes) {
		if (node.nodeType === 3) {
			run += node.textContent ?? '';
			continue;
		}
		if (node.nodeType !== 1) continue;
		const child = node as DomElement;
		const reason = furnitureReason(child, context.articleLength);
		if (reason) {
			const text = normalise(child.textContent ?? '');
			if (text !== '') context.dropped.push({text, reason});
			continue;
		}
		if (child.tagName === 'BR') {
			run += ' ';
			continue;
		}
		const hasBlocks = [...child.children].some(grandchild => blockTags.has(grandchild.tagName));
		if (!blockTags.has(child.tagName) && !hasBlocks) {
			// Inline content (links, emphasis) joins the current run, its link text counted.
			run += inlineText(child, context);
			if (child.tagName === 'A') runLinks += normalise(child.textContent ?? '').length;
			else runLinks += linkTextOf(child);
			continue;
		}
		flush();
		if (hasBlocks) collectBlocks(child, blocks, context);
		else {
			const text = normalise(inlineText(child, context));
			if (text !== '') blocks.push({text, linkText: linkTextOf(child)});
		}
	}
	flush();
}

const wordSet = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * Whether a paragraph describes one of the article's images: it and the image's alt text (or a caption
 * already dropped) mostly share their words, both ways. One way is not enough: a caption often restates
 * the lead paragraph, which must stay.
 */
function describesImage(text: string, altTexts: Set<string>[]): boolean {
	const own = wordSet(text);
	if (own.size < 6) return false;
	return altTexts.some(alt => {
		let shared = 0;
		for (const word of own) if (alt.has(word)) shared++;
		return shared >= 0.6 * own.size && shared >= 0.6 * alt.size;
	});
}

/** Why a paragraph is not article text, or undefined when it is. */
function paragraphReason(block: Block, altTexts: Set<string>[]): string | undefined {
	if (describesImage(block.text, altTexts)) return 'an image caption (it repeats the image description)';
	if (!/\p{L}/u.test(block.text)) return 'no words (a counter or a rule)';
	if (words(block.text) <= 10 && readByline(block.text)) return 'the byline (the author is kept as metadata)';
	if (photoCredit.test(block.text) && words(block.text) <= 15) return 'a photo credit';
	// "Read more: …" is a link line; "Recommended changes to the law were …" is a sentence of the article.
	const lead = relatedLead.exec(block.text);
	if (lead && words(block.text) <= 30 && (lead[1] !== undefined || !/[.!?]["”’)]?$/.test(block.text))) return 'a "read more"/related-link line';
	// Lines that are (nearly) all link, such as headline lists of other stories.
	if (block.linkText >= 0.8 * block.text.length && words(block.text) <= 25 && !/[.!?]["”’)]?$/.test(block.text)) return 'a line of links';
	return undefined;
}

/** Drops a paragraph whose words appear again in another paragraph: a pull quote, or a repeated standfirst. */
function withoutRepeats(paragraphs: string[], dropped: HtmlArticle['dropped']): string[] {
	const repeats = findRepeats(paragraphs.map(comparableWords));
	return paragraphs.filter((text, index) => {
		const repeated = repeats[index]! && words(text) >= 6;
		if (repeated) dropped.push({text, reason: 'repeats another paragraph (a pull quote)'});
		return !repeated;
	});
}

/**
 * Drops the headline written again above the text, shortened or restyled ("Dress ... STOLEN!!!" under
 * "Star's Dress -- STOLEN!!!"): a line before the first sentence whose words are all the title's.
 */
function withoutHeadlineAgain(paragraphs: string[], title: string | undefined, dropped: HtmlArticle['dropped']): string[] {
	if (!title) return paragraphs;
	const titleWords = wordSet(title);
	const firstSentence = paragraphs.findIndex(text => /[.!?]["”’)]?$/.test(text) && !/!{2,}$/.test(text));
	return paragraphs.filter((text, index) => {
		if (index >= 3 || (firstSentence !== -1 && index >= firstSentence)) return true;
		const own = wordSet(text);
		const again = own.size >= 2 && [...own].every(word => titleWords.has(word));
		if (again) dropped.push({text, reason: 'the headline again'});
		return !again;
	});
}

/** The page as a DOM; Readability then reads the article out of it. Never throws. */
function parsePage(html: string): DomDocument | undefined {
	try {
		return parseHTML(html).document as unknown as DomDocument;
	} catch {
		return undefined;
	}
}

export type HtmlOutcome = {article?: HtmlArticle; problem?: string};

/** The article in a page, or the reason there is none ("no article found"). Pure: no file, no network. */
export function extractHtmlArticle(html: string, pageUrl?: string): HtmlOutcome {
	// Before parsing: the parser itself slows down with the square of the depth.
	const deep = findDeepNesting(html);
	if (deep) return {problem: `nests its elements more than ${maxNestingDepth} deep (line ${deep.line}); summit-tui does not read pages nested so deeply (news pages nest a few dozen levels)`};
	const document = parsePage(html);
	if (!document?.documentElement || !document.body) return {problem: 'is HTML the parser cannot use (no document body)'};
	const metadata = readPageMetadata(document, pageUrl);
	let content: DomElement | null | undefined;
	try {
		// keepClasses: the class names say which blocks are captions and share widgets (read below).
		const parsed = new Readability<DomElement>(document as never, {keepClasses: true, serializer: node => node as unknown as DomElement}).parse();
		content = parsed?.content;
		if (parsed?.byline && !metadata.author) {
			const byline = normalise(parsed.byline).replace(/^by\s+/i, '');
			if (byline !== '' && words(byline) <= 6 && !/\d/.test(byline)) metadata.author = byline;
		}
	} catch {
		content = undefined;
	}
	if (!content) return {problem: 'no article found in the page (the reader view found no article body)'};
	const dropped: HtmlArticle['dropped'] = [];
	const blocks: Block[] = [];
	collectBlocks(content, blocks, {dropped, articleLength: normalise(content.textContent ?? '').length});
	// Captions set apart from their figure still describe the image its alt text describes, and repeat
	// what was dropped as a caption or slideshow block.
	const altTexts = [...content.querySelectorAll('img[alt]')].map(image => wordSet(image.getAttribute('alt') ?? '')).filter(alt => alt.size >= 6);
	for (const entry of dropped) if (wordSet(entry.text).size >= 6) altTexts.push(wordSet(entry.text));
	const kept: string[] = [];
	for (const block of blocks) {
		const reason = paragraphReason(block, altTexts);
		if (reason) dropped.push({text: block.text, reason});
		else kept.push(block.text);
	}
	const paragraphs = withoutHeadlineAgain(withoutRepeats(kept, dropped), metadata.title, dropped);
	if (paragraphs.length === 0) return {problem: 'no article found in the page (its body holds no paragraphs)'};
	return {article: {metadata, paragraphs, dropped}};
}
