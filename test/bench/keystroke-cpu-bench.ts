// `npx tsx test/bench/keystroke-cpu-bench.ts [--items=100000] [--keys=60] [--pairs=2] [--base=DIR] [--typing-only] [--per-key] [--heap-profile | --cpu-profile]`
// The CPU and the allocation of each key in the dashboard, in process. keystroke-bench.ts times keys in a
// real terminal, where on this shared machine the wall time is mostly the load's; this one counts what a
// key costs: the dashboard bundled as the build bundles it (keystroke-cpu-child.ts), once with Ink's own
// output.js and once with the kept Output (source/text/kept-output.ts), run in turn (A B A B) on the same
// generated story and keys. Per kind of key: CPU (process.cpuUsage, with the harness's own polling, the
// same in both), bytes allocated (V8's GC profiler: what each collection freed plus what the heap grew)
// and young-generation collections per key. --heap-profile and --cpu-profile print where the kept build allocates and spends its time.
// --base=DIR (another checkout, e.g. a copy of the session's start): its source/ against this one's, both with
// the kept Output, in turn (base, this, base, this), instead of Ink's Output against the kept one.
// --typing-only: no moves first, so the warm-up keys show the first search's one-off costs.
// --per-key: each typed key's CPU, allocation, scavenges and wall time printed (which keys make the tail).
// With --cpu-profile, KEYS_PROF_OUT=FILE keeps the raw profile in FILE and the bundle beside it (FILE.bundle.mjs),
// whose module comments tell which source each sampled line is from.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build, type Plugin} from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const argument = (name: string) => process.argv.find(arg => arg.startsWith(`--${name}=`))?.split('=')[1];
const pairs = Number(argument('pairs') ?? 2);
const childArguments = process.argv.slice(2).filter(arg => !arg.startsWith('--pairs='));

// As source/build.mjs bundles the dashboard: its stand-ins for Ink's packages, and (for the kept build) its plugin for Ink's output.js.
const alias = {
	'react-devtools-core': './source/ui/devtools-stub.ts',
	'string-width': './source/text/string-width-bundled.ts',
	'@alcalzone/ansi-tokenize': './source/text/ansi-tokenize-bundled.ts',
	'slice-ansi': './source/text/slice-ansi-bundled.ts',
};
const keptOutput: Plugin = {
	name: 'ink-output-kept',
	setup: builder => builder.onResolve({filter: /^\.\/output\.js$/}, ({importer}) => (/ink[\\/]build[\\/]renderer\.js$/.test(importer) ? {path: path.join(root, 'source/text/ink-output-bundled.ts')} : undefined)),
};
const base = argument('base');
/** The child's import of the dashboard, taken from the base checkout. */
const fromBase: Plugin = {
	name: 'dashboard-from-base',
	setup: builder => builder.onResolve({filter: /^\.\.\/\.\.\/source\//}, ({path: imported, importer}) => (importer.endsWith('keystroke-cpu-child.ts') ? {path: path.resolve(base!, imported.slice('../../'.length).replace(/\.js$/, '.tsx'))} : undefined)),
};
const work = mkdtempSync(path.join(os.tmpdir(), 'summit-tui-keystroke-cpu-'));
const builds: Record<string, string> = base ? {base: path.join(work, 'base.mjs'), this: path.join(work, 'this.mjs')} : {ink: path.join(work, 'ink.mjs'), kept: path.join(work, 'kept.mjs')};
for (const [kind, outfile] of Object.entries(builds)) {
	await build({
		absWorkingDir: root,
		entryPoints: ['test/bench/keystroke-cpu-child.ts'],
		outfile,
		bundle: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		mainFields: ['module', 'main'],
		// Named functions in the heap profile.
		minify: !process.argv.some(arg => arg.endsWith('-profile')),
		define: {'process.env.NODE_ENV': '"production"'},
		alias,
		plugins: kind === 'ink' ? [] : kind === 'base' ? [keptOutput, fromBase] : [keptOutput],
		banner: {js: "import {createRequire as __benchRequire} from 'node:module'; const require = __benchRequire(import.meta.url);"},
		logLevel: 'warning',
	});
}

type Summary = {median: number; p95: number};
type KeyKind = {cpuMs: Summary; allocatedKb: Summary; scavengesPerKey: number; wallMs: Summary; warmUpCpu: string; fullCollections: number};
const runs: Array<{kind: string; move?: KeyKind; typed: KeyKind}> = [];
const env = {...process.env};
delete env.CI;
for (let pair = 0; pair < pairs; pair++) {
	for (const kind of Object.keys(builds)) {
		process.stderr.write(`keystroke CPU bench: ${kind} (${pair + 1} of ${pairs})\n`);
		const child = spawnSync(process.execPath, [builds[kind]!, ...childArguments.filter(arg => kind === 'kept' || kind === 'this' || !arg.endsWith('-profile'))], {encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24});
		if (child.status !== 0) throw new Error(`the ${kind} build failed: ${child.stdout}`);
		runs.push({kind, ...JSON.parse(child.stdout.trim().split('\n').at(-1)!)});
	}
}
rmSync(work, {recursive: true, force: true});

const load = spawnSync('uptime', {encoding: 'utf8'}).stdout.trim();
const cell = (key: KeyKind) => `CPU ${key.cpuMs.median} / ${key.cpuMs.p95} ms, ${Math.round(key.allocatedKb.median)} / ${Math.round(key.allocatedKb.p95)} KB, ${key.scavengesPerKey} scavenges/key, ${key.fullCollections} full GCs, wall ${key.wallMs.median} / ${key.wallMs.p95} ms; warm-up CPU ${key.warmUpCpu}`;
process.stdout.write(
	`\nKeys in process (median / p95; load: ${load})\n${runs.map(run => `${run.move ? `  ${run.kind.padEnd(5)} move:  ${cell(run.move)}\n` : ''}  ${run.kind.padEnd(5)} typed: ${cell(run.typed)}`).join('\n')}\n`,
);
