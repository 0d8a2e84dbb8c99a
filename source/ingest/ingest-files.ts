import {createHash} from 'node:crypto';
import {validateStoryValue} from '../model/load.js';
import type {Problem} from '../model/problem.js';
import {decodeText, describeUndecodable, inFileOrder, inputName, readInputs, type InputFile, type ReadOptions} from '../model/read-stories.js';
import type {StoryFile} from '../model/schema.js';
import type {ArticleInput, ArticleMetadata} from './article-input.js';
import {buildStory, type Explanation} from './build-story.js';
import {defaultTimeoutMs, isUrlArgument, type FetchOptions} from './fetch-page.js';
import {formatBytes} from '../fs/bounded-read.js';
import {checkMetadata, checkPublished} from './header-values.js';
import {decodePage, looksLikeHtml, pageToArticleInput, textToArticleInput, urlToArticleInput, type PageOutcome} from './page-input.js';
import {maxWordsPerAnalysis, splitForAnalysis} from './tokens.js';

// The importer's door: takes the bytes of article files (or standard input) as the bounded reader read
// them, or addresses to fetch; recognises web pages by their content; checks that text is text and that
// header values are sound; builds the story and checks it with the same validator every story file goes
// through. Loaded only by the commands that import articles, so the NLP libraries cost nothing when a
// story file is opened.

// ingest --into reads the story and writes it back with these: beside the bundle they come from the same
// code-cached script as the import (dist/ingest-core.cjs, whose merging code they share) instead of ES
// module chunks compiled again on each run (the validator's alone is 450 KB).
export {parseStoryBytes} from '../model/load.js';
export {addToStoryFile, localDay, readForUpdate, resolveIntoTarget, unrelatedMessage} from '../library/save-story.js';

const wordsIn = (texts: string[]) => texts.reduce((sum, text) => sum + (text.match(/\S+/gu)?.length ?? 0), 0);

/** When more of a page's words were left out as clutter than kept: the reader should look (a rule may have taken the article). */
function mostlyLeftOut(input: ArticleInput): {dropped: number; kept: number} | undefined {
	const dropped = wordsIn((input.dropped ?? []).map(line => line.text));
	const kept = wordsIn(input.paragraphs);
	return dropped >= 100 && dropped > kept ? {dropped, kept} : undefined;
}

/** `dropped`: page clutter left out of each article (web and pasted pages), for `--verbose`. */
export type IngestOutcome = {story?: StoryFile; problems: Problem[]; warnings: string[]; dropped?: Array<{source: string; text: string; reason: string}>; explanations?: Explanation[]};

/** A file's bytes as read, or (without bytes) an http(s) address to fetch. */
export type ArticleSource = {file: string; bytes?: Uint8Array};

/**
 * The largest article imported unless --max-size says otherwise. The analysis holds about 140 MiB per MiB
 * of text and takes a minute or more per MiB (measured with `npm run bench`), so a file near the 50 MB
 * read limit would need gigabytes; 1 MiB is some 170,000 words, far past any news article.
 */
export const defaultMaxArticleBytes = 1024 * 1024;
/** The whole import, every download and page included, ends by this limit rather than running on. */
export const importTimeLimitMs = 10 * 60_000;
const pastTimeLimit = `not read: the import ran past its time limit of ${Math.round(importTimeLimitMs / 60_000)} minutes (import fewer articles at a time)`;

/** `maxArticleBytes`: each article's size limit (the command line's default one, with its advice); `deadline`: Date.now() by which the import ends. */
export type ImportOptions = FetchOptions & {maxArticleBytes?: number; deadline?: number};

/** A saved page is mostly markup, scripts and styles (1–2 MB for a news page): its bytes may be this many times the article limit. */
const pageBytesPerArticleByte = 8;

function overLimit(what: 'articles' | 'web pages', over: string, maxBytes: number, size: number): string {
	const reason = what === 'articles' ? 'an import holds about 140 MiB of memory per MiB of text' : 'the page reader takes time and memory in proportion';
	return `${over} the ${formatBytes(maxBytes)} limit for ${what} (${reason}; raise it with --max-size, e.g. --max-size ${Math.ceil(size / 1024 / 1024)}M)`;
}

