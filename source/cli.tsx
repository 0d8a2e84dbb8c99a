#!/usr/bin/env node
import {fileURLToPath} from 'node:url';
import {readFileSync} from 'node:fs';
import chalk from 'chalk';
import {defaultFlags, type CliArguments} from './cli-defaults.js';
import type {ArticleMetadata} from './ingest/article-input.js';
import type {LoadResult} from './model/load.js';
import {plural} from './model/labels.js';
import {formatProblem, type Problem} from './model/problem.js';
import {defaultMaxBytes, listStoryFiles, looksLikeStoryJson, readStories, type TrustedStories} from './model/read-stories.js';
import {sanitiseText} from './model/sanitise.js';

declare const SUMMIT_TUI_VERSION: string;
// Replaced by the build; the fallback serves runs from source (tests).
const version = typeof SUMMIT_TUI_VERSION === 'string' ? SUMMIT_TUI_VERSION : '0.0.0-source';

const cli: CliArguments =
	process.argv.length <= 2 ? {input: [], flags: {...defaultFlags}} : (await import('./cli-arguments.js')).parseArguments(version);

const debug = cli.flags.debug || (process.env['DEBUG'] ?? '').split(',').includes('summit-tui');

// A reader that closes the pipe early (`| head`) has seen what it wanted: that is success.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(0);
	throw error;
});

function usageError(message: string): never {
	process.stderr.write(`summit-tui: ${sanitiseText(message)}\nRun "summit-tui --help" for usage.\n`);
	process.exit(2);
}

function reportProblems(problems: Problem[], heading: string): never {
	process.stderr.write(`summit-tui: ${heading}\n${problems.map(problem => `  ${formatProblem(problem)}`).join('\n')}\n`);
	process.exit(1);
}

function parseSize(text: string): number {
	const match = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(text.trim());
	if (!match) usageError(`--max-size takes a size such as 50M, 512K or 1G, not "${text}"`);
	const unit = (match[2] ?? 'b')[0]!.toLowerCase();
	const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
	return Math.floor(Number(match[1]) * factor);
}

/** --timeout SECONDS (for URLs) in milliseconds; undefined for the default. */
function timeoutMs(): number | undefined {
	if (cli.flags.timeout === undefined) return undefined;
	const match = /^(\d+(?:\.\d+)?)\s*s?$/i.exec(cli.flags.timeout.trim());
	if (!match || Number(match[1]) <= 0) usageError(`--timeout takes a number of seconds such as 30 or 2.5, not "${cli.flags.timeout}"`);
	return Number(match[1]) * 1000;
}

const bundledDataFolder = fileURLToPath(new URL('../data/', import.meta.url));

/** Stories the build validated (see source/build.mjs); absent when running from source. */
function trustedStories(): TrustedStories {
	try {
		return JSON.parse(readFileSync(new URL('trusted-stories.json', import.meta.url), 'utf8')) as TrustedStories;
	} catch {
		return {};
	}
}

function storyFilesFromArguments(files: string[]): string[] {
	if (files.length > 0 && cli.flags.data) usageError('give story files or --data DIR, not both');
	if (files.length > 0) return files;
	const folder = cli.flags.data ?? bundledDataFolder;
	const listed = listStoryFiles(folder);
	if (listed.problems.length > 0) reportProblems(listed.problems, 'cannot load story data:');
	return listed.files;
}

async function loadOrExit(files: string[], maxBytes: number): Promise<NonNullable<LoadResult['story']>> {
	const result = await readStories(files, {maxBytes, trusted: trustedStories()});
	if (!result.story) reportProblems(result.problems, `cannot load story data (${plural(result.problems.length, 'problem')}):`);
	return result.story;
}

