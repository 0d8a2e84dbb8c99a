import {existsSync} from 'node:fs';
import type {ArticleMetadata} from '../ingest/article-input.js';
import {isUrlArgument} from '../ingest/fetch-page.js';
import type {LibraryContext, Outcome} from '../library/library-cli.js';
import type {LibrarySession} from '../library/library-session.js';
import type {LoadResult} from '../model/load-result.js';
import {storiesFromInputs} from '../model/load-stories.js';
import type {Problem} from '../model/problem.js';
import {defaultMaxBytes, inFileOrder, listStoryFiles, readInputs, type InputFile, type TrustedStories} from '../model/read-stories.js';
import {sanitiseText} from '../model/sanitise.js';
import type {StoryFile} from '../model/schema.js';
import type {FirstFrameHandOff, KeptFrame} from '../ui/first-frame.js';
import type {OutputFormat} from '../report/output-formats.js';
import type {CliFlags} from './default-flags.js';
import {ProblemsError, usage} from './errors.js';
import {parseSeconds, parseSize} from './flag-values.js';

// What a command runs with: the flags, the streams, the format asked for, and the steps several
// commands share (reading inputs, loading or importing a story, writing the output whole).

export type OutputStream = {write(text: string): unknown; isTTY?: boolean; columns?: number};
/** What the CLI hands the dashboard: the flags about its habits, resolved against the config there. */
export type DashboardOptions = {
	note?: string;
	/** Why the R key (refresh) does nothing in this dashboard, when it is not that a file was named. */
	refreshUnavailable?: string;
	color: boolean;
	newItems?: ReadonlySet<string>;
	query?: string;
	mouse: boolean;
	osc52: boolean;
	history: boolean;
	config?: string;
	/** A first frame drawn before the dashboard's code loaded, which the dashboard takes over (ui/first-frame.ts). */
	firstFrame?: FirstFrameHandOff;
};

export type CliIo = {
	stdout: OutputStream;
	stderr: OutputStream;
	stdin: NodeJS.ReadableStream & {isTTY?: boolean};
	env: Record<string, string | undefined>;
	/** Runs the dashboard; absent where there is no terminal to draw it on (tests). */
	dashboard?: (story: StoryFile, options: DashboardOptions) => Promise<number>;
	/** Runs the story picker over a library of several stories; absent where there is no terminal. */
	library?: (session: LibrarySession, options: DashboardOptions & {folder: string; onWarning: (text: string) => void}) => Promise<number>;
	/**
	 * The library's reader and session for the picker, loaded the quickest way the process has (the
	 * dashboard's code-cached script, which the picker needs next anyway); absent: the modules.
	 */
	libraryCode?: () => Promise<LibraryCode>;
	/**
	 * Shows the first frame kept for these inputs, if any, before the screen's code loads (source/first-frame-cache.ts);
	 * `content`: the story, or what the picker is drawn from. Absent where there is no terminal (tests).
	 */
	keptFrame?: (use: 'story' | 'library', content: () => string | Uint8Array, options: DashboardOptions) => Promise<KeptFrame | undefined>;
	/** The importer, loaded the quickest way the process has (the bundle's code-cached script); absent: the module. */
	importer?: () => Promise<Importer>;
};

export type LibraryCode = {openLibrary: typeof import('../library/library-cli.js').openLibrary; librarySession: typeof import('../library/library-session.js').librarySession};

export type Importer = Pick<
	typeof import('../ingest/ingest-files.js'),
	'ingestInputs' | 'sourcesInOrder' | 'defaultMaxArticleBytes' | 'importTimeLimitMs' | 'parseStoryBytes' | 'addToStoryFile' | 'localDay' | 'readForUpdate' | 'resolveIntoTarget' | 'unrelatedMessage'
>;

/** Where the program's own files are, which only the top level knows (they sit beside the bundle). */
export type Installation = {version: string; bundledDataFolder: string; trustedStories(): TrustedStories};

type ReadInputs = {files: string[]; inputs: InputFile[]; problems: Problem[]};

export class CommandContext {
	readonly maxBytes: number;

	readonly timeoutMs: number | undefined;

