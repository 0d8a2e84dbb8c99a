import {existsSync, readFileSync} from 'node:fs';
import {resolve as resolvePath} from 'node:path';
import {fileURLToPath} from 'node:url';
import {defaultFlags, type CliFlags} from './cli-defaults.js';
import {configFile} from './config/config-path.js';
import type {ArticleMetadata} from './ingest/article-input.js';
import {isUrlArgument} from './ingest/fetch-page.js';
import {plural} from './model/labels.js';
import type {LoadResult} from './model/load.js';
import {formatProblem, type Problem} from './model/problem.js';
import {defaultMaxBytes, inFileOrder, listStoryFiles, looksLikeStoryJson, readInputs, storiesFromInputs, type InputFile, type TrustedStories} from './model/read-stories.js';
import {sanitiseText} from './model/sanitise.js';
import type {StoryFile} from './model/schema.js';
import type {LibraryContext, Outcome} from './library/library-cli.js';
import type {LibrarySession} from './library/library-session.js';

// The command line as a function: main(argv, io) → exit code. Each command returns its output or its
// problems; only main turns them into text on stdout or stderr and an exit code, so the whole CLI can
// be tested in process. The entry (cli.tsx) only connects it to the process.

export type OutputStream = {write(text: string): unknown; isTTY?: boolean; columns?: number};
/** What the CLI hands the dashboard: the flags about its habits, resolved against the config there. */
export type DashboardOptions = {note?: string; color: boolean; newItems?: ReadonlySet<string>; query?: string; mouse: boolean; osc52: boolean; history: boolean; config?: string};

export type CliIo = {
	stdout: OutputStream;
	stderr: OutputStream;
	stdin: NodeJS.ReadableStream & {isTTY?: boolean};
	env: Record<string, string | undefined>;
	/** Runs the dashboard; absent where there is no terminal to draw it on (tests). */
	dashboard?: (story: StoryFile, options: DashboardOptions) => Promise<number>;
	/** Runs the story picker over a library of several stories; absent where there is no terminal. */
	library?: (session: LibrarySession, options: DashboardOptions & {folder: string; onWarning: (text: string) => void}) => Promise<number>;
};

/** Bad usage: ends the run with exit 2 and a hint. Raised by the checks, caught only by main. */
class UsageError extends Error {}

/**
 * Problems that end the run with exit 1: one problem on one line ("summit-tui: cannot import: URL:
 * reason"), several under a heading with their count.
 */
const shownProblems = 100;

class ProblemsError extends Error {
	constructor(
		readonly action: string,
		readonly problems: Problem[],
		readonly total = problems.length,
	) {
		super(action);
	}

	format(): string {
		const [only] = this.problems;
		if (only && this.problems.length === 1 && this.total === 1 && !only.excerpt) return `summit-tui: ${this.action}: ${formatProblem(only)}\n`;
		// However many there are (two large stories merged can disagree on every id), a screenful is listed.
		const shown = this.problems.slice(0, shownProblems);
		return `summit-tui: ${this.action} (${problemCount(shown.length, Math.max(this.total, this.problems.length))}):\n${shown.map(problem => `  ${formatProblem(problem)}`).join('\n')}\n`;
	}
}

const usage = (message: string): never => {
	throw new UsageError(message);
};

function parseSize(text: string): number {
	const match = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(text.trim());
	if (!match) return usage(`--max-size takes a size such as 50M, 512K or 1G, not "${text}"`);
	const unit = (match[2] ?? 'b')[0]!.toLowerCase();
	const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
	const bytes = Math.floor(Number(match[1]) * factor);
	if (bytes < 1) return usage(`--max-size must be at least one byte, not "${text}"`);
	// V8 holds at most about 512 MiB of text in one string; a larger input could be read but not decoded.
	if (bytes > maxReadableBytes) return usage(`--max-size can be at most 512M: a larger text cannot be held as one piece, not "${text}"`);
	return bytes;
}

const maxReadableBytes = 512 * 1024 * 1024;

/** --timeout SECONDS (for URLs) in milliseconds. */
function parseSeconds(text: string): number {
	const match = /^(\d+(?:\.\d+)?)\s*s?$/i.exec(text.trim());
	if (!match || Number(match[1]) <= 0) return usage(`--timeout takes a number of seconds such as 30 or 2.5, not "${text}"`);
	return Number(match[1]) * 1000;
}

