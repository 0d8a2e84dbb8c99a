// Where start-up time goes: the bundle is built once more with source maps beside it (the same code:
// external maps add no comment to the chunks), started under V8's CPU profiler until its first frame
// (or the end of --plain), and each sample's time is given to the source module it ran in, through the
// maps, with node_modules grouped by package. "(program)" is V8 itself: parsing, compiling, the
// native start; "node internals" is mostly Node's ES module loader. A sample counts for the function it
// ran in (not its callees), placed by where that function starts. Written to test/bench/results/startup-profile.json, with the raw .cpuprofile files
// (open them in Chrome's DevTools) in test/bench/results/profiles/.
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {round, startPty, terminalEnv} from './measure.js';
import {sourceLookup, type SourceLookup} from './source-map.js';
import {firstFramePattern, forgetKeptFrames} from './startup-matrix.js';

type ProfileNode = {id: number; callFrame: {url: string; functionName: string; lineNumber: number; columnNumber: number}; children?: number[]};
type CpuProfile = {nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number};

export type StartupCost = {module: string; ms: number};
export type ProfiledStart = {target: string; runs: number; profiledMs: number; top: StartupCost[]};

/** node_modules/ink/build/x.js → "ink"; node_modules/@scope/name/… → "@scope/name"; our files stay paths. */
export function moduleGroup(source: string): string {
	const parts = source.replaceAll('\\', '/').split('/');
	const at = parts.lastIndexOf('node_modules');
	if (at >= 0) return parts[at + 1]?.startsWith('@') ? `${parts[at + 1]}/${parts[at + 2]}` : (parts[at + 1] ?? source);
	const sourceAt = parts.indexOf('source');
	return sourceAt >= 0 ? parts.slice(sourceAt).join('/') : source;
}

/**
 * Milliseconds of self time per module in one profile, up to `until` (microseconds of the monotonic
 * clock, which both V8's profile and process.hrtime read): what ran after the first frame is not start-up.
 */
