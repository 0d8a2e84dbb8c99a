import {isUrlArgument} from '../ingest/fetch-page.js';
import {looksLikeStoryJson} from '../model/read-stories.js';
import type {StoryFile} from '../model/schema.js';
import type {CommandContext} from './context.js';
import {usage} from './errors.js';
import type {FlagName} from './flags.js';

/** The options of a command that imports the articles it is given (ingest; the dashboard, map in memory). */
export const articleFlags: readonly FlagName[] = ['outlet', 'published', 'title', 'url', 'timeout', 'verbose', 'explain', 'maxSize'];

type ReadInputs = Awaited<ReturnType<CommandContext['readAll']>>;

/**
 * The story in the files given: story JSON loaded, or articles imported in memory (not both). What an
 * input is comes from the bytes already read: a pipe cannot be peeked at and read again.
 */
export async function storyOrArticles(context: CommandContext, files: string[], beforeLoad?: (inputs: ReadInputs['inputs']) => Promise<void>): Promise<{story: StoryFile; imported: boolean}> {
	const read = await context.readAll(files);
	const urls = files.filter(isUrlArgument);
	const articles = [...read.inputs.filter(entry => !looksLikeStoryJson(entry.file, entry.bytes)), ...urls];
	if (articles.length > 0 && articles.length < read.inputs.length + urls.length) usage('give story files or articles, not both (import the articles first: summit-tui ingest ARTICLE -o story.json)');
	if (givesMetadata(context) && articles.length === 0 && read.inputs.length > 0) usage('--outlet, --published, --title and --url describe articles to import; story files carry their own');
	if (articles.length > 0) return {story: await context.import(read, context.metadata), imported: true};
	// `beforeLoad`: the story files are read, not yet validated (the dashboard shows its kept frame here).
	await beforeLoad?.(read.inputs);
	return {story: await context.load(read), imported: false};
}

export const givesMetadata = (context: CommandContext) => Object.values(context.metadata).some(value => value !== undefined);

/** --published and --url as typed: a flag is checked as usage, where the same value in an article's header is only a warning. */
export async function checkArticleFlags(context: CommandContext): Promise<void> {
	const {published, url} = context.flags;
	if (published !== undefined) {
		const {parsePartialDate} = await import('../model/dates.js');
		const date = parsePartialDate(published);
		if (date?.day === undefined || date.year < 1000) usage(`--published takes a real date as YYYY-MM-DD (years 1000–9999), not "${published}"`);
	}
	if (url !== undefined) {
		const {checkUrl} = await import('../ingest/header-values.js');
		const {problem} = checkUrl(url);
		if (problem) usage(`--url: ${problem}`);
	}
}

/**
 * A story's part of the key from the bytes of its files, before they are validated: a frame kept under
 * it was drawn from those bytes once they had validated, and validation is a function of the bytes alone
 * (and of the build, which is in the key: source/first-frame-cache.ts), so the frame can be shown before
 * the validator has even loaded. Files of more than 1 MB have none: hashing them would cost every start
 * without a kept frame more than the frame saves (as for the largest stories, first-frame-cache.ts).
 */
export const maxKeptStoryBytes = 1 << 20;

export function storyBytesKeyContent(inputs: ReadonlyArray<{file: string; bytes: Uint8Array}>): Uint8Array | undefined {
	const size = inputs.reduce((sum, input) => sum + input.bytes.length, 0);
	if (size > maxKeptStoryBytes) return undefined;
	// Each file's name and length first, so that two files are never read as one.
	const heading = new TextEncoder().encode(`${JSON.stringify(inputs.map(input => [input.file, input.bytes.length]))}\n`);
	return Buffer.concat([heading, ...inputs.map(input => input.bytes)]);
}