/** "3 problems", or "20 of 1,000,000 problems shown" when the list was cut. */
function problemCount(shown: number, total = shown): string {
	return total > shown ? `${shown.toLocaleString('en-GB')} of ${plural(total, 'problem').replace(/^\d+/, total.toLocaleString('en-GB'))} shown` : plural(shown, 'problem');
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

type ReadInputs = {files: string[]; inputs: InputFile[]; problems: Problem[]};

/** One run of the command line: the flags, the streams and the warnings said so far. */
class Run {
	readonly maxBytes: number;

	readonly timeoutMs: number | undefined;

	constructor(
		readonly flags: CliFlags,
		readonly io: CliIo,
	) {
		this.maxBytes = flags.maxSize === undefined ? defaultMaxBytes : parseSize(flags.maxSize);
		this.timeoutMs = flags.timeout === undefined ? undefined : parseSeconds(flags.timeout);
	}

	warn(warnings: string[] = []): void {
		for (const warning of warnings) this.io.stderr.write(`summit-tui: warning: ${sanitiseText(warning)}\n`);
	}

	get color(): boolean {
		return this.flags.color && (this.io.env['NO_COLOR'] ?? '') === '';
	}

	/** The library the flags name (--library DIR, --data DIR) or the default one. */
	get library(): LibraryContext {
		if (this.flags.data !== undefined && this.flags.library !== undefined) usage('give --library DIR or --data DIR, not both');
		return {folder: this.flags.library ?? this.flags.data, env: this.io.env, maxBytes: this.maxBytes, bundledFolder: bundledDataFolder, trusted: trustedStories()};
	}

	/** A library command's outcome: its value, or the run ends with its usage message or problems. */
	settle<T>(outcome: Outcome<T>): T {
		if ('usage' in outcome) return usage(outcome.usage);
		this.warn(outcome.warnings);
		if ('problems' in outcome) throw new ProblemsError(outcome.heading, outcome.problems);
		return outcome.value;
	}

	/** The files given, else the one story of the library (or the bundled story when there is none). */
	async storyFiles(files: string[]): Promise<string[]> {
		if (files.length > 0 && (this.flags.data !== undefined || this.flags.library)) usage('give story files or --data DIR / --library DIR, not both');
		if (files.length > 0) return files;
		const named = this.flags.data !== undefined || this.flags.library;
		// No library yet: the bundled story, without loading the library's code on the way to the first frame.
		if (!named) {
			const {defaultLibraryFolder} = await import('./library/library-folders.js');
			if (!existsSync(defaultLibraryFolder(this.io.env))) return this.bundledFiles();
		}
		const {chooseStoryFiles} = await import('./library/library-cli.js');
		return this.settle(await chooseStoryFiles(this.library));
	}

	bundledFiles(): string[] {
		const listed = listStoryFiles(bundledDataFolder);
		this.warn(listed.warnings);
		if (listed.problems.length > 0) throw new ProblemsError('cannot load story data', listed.problems);
		return listed.files;
	}

	/**
	 * Every input read once, bounded by --max-size; what cannot be read is reported with the rest. An
	 * http(s) address is not a file: the importer fetches it.
	 */
	async readAll(files: string[]): Promise<ReadInputs> {
		const {inputs, problems, warnings} = await readInputs(files.filter(file => !isUrlArgument(file)), {maxBytes: this.maxBytes, stdin: this.io.stdin});
		this.warn(warnings);
		return {files, inputs, problems};
	}

	/** The story of the inputs; every problem with every input, unreadable or invalid, ends the run together. */
	async load(read: ReadInputs): Promise<StoryFile> {
		const result: LoadResult = read.inputs.length > 0 ? await storiesFromInputs(read.inputs, trustedStories()) : {problems: []};
		const problems = inFileOrder([...read.problems, ...result.problems], read.files);
		if (!result.story || problems.length > 0) {
			throw new ProblemsError('cannot load story data', problems, read.problems.length + (result.problemsTotal ?? result.problems.length));
		}
		return result.story;
	}

	/**
	 * Articles imported into one story, with the importer's warnings on stderr: the inputs read, and the
	 * http(s) addresses among the arguments, fetched, in the order given.
	 */
	async import(read: ReadInputs, metadata: ArticleMetadata): Promise<StoryFile> {
		const {ingestInputs, sourcesInOrder} = await import('./ingest/ingest-files.js');
		const outcome = await ingestInputs(sourcesInOrder(read.files, read.inputs), metadata, {maxBytes: this.maxBytes, timeoutMs: this.timeoutMs});
		this.warn(outcome.warnings);
		if (this.flags.verbose) for (const line of outcome.dropped ?? []) this.io.stderr.write(`summit-tui: dropped from ${sanitiseText(line.source)}: "${sanitiseText(line.text)}" (${line.reason})\n`);
		if (this.flags.explain) this.io.stderr.write((await import('./ingest/explain.js')).formatExplanations(outcome.explanations ?? []));
		const problems = inFileOrder([...read.problems, ...outcome.problems], read.files);
		if (!outcome.story || problems.length > 0) throw new ProblemsError('cannot import', problems);
		return outcome.story;
	}

	/** stdout, or --output written whole or not at all. */
	async output(content: string, inputs: string[]): Promise<'stdout' | 'file'> {
		// "-" is standard output here, as it is standard input where a file is read.
		if (this.flags.output === undefined || this.flags.output === '-') {
			this.io.stdout.write(content);
			return 'stdout';
		}
		const {writeFileSafelyAsync} = await import('./model/write-file-safely.js');
		const problem = await writeFileSafelyAsync(this.flags.output, content, {force: this.flags.force, inputs: inputs.filter(file => file !== '-'), writeChunk: await faultInjectedWriter(this.io.env)});
		if (problem) throw new ProblemsError('nothing written', [problem]);
		return 'file';
	}

	get metadata(): ArticleMetadata {
		return {outlet: this.flags.outlet, published: this.flags.published, title: this.flags.title, url: this.flags.url};
	}
}

/** Only for the test that a signal during a write stops it: each chunk of 64 KB takes 200 ms. */
async function faultInjectedWriter(env: CliIo['env']) {
	if (env['SUMMIT_TUI_FAULT'] !== 'slow-write') return undefined;
	const {writeSync} = await import('node:fs');
	const {setTimeout: sleep} = await import('node:timers/promises');
	return async (descriptor: number, buffer: Uint8Array, offset: number, length: number) => {
		await sleep(200);
		return writeSync(descriptor, buffer, offset, Math.min(length, 64 * 1024));
	};
}

async function validateCommand(run: Run, files: string[]): Promise<number> {
	if (files.length === 0) usage('validate needs at least one story file');
	if (files.filter(file => file === '-').length > 1) usage('standard input can be read only once');
	const {parseStoryBytes} = await import('./model/load.js');
	const {readInputBytes, inputName} = await import('./model/read-stories.js');
	const {buildStoryLookup} = await import('./model/story-lookup.js');
	const {storyCounts} = await import('./report/report-outline.js');
	let failed = 0;
	for (const file of files) {
		const name = inputName(file);
		const read = await readInputBytes(file, {maxBytes: run.maxBytes, stdin: run.io.stdin});
		const result: LoadResult = read.bytes ? parseStoryBytes(read.bytes, name) : {problems: read.problems};
		if (result.story) {
			run.io.stdout.write(`ok    ${sanitiseText(name)}: ${storyCounts(buildStoryLookup(result.story))}\n`);
		} else {
			failed++;
			run.io.stdout.write(`FAIL  ${sanitiseText(name)}: ${problemCount(result.problems.length, result.problemsTotal)}\n`);
			for (const problem of result.problems) run.io.stdout.write(`  ${formatProblem(problem)}\n`);
		}
	}
	return failed > 0 ? 1 : 0;
}

async function searchCommand(run: Run, words: string[]): Promise<number> {
	const query = sanitiseText(words.join(' ')).trim();
	if (query === '') usage('search needs a query, e.g. summit-tui search peskv');
	if (!Number.isInteger(run.flags.limit) || run.flags.limit < 1) usage('--limit takes a whole number of 1 or more');
	if (run.flags.library !== undefined) return librarySearchCommand(run, query);
	const story = await run.load(await run.readAll(await run.storyFiles([])));
	const {createSearcher} = await import('./search/search.js');
	const {formatSearchHits} = await import('./search/format-hits.js');
	const hits = createSearcher(story, {oneQuery: true}).search(query, run.flags.limit);
	if (run.flags.json) {
		run.io.stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
		return hits.length > 0 ? 0 : 1;
	}
	if (hits.length === 0) {
		run.io.stderr.write(`summit-tui: nothing matches "${query}"\n`);
		return 1;
	}
	run.io.stdout.write(formatSearchHits(hits, {width: run.io.stdout.isTTY ? run.io.stdout.columns : undefined, color: run.color}));
	return 0;
}

/** search QUERY --library: every story's items, each hit with its story. */
async function librarySearchCommand(run: Run, query: string): Promise<number> {
	const {openLibrary} = await import('./library/library-cli.js');
	const {openAllStories, createLibrarySearcher} = await import('./library/library-search.js');
	const library = await openLibrary(run.library);
	run.warn(library.warnings);
	if (library.problems.length > 0) throw new ProblemsError('cannot open the library:', library.problems);
	const opened = await openAllStories(library, {maxBytes: run.maxBytes, trusted: trustedStories()});
	// A broken story is left out of the search, and said so: the others are still searched.
	run.warn(opened.problems.map(problem => `${formatProblem(problem)} (left out of the search)`));
	const hits = createLibrarySearcher(opened.stories, {oneQuery: true}).search(query, run.flags.limit);
	if (run.flags.json) {
		run.io.stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
		return hits.length > 0 ? 0 : 1;
	}
	if (hits.length === 0) {
		run.io.stderr.write(`summit-tui: nothing in the library matches "${query}"\n`);
		return 1;
	}
	const {formatSearchHits} = await import('./search/format-hits.js');
	const width = run.io.stdout.isTTY ? run.io.stdout.columns : undefined;
	const lines = formatSearchHits(hits, {color: run.color}).split('\n');
	const withStories = hits.map((hit, index) => `${lines[index]}  · ${sanitiseText(hit.story.title)} #${hit.story.id}`);
	const {default: cliTruncate} = await import('cli-truncate');
	run.io.stdout.write(`${withStories.map(line => (width ? cliTruncate(line, width) : line)).join('\n')}\n`);
	return 0;
}

async function showCommand(run: Run, ids: string[]): Promise<number> {
	if (ids.length !== 1) usage('show takes one id, as search prints it: summit-tui show dmitry-peskov');
	const id = sanitiseText(ids[0]!).trim();
	const story = await run.load(await run.readAll(await run.storyFiles([])));
	const {buildStoryLookup} = await import('./model/story-lookup.js');
	const {describeItem, renderItemText} = await import('./report/render-item.js');
	const report = describeItem(buildStoryLookup(story), id);
	if (!report) {
		const {closestMatch} = await import('./cli-suggest.js');
		const ids = [...story.people, ...story.organizations, ...story.places, ...story.facts, ...story.events, ...story.quotes, ...story.articles, ...story.differences].map(item => item.id);
		const near = closestMatch(id.replace(/^#/, ''), ids);
		run.io.stderr.write(`summit-tui: no item with the id "${id}"${near ? `; did you mean "${near}"?` : ' (summit-tui search prints the ids)'}\n`);
		return 1;
	}
	run.io.stdout.write(run.flags.json ? `${JSON.stringify(report, null, 2)}\n` : renderItemText(report));
	return 0;
}

async function mapCommand(run: Run, files: string[]): Promise<number> {
	const width = run.flags.width ?? (run.io.stdout.isTTY ? run.io.stdout.columns : undefined) ?? 80;
	if (!Number.isInteger(width) || width < 20 || width > 1000) usage('--width takes a whole number of columns from 20 to 1000');
	if (run.flags.output !== undefined) usage('map prints to standard output; redirect it to a file (summit-tui map > map.txt)');
	if (run.flags.plain || run.flags.markdown) usage('map prints the map as text, or with --json its places and markers');
	// Articles are imported in memory, as the dashboard does with them.
	const {story} = await storyOrArticles(run, await run.storyFiles(files));
	const {mapJson, renderMapText} = await import('./map/map-text.js');
	run.io.stdout.write(run.flags.json ? `${JSON.stringify(mapJson(story, width), null, 2)}\n` : renderMapText(story, width));
	return 0;
}

async function ingestCommand(run: Run, files: string[], outputFlags: number): Promise<number> {
	if (files.length === 0) usage('ingest needs at least one article file (or - for standard input), e.g. summit-tui ingest article.txt');
	if (outputFlags > 0) usage('ingest always writes story JSON; --plain, --markdown and --json are for reading a story');
	const destinations = [run.flags.output !== undefined, run.flags.save, run.flags.into !== undefined].filter(Boolean).length;
	if (destinations > 1) usage('choose one of -o FILE, --save and --into');
	if (!run.flags.backup && run.flags.into === undefined) usage('--no-backup goes with --into');
	if (run.flags.into !== undefined) return ingestIntoCommand(run, files, run.flags.into);
	const story = await run.import(await run.readAll(files), run.metadata);
	if (run.flags.save) {
		const {saveNewStory, localDay} = await import('./library/save-story.js');
		const saved = run.settle(await saveNewStory(run.library, story, localDay()));
		if (saved.renamedFrom) run.io.stderr.write(`summit-tui: the library already has a story "${sanitiseText(saved.renamedFrom)}"; this one is "${sanitiseText(saved.id)}" (to add to that one instead: --into ${sanitiseText(saved.renamedFrom)})\n`);
		run.io.stderr.write(`summit-tui: saved "${sanitiseText(story.story.title)}" as ${sanitiseText(saved.file)}\n`);
		return 0;
	}
	if ((await run.output(`${JSON.stringify(story, null, '\t')}\n`, files)) === 'file') run.io.stderr.write(`summit-tui: wrote ${sanitiseText(run.flags.output!)}\n`);
	return 0;
}

/** ingest --into: the articles added to a story that exists, the file replaced whole, the old one kept. */
async function ingestIntoCommand(run: Run, files: string[], target: string): Promise<number> {
	const {resolveIntoTarget, readForUpdate, replaceStoryFile, storyJson, localDay} = await import('./library/save-story.js');
	const file = run.settle(await resolveIntoTarget(run.library, target));
	if (files.some(input => input !== '-' && resolvePath(input) === resolvePath(file))) usage('--into names the story to add to, not one of the articles');
	const before = readForUpdate(file, run.maxBytes);
	if ('problems' in before) throw new ProblemsError('cannot add to the story:', before.problems);
	const {parseStoryBytes, parseStoryText} = await import('./model/load.js');
	const existing = parseStoryBytes(before.bytes, file);
	if (!existing.story) throw new ProblemsError(`cannot add to the story (${problemCount(existing.problems.length, existing.problemsTotal)}):`, existing.problems);
	const imported = await run.import(await run.readAll(files), run.metadata);
	const {mergeArticlesIntoStory} = await import('./library/merge-articles.js');
	const merged = mergeArticlesIntoStory(existing.story, imported, localDay());
	for (const note of merged.notes) run.io.stderr.write(`summit-tui: note: ${sanitiseText(note.message)}\n`);
	// An article that shares nothing with the story is probably about another one: named, and added only with --force.
	const strangers = merged.unrelated.map(article => `"${article.title}" (${article.outlet}) shares no person, organisation, place, happening or fact with "${existing.story!.story.title}"`);
	if (strangers.length > 0 && !run.flags.force) throw new ProblemsError('nothing added (to add these anyway, give --force)', strangers.map(message => ({file, message})));
	for (const stranger of strangers) run.io.stderr.write(`summit-tui: warning: ${sanitiseText(stranger)}; added because of --force\n`);
	const {articles, ...items} = merged.added;
	if (articles === 0) {
		run.io.stderr.write(`summit-tui: nothing new to add; ${sanitiseText(file)} is unchanged\n`);
		return 0;
	}
	const content = storyJson(merged.story);
	// Built to be valid; checked as every story file is, so that a bug never reaches the user's file.
	const checked = parseStoryText(content, file);
	if (!checked.story) throw new ProblemsError('nothing written (the merged story does not validate; this is a bug):', checked.problems);
	const problem = replaceStoryFile(file, before, content, {backup: run.flags.backup, maxBytes: run.maxBytes});
	if (problem) throw new ProblemsError('nothing written:', [problem]);
	const singular: Record<string, string> = {people: 'person', organizations: 'organisation', places: 'place', facts: 'fact', events: 'event', quotes: 'quote', differences: 'difference'};
	const counts = Object.entries(items).filter(([, count]) => count > 0).map(([kind, count]) => plural(count, singular[kind]!, kind === 'people' ? 'people' : `${singular[kind]}s`));
	if (merged.confirmed > 0) counts.push(`${plural(merged.confirmed, 'item')} confirmed`);
	run.io.stderr.write(`summit-tui: added ${plural(articles, 'article')}${counts.length > 0 ? ` (${counts.join(', ')})` : ''} to "${sanitiseText(existing.story.story.title)}" in ${sanitiseText(file)}${run.flags.backup ? `; the previous version is ${sanitiseText(file)}.bak` : ''}\n`);
	return 0;
}

async function libraryCommand(run: Run, rest: string[], outputFlags: number): Promise<number> {
	if (rest.length > 0) usage(`library takes no arguments (name the folder with --library DIR), not "${rest[0]}"`);
	if (run.flags.plain || run.flags.markdown) usage('library lists the stories as text, or as JSON with --json');
	if (outputFlags > 1) usage('choose one of --plain, --markdown and --json');
	const {libraryListing} = await import('./library/library-cli.js');
	run.io.stdout.write(run.settle(await libraryListing(run.library, run.flags.json)));
	return 0;
}

/** --since DATE: only what was added to the story on or after the day, as text or JSON. */
async function sinceCommand(run: Run, story: StoryFile, files: string[]): Promise<number> {
	const day = run.flags.since!;
	const {parsePartialDate} = await import('./model/dates.js');
	if (parsePartialDate(day)?.day === undefined) usage(`--since takes a day as YYYY-MM-DD, not "${day}"`);
	if (run.flags.markdown) usage('--since goes with --plain or --json');
	if (run.flags.json) {
		const {addedSince} = await import('./library/whats-new.js');
		await run.output(`${JSON.stringify({story: story.story, since: day, ...addedSince(story, day)}, null, 2)}\n`, files);
		return 0;
	}
	const {renderAddedSince} = await import('./library/render-since.js');
	await run.output(renderAddedSince(story, day).text, files);
	return 0;
}

/**
 * The story in the files given: story JSON loaded, or articles imported in memory (not both). What an
 * input is comes from the bytes already read: a pipe cannot be peeked at and read again.
 */
async function storyOrArticles(run: Run, files: string[]): Promise<{story: StoryFile; imported: boolean}> {
	const read = await run.readAll(files);
	const urls = files.filter(isUrlArgument);
	const articles = [...read.inputs.filter(entry => !looksLikeStoryJson(entry.file, entry.bytes)), ...urls];
	if (articles.length > 0 && articles.length < read.inputs.length + urls.length) usage('give story files or articles, not both (import the articles first: summit-tui ingest ARTICLE -o story.json)');
	const givesMetadata = Object.values(run.metadata).some(value => value !== undefined);
	if (givesMetadata && articles.length === 0 && read.inputs.length > 0) usage('--outlet, --published, --title and --url describe articles to import; story files carry their own');
	return articles.length > 0 ? {story: await run.import(read, run.metadata), imported: true} : {story: await run.load(read), imported: false};
}

/** The dashboard, or a report when asked for one or when there is no terminal to draw on. */
async function storyCommand(run: Run, input: string[], outputFlags: number): Promise<number> {
	if (outputFlags > 1) usage('choose one of --plain, --markdown and --json');
	if (run.flags.output !== undefined && outputFlags === 0) usage('--output needs --plain, --markdown or --json');
	const givesMetadata = Object.values(run.metadata).some(value => value !== undefined);
	if (input.length === 0 && outputFlags === 0 && run.flags.since === undefined && !givesMetadata) {
		const picked = await pickerCommand(run);
		if (picked !== undefined) return picked;
	}
	const files = await run.storyFiles(input);
	const {story, imported} = await storyOrArticles(run, files);
	if (run.flags.since !== undefined) return sinceCommand(run, story, files);
	const note = imported ? 'extracted automatically: check the citations' : undefined;
	// A pipe or file gets the plain report, and so does a dumb terminal, which cannot draw a dashboard.
	const wantsReport = outputFlags > 0 || !run.io.stdout.isTTY || run.io.env['TERM'] === 'dumb' || !run.io.dashboard;
	if (wantsReport) {
		const {renderJson, renderMarkdown, renderPlain} = await import('./report/render-reports.js');
		const {buildStoryLookup} = await import('./model/story-lookup.js');
		const content = run.flags.json ? renderJson(story) : run.flags.markdown ? renderMarkdown(buildStoryLookup(story)) : renderPlain(buildStoryLookup(story));
		await run.output(content, files);
		return 0;
	}
	if (!run.io.stdin.isTTY) {
		run.io.stderr.write('summit-tui: the dashboard needs a terminal on standard input; use --plain, --markdown or --json to print the story instead\n');
		return 2;
	}
	// What is new since the user's last visit is marked; leaving records this visit. A story whose items
	// carry no day of adding (the bundled one, a hand-written file) has nothing to mark: no state is read.
	const dated = [story.people, story.organizations, story.places, story.facts, story.events, story.quotes].some(items => items.some(item => 'added' in item && item.added !== undefined));
	const {beginVisit} = dated ? await import('./library/seen-state-file.js') : {beginVisit: undefined};
	const {stateFolder} = await import('./library/library-folders.js');
	const visit = beginVisit ? beginVisit(stateFolder(run.io.env), story) : {newItems: new Set<string>(), done: () => undefined};
	const {query, mouse, osc52, history, config} = run.flags;
	const code = await run.io.dashboard!(story, {note, color: run.color, newItems: visit.newItems, query, mouse, osc52, history, config});
	const problem = visit.done();
	if (problem) run.warn([`what you have seen was not recorded: ${formatProblem(problem)}`]);
	return code;
}

/** --print-config: the effective config as JSON, what was wrong with the file on stderr. */
async function printConfigCommand(run: Run): Promise<number> {
	const {loadConfig, printConfig} = await import('./config/config.js');
	const {config, problems} = loadConfig({file: run.flags.config, env: run.io.env});
	for (const problem of problems) run.io.stderr.write(`summit-tui: warning: config: ${formatProblem(problem)}\n`);
	run.io.stdout.write(printConfig(config));
	return 0;
}

/**
 * The story picker, when the library holds several stories of the user's and there is a terminal to
 * draw it on; undefined otherwise (then one story opens, or the run says why none can).
 */
async function pickerCommand(run: Run): Promise<number | undefined> {
	const {io} = run;
	if (!io.library || !io.stdout.isTTY || !io.stdin.isTTY || io.env['TERM'] === 'dumb') return undefined;
	const named = run.flags.data !== undefined || run.flags.library;
	const {defaultLibraryFolder, stateFolder} = await import('./library/library-folders.js');
	// No library yet: nothing to pick from, and the library's code stays off the way to the first frame.
	if (!named && !existsSync(defaultLibraryFolder(io.env))) return undefined;
	const {openLibrary} = await import('./library/library-cli.js');
	const library = await openLibrary(run.library);
	if (library.problems.length > 0 || library.stories.filter(story => !story.sample).length < 2) return undefined;
	run.warn(library.warnings);
	const {librarySession} = await import('./library/library-session.js');
	const session = librarySession(library, {stateFolder: stateFolder(io.env), maxBytes: run.maxBytes, trusted: trustedStories()});
	const warnings: string[] = [];
	const {query, mouse, osc52, history, config} = run.flags;
	const code = await io.library(session, {folder: library.folder, color: run.color, query, mouse, osc52, history, config, onWarning: text => warnings.push(text)});
	run.warn(warnings);
	return code;
}

async function dispatch(run: Run, input: string[]): Promise<number> {
	if (run.flags.printConfig) return printConfigCommand(run);
	// Fault injection for the test of --debug; nothing else sets it.
	if (run.io.env['SUMMIT_TUI_FAULT'] === 'cli') throw new Error('injected fault (SUMMIT_TUI_FAULT=cli)');
	const [command, ...rest] = input;
	const outputFlags = [run.flags.plain, run.flags.markdown, run.flags.json].filter(Boolean).length;
	if (run.flags.published !== undefined) {
		const {parsePartialDate} = await import('./model/dates.js');
		const date = parsePartialDate(run.flags.published);
		if (date?.day === undefined || date.year < 1000) usage(`--published takes a real date as YYYY-MM-DD (years 1000–9999), not "${run.flags.published}"`);
	}
	if (run.flags.url !== undefined) {
		// A flag the user typed is checked as usage; the same value in an article's header is only a warning.
		const {checkUrl} = await import('./ingest/header-values.js');
		const {problem} = checkUrl(run.flags.url);
		if (problem) usage(`--url: ${problem}`);
	}
	if (input.includes('-') && run.io.stdin.isTTY) run.io.stderr.write('summit-tui: reading from the terminal; end with Ctrl-D\n');
	if (command === 'validate') return validateCommand(run, rest);
	if (command === 'search') return searchCommand(run, rest);
	if (command === 'show') return showCommand(run, rest);
	if (command === 'ingest') return ingestCommand(run, rest, outputFlags);
	if (command === 'map') return mapCommand(run, rest);
	if (command === 'library') return libraryCommand(run, rest, outputFlags);
	if (run.flags.save || run.flags.into !== undefined) usage('--save and --into go with ingest: summit-tui ingest ARTICLE --save');
	if (command !== undefined) await checkForMisspeltCommand(command);
	return storyCommand(run, input, outputFlags);
}

/** A first word that names no file but is one letter or two from a command: "serch" → search. */
async function checkForMisspeltCommand(word: string): Promise<void> {
	if (word === '-' || /[./\\]/.test(word)) return;
	const {existsSync} = await import('node:fs');
	if (existsSync(word)) return;
	const {closestMatch} = await import('./cli-suggest.js');
	const {commands} = await import('./cli-arguments.js');
	const near = closestMatch(word, commands);
	if (near) usage(`unknown command '${word}'; did you mean '${near}'?`);
}

export const version = typeof SUMMIT_TUI_VERSION === 'string' ? SUMMIT_TUI_VERSION : '0.0.0-source';
declare const SUMMIT_TUI_VERSION: string;

/**
 * Flags the config file gives defaults for (data, limit, color, maxSize), where the command line gives
 * none. The config is read only when its file exists, so a run without one pays nothing for it.
 */
async function withConfigDefaults(flags: CliFlags, argv: readonly string[], env: CliIo['env']): Promise<CliFlags> {
	const {existsSync} = await import('node:fs');
	const file = flags.config ?? configFile(env);
	if (!existsSync(file)) return flags;
	const {loadConfig} = await import('./config/config.js');
	const {defaults} = loadConfig({file, env}).config;
	const given = (name: string) => argv.some(token => token === `--${name}` || token.startsWith(`--${name}=`) || token === `--no-${name}`);
	return {
		...flags,
		...(flags.data === undefined && defaults.data !== undefined ? {data: defaults.data} : {}),
		...(flags.maxSize === undefined && defaults.maxSize !== undefined ? {maxSize: defaults.maxSize} : {}),
		...(!given('limit') && defaults.limit !== undefined ? {limit: defaults.limit} : {}),
		...(!given('color') && defaults.color !== undefined ? {color: defaults.color} : {}),
	};
}

/** The whole command line: parses argv, runs the command, prints what it says, returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
	let debug = (io.env['DEBUG'] ?? '').split(',').includes('summit-tui') || argv.includes('--debug');
	try {
		// With no arguments there is nothing to parse: the dashboard starts without loading meow.
		let flags: CliFlags = {...defaultFlags};
		let input: string[] = [];
		if (argv.length > 0) {
			const parsed = (await import('./cli-arguments.js')).parseArguments(argv, version);
			if (parsed.kind === 'print') {
				io.stdout.write(parsed.text);
				return 0;
			}
			if (parsed.kind === 'usage') return usage(parsed.message);
			({flags, input} = parsed);
			debug ||= flags.debug;
		}
		return await dispatch(new Run(await withConfigDefaults(flags, argv, io.env), io), input);
	} catch (error) {
		if (error instanceof UsageError) {
			io.stderr.write(`summit-tui: ${sanitiseText(error.message)}\nRun "summit-tui --help" for usage.\n`);
			return 2;
		}
		if (error instanceof ProblemsError) {
			io.stderr.write(error.format());
			return 1;
		}
		if (debug) io.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
		else io.stderr.write(`summit-tui: internal error: ${sanitiseText((error as Error).message)} (run with --debug for details)\n`);
		return 1;
	}
}