export function costsOf(profile: CpuProfile, lookups: Map<string, SourceLookup | undefined>, until = Number.POSITIVE_INFINITY): Map<string, number> {
	const byId = new Map(profile.nodes.map(node => [node.id, node]));
	const costs = new Map<string, number>();
	const place = (node: ProfileNode): string => {
		const {url, functionName, lineNumber, columnNumber} = node.callFrame;
		if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
		if (url.startsWith('node:')) return 'node internals';
		const file = url.startsWith('file:') ? fileURLToPath(url) : url;
		if (!lookups.has(file)) {
			let lookup: SourceLookup | undefined;
			try {
				lookup = sourceLookup(readFileSync(`${file}.map`, 'utf8'));
			} catch {
				lookup = undefined;
			}
			lookups.set(file, lookup);
		}
		// A profile names the function a sample ran in by where the function starts: a module's top level
		// starts at 0:0 (0:1 in the dashboard script, inside its CommonJS wrapper; esbuild hoists the script's
		// modules into that one function), so it is named as such.
		if (lineNumber === 0 && columnNumber <= 1) return `${path.basename(file)}: top level (module evaluation)`;
		const source = lookups.get(file)?.(lineNumber, columnNumber);
		return source ? moduleGroup(source) : path.basename(file);
	};
	let at = profile.startTime;
	for (let index = 0; index < profile.samples.length; index++) {
		at += profile.timeDeltas[index] ?? 0;
		if (at > until) break;
		const node = byId.get(profile.samples[index]!);
		if (!node) continue;
		const key = place(node);
		costs.set(key, (costs.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
	}
	return costs;
}

const monotonicMicroseconds = () => Number(process.hrtime.bigint() / 1000n);

/** Runs one start under the profiler; resolves with the moment the first frame was seen (or the end). */
async function runProfiled(args: string[], directory: string, env: Record<string, string>, untilFrame: boolean): Promise<number> {
	const flags = ['--cpu-prof', `--cpu-prof-dir=${directory}`, '--cpu-prof-interval=250'];
	if (!untilFrame) {
		execFileSync(process.execPath, [...flags, ...args], {env, stdio: 'ignore'});
		return Number.POSITIVE_INFINITY;
	}
	const session = startPty(process.execPath, [...flags, ...args], {columns: 120, rows: 40}, env);
	await session.until(firstFramePattern, 60_000);
	const seen = monotonicMicroseconds();
	// SIGTERM ends the dashboard through its own exit path, which lets Node write the profile.
	process.kill(session.pid, 'SIGTERM');
	await session.exited;
	return seen;
}

export async function profileStartup(options: {root: string; work: string; library: string; runs: number; log: (text: string) => void}): Promise<ProfiledStart[]> {
	const {root, work, runs, log} = options;
	log('start-up profile: building with source maps…');
	execFileSync(process.execPath, ['source/build.mjs'], {cwd: root, env: {...process.env, SUMMIT_TUI_SOURCEMAP: '1'}, stdio: 'inherit'});
	const cli = path.join(root, 'dist/cli.cjs');
	const home = path.join(work, 'profile-home');
	mkdirSync(home, {recursive: true});
	const env = terminalEnv({HOME: home, XDG_CONFIG_HOME: path.join(home, 'config'), XDG_DATA_HOME: path.join(home, 'data'), XDG_STATE_HOME: path.join(home, 'state'), XDG_CACHE_HOME: path.join(home, 'cache')});
	const results = path.join(root, 'test/bench/results');
	// notKept: started without a kept first frame (source/first-frame-cache.ts), the code cache there.
	const targets: Array<{target: string; args: string[]; untilFrame: boolean; notKept?: boolean}> = [
		{target: 'bundled story, first frame', args: [cli], untilFrame: true},
		{target: 'bundled story, first frame, no kept frame', args: [cli], untilFrame: true, notKept: true},
		{target: 'bundled story, --plain', args: [cli, '--plain'], untilFrame: false},
		{target: 'library picker, first frame', args: [cli, '--library', options.library], untilFrame: true},
	];
	const profiled: ProfiledStart[] = [];
	const lookups = new Map<string, SourceLookup | undefined>();
	try {
		// The library's catalog is built once before, as a user's second start finds it, and each screen is
		// opened once before (its code cache and first frame kept).
		spawnSync(process.execPath, [cli, 'library', '--library', options.library], {env, stdio: 'ignore'});
		for (const {args, untilFrame} of targets) if (untilFrame) await runProfiled(args, path.join(work, 'profile-warm-up'), env, true);
		for (const {target, args, untilFrame, notKept} of targets) {
			log(`start-up profile: ${target}…`);
			const directory = path.join(results, 'profiles', target.replaceAll(/[^a-z0-9]+/gi, '-'));
			rmSync(directory, {recursive: true, force: true});
			mkdirSync(directory, {recursive: true});
			const totals = new Map<string, number>();
			let profiledMs = 0;
			for (let run = 0; run < runs; run++) {
				const runDirectory = path.join(directory, `run-${run + 1}`);
				if (notKept) forgetKeptFrames(path.join(home, 'cache'));
				const until = await runProfiled(args, runDirectory, env, untilFrame);
				const [name] = readdirSync(runDirectory).filter(file => file.endsWith('.cpuprofile'));
				if (!name) throw new Error(`${target}: no profile was written`);
				const profile = JSON.parse(readFileSync(path.join(runDirectory, name), 'utf8')) as CpuProfile;
				profiledMs += (Math.min(until, profile.endTime) - profile.startTime) / 1000;
				for (const [module, ms] of costsOf(profile, lookups, until)) totals.set(module, (totals.get(module) ?? 0) + ms);
			}
			const top = [...totals].filter(([module]) => module !== '(idle)').map(([module, ms]) => ({module, ms: round(ms / runs)})).sort((a, b) => b.ms - a.ms).slice(0, 30);
			profiled.push({target, runs, profiledMs: round(profiledMs / runs), top});
		}
	} finally {
		for (const name of readdirSync(path.join(root, 'dist')).filter(file => file.endsWith('.map'))) rmSync(path.join(root, 'dist', name));
	}
	writeFileSync(path.join(results, 'startup-profile.json'), `${JSON.stringify(profiled, null, 2)}\n`);
	for (const start of profiled) log(`\n${start.target} (profiler start to first frame or end: ${start.profiledMs} ms, mean of ${start.runs}):\n${start.top.slice(0, 8).map(cost => `  ${String(cost.ms).padStart(7)} ms  ${cost.module}`).join('\n')}`);
	return profiled;
}