	constructor(
		readonly flags: CliFlags,
		readonly io: CliIo,
		readonly installation: Installation,
		/** The format asked for with --format or an alias; only ever one the command can print. */
		readonly format?: OutputFormat,
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
		const {installation} = this;
		// Read when a story is opened, not when only the folder is asked for (the picker's kept first frame);
		// each read gives stories of its own (a caller may change what it is given).
		return {
			folder: this.flags.library ?? this.flags.data,
			env: this.io.env,
			maxBytes: this.maxBytes,
			bundledFolder: installation.bundledDataFolder,
			get trusted() {
				return installation.trustedStories();
			},
		};
	}

	/** A library command's outcome: its value, or the run ends with its usage message or problems. */
	settle<T>(outcome: Outcome<T>): T {
		if ('usage' in outcome) return usage(outcome.usage);
		this.warn(outcome.warnings);
		if ('problems' in outcome) throw new ProblemsError(outcome.heading, outcome.problems, outcome.total);
		return outcome.value;
	}

	/** The files given, else the one story of the library (or the bundled story when there is none). */
	async storyFiles(words: string[]): Promise<string[]> {
		// A story id, or a unique prefix of one, names that story's files (in --library DIR when given).
		const ids = words.length > 0 ? await import('../library/story-by-id.js') : undefined;
		const files = ids && words.some(ids.looksLikeStoryId) ? this.settle(await ids.storyFilesOf(this.library, words)) : words;
		if (files.length > 0 && files === words && (this.flags.data !== undefined || this.flags.library)) usage('give story files or --data DIR / --library DIR, not both');
		if (files.length > 0) return files;
		const named = this.flags.data !== undefined || this.flags.library;
		// No library yet: the bundled story, without loading the library's code on the way to the first frame.
		if (!named) {
			const {defaultLibraryFolder} = await import('../library/library-folders.js');
			if (!existsSync(defaultLibraryFolder(this.io.env))) return this.bundledFiles();
		}
		const {chooseStoryFiles} = await import('../library/library-cli.js');
		return this.settle(await chooseStoryFiles(this.library));
	}

	bundledFiles(): string[] {
		const listed = listStoryFiles(this.installation.bundledDataFolder);
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
		const result: LoadResult = read.inputs.length > 0 ? await storiesFromInputs(read.inputs, this.installation.trustedStories()) : {problems: []};
		const problems = inFileOrder([...read.problems, ...result.problems], read.files);
		if (!result.story || problems.length > 0) {
			throw new ProblemsError('cannot load story data', problems, read.problems.length + (result.problemsTotal ?? result.problems.length));
		}
		return result.story;
	}

	#importer: Promise<Importer> | undefined;

	/** The importer, the quickest way the process has it (io.importer: the bundle's code-cached script), else the module; loaded once. */
	importer(): Promise<Importer> {
		this.#importer ??= this.io.importer ? this.io.importer() : import('../ingest/ingest-files.js');
		return this.#importer;
	}

	/**
	 * Articles imported into one story, with the importer's warnings on stderr: the inputs read, and the
	 * http(s) addresses among the arguments, fetched, in the order given.
	 */
	async import(read: ReadInputs, metadata: ArticleMetadata): Promise<StoryFile> {
		const {ingestInputs, sourcesInOrder, defaultMaxArticleBytes, importTimeLimitMs} = await this.importer();
		// Articles have a smaller default limit than story files (their analysis needs far more memory); --max-size sets both.
		const maxArticleBytes = this.flags.maxSize === undefined ? defaultMaxArticleBytes : this.maxBytes;
		const outcome = await ingestInputs(sourcesInOrder(read.files, read.inputs), metadata, {maxBytes: this.maxBytes, timeoutMs: this.timeoutMs, maxArticleBytes, deadline: Date.now() + importTimeLimitMs});
		this.warn(outcome.warnings);
		if (this.flags.verbose) for (const line of outcome.dropped ?? []) this.io.stderr.write(`summit-tui: dropped from ${sanitiseText(line.source)}: "${sanitiseText(line.text)}" (${line.reason})\n`);
		if (this.flags.explain) this.io.stderr.write((await import('../ingest/explain.js')).formatExplanations(outcome.explanations ?? []));
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
		const {writeFileSafelyAsync} = await import('../fs/write-file-safely.js');
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
