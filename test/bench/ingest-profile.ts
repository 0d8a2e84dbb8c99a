// `npx tsx test/bench/ingest-profile.ts [--runs=3] [--warm=10]`: where the importer's time goes (issue 22).
// The bundle is built once more with source maps beside it (the same code), then V8's CPU profiler runs on
// (1) whole `summit-tui ingest ARTICLE` processes of the bench's ~1,000-word article, code cache warm, and
// (2) warm imports of the same article through the built importer (dist/ingest-core.cjs) in one process,
// after three unprofiled ones. Each sample's time goes to the source module it ran in (startup-profile.ts's
// costsOf: self time, node_modules by package). A regular expression's compilation to machine code (V8
// does it on its second run) counts for the function that ran it: a module far heavier in (1) than in
// (2) is often one. Written to test/bench/results/ingest-profile.json, the .cpuprofile files beside it
// (open them in Chrome's DevTools). Run it on a quiet machine or compare shares, not milliseconds.
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {benchArticle} from './bench-article.js';
import {round} from './measure.js';
import type {SourceLookup} from './source-map.js';
import {costsOf} from './startup-profile.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const argument = (name: string) => process.argv.find(arg => arg.startsWith(`--${name}=`))?.split('=')[1];
const runs = Number(argument('runs') ?? 3);
const warmImports = Number(argument('warm') ?? 10);
const log = (text: string) => process.stderr.write(`${text}\n`);

const work = mkdtempSync(path.join(os.tmpdir(), 'summit-tui-ingest-profile-'));
const env = {...process.env, HOME: work, XDG_CONFIG_HOME: path.join(work, 'config'), XDG_STATE_HOME: path.join(work, 'state'), XDG_DATA_HOME: path.join(work, 'data'), XDG_CACHE_HOME: path.join(work, 'cache'), NO_COLOR: '1'};
const article = benchArticle(root);
const articleFile = path.join(work, 'article.txt');
writeFileSync(articleFile, article.text);
const results = path.join(root, 'test/bench/results');
const profiles = path.join(results, 'ingest-profiles');
rmSync(profiles, {recursive: true, force: true});
mkdirSync(profiles, {recursive: true});

// The warm imports' child: loads the built importer as `ingest` does (cached-script.ts), imports the
// article three times, then profiles `warm` more and writes the profile.
const warmScript = `
import {Session} from 'node:inspector/promises';
import {readFileSync, writeFileSync} from 'node:fs';
const {runCachedScript} = await import(${JSON.stringify(path.join(root, 'source/cached-script.ts'))});
const importer = runCachedScript(${JSON.stringify(path.join(root, 'dist/ingest-core.cjs'))}, {cacheFolder: ${JSON.stringify(path.join(work, 'code-cache'))}, version: 'profile', use: 'ingest'}).exports;
const once = () => importer.ingestInputs([{file: ${JSON.stringify(articleFile)}, bytes: readFileSync(${JSON.stringify(articleFile)})}]);
for (let run = 0; run < 3; run++) await once();
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', {interval: 250});
await session.post('Profiler.start');
for (let run = 0; run < ${warmImports}; run++) await once();
const {profile} = await session.post('Profiler.stop');
writeFileSync(${JSON.stringify(path.join(profiles, 'warm.cpuprofile'))}, JSON.stringify(profile));
`;

type Row = {module: string; ms: number; share: number};
const top = (totals: Map<string, number>, per: number): Row[] => {
	const all = [...totals].filter(([module]) => module !== '(idle)');
	const sum = all.reduce((total, [, ms]) => total + ms, 0);
	return all
		.map(([module, ms]) => ({module, ms: round(ms / per), share: round((100 * ms) / sum)}))
		.sort((a, b) => b.ms - a.ms)
		.slice(0, 30);
};
const lookups = new Map<string, SourceLookup | undefined>();
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Parameters<typeof costsOf>[0];

try {
	log('ingest profile: building with source maps…');
	execFileSync(process.execPath, ['source/build.mjs'], {cwd: root, env: {...process.env, SUMMIT_TUI_SOURCEMAP: '1'}, stdio: 'ignore'});
	const cli = path.join(root, 'dist/cli.cjs');
	const ingest = [cli, 'ingest', articleFile, '--output', path.join(work, 'story.json'), '--force'];
	// Once unprofiled: the code cache is kept, as a user's second import finds it.
	execFileSync(process.execPath, ingest, {env, stdio: 'ignore'});
	log(`ingest profile: ${runs} processes…`);
	const processTotals = new Map<string, number>();
	for (let run = 0; run < runs; run++) {
		const directory = path.join(profiles, `process-${run + 1}`);
		execFileSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${directory}`, '--cpu-prof-interval=250', ...ingest], {env, stdio: 'ignore'});
		const [name] = readdirSync(directory).filter(file => file.endsWith('.cpuprofile'));
		if (!name) throw new Error('no profile of the ingest process was written');
		for (const [module, ms] of costsOf(read(path.join(directory, name)), lookups)) processTotals.set(module, (processTotals.get(module) ?? 0) + ms);
	}
	log(`ingest profile: ${warmImports} warm imports…`);
	execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', warmScript], {cwd: root, env, stdio: 'ignore'});
	const warm = costsOf(read(path.join(profiles, 'warm.cpuprofile')), lookups);
	const report = {when: new Date().toISOString(), loadAverage: os.loadavg().map(round), article: {words: article.words}, process: {runs, top: top(processTotals, runs)}, warmImport: {imports: warmImports, top: top(warm, warmImports)}};
	writeFileSync(path.join(results, 'ingest-profile.json'), `${JSON.stringify(report, null, 2)}\n`);
	const lines = (rows: Row[]) => rows.slice(0, 15).map(row => `  ${String(row.ms).padStart(8)} ms ${String(row.share).padStart(5)}%  ${row.module}`).join('\n');
	process.stdout.write(`\nThe whole ingest process (self time, mean of ${runs}; load ${report.loadAverage.join(' ')}):\n${lines(report.process.top)}\n`);
	process.stdout.write(`\nA warm import (self time per import, ${warmImports} imports):\n${lines(report.warmImport.top)}\n`);
} finally {
	for (const name of readdirSync(path.join(root, 'dist')).filter(file => file.endsWith('.map'))) rmSync(path.join(root, 'dist', name));
	rmSync(work, {recursive: true, force: true});
}
