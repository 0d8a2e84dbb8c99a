// Start-up of two builds timed in one run, interleaved (the machine is shared, so neither gets a quiet
// spell the other misses): first frame of the dashboard in a PTY, and the whole `--plain` process.
// `npx tsx test/bench/compare-startup.ts BASE_DIST_CLI NEW_DIST_CLI [--runs=N] [--library=N]` prints medians
// and ratios (and the CPU time each process had used at its first frame, from /proc); the story's first
// frame three ways: warm (code cache and kept first frame), without the kept frame, and with no cache at all; --library=N adds the picker's first frame on a generated library of N stories, and a bare
// Node frame and `node -e 0` timed in the same run (the issue's ratios for each build).
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {startPty, summarise, terminalEnv} from './measure.js';
import {firstFramePattern, forgetKeptFrames, writeLibrary} from './startup-matrix.js';

const [base, next] = process.argv.slice(2).filter(argument => !argument.startsWith('--'));
if (!base || !next) throw new Error('give the two entries to compare (dist/cli.cjs; dist/cli.js before it)');
const runs = Number(process.argv.find(argument => argument.startsWith('--runs='))?.slice(7) ?? 15);
// A fresh home: no config, no library, so both open the bundled story.
const home = mkdtempSync(path.join(os.tmpdir(), 'summit-tui-compare-'));
const env = terminalEnv({HOME: home, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home, XDG_STATE_HOME: home, XDG_CACHE_HOME: home});

const libraryStories = Number(process.argv.find(argument => argument.startsWith('--library='))?.slice(10) ?? 0);
const library = path.join(home, 'library');
if (libraryStories > 0) writeLibrary(library, libraryStories);

/**
 * CPU time (user + system) a process has used so far, from /proc (10 ms ticks; undefined elsewhere): on a
 * loaded machine the wall time to a frame is mostly waiting for a core, the CPU time much less so.
 */
function cpuMsOf(pid: number): number | undefined {
	try {
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
		return (Number(fields[11]) + Number(fields[12])) * 10;
	} catch {
		return undefined;
	}
}

/** Wall time to the first frame, and the CPU time the process had used by then. `cacheHome`: another XDG_CACHE_HOME. */
async function firstFrame(cli: string, cacheHome: string, args: string[] = [], cpu?: number[]): Promise<number> {
	const session = startPty(process.execPath, [cli, ...args], {columns: 120, rows: 40}, {...env, XDG_CACHE_HOME: cacheHome});
	const ms = await session.until(firstFramePattern, 60_000);
	const used = cpuMsOf(session.pid);
	if (cpu && used !== undefined) cpu.push(used);
	session.kill();
	await session.exited;
	return ms;
}

function plainProcess(cli: string, cacheHome: string): number {
	const started = performance.now();
	const result = spawnSync(process.execPath, [cli, '--plain'], {env: {...env, XDG_CACHE_HOME: cacheHome}, encoding: 'utf8'});
	if (result.status !== 0) throw new Error(`${cli} --plain: ${result.stderr}`);
	return performance.now() - started;
}