/** Articles imported into one story, with the importer's warnings on stderr; problems end the run. */
async function importOrExit(files: string[], metadata: ArticleMetadata, maxBytes: number): Promise<NonNullable<LoadResult['story']>> {
	const {ingestFiles} = await import('./ingest/ingest-files.js');
	const outcome = await ingestFiles(files, metadata, {maxBytes, timeoutMs: timeoutMs()});
	for (const warning of outcome.warnings) process.stderr.write(`summit-tui: warning: ${sanitiseText(warning)}\n`);
	if (cli.flags.verbose) for (const line of outcome.dropped ?? []) process.stderr.write(`summit-tui: dropped from ${sanitiseText(line.source)}: "${sanitiseText(line.text)}" (${line.reason})\n`);
	if (!outcome.story) reportProblems(outcome.problems, `cannot import (${plural(outcome.problems.length, 'problem')}):`);
	return outcome.story;
}

/**
 * Ink's layout engine (yoga) is WebAssembly embedded as base64. Its loader "fetches" that data URL when
 * a global fetch exists, which on Node 20 loads the whole fetch implementation (undici) and costs about
 * 15 ms of start-up; without fetch it decodes the string directly. So fetch is hidden while the
 * dashboard's modules load, by its property descriptor (reading it would load undici), then restored.
 */
async function importWithoutFetch<T>(load: () => Promise<T>): Promise<T> {
	const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
	if (!descriptor?.configurable) return load();
	Object.defineProperty(globalThis, 'fetch', {value: undefined, configurable: true, writable: true});
	try {
		return await load();
	} finally {
		Object.defineProperty(globalThis, 'fetch', descriptor);
	}
}

/** --plain, --markdown or --json, to stdout or (with --output) to a file written whole or not at all. */
async function printReport(story: NonNullable<LoadResult['story']>, files: string[]): Promise<number> {
	const {renderJson, renderMarkdown, renderPlain} = await import('./report/render-reports.js');
	const {buildStoryLookup} = await import('./model/story-lookup.js');
	const content = cli.flags.json ? renderJson(story) : cli.flags.markdown ? renderMarkdown(buildStoryLookup(story)) : renderPlain(buildStoryLookup(story));
	if (cli.flags.output === undefined) {
		process.stdout.write(content);
		return 0;
	}
	const {writeFileSafely} = await import('./model/write-file-safely.js');
	const problem = writeFileSafely(cli.flags.output, content, {force: cli.flags.force, inputs: files});
	if (problem) reportProblems([problem], 'nothing written:');
	return 0;
}

