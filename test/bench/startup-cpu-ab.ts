// The CPU a start spends to its first frame, for several builds interleaved, read to the nanosecond from
// /proc/PID/task/*/schedstat (all threads, and the main thread alone) rather than /proc's 10 ms ticks: on a
// machine shared past its cores, wall times wait on the load, CPU time much less.
// `npx tsx test/bench/startup-cpu-ab.ts DIST_CLI… [--runs=N] [--mode=notKept|noCache|warm|picker] [--library=N]`
import {mkdirSync, mkdtempSync, readFileSync, readdirSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {startPty, summarise, terminalEnv} from './measure.js';
import {firstFramePattern, forgetKeptFrames, writeLibrary} from './startup-matrix.js';

const clis = process.argv.slice(2).filter(argument => !argument.startsWith('--'));
const option = (name: string) => process.argv.find(argument => argument.startsWith(`--${name}=`))?.slice(name.length + 3);
const runs = Number(option('runs') ?? 15);
const mode = option('mode') ?? 'notKept';
const home = mkdtempSync(path.join(os.tmpdir(), 'summit-tui-cpu-ab-'));
const env = terminalEnv({HOME: home, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home, XDG_STATE_HOME: home, XDG_CACHE_HOME: home});
const library = path.join(home, 'library');
if (mode === 'picker') writeLibrary(library, Number(option('library') ?? 1000));
const args = mode === 'picker' ? ['--library', library] : [];

/** Nanoseconds on a CPU so far: [all threads, the main thread]. */
function cpuNs(pid: number): [number, number] {
	let all = 0;
	let main = 0;
	for (const task of readdirSync(`/proc/${pid}/task`)) {
		try {
			const ns = Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
			all += ns;
			if (task === String(pid)) main = ns;
		} catch {
			// The thread ended between the listing and the read.
		}
	}
	return [all, main];
}

async function start(cli: string, cache: string) {
	const session = startPty(process.execPath, [cli, ...args], {columns: 120, rows: 40}, {...env, XDG_CACHE_HOME: cache});
	const wall = await session.until(firstFramePattern, 60_000);
	const [all, main] = cpuNs(session.pid);
	session.kill();
	await session.exited;
	return {wall, all: all / 1e6, main: main / 1e6};
}

const caches = clis.map((_, index) => path.join(home, `cache-${index}`));
for (const folder of caches) mkdirSync(folder);
for (const [index, cli] of clis.entries()) await start(cli, caches[index]!);
const samples = clis.map(() => ({wall: [] as number[], all: [] as number[], main: [] as number[]}));
for (let run = 0; run < runs; run++) {
	// Each build in turn, the order rotated every run.
	for (let step = 0; step < clis.length; step++) {
		const index = (step + run) % clis.length;
		if (mode === 'notKept') forgetKeptFrames(caches[index]!);
		const cache = mode === 'noCache' ? mkdtempSync(path.join(home, 'cold-')) : caches[index]!;
		const result = await start(clis[index]!, cache);
		for (const key of ['wall', 'all', 'main'] as const) samples[index]![key].push(result[key]);
	}
}
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`mode ${mode}, ${runs} runs, load ${load}; medians: wall / CPU all threads / CPU main thread (ms)`);
for (const [index, cli] of clis.entries()) {
	const of = (key: 'wall' | 'all' | 'main') => summarise(samples[index]![key]).median.toFixed(1);
	console.log(`${of('wall').padStart(8)} ${of('all').padStart(8)} ${of('main').padStart(8)}  ${cli}`);
}
