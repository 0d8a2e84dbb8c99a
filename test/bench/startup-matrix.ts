// Start-up as a user meets it, for three things to open: the bundled story, a 1,000-item story and a
// library of 1,000 stories; four ways to start: the dashboard's first frame in a PTY (the picker's, for
// the library), `--plain`, `library` and `search QUERY`. Each is a ratio to two baselines timed in the
// same run, interleaved with the targets: `node -e 0` (the whole process, for the commands that print)
// and a bare Node process that writes one frame to the same PTY (for first frames).
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {generateStory} from './generate-story.js';
import {round, startPty, summarise, terminalEnv, type Summary} from './measure.js';

/** What every first frame shows: the dashboard's "1 of N" (or "1/N"), the picker's "Stories  N · by last update · FOLDER". */
export const firstFramePattern = /\b1(?:\/| of )\d+|\bStories +\d+ (?:in|·) /;

/** A program that only starts Node and draws one full frame ending in the same marker: the floor. */
const bareFrameScript = `const rows = process.stdout.rows || 40, columns = process.stdout.columns || 120;
process.stdout.write('\\u001B[?1049h' + Array.from({length: rows - 1}, (_, row) => ('line ' + row).padEnd(columns - 1)).join('\\n') + '\\n1 of 1');
setTimeout(() => {}, 60000);`;

/**
 * `coldCache`: each start finds an empty cache folder, as a first start after installing does;
 * `notKept`: the code cache is there but no kept first frame (source/first-frame-cache.ts), as for a
 * start with another story, terminal size or config than the last.
 */
type Target = {label: string; frame?: string[]; plain?: string[]; library?: string[]; search?: string[]; coldCache?: boolean; notKept?: boolean};
type Cell = {ms: Summary; ratioToNode: number; ratioToBareFrame: number};
export type StartupMatrix = {
	baselines: {nodeE0: Summary; bareFrame: Summary};
	rows: Array<{target: string} & Partial<Record<'frame' | 'plain' | 'library' | 'search', Cell>>>;
	storiesInLibrary: number;
	load: string;
};

/** Writes a library of `count` generated stories of about 100 items into `folder` (as library-bench.ts). */
export function writeLibrary(folder: string, count: number): void {
	mkdirSync(folder, {recursive: true});
	for (let index = 0; index < count; index++) {
		const story = generateStory(100, 1000 + index);
		story.story = {...story.story, id: `story-${index}`, title: `Story ${index}: ${story.facts[0]!.text.split(' ').slice(0, 8).join(' ')}`};
		writeFileSync(path.join(folder, `story-${index}.json`), JSON.stringify(story));
	}
}

/** Removes the kept first frames of stories from a cache home (the code caches stay). */
export function forgetKeptFrames(cacheHome: string): void {
	const folder = path.join(cacheHome, 'summit-tui');
	for (const name of readdirSync(folder)) if (name.startsWith('first-frame-story-')) rmSync(path.join(folder, name), {force: true});
}

