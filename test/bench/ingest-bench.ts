// `npm run bench` (after the build), or alone: `npx tsx test/bench/ingest-bench.ts [--runs=N] [--quick] [--out=FILE]`.
// The importer's speed as a user meets it (issue 22): the whole `summit-tui ingest ARTICLE` process for a
// ~1,000-word article made of ../shared/ingest-dev's articles (their paragraphs in order, written to a
// temporary file, never into the project; the fixture articles where that folder is absent), interleaved
// with the `--plain` process of the bundled story as the baseline timed in the same run (the machine is
// shared: compare ratios); wall and CPU time (user + system, from the child's rusage) and peak memory.
// In process: the name tagger's weights loading in a fresh process, and a warm import of the same article,
// from the sources and through the built importer (with --cli=OLD, the old build's and this one's, interleaved).
//   --runs=9   process samples of each (--quick: 2); --cli=PATH: the build to time (default dist/cli.js)
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {benchArticle} from './bench-article.js';
import {round, summarise, type Summary} from './measure.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const argument = (name: string) => process.argv.find(arg => arg.startsWith(`--${name}=`))?.split('=')[1];
// --cli=PATH times another build (an earlier one kept aside) against the same --plain baseline.
const cli = path.resolve(root, argument('cli') ?? 'dist/cli.js');
const quick = process.argv.includes('--quick');
const runs = Number(argument('runs') ?? (quick ? 2 : 9));
const outFile = path.resolve(root, argument('out') ?? 'test/bench/ingest-results.json');
const log = (text: string) => process.stderr.write(`${text}\n`);
if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first');


const work = mkdtempSync(path.join(os.tmpdir(), 'summit-tui-ingest-bench-'));
const env = {...process.env, HOME: work, XDG_CONFIG_HOME: path.join(work, 'config'), XDG_STATE_HOME: path.join(work, 'state'), XDG_DATA_HOME: path.join(work, 'data'), XDG_CACHE_HOME: path.join(work, 'cache'), NO_COLOR: '1'};

type ProcessSample = {wallMs: number; cpuMs: number; peakMiB: number};

