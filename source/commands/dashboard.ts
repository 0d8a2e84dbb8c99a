import {formatProblem} from '../model/problem.js';
import type {StoryFile} from '../model/schema.js';
import {outputFormats} from '../report/output-formats.js';
import type {Command} from './command.js';
import type {KeptFrame} from '../ui/first-frame.js';
import type {CommandContext, DashboardOptions} from './context.js';
import {usage} from './errors.js';
import {openPicker} from './picker.js';
import {articleFlags, givesMetadata, storyBytesKeyContent, storyOrArticles} from './story-input.js';

// The command with no name: `summit-tui [FILE ...]` opens the dashboard on a story (or the picker over
// the library), or prints the story when a format is asked for or there is no terminal to draw on.

const dashboardFlags = ['query', 'mouse', 'osc52', 'history', 'printConfig'] as const;

export const dashboardCommand: Command = {
	name: 'dashboard',
	summary: 'open the dashboard (default: the bundled story); ARTICLE files or URLs are imported in memory; with a format, print the story instead',
	usage: ['[FILE ...]', '[FILE ...] --format plain|markdown|json  (or --plain, --markdown, --json)', '--plain --since DATE|last-visit'],
	flags: ['data', 'library', 'output', 'force', 'since', ...dashboardFlags, ...articleFlags],
	formats: ['plain', 'markdown', 'json'],
	prints: 'opens the dashboard, or prints the story with --plain, --markdown or --json',
	async run(context, input) {
		if (context.flags.printConfig) return printConfig(context);
		if (context.flags.output !== undefined && context.format === undefined) usage('--output needs --plain, --markdown or --json');
		if (input.length === 0 && context.format === undefined && context.flags.since === undefined && !givesMetadata(context)) {
			const picked = await openPicker(context);
			if (picked !== undefined) return picked;
		}
		const files = await context.storyFiles(input);
		const {io} = context;
		// A pipe or file gets the plain report, and so does a dumb terminal, which cannot draw a dashboard.
		const prints = context.format !== undefined || !io.stdout.isTTY || io.env['TERM'] === 'dumb' || !io.dashboard;
		// Opened without a file, the dashboard shows the sample: the picker (where R refreshes) had nothing to offer.
		const refreshUnavailable = input.length === 0 && context.flags.data === undefined ? 'nothing to refresh from the sample story: summit-tui refresh fetches the feeds into the library' : undefined;
		// The first frame kept for these files' bytes, shown before they are validated (first-frame-cache.ts).
		let firstFrame: KeptFrame | undefined;
		const showKeptFrame = async (inputs: ReadonlyArray<{file: string; bytes: Uint8Array}>) => {
			if (prints || context.flags.since !== undefined || !io.stdin.isTTY || !io.keptFrame) return;
			const content = storyBytesKeyContent(inputs);
			if (content !== undefined) firstFrame = await io.keptFrame('story', () => content, dashboardOptions(context, undefined, refreshUnavailable));
		};
		let loaded: Awaited<ReturnType<typeof storyOrArticles>>;
		try {
			loaded = await storyOrArticles(context, files, showKeptFrame);
		} catch (error) {
			// The problems are printed on the shell's screen.
			firstFrame?.abandon();
			throw error;
		}
		const {story, imported} = loaded;
		if (context.flags.since !== undefined) return printSince(context, story, files);
		if (prints) {
			await context.output(await outputFormats[context.format ?? 'plain'].renderStory(story), files);
			return 0;
		}
		if (!io.stdin.isTTY) {
			io.stderr.write('summit-tui: the dashboard needs a terminal on standard input; use --plain, --markdown or --json to print the story instead\n');
			return 2;
		}
		return openDashboard(context, story, imported ? 'extracted automatically: check the citations' : undefined, refreshUnavailable, firstFrame);
	},
};

