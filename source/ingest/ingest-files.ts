import type {Buffer} from 'node:buffer';
import {readFileSync} from 'node:fs';
import * as chrono from 'chrono-node';
import {parseStoryText} from '../model/load.js';
import type {Problem} from '../model/problem.js';
import {notTextReason, readStoryBytes, type ReadOptions} from '../model/read-stories.js';
import type {StoryFile} from '../model/schema.js';
import {parseArticleText, type ArticleInput, type ArticleMetadata} from './article-input.js';
import {buildStory} from './build-story.js';
import {isUrlArgument} from './fetch-page.js';
import {decodePage, looksLikeHtml, pageToArticleInput, textToArticleInput, urlToArticleInput} from './page-input.js';

// The importer's door: reads article files (or standard input), checks that they are text, builds the
// story and checks it with the same validator every story file goes through. Loaded only by the
// commands that import articles, so the NLP libraries cost nothing when a story file is opened.

/** `dropped`: page clutter left out of each article (web and pasted pages), for `--verbose`. */
export type IngestOutcome = {story?: StoryFile; problems: Problem[]; warnings: string[]; dropped?: Array<{source: string; text: string; reason: string}>};

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** A header's "Published: September 12, 2023" as 2023-09-12; ISO dates pass as they are. */
export function normalisePublished(value: string | undefined): string | undefined {
	if (value === undefined || isoDay.test(value)) return value;
	const parsed = chrono.parse(value)[0];
	const known = parsed ? (parsed.start as unknown as {knownValues: Record<string, number>}).knownValues : {};
	if (!parsed || known['year'] === undefined || known['month'] === undefined || known['day'] === undefined) return value;
	const date = parsed.start.date();
	return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function readArticle(file: string, options: ReadOptions): {text?: string; html?: string; problems: Problem[]} {
	let bytes: Buffer;
	if (file === '-') {
		try {
			bytes = readFileSync(0);
		} catch (error) {
			return {problems: [{file: 'standard input', message: (error as Error).message}]};
		}
	} else {
		const read = readStoryBytes(file, options);
		if (!read.bytes) return {problems: read.problems};
		bytes = read.bytes;
	}
	const name = file === '-' ? 'standard input' : file;
	// A web page, known by its content whatever its name: decoded with the charset it declares.
	if (looksLikeHtml(bytes)) return {html: decodePage(bytes), problems: []};
	const reason = notTextReason(bytes);
	if (reason === 'binary') return {problems: [{file: name, message: 'is a binary file, not an article (expected plain text or Markdown)'}]};
	if (reason === 'encoding') return {problems: [{file: name, message: 'is not valid UTF-8 text (save the article as UTF-8)'}]};
	const text = bytes.toString('utf8');
	if (text.trim() === '') return {problems: [{file: name, message: 'is empty: there is no article text to import'}]};
	return {text, problems: []};
}

/** Imports articles into one story; every file's problems are reported together. */
export async function ingestFiles(files: string[], overrides: ArticleMetadata = {}, options: ReadOptions & {timeoutMs?: number} = {}): Promise<IngestOutcome> {
	if (files.filter(file => file === '-').length > 1) return {problems: [{file: '-', message: 'standard input can be read only once'}], warnings: []};
	const problems: Problem[] = [];
	const inputs: ArticleInput[] = [];
	const pageWarnings: string[] = [];
	for (const file of files) {
		const {text, html, problems: found} = isUrlArgument(file) ? {problems: []} : readArticle(file, options);
		problems.push(...found);
		const source = file === '-' ? 'standard input' : file;
		const page = isUrlArgument(file) ? await urlToArticleInput(file, overrides, options) : html === undefined ? undefined : await pageToArticleInput(html, source, overrides);
		if (page) problems.push(...page.problems);
		if (page) pageWarnings.push(...page.warnings);
		if (text === undefined && !page?.input) continue;
		const input = page?.input ?? textToArticleInput(text!, source, overrides);
		input.metadata.published = normalisePublished(input.metadata.published);
		if (input.paragraphs.length === 0) problems.push({file: input.source, message: 'has a header but no article text after it'});
		else inputs.push(input);
	}
	if (problems.length > 0) return {problems, warnings: []};
	const {story, warnings} = buildStory(inputs);
	warnings.unshift(...pageWarnings);
	for (const input of inputs) if (input.ignoredHeaderLines.length > 0) warnings.push(`${input.source}: header lines not understood and ignored: ${input.ignoredHeaderLines.join(' | ')}`);
	// Built to be valid; checked anyway with the validator every story file meets, so a bug in the
	// importer shows as a clear message rather than as a file the dashboard then refuses.
	const checked = parseStoryText(JSON.stringify(story), 'imported story');
	if (!checked.story) return {problems: checked.problems.map(problem => ({...problem, message: `importer bug: ${problem.message}`})), warnings};
	const dropped = inputs.flatMap(input => (input.dropped ?? []).map(line => ({source: input.source, ...line})));
	return {story: checked.story, problems: [], warnings, dropped};
}