async function main(): Promise<number> {
	// Fault injection for the test of --debug; nothing else sets it.
	if (process.env['SUMMIT_TUI_FAULT'] === 'cli') throw new Error('injected fault (SUMMIT_TUI_FAULT=cli)');
	// chalk reads --no-color itself but not NO_COLOR (no-color.org: set and not empty means no colour).
	if (!cli.flags.color || (process.env['NO_COLOR'] ?? '') !== '') chalk.level = 0;
	const maxBytes = cli.flags.maxSize === undefined ? defaultMaxBytes : parseSize(cli.flags.maxSize);
	const [command, ...rest] = cli.input;
	const outputFlags = [cli.flags.plain, cli.flags.markdown, cli.flags.json].filter(Boolean).length;

	if (command === 'validate') {
		if (rest.length === 0) usageError('validate needs at least one story file');
		const {readStoryFile} = await import('./model/load.js');
		const {buildStoryLookup} = await import('./model/story-lookup.js');
		const {storyCounts} = await import('./report/report-outline.js');
		let failed = 0;
		for (const file of rest) {
			const result = readStoryFile(file, {maxBytes});
			if (result.story) {
				process.stdout.write(`ok    ${sanitiseText(file)}: ${storyCounts(buildStoryLookup(result.story))}\n`);
			} else {
				failed++;
				process.stdout.write(`FAIL  ${sanitiseText(file)}: ${plural(result.problems.length, 'problem')}\n`);
				for (const problem of result.problems) process.stdout.write(`  ${formatProblem(problem)}\n`);
			}
		}
		return failed > 0 ? 1 : 0;
	}

	if (command === 'search') {
		const query = sanitiseText(rest.join(' ')).trim();
		if (query === '') usageError('search needs a query, e.g. summit-tui search peskv');
		if (!Number.isInteger(cli.flags.limit) || cli.flags.limit < 1) usageError('--limit takes a whole number of 1 or more');
		const story = await loadOrExit(storyFilesFromArguments([]), maxBytes);
		const {createSearcher} = await import('./search/search.js');
		const {formatSearchHits} = await import('./search/format-hits.js');
		const hits = createSearcher(story, {oneQuery: true}).search(query, cli.flags.limit);
		if (cli.flags.json) {
			process.stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
			return hits.length > 0 ? 0 : 1;
		}
		if (hits.length === 0) {
			process.stderr.write(`summit-tui: nothing matches "${query}"\n`);
			return 1;
		}
		const width = process.stdout.isTTY ? process.stdout.columns : undefined;
		process.stdout.write(formatSearchHits(hits, {width, color: chalk.level > 0}));
		return 0;
	}

	const metadataFlags = {outlet: cli.flags.outlet, published: cli.flags.published, title: cli.flags.title, url: cli.flags.url};
	const givesMetadata = Object.values(metadataFlags).some(value => value !== undefined);
	if (cli.flags.published !== undefined) {
		const {parsePartialDate} = await import('./model/dates.js');
		if (parsePartialDate(cli.flags.published)?.day === undefined) usageError(`--published takes a real date as YYYY-MM-DD, not "${cli.flags.published}"`);
	}

	if (command === 'ingest') {
		if (rest.length === 0) usageError('ingest needs at least one article file (or - for standard input), e.g. summit-tui ingest article.txt');
		if (outputFlags > 0) usageError('ingest always writes story JSON; --plain, --markdown and --json are for reading a story');
		const story = await importOrExit(rest, metadataFlags, maxBytes);
		const content = `${JSON.stringify(story, null, '\t')}\n`;
		if (cli.flags.output === undefined) {
			process.stdout.write(content);
			return 0;
		}
		const {writeFileSafely} = await import('./model/write-file-safely.js');
		const problem = writeFileSafely(cli.flags.output, content, {force: cli.flags.force, inputs: rest.filter(file => file !== '-')});
		if (problem) reportProblems([problem], 'nothing written:');
		process.stderr.write(`summit-tui: wrote ${sanitiseText(cli.flags.output)}\n`);
		return 0;
	}

	if (outputFlags > 1) usageError('choose one of --plain, --markdown and --json');
	if (cli.flags.output !== undefined && outputFlags === 0) usageError('--output needs --plain, --markdown or --json');
	const files = storyFilesFromArguments(cli.input);
	// Files that are not story JSON are articles: imported in memory, and the dashboard says so.
	const articles = files.filter(file => /^[a-z][a-z\d+.-]*:\/\//i.test(file) || !looksLikeStoryJson(file));
	if (articles.length > 0 && articles.length < files.length) usageError('give story files or articles, not both (import the articles first: summit-tui ingest ARTICLE -o story.json)');
	if (givesMetadata && articles.length === 0) usageError('--outlet, --published, --title and --url describe articles to import; story files carry their own');
	const story = articles.length > 0 ? await importOrExit(articles, metadataFlags, maxBytes) : await loadOrExit(files, maxBytes);
	const note = articles.length > 0 ? 'extracted automatically: check the citations' : undefined;
	// A pipe or file gets the plain report, and so does a dumb terminal, which cannot draw a dashboard.
	const wantsReport = cli.flags.plain || cli.flags.markdown || cli.flags.json || !process.stdout.isTTY || process.env['TERM'] === 'dumb';
	if (wantsReport) return printReport(story, files);
	if (!process.stdin.isTTY) {
		process.stderr.write('summit-tui: the dashboard needs a terminal on standard input; use --plain, --markdown or --json to print the story instead\n');
		return 2;
	}
	const {runDashboard} = await importWithoutFetch(() => import('./ui/run-dashboard.js'));
	return runDashboard(story, {note});
}

try {
	const code = await main();
	process.exitCode = code;
} catch (error) {
	if (debug) process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
	else process.stderr.write(`summit-tui: internal error: ${(error as Error).message} (run with --debug for details)\n`);
	process.exitCode = 1;
}
