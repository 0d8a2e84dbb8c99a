#!/usr/bin/env node
import {fileURLToPath} from 'node:url';
import chalk from 'chalk';
import meow from 'meow';
import {defaultMaxBytes, listStoryFiles, loadStories, readStoryFile, type LoadResult} from './model/load.js';
import {formatProblem, type Problem} from './model/problem.js';
import {sanitiseText} from './model/sanitise.js';
import {buildStoryLookup} from './model/story-lookup.js';
import {writeFileSafely} from './model/write-file-safely.js';
import {storyCounts} from './report/report-outline.js';
import {renderJson, renderMarkdown, renderPlain} from './report/render-reports.js';
import {formatSearchHits} from './search/format-hits.js';
import {createSearcher} from './search/search.js';

const helpText = `
  Usage
    $ summit-tui [FILE ...]                open the dashboard (default: the bundled story)
    $ summit-tui --plain | --markdown | --json
                                          print the story instead (text, Markdown, normalised JSON)
    $ summit-tui search QUERY [--limit N] [--json]
                                          fuzzy search, best match first, one result a line
    $ summit-tui validate FILE ...        check story files and list every problem

  Options
    --data DIR        load every *.json story in DIR (default: the bundled data/)
    --plain           the whole story as readable text
    --markdown        the whole story as Markdown
    --json            the story (or search results) as JSON
    --output, -o FILE write the --plain, --markdown or --json output to FILE (whole or not at all)
    --force           let --output replace an existing file
    --limit N         at most N search results (default 20)
    --max-size SIZE   refuse story files larger than SIZE (default 50M; e.g. 200M, 2G)
    --no-color        no colours (NO_COLOR is respected too)
    --debug           print stack traces of internal errors
    --help, --version

  Search syntax (fzf-style)
    peskv             fuzzy: typos are tolerated
    'khasan           exact substring      ^vlad   starts with     train$   ends with
    !train            must not contain     kim putin   both terms  trump | moon   either

  Exit codes
    0 success · 1 bad data or no search result · 2 bad usage

  Examples
    $ summit-tui
    $ summit-tui search peskv
    $ summit-tui --plain | less
    $ summit-tui validate my-story.json
`;

const cli = meow(helpText, {
	importMeta: import.meta,
	allowUnknownFlags: false,
	flags: {
		data: {type: 'string'},
		plain: {type: 'boolean', default: false},
		markdown: {type: 'boolean', default: false},
		json: {type: 'boolean', default: false},
		limit: {type: 'number', default: 20},
		output: {type: 'string', shortFlag: 'o'},
		force: {type: 'boolean', default: false},
		maxSize: {type: 'string'},
		color: {type: 'boolean', default: true},
		debug: {type: 'boolean', default: false},
	},
});

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

const bundledDataFolder = fileURLToPath(new URL('../data/', import.meta.url));

function storyFilesFromArguments(files: string[]): string[] {
	if (files.length > 0 && cli.flags.data) usageError('give story files or --data DIR, not both');
	if (files.length > 0) return files;
	const folder = cli.flags.data ?? bundledDataFolder;
	const listed = listStoryFiles(folder);
	if (listed.problems.length > 0) reportProblems(listed.problems, 'cannot load story data:');
	return listed.files;
}

function loadOrExit(files: string[], maxBytes: number): NonNullable<LoadResult['story']> {
	const result = loadStories(files, {maxBytes});
	if (!result.story) reportProblems(result.problems, `cannot load story data (${plural(result.problems.length, 'problem')}):`);
	return result.story;
}

function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? '' : 's'}`;
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
		const story = loadOrExit(storyFilesFromArguments([]), maxBytes);
		const hits = createSearcher(story).search(query, cli.flags.limit);
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

	if (command === 'ingest') usageError('ingest is not available yet: it comes with the article importer');

	if (outputFlags > 1) usageError('choose one of --plain, --markdown and --json');
	if (cli.flags.output !== undefined && outputFlags === 0) usageError('--output needs --plain, --markdown or --json');
	const files = storyFilesFromArguments(cli.input);
	const story = loadOrExit(files, maxBytes);
	if (cli.flags.output !== undefined) {
		const content = cli.flags.json ? renderJson(story) : cli.flags.markdown ? renderMarkdown(buildStoryLookup(story)) : renderPlain(buildStoryLookup(story));
		const problem = writeFileSafely(cli.flags.output, content, {force: cli.flags.force, inputs: files});
		if (problem) reportProblems([problem], 'nothing written:');
		return 0;
	}
	if (cli.flags.json) {
		process.stdout.write(renderJson(story));
		return 0;
	}
	if (cli.flags.markdown) {
		process.stdout.write(renderMarkdown(buildStoryLookup(story)));
		return 0;
	}
	// A dumb terminal cannot draw a full-screen dashboard; the plain report reads fine there.
	if (cli.flags.plain || !process.stdout.isTTY || process.env['TERM'] === 'dumb') {
		process.stdout.write(renderPlain(buildStoryLookup(story)));
		return 0;
	}
	if (!process.stdin.isTTY) {
		process.stderr.write('summit-tui: the dashboard needs a terminal on standard input; use --plain, --markdown or --json to print the story instead\n');
		return 2;
	}
	const {runDashboard} = await import('./ui/run-dashboard.js');
	return runDashboard(story);
}

try {
	const code = await main();
	process.exitCode = code;
} catch (error) {
	if (debug) process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
	else process.stderr.write(`summit-tui: internal error: ${(error as Error).message} (run with --debug for details)\n`);
	process.exitCode = 1;
}
