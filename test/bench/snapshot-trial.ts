// `npx tsx test/bench/snapshot-trial.ts [--runs=N]` after `npm run build`: the trial of Node's start-up
// snapshot for the importer (issue 22, speed), kept so that it can be run again (another Node, another
// importer) rather than guessed. It builds a snapshot of dist/ingest-core.cjs evaluated and warmed by one
// import (compromise's lexicon, chrono's parsers, gazetteer tables and weights loaded), then times
// importing the bench article through it against `summit-tui ingest` and `node -e 0`, interleaved, in
// wall and CPU time. Nothing of it is in the program: on Node 20 the snapshot did not pay (README,
// "Speed"). What a snapshot of this importer needs on Node 20, found on the way:
// - the builder's context lacks Array.prototype.toSorted/toReversed/with/toSpliced and SharedArrayBuffer
//   (deserialised processes have them): the first are lent for the warm-up and taken back before the
//   heap is written, and the two module-level SharedArrayBuffers (file locks, safe writes) must be made lazily;
// - V8 cannot write regular expressions compiled to machine code into a snapshot (a fatal error), so
//   the warm-up runs with --regexp-interpret-all, set back (and --regexp-tier-up with it) before the heap
//   is written: the blob's flag hash must be the default one, or every run refuses it (exit 14).
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {benchArticle} from './bench-article.js';
import {round, summarise} from './measure.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const runs = Number(process.argv.find(arg => arg.startsWith('--runs='))?.split('=')[1] ?? 7);
const dist = path.join(root, 'dist');
if (!existsSync(path.join(dist, 'ingest-core.cjs'))) throw new Error('dist/ingest-core.cjs is missing: run npm run build first');
if (!existsSync('/usr/bin/time')) throw new Error('the trial times CPU with /usr/bin/time, which this machine lacks');
const log = (text: string) => process.stderr.write(`${text}\n`);


const work = mkdtempSync(path.join(os.tmpdir(), 'summit-tui-snapshot-trial-'));
const env = {...process.env, HOME: work, XDG_CONFIG_HOME: path.join(work, 'config'), XDG_STATE_HOME: path.join(work, 'state'), XDG_DATA_HOME: path.join(work, 'data'), XDG_CACHE_HOME: path.join(work, 'cache'), NO_COLOR: '1'};
const article = path.join(work, 'article.txt');
writeFileSync(article, benchArticle(root).text);

const core = readFileSync(path.join(dist, 'ingest-core.cjs'), 'utf8').replaceAll('new Int32Array(new SharedArrayBuffer(4))', '(globalThis.SharedArrayBuffer ? new Int32Array(new SharedArrayBuffer(4)) : undefined)');
const entry = `
const v8 = require('node:v8');
v8.setFlagsFromString('--regexp-interpret-all');
const lent = [];
for (const [name, value] of Object.entries({
	toSorted(compare) { return this.slice().sort(compare); },
	toReversed() { return this.slice().reverse(); },
	with(index, value) { const copy = this.slice(); copy[index < 0 ? copy.length + index : index] = value; return copy; },
	toSpliced(...splice) { const copy = this.slice(); copy.splice(...splice); return copy; },
})) if (!(name in Array.prototype)) { Object.defineProperty(Array.prototype, name, {value, writable: true, configurable: true}); lent.push(name); }
const importer = {exports: {}};
(function (exports, require, module, __filename, __dirname) {${core}
})(importer.exports, require, importer, ${JSON.stringify(path.join(dist, 'ingest-core.cjs'))}, ${JSON.stringify(dist)});
importer.exports.ingestInputs([{file: 'warm.txt', bytes: Buffer.from(${JSON.stringify(readFileSync(article, 'utf8'))})}]).then(outcome => { if (!outcome.story) throw new Error('the warm-up import failed'); });
v8.startupSnapshot.addSerializeCallback(() => {
	for (const name of lent) delete Array.prototype[name];
	v8.setFlagsFromString('--no-regexp-interpret-all');
	v8.setFlagsFromString('--regexp-tier-up');
});
v8.startupSnapshot.setDeserializeMainFunction(async () => {
	const file = process.argv.at(-1);
	const outcome = await importer.exports.ingestInputs([{file, bytes: require('node:fs').readFileSync(file)}]);
	process.stdout.write(JSON.stringify(outcome.story, null, '\\t') + '\\n');
});
`;
const entryFile = path.join(work, 'snapshot-entry.cjs');
const blob = path.join(work, 'ingest.blob');
writeFileSync(entryFile, entry);
log('building the snapshot…');
const built = spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', entryFile], {env, encoding: 'utf8'});
if (built.status !== 0) throw new Error(`the snapshot did not build: ${built.stderr.slice(-2000)}`);

type Sample = {wallMs: number; cpuMs: number};
function timeProcess(args: string[]): Sample {
	const started = performance.now();
	const result = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...args], {env, encoding: 'utf8', maxBuffer: 64 << 20});
	const wallMs = performance.now() - started;
	if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr.slice(-2000)}`);
	const [user, system] = (result.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
	return {wallMs, cpuMs: ((user ?? 0) + (system ?? 0)) * 1000};
}
const targets: Array<[string, string[]]> = [
	['node -e 0', ['-e', '0']],
	['summit-tui ingest ARTICLE', [path.join(dist, 'cli.js'), 'ingest', article]],
	['through the snapshot', ['--snapshot-blob', blob, article]],
];
const samples = new Map<string, Sample[]>(targets.map(([label]) => [label, []]));
for (let run = 0; run < runs; run++) for (const [label, args] of targets) samples.get(label)!.push(timeProcess(args));
process.stdout.write(`\nSnapshot trial (median of ${runs}, load ${os.loadavg().map(round).join(' ')}; blob ${(statSync(blob).size / 1024 / 1024).toFixed(1)} MB)\n`);
for (const [label] of targets) {
	const taken = samples.get(label)!;
	process.stdout.write(`  ${label.padEnd(28)} wall ${round(summarise(taken.map(sample => sample.wallMs)).median)} ms, CPU ${round(summarise(taken.map(sample => sample.cpuMs)).median)} ms\n`);
}
rmSync(work, {recursive: true, force: true});
