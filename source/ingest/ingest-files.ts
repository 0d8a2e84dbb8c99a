import {createHash} from 'node:crypto';
import {parseStoryText} from '../model/load.js';
import type {Problem} from '../model/problem.js';
import {decodeText, inputName, type InputFile} from '../model/read-stories.js';
import type {StoryFile} from '../model/schema.js';
import {parseArticleText, type ArticleInput, type ArticleMetadata} from './article-input.js';
import {buildStory} from './build-story.js';
import {checkMetadata, checkPublished} from './header-values.js';
import {maxWordsPerAnalysis, splitForAnalysis} from './tokens.js';

// The importer's door: takes the bytes of article files (or standard input) as read by the bounded
// reader, checks that they are text and that their header values are sound, builds the story and checks
// it with the same validator every story file goes through. Loaded only by the commands that import
// articles, so the NLP libraries cost nothing when a story file is opened.

export type IngestOutcome = {story?: StoryFile; problems: Problem[]; warnings: string[]};

/** A header's "Published: September 12, 2023" as 2023-09-12; a value that is no such date stays as it is. */
export function normalisePublished(value: string | undefined): string | undefined {
	if (value === undefined) return value;
	return checkPublished(value).value ?? value;
}

function articleText(input: InputFile): {text?: string; problems: Problem[]} {
	const name = inputName(input.file);
	const decoded = decodeText(input.bytes);
	if (!('text' in decoded)) {
		if (decoded.encoding) return {problems: [{file: name, message: `is not valid ${decoded.encoding} text (it starts with a ${decoded.encoding} byte-order mark)`}]};
		if (decoded.reason === 'binary') return {problems: [{file: name, message: 'is a binary file, not an article (expected plain text or Markdown)'}]};
		return {problems: [{file: name, message: 'is not valid UTF-8 text (save the article as UTF-8)'}]};
	}
	if (decoded.text.trim() === '') return {problems: [{file: name, message: 'is empty: there is no article text to import'}]};
	return {text: decoded.text, problems: []};
}

/** Imports articles into one story; every input's problems are reported together. */
export function ingestInputs(files: InputFile[], overrides: ArticleMetadata = {}): IngestOutcome {
	const problems: Problem[] = [];
	const warnings: string[] = [];
	const inputs: ArticleInput[] = [];
	// The same article under two names (a copy, a download saved twice) would double every item.
	const seenTexts = new Map<string, string>();
	for (const file of files) {
		const name = inputName(file.file);
		const {text, problems: found} = articleText(file);
		problems.push(...found);
		if (text === undefined) continue;
		const digest = createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
		const earlier = seenTexts.get(digest);
		if (earlier !== undefined) {
			warnings.push(`${name}: the same text as ${earlier}; imported once`);
			continue;
		}
		seenTexts.set(digest, name);
		const input = parseArticleText(text, name, overrides);
		const checked = checkMetadata(input.metadata, name);
		input.metadata = checked.metadata;
		warnings.push(...checked.warnings);
		if (input.paragraphs.length === 0) problems.push({file: input.source, message: 'has a header but no article text after it'});
		else inputs.push(input);
		const longRuns = input.paragraphs.flatMap((paragraph, index) => (splitForAnalysis(paragraph).some(piece => piece.forced) ? [index + 1] : []));
		if (longRuns.length > 0) {
			warnings.push(`${name}: paragraph${longRuns.length > 1 ? 's' : ''} ${longRuns.slice(0, 5).join(', ')}${longRuns.length > 5 ? ' …' : ''}: a sentence runs past ${maxWordsPerAnalysis} words; it was analysed in pieces of at most ${maxWordsPerAnalysis} words, so names or quotes across a cut may be missed`);
		}
	}
	if (problems.length > 0 || inputs.length === 0) return {problems, warnings};
	const built = buildStory(inputs);
	warnings.push(...built.warnings);
	for (const input of inputs) if (input.ignoredHeaderLines.length > 0) warnings.push(`${input.source}: header lines not understood and ignored: ${input.ignoredHeaderLines.join(' | ')}`);
	// Built to be valid; checked anyway with the validator every story file meets, so a bug in the
	// importer shows as a clear message rather than as a file the dashboard then refuses.
	const checked = parseStoryText(JSON.stringify(built.story), 'imported story');
	if (!checked.story) return {problems: checked.problems.map(problem => ({...problem, message: `importer bug: ${problem.message}`})), warnings};
	return {story: checked.story, problems: [], warnings};
}