// frame: as a user's next start finds it (code cache and kept frame); frameNotKept: code cache, no kept
// frame (another story or size than the last start); frameNoCache: an empty cache folder (a first start).
const newSamples = () => ({frame: [] as number[], frameNotKept: [] as number[], frameNoCache: [] as number[], plain: [] as number[], picker: [] as number[], frameCpu: [] as number[], frameNotKeptCpu: [] as number[], frameNoCacheCpu: [] as number[], pickerCpu: [] as number[]});
const samples = {base: newSamples(), next: newSamples()};
const baselines = {nodeE0: [] as number[], bareFrame: [] as number[]};
// Each build has a cache folder of its own (code caches, kept frames, a catalog kept there).
const cacheOf = {base: path.join(home, 'cache-base'), next: path.join(home, 'cache-next')};
for (const folder of Object.values(cacheOf)) mkdirSync(folder);
// The catalog is built by a first opening (each build keeps its own); the runs time the openings after.
if (libraryStories > 0) for (const which of ['base', 'next'] as const) spawnSync(process.execPath, [which === 'base' ? base : next, 'library', '--library', library], {env: {...env, XDG_CACHE_HOME: cacheOf[which]}, stdio: 'ignore'});
// One start of each first, as a user's earlier one: it keeps the code caches and first frames.
for (const which of ['base', 'next'] as const) {
	await firstFrame(which === 'base' ? base : next, cacheOf[which]);
	if (libraryStories > 0) await firstFrame(which === 'base' ? base : next, cacheOf[which], ['--library', library]);
}
const bareFrameScript = `process.stdout.write('\\u001B[?1049h' + Array.from({length: 39}, (_, row) => ('line ' + row).padEnd(119)).join('\\n') + '\\n1 of 1'); setTimeout(() => {}, 60000);`;
for (let index = 0; index < runs; index++) {
	if (libraryStories > 0) {
		const started = performance.now();
		spawnSync(process.execPath, ['-e', '0'], {env});
		baselines.nodeE0.push(performance.now() - started);
		const session = startPty(process.execPath, ['-e', bareFrameScript], {columns: 120, rows: 40}, env);
		baselines.bareFrame.push(await session.until('1 of 1', 60_000));
		session.kill();
		await session.exited;
	}
	// Alternate which goes first, so that neither always runs on a warmer cache.
	const order = index % 2 === 0 ? (['base', 'next'] as const) : (['next', 'base'] as const);
	for (const which of order) {
		const cli = which === 'base' ? base : next;
		const cache = cacheOf[which];
		samples[which].frame.push(await firstFrame(cli, cache, [], samples[which].frameCpu));
		// Drawn without its kept frame (source/first-frame-cache.ts: as a start with another story, size or
		// config than the last few), it keeps it again for the next run.
		forgetKeptFrames(cache);
		samples[which].frameNotKept.push(await firstFrame(cli, cache, [], samples[which].frameNotKeptCpu));
		samples[which].frameNoCache.push(await firstFrame(cli, mkdtempSync(path.join(home, 'cold-cache-')), [], samples[which].frameNoCacheCpu));
		samples[which].plain.push(plainProcess(cli, cache));
		if (libraryStories > 0) samples[which].picker.push(await firstFrame(cli, cache, ['--library', library], samples[which].pickerCpu));
	}
}
const frame = {base: summarise(samples.base.frame), next: summarise(samples.next.frame)};
const frameNotKept = {base: summarise(samples.base.frameNotKept), next: summarise(samples.next.frameNotKept)};
const frameNoCache = {base: summarise(samples.base.frameNoCache), next: summarise(samples.next.frameNoCache)};
const plain = {base: summarise(samples.base.plain), next: summarise(samples.next.plain)};
const ratio = (a: number, b: number) => Math.round((a / b) * 1000) / 1000;
const picker = libraryStories > 0 ? {base: summarise(samples.base.picker), next: summarise(samples.next.picker)} : undefined;
const nodeE0 = libraryStories > 0 ? summarise(baselines.nodeE0) : undefined;
const bareFrame = libraryStories > 0 ? summarise(baselines.bareFrame) : undefined;
const cpuSummary = () => {
	const of = (which: 'base' | 'next') => {
		const frameCpu = samples[which].frameCpu.length > 0 ? summarise(samples[which].frameCpu).median : undefined;
		const notKeptCpu = samples[which].frameNotKeptCpu.length > 0 ? summarise(samples[which].frameNotKeptCpu).median : undefined;
		const noCacheCpu = samples[which].frameNoCacheCpu.length > 0 ? summarise(samples[which].frameNoCacheCpu).median : undefined;
		const pickerCpu = samples[which].pickerCpu.length > 0 ? summarise(samples[which].pickerCpu).median : undefined;
		return {frame: frameCpu, frameNotKept: notKeptCpu, frameNoCache: noCacheCpu, picker: pickerCpu, pickerToStoryFrame: frameCpu && pickerCpu ? ratio(pickerCpu, frameCpu) : undefined};
	};
	return {base: of('base'), next: of('next')};
};
const issueRatios = (which: 'base' | 'next') =>
	picker && nodeE0 && bareFrame
		? {
				frameToBareFrame: ratio(frame[which].median, bareFrame.median),
				frameNotKeptToBareFrame: ratio(frameNotKept[which].median, bareFrame.median),
				frameNoCacheToBareFrame: ratio(frameNoCache[which].median, bareFrame.median),
				plainToNodeE0: ratio(plain[which].median, nodeE0.median), pickerToStoryFrame: ratio(picker[which].median, frame[which].median),
			}
		: undefined;
console.log(
	JSON.stringify(
		{
			runs,
			load: spawnSync('uptime', {encoding: 'utf8'}).stdout?.trim(),
			firstFrame: {...frame, ratio: ratio(frame.next.median, frame.base.median)},
			firstFrameNotKept: {...frameNotKept, ratio: ratio(frameNotKept.next.median, frameNotKept.base.median)},
			firstFrameNoCache: {...frameNoCache, ratio: ratio(frameNoCache.next.median, frameNoCache.base.median)},
			// CPU used by the first frame (ms, medians): the picker's ÷ the story's, each build's own.
			cpuAtFirstFrame: cpuSummary(),
			plainProcess: {...plain, ratio: ratio(plain.next.median, plain.base.median)},
			...(picker ? {pickerFirstFrame: {stories: libraryStories, ...picker, ratio: ratio(picker.next.median, picker.base.median)}, baselines: {nodeE0, bareFrame}, issueRatios: {base: issueRatios('base'), next: issueRatios('next')}} : {}),
		},
		null,
		2,
	),
);