/** A header's "Published: September 12, 2023" as 2023-09-12; a value that is no such date stays as it is. */
export function normalisePublished(value: string | undefined): string | undefined {
	if (value === undefined) return value;
	return checkPublished(value).value ?? value;
}

/** One source as an article: a fetched address, a saved web page, or plain text or Markdown. */
async function articleFrom(source: ArticleSource, overrides: ArticleMetadata, options: ImportOptions): Promise<PageOutcome> {
	const name = inputName(source.file);
	const {maxArticleBytes: articleLimit, deadline, ...fetchOptions} = options;
	// These limits speak only where they are below the read limit (--max-size's, which says so itself).
	const readLimit = fetchOptions.maxBytes ?? Number.POSITIVE_INFINITY;
	const maxArticleBytes = articleLimit !== undefined && articleLimit < readLimit ? articleLimit : undefined;
	const maxPageBytes = maxArticleBytes !== undefined && maxArticleBytes * pageBytesPerArticleByte < readLimit ? maxArticleBytes * pageBytesPerArticleByte : undefined;
	const refuse = (message: string): PageOutcome => ({problems: [{file: name, message}], warnings: []});
	let outcome: PageOutcome;
	if (!source.bytes) {
		const fetched = maxPageBytes === undefined ? fetchOptions : {...fetchOptions, maxBytes: maxPageBytes, overLimit: overLimit('web pages', 'is larger than', maxPageBytes, 2 * maxPageBytes)};
		// The download ends by --timeout, or sooner when the import's own time limit comes first.
		const timeoutMs = fetchOptions.timeoutMs ?? defaultTimeoutMs;
		const left = deadline === undefined ? timeoutMs : Math.max(1, deadline - Date.now());
		outcome = await urlToArticleInput(source.file, overrides, left < timeoutMs ? {...fetched, timeoutMs: left, timeoutMessage: pastTimeLimit} : fetched);
	} else if (looksLikeHtml(source.bytes)) {
		// A web page, known by its content whatever its name: decoded with the charset it declares.
		if (maxPageBytes !== undefined && source.bytes.length > maxPageBytes) return refuse(overLimit('web pages', `is ${formatBytes(source.bytes.length)}, over`, maxPageBytes, source.bytes.length));
		outcome = await pageToArticleInput(decodePage(source.bytes), name, overrides);
	} else {
		if (maxArticleBytes !== undefined && source.bytes.length > maxArticleBytes) return refuse(overLimit('articles', `is ${formatBytes(source.bytes.length)}, over`, maxArticleBytes, source.bytes.length));
		const decoded = decodeText(source.bytes);
		if (!('text' in decoded)) return refuse(describeUndecodable(decoded, 'article'));
		if (decoded.text.trim() === '') return refuse('is empty: there is no article text to import');
		outcome = {input: textToArticleInput(decoded.text, name, overrides), problems: [], warnings: []};
	}
	// The text itself, whatever it came in (a page, an address): the analysis's memory follows it.
	const textBytes = outcome.input ? Buffer.byteLength(outcome.input.paragraphs.join('\n\n')) : 0;
	if (maxArticleBytes !== undefined && textBytes > maxArticleBytes) return refuse(overLimit('articles', `has ${formatBytes(textBytes)} of text, over`, maxArticleBytes, textBytes));
	return outcome;
}

/**
 * The articles of an import as the importer reads them (decoded, cleaned, headers checked, repeats left
 * out), before any analysis: every input's problems together. The quote ranker's training reads its
 * corpus through this too, so it learns on the articles the importer meets.
 */