export async function measureStartupMatrix(options: {cli: string; work: string; storyFile: string; storyLabel: string; library: string; libraryStories: number; runs: number; log: (text: string) => void}): Promise<StartupMatrix> {
	const {cli, work, runs, log} = options;
	// An empty home: no config, no library of the user's, so the bundled story is the default.
	const home = path.join(work, 'matrix-home');
	mkdirSync(home, {recursive: true});
	const env = terminalEnv({HOME: home, XDG_CONFIG_HOME: path.join(home, 'config'), XDG_DATA_HOME: path.join(home, 'data'), XDG_STATE_HOME: path.join(home, 'state'), XDG_CACHE_HOME: path.join(home, 'cache')});
	const {library} = options;
	log(`start-up matrix: generating a library of ${options.libraryStories} stories…`);
	writeLibrary(library, options.libraryStories);
	const storyFolder = path.dirname(options.storyFile);
	const targets: Target[] = [
		{label: 'bundled story', frame: [], plain: ['--plain'], library: ['library'], search: ['search', 'peskv']},
		{label: 'bundled story, no kept frame', frame: [], notKept: true},
		{label: 'bundled story, no cache at all', frame: [], coldCache: true},
		{label: `${options.storyLabel} story`, frame: [options.storyFile], plain: [options.storyFile, '--plain'], search: ['--data', storyFolder, 'search', 'vladivostk', '--max-size', '512M']},
		{label: `library of ${options.libraryStories} stories`, frame: ['--library', library], library: ['library', '--library', library], search: ['search', 'vladivostk', '--library', library]},
	];
	const processMs = (args: string[]) => {
		const started = performance.now();
		const result = spawnSync(process.execPath, args, {env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8'});
		const ms = performance.now() - started;
		// "nothing matches" is exit 1 and still a whole search; anything else failing is a broken bench.
		if (result.status !== 0 && !/nothing (in the library )?matches/.test(result.stderr)) throw new Error(`${args.join(' ')}: exit ${result.status}: ${result.stderr}`);
		return ms;
	};
	// The starts without a kept frame have a cache home of their own, whose story frames are forgotten before
	// each: forgetting them in the shared one left the 1,000-item story without its kept frame in every run.
	const notKeptCache = path.join(home, 'cache-not-kept');
	const cacheFor = (target: Target) => (target.coldCache ? mkdtempSync(path.join(work, 'cold-cache-')) : target.notKept ? notKeptCache : env['XDG_CACHE_HOME']!);
	const frameMs = async (args: string[], cacheHome = env['XDG_CACHE_HOME']!) => {
		const session = startPty(process.execPath, args, {columns: 120, rows: 40}, {...env, XDG_CACHE_HOME: cacheHome});
		try {
			return await session.until(firstFramePattern, 60_000);
		} finally {
			session.kill();
			await session.exited;
		}
	};
	// The library's catalog is built on its first opening and kept; the bench measures the openings after,
	// each after one start that keeps its first frame, as a user's earlier start did.
	processMs([cli, 'library', '--library', library]);
	for (const target of targets) if (target.frame && !target.coldCache) await frameMs([cli, ...target.frame], cacheFor(target));
	const samples = new Map<string, number[]>();
	const add = (key: string, ms: number) => samples.set(key, [...(samples.get(key) ?? []), ms]);
	for (let run = 0; run < runs; run++) {
		add('nodeE0', processMs(['-e', '0']));
		add('bareFrame', await frameMs(['-e', bareFrameScript]));
		for (const target of targets) {
			if (target.notKept) forgetKeptFrames(notKeptCache);
			if (target.frame) add(`${target.label}/frame`, await frameMs([cli, ...target.frame], cacheFor(target)));
			for (const measure of ['plain', 'library', 'search'] as const) {
				const args = target[measure];
				if (args) add(`${target.label}/${measure}`, processMs([cli, ...args]));
			}
		}
		log(`  start-up matrix: run ${run + 1}/${runs}`);
	}
	const nodeE0 = summarise(samples.get('nodeE0')!);
	const bareFrame = summarise(samples.get('bareFrame')!);
	const cell = (key: string): Cell | undefined => {
		const values = samples.get(key);
		if (!values) return undefined;
		const ms = summarise(values);
		return {ms, ratioToNode: round(ms.median / nodeE0.median), ratioToBareFrame: round(ms.median / bareFrame.median)};
	};
	const load = spawnSync('uptime', {encoding: 'utf8'}).stdout?.trim() ?? '';
	return {
		baselines: {nodeE0, bareFrame},
		rows: targets.map(target => ({target: target.label, frame: cell(`${target.label}/frame`), plain: cell(`${target.label}/plain`), library: cell(`${target.label}/library`), search: cell(`${target.label}/search`)})),
		storiesInLibrary: options.libraryStories,
		load,
	};
}

/** The matrix as the bench prints it: medians, then × bare frame for frames and × node -e 0 for the rest. */
export function formatStartupMatrix(matrix: StartupMatrix): string {
	const show = (cell: Cell | undefined, ratio: 'ratioToNode' | 'ratioToBareFrame') => (cell ? `${Math.round(cell.ms.median)} ms (${cell[ratio]}×)` : '–');
	const header = ['target', 'first frame (× bare frame)', '--plain (× node -e 0)', 'library (× node -e 0)', 'search (× node -e 0)'];
	const rows = matrix.rows.map(row => [row.target, show(row.frame, 'ratioToBareFrame'), show(row.plain, 'ratioToNode'), show(row.library, 'ratioToNode'), show(row.search, 'ratioToNode')]);
	const widths = header.map((_, column) => Math.max(...[header, ...rows].map(row => row[column]!.length)));
	const lines = [header, ...rows].map(row => row.map((text, column) => text.padEnd(widths[column]!)).join('  '));
	return `\nStart-up, medians of ${matrix.baselines.nodeE0.runs} interleaved runs; node -e 0: ${matrix.baselines.nodeE0.median} ms, bare Node frame in the PTY: ${matrix.baselines.bareFrame.median} ms\n(load: ${matrix.load})\n${lines.join('\n')}\n`;
}