/** One process: wall time, CPU time and peak memory of the child, measured by /usr/bin/time where present, else wall time only. */
function timeProcess(args: string[]): ProcessSample {
	const timer = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', '%U %S %M'] : [];
	const started = performance.now();
	const result = spawnSync(timer[0] ?? process.execPath, [...timer.slice(1), ...(timer.length > 0 ? [process.execPath] : []), ...args], {env, encoding: 'utf8', maxBuffer: 64 << 20});
	const wallMs = performance.now() - started;
	if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
	const [user, system, peakKiB] = (result.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
	return {wallMs, cpuMs: timer.length > 0 ? ((user ?? 0) + (system ?? 0)) * 1000 : Number.NaN, peakMiB: timer.length > 0 ? (peakKiB ?? 0) / 1024 : Number.NaN};
}

const article = benchArticle(root);
const articleFile = path.join(work, 'article-1000-words.txt');
writeFileSync(articleFile, article.text);
log(`ingest process: a ${article.words}-word article from ${article.from}, ${runs} runs interleaved with --plain…`);
const targets: Array<[string, string[]]> = [
	['--plain (bundled story)', [cli, '--plain']],
	['ingest ARTICLE', [cli, 'ingest', articleFile, '--output', path.join(work, 'story.json'), '--force']],
];
// With --cli=OLD, this checkout's build as well, interleaved: before and after in the same run.
const distCli = path.join(root, 'dist/cli.js');
if (cli !== distCli && existsSync(distCli)) targets.push(['ingest ARTICLE (dist)', [distCli, 'ingest', articleFile, '--output', path.join(work, 'story-dist.json'), '--force']]);
const samples = new Map<string, ProcessSample[]>(targets.map(([label]) => [label, []]));
for (let run = 0; run < runs; run++) for (const [label, args] of targets) samples.get(label)!.push(timeProcess(args));
const summaries = targets.map(([label]) => {
	const taken = samples.get(label)!;
	return {target: label, wallMs: summarise(taken.map(sample => sample.wallMs)), cpuMs: summarise(taken.map(sample => sample.cpuMs)), peakMiB: round(Math.max(...taken.map(sample => sample.peakMiB)))};
});
const [plain, ingest] = summaries as [(typeof summaries)[number], (typeof summaries)[number]];

// In a fresh process each time: the weights' first load is what an import pays. The bundle reads the
// binary file the build makes (dist/name-tagger-weights.bin); the committed JSON is timed beside it.
log('name tagger weights: loading in fresh processes…');
const weightsFile = path.join(root, 'data/name-tagger/weights.json');
const binaryWeightsFile = path.join(root, 'dist/name-tagger-weights.bin');
const loadScript = (binary: boolean) =>
	`import {readFileSync} from 'node:fs'; const {loadWeights} = await import(${JSON.stringify(path.join(root, 'source/ingest/name-tagger/perceptron.ts'))}); const {readWeightsFile} = await import(${JSON.stringify(path.join(root, 'source/ingest/name-tagger/weights-file.ts'))}); const started = performance.now(); const weights = ${binary ? `readWeightsFile(readFileSync(${JSON.stringify(binaryWeightsFile)}))` : `loadWeights(JSON.parse(readFileSync(${JSON.stringify(weightsFile)}, 'utf8')))`}; weights.rows.get('bias'); console.log(performance.now() - started);`;
const loadOnce = (binary: boolean) => Number(spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', loadScript(binary)], {cwd: root, env, encoding: 'utf8'}).stdout.trim());
const binaryLoads: number[] = [];
const jsonLoads: number[] = [];
for (let run = 0; run < Math.max(3, Math.ceil(runs / 2)); run++) {
	binaryLoads.push(loadOnce(true));
	jsonLoads.push(loadOnce(false));
}

log('warm import in process…');
const {ingestInputs} = await import('../../source/ingest/ingest-files.js');
const importOnce = async () => {
	const started = performance.now();
	const outcome = await ingestInputs([{file: articleFile, bytes: Buffer.from(article.text)}]);
	if (!outcome.story) throw new Error(`the bench article did not import: ${outcome.problems.map(problem => problem.message).join('; ')}`);
	return performance.now() - started;
};
const firstImportMs = round(await importOnce());
const warm: number[] = [];
for (let run = 0; run < Math.max(5, runs); run++) warm.push(await importOnce());

// The same warm import through the built importer beside --cli (dist/ingest-core.cjs, what `ingest` runs):
// with --cli=OLD it times an earlier build in this process, interleaved with this one's.
log('warm import in process, the built importer…');
type BuiltImporter = {ingestInputs: typeof ingestInputs};
const {runCachedScript} = await import('../../source/cached-script.js');
const builtImporter = (folder: string) => runCachedScript(path.join(folder, 'ingest-core.cjs'), {cacheFolder: path.join(work, 'bench-code-cache'), version: 'bench', use: 'ingest'}).exports as BuiltImporter;
const builds: Array<[string, BuiltImporter]> = [['--cli', builtImporter(path.dirname(cli))]];
const thisBuild = path.join(root, 'dist');
if (path.resolve(path.dirname(cli)) !== thisBuild && existsSync(path.join(thisBuild, 'ingest-core.cjs'))) builds.push(['dist', builtImporter(thisBuild)]);
const builtWarm = new Map<string, number[]>(builds.map(([label]) => [label, []]));
const importBuilt = async (importer: BuiltImporter) => {
	const started = performance.now();
	const outcome = await importer.ingestInputs([{file: articleFile, bytes: Buffer.from(article.text)}]);
	if (!outcome.story) throw new Error('the bench article did not import through the built importer');
	return performance.now() - started;
};
for (const [, importer] of builds) for (let run = 0; run < 3; run++) await importBuilt(importer);
for (let run = 0; run < Math.max(5, runs); run++) for (const [label, importer] of builds) builtWarm.get(label)!.push(await importBuilt(importer));
const builtSummaries = Object.fromEntries([...builtWarm].map(([label, taken]) => [label, {warmImportMs: summarise(taken), warmPer1000WordsMs: round((summarise(taken).median * 1000) / article.words)}]));

const results = {
	when: new Date().toISOString(),
	loadAverage: os.loadavg().map(round),
	runs,
	note: 'medians; the machine may be shared: compare the ratios to --plain within one run',
	article: {words: article.words, from: article.from},
	process: {plain, ingest, ingestToPlain: {wall: round(ingest.wallMs.median / plain.wallMs.median), cpu: round(ingest.cpuMs.median / plain.cpuMs.median)}, ...(summaries[2] ? {dist: summaries[2], distToPlain: {wall: round(summaries[2].wallMs.median / plain.wallMs.median), cpu: round(summaries[2].cpuMs.median / plain.cpuMs.median)}} : {})},
	weights: {bytes: statSync(binaryWeightsFile).size, loadMs: summarise(binaryLoads), json: {bytes: statSync(weightsFile).size, loadMs: summarise(jsonLoads)}},
	inProcess: {firstImportMs, warmImportMs: summarise(warm), warmPer1000WordsMs: round((summarise(warm).median * 1000) / article.words), built: builtSummaries},
};
writeFileSync(outFile, `${JSON.stringify(results, null, '\t')}\n`);
rmSync(work, {recursive: true, force: true});

const ms = (summary: Summary) => `${round(summary.median)} / ${round(summary.p95)}`;
process.stdout.write(`\nImporting a ${article.words}-word article (ms, median / p95 of ${runs}; load ${results.loadAverage.join(' ')})\n`);
for (const row of summaries) process.stdout.write(`  ${row.target.padEnd(26)} wall ${ms(row.wallMs).padEnd(18)} CPU ${ms(row.cpuMs).padEnd(18)} peak ${row.peakMiB} MiB\n`);
process.stdout.write(`  ingest ÷ --plain: wall ${results.process.ingestToPlain.wall}×, CPU ${results.process.ingestToPlain.cpu}×\n`);
for (const row of summaries.slice(2)) process.stdout.write(`  ${row.target} ÷ --plain: wall ${round(row.wallMs.median / plain.wallMs.median)}×, CPU ${round(row.cpuMs.median / plain.cpuMs.median)}×\n`);
process.stdout.write(`  weights (${(results.weights.bytes / 1024 / 1024).toFixed(2)} MB, binary) load in a fresh process: ${ms(results.weights.loadMs)} ms (target ≤ 150); the JSON (${(results.weights.json.bytes / 1024 / 1024).toFixed(2)} MB) ${ms(results.weights.json.loadMs)} ms\n`);
process.stdout.write(`  in process: first import ${firstImportMs} ms, warm ${ms(results.inProcess.warmImportMs)} ms (${results.inProcess.warmPer1000WordsMs} ms per 1,000 words; target ≤ 20)\n`);
for (const [label, built] of Object.entries(builtSummaries)) process.stdout.write(`  in process, the built importer (${label === '--cli' ? path.relative(root, path.dirname(cli)) || '.' : label}): warm ${ms(built.warmImportMs)} ms (${built.warmPer1000WordsMs} ms per 1,000 words)\n`);
process.stdout.write(`Written to ${path.relative(process.cwd(), outFile)}\n`);