export async function readArticleInputs(sources: ArticleSource[], overrides: ArticleMetadata = {}, options: ImportOptions = {}): Promise<{inputs: ArticleInput[]; problems: Problem[]; warnings: string[]}> {
	const problems: Problem[] = [];
	const warnings: string[] = [];
	const inputs: ArticleInput[] = [];
	// The same article under two names (a copy, a page saved twice) would double every item.
	const seenTexts = new Map<string, string>();
	for (const source of sources) {
		if (options.deadline !== undefined && Date.now() >= options.deadline) {
			problems.push({file: inputName(source.file), message: pastTimeLimit});
			continue;
		}
		const outcome = await articleFrom(source, overrides, options);
		problems.push(...outcome.problems);
		warnings.push(...outcome.warnings);
		const input = outcome.input;
		if (!input) continue;
		const digest = createHash('sha256').update(input.paragraphs.join('\n').replace(/\s+/g, ' ').trim()).digest('hex');
		const earlier = seenTexts.get(digest);
		if (earlier !== undefined && input.paragraphs.length > 0) {
			warnings.push(`${input.source}: the same text as ${earlier}; imported once`);
			continue;
		}
		seenTexts.set(digest, input.source);
		const checked = checkMetadata(input.metadata, input.source);
		input.metadata = checked.metadata;
		warnings.push(...checked.warnings);
		if (input.paragraphs.length === 0) problems.push({file: input.source, message: 'has a header but no article text after it'});
		else inputs.push(input);
		const leftOut = mostlyLeftOut(input);
		if (leftOut) warnings.push(`${input.source}: ${leftOut.dropped} of ${leftOut.dropped + leftOut.kept} words were left out as page clutter (menus, links, comments); check that the article is all there (--verbose lists each line left out and why)`);
		const longRuns = input.paragraphs.flatMap((paragraph, index) => (splitForAnalysis(paragraph).some(piece => piece.forced) ? [index + 1] : []));
		if (longRuns.length > 0) {
			warnings.push(`${input.source}: paragraph${longRuns.length > 1 ? 's' : ''} ${longRuns.slice(0, 5).join(', ')}${longRuns.length > 5 ? ' …' : ''}: a sentence runs past ${maxWordsPerAnalysis} words; it was analysed in pieces of at most ${maxWordsPerAnalysis} words, so names or quotes across a cut may be missed`);
		}
	}
	return {inputs, problems, warnings};
}

/** Imports articles into one story; every input's problems are reported together. */
export async function ingestInputs(sources: ArticleSource[], overrides: ArticleMetadata = {}, options: ImportOptions = {}): Promise<IngestOutcome> {
	const {inputs, problems, warnings} = await readArticleInputs(sources, overrides, options);
	// The analysis runs as one piece (bounded by the article size limit): begun only within the time limit.
	if (problems.length === 0 && inputs.length > 0 && options.deadline !== undefined && Date.now() >= options.deadline) problems.push({file: inputs.at(-1)!.source, message: pastTimeLimit.replace('not read', 'not analysed')});
	if (problems.length > 0 || inputs.length === 0) return {problems, warnings};
	const built = buildStory(inputs);
	warnings.push(...built.warnings);
	for (const input of inputs) if (input.ignoredHeaderLines.length > 0) warnings.push(`${input.source}: header lines not understood and ignored: ${input.ignoredHeaderLines.join(' | ')}`);
	// Built to be valid; checked anyway with the validator every story file meets, so a bug in the
	// importer shows as a clear message rather than as a file the dashboard then refuses.
	// (Once per import: without zod's compiled parsers, load.ts.)
	const checked = validateStoryValue(built.story, 'imported story', {oneOff: true});
	if (!checked.story) return {problems: checked.problems.map(problem => ({...problem, message: `importer bug: ${problem.message}`})), warnings};
	const dropped = inputs.flatMap(input => (input.dropped ?? []).map(line => ({source: input.source, ...line})));
	return {story: checked.story, problems: [], warnings, dropped, explanations: built.explanations};
}

/** The arguments in the order given: each file as read (unreadable ones left out), each address as itself. */
export function sourcesInOrder(files: string[], inputs: InputFile[]): ArticleSource[] {
	const byFile = new Map(inputs.map(input => [input.file, input]));
	return files.flatMap(file => (isUrlArgument(file) ? [{file}] : byFile.has(file) ? [byFile.get(file)!] : []));
}

/** Reads article files (bounded), fetches addresses, and imports them all: for callers without bytes in hand. */
export async function ingestFiles(files: string[], overrides: ArticleMetadata = {}, options: ReadOptions & ImportOptions = {}): Promise<IngestOutcome> {
	const read = await readInputs(files.filter(file => !isUrlArgument(file)), options);
	const outcome = await ingestInputs(sourcesInOrder(files, read.inputs), overrides, options);
	const problems = inFileOrder([...read.problems, ...outcome.problems], files);
	const warnings = [...read.warnings, ...outcome.warnings];
	return problems.length > 0 ? {problems, warnings} : {...outcome, warnings};
}