/** The dashboard's options from the command line (what is new is added once the story is read). */
const dashboardOptions = (context: CommandContext, note: string | undefined, refreshUnavailable: string | undefined): DashboardOptions => {
	const {query, mouse, osc52, history, config} = context.flags;
	return {note, refreshUnavailable, color: context.color, query, mouse, osc52, history, config};
};

async function openDashboard(context: CommandContext, story: StoryFile, note: string | undefined, refreshUnavailable: string | undefined, firstFrame: KeptFrame | undefined): Promise<number> {
	// What is new since the user's last visit is marked; leaving records this visit. A story whose items
	// carry no day of adding (the bundled one, a hand-written file) has nothing to mark: no state is read.
	const dated = [story.people, story.organizations, story.places, story.facts, story.events, story.quotes].some(items => items.some(item => 'added' in item && item.added !== undefined));
	const {beginVisit} = dated ? await import('../library/seen-state-file.js') : {beginVisit: undefined};
	const {stateFolder} = await import('../library/library-folders.js');
	const visit = beginVisit ? beginVisit(stateFolder(context.io.env), story) : {newItems: new Set<string>(), done: () => undefined};
	// Marked open, so that `library remove` in another window says so instead of removing it (only a
	// library story can be removed, and those carry days: the bundled sample costs nothing here).
	const mark = dated ? (await import('../library/open-marks.js')).markStoryOpen(stateFolder(context.io.env), story.story.id) : undefined;
	const code = await context.io.dashboard!(story, {...dashboardOptions(context, note, refreshUnavailable), newItems: visit.newItems, firstFrame}).finally(() => mark?.release());
	const problem = visit.done();
	if (problem) context.warn([`what you have seen was not recorded: ${formatProblem(problem)}`]);
	return code;
}

/**
 * --since DATE, DATE TIME or last-visit: only what is new since then (the one definition of new,
 * library/whats-new.ts), as text or JSON.
 */
async function printSince(context: CommandContext, story: StoryFile, files: string[]): Promise<number> {
	const value = context.flags.since!;
	const {parseSince, sinceVisit, newPart} = await import('../library/whats-new.js');
	const parsed = parseSince(value) ?? usage(`--since takes a day (YYYY-MM-DD), a day and time (YYYY-MM-DDTHH:MM) or last-visit, not "${value}"`);
	if (context.format === 'markdown') usage('--since goes with --plain or --json');
	let since: import('../library/whats-new.js').Since;
	let label: string;
	if (parsed === 'last-visit') {
		const {readSeenState} = await import('../library/seen-state-file.js');
		const {stateFolder} = await import('../library/library-folders.js');
		const seen = readSeenState(stateFolder(context.io.env));
		const visit = Object.hasOwn(seen.stories, story.story.id) ? seen.stories[story.story.id] : undefined;
		// Never opened: all of it is new to the reader.
		since = visit ? sinceVisit(visit) : {seenIds: new Set(), seenDay: ''};
		label = visit ? `your last visit (${visit.seenAt.slice(0, 16).replace('T', ' ')} UTC)` : 'your last visit (never opened: all of it)';
	} else {
		since = parsed;
		label = parsed.day;
	}
	if (context.format === 'json') {
		await context.output(`${JSON.stringify({story: story.story, since: parsed === 'last-visit' ? 'last-visit' : parsed.day, ...newPart(story, since)}, null, 2)}\n`, files);
		return 0;
	}
	const {renderAddedSince} = await import('../library/render-since.js');
	await context.output(renderAddedSince(story, label, since, label).text, files);
	return 0;
}

/** --print-config: the effective config as JSON, what was wrong with the file on stderr. */
async function printConfig(context: CommandContext): Promise<number> {
	const {loadConfig, printConfig} = await import('../config/config.js');
	const {config, problems} = loadConfig({file: context.flags.config, env: context.io.env});
	for (const problem of problems) context.io.stderr.write(`summit-tui: warning: config: ${formatProblem(problem)}\n`);
	context.io.stdout.write(printConfig(config));
	return 0;
}
