// `npm run bench` (last), or alone: `npx tsx test/bench/article-memory-bench.ts [--sizes=256,1024] [--out=FILE]`.
// Peak memory and time of `summit-tui ingest` on plain-text articles of growing size (KiB), made of
// the fixture articles' paragraphs over and over, against the same for a 1,000-word article: the
// figures behind the default article size limit (1 MiB) and the README's "about N MB per MiB".
import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {peakRssMiB, round} from './measure.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = path.join(root, 'dist/cli.js');
const argument = (name: string) => process.argv.find(arg => arg.startsWith(`--${name}=`))?.split('=')[1];
const sizesKiB = (argument('sizes') ?? '6,256,1024').split(',').map(Number);
const outFile = path.resolve(root, argument('out') ?? 'test/bench/article-memory-results.json');
const log = (text: string) => process.stderr.write(`${text}\n`);

const work = mkdtempSync(path.join(os.tmpdir(), 'summit-tui-article-bench-'));
const fixtures = path.join(root, 'test/fixtures/ingest');
const paragraphs = readdirSync(fixtures)
	.filter(file => file.endsWith('.txt'))
	.sort()
	.flatMap(file => readFileSync(path.join(fixtures, file), 'utf8').split(/\n\s*\n/).slice(2).map(paragraph => paragraph.trim()))
	.filter(Boolean);

function article(kib: number): string {
	let text = 'Title: Benchmark article\nOutlet: Bench\nPublished: 2024-06-01\n\n';
	for (let index = 0; Buffer.byteLength(text) < kib * 1024; index++) text += `${paragraphs[index % paragraphs.length]}\n\n`;
	return text;
}

/** One import in a child process: wall time, and its peak resident memory read from /proc while it runs. */
function measure(file: string): Promise<{seconds: number; peakMiB?: number; code: number | null}> {
	return new Promise(resolve => {
		const started = performance.now();
		const child = spawn(process.execPath, [cli, 'ingest', file, '-o', `${file}.json`, '--force', '--max-size', '64M'], {stdio: 'ignore'});
		let peak: number | undefined;
		const poll = setInterval(() => {
			void peakRssMiB(child.pid!).then(value => {
				if (value !== undefined) peak = Math.max(peak ?? 0, value);
			});
		}, 50);
		child.on('close', code => {
			clearInterval(poll);
			resolve({seconds: round((performance.now() - started) / 1000), peakMiB: peak, code});
		});
	});
}

const rows = [];
for (const kib of sizesKiB) {
	const file = path.join(work, `article-${kib}k.txt`);
	writeFileSync(file, article(kib));
	log(`article memory: ${kib} KiB…`);
	const result = await measure(file);
	if (result.code !== 0) throw new Error(`the import of ${kib} KiB failed (exit ${result.code})`);
	rows.push({kib, ...result});
}
const smallest = rows[0]!;
const largest = rows.at(-1)!;
// The growth per MiB between the smallest and largest article: the base cost of the program cancels out.
const perMiB = largest.peakMiB !== undefined && smallest.peakMiB !== undefined ? round((largest.peakMiB - smallest.peakMiB) / ((largest.kib - smallest.kib) / 1024)) : undefined;
const results = {date: new Date().toISOString(), machine: {cpus: os.cpus().length, load: os.loadavg().map(round), memoryGiB: round(os.totalmem() / 1024 ** 3)}, rows, peakMiBPerMiBOfText: perMiB};
writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
console.log('\nImporting plain-text articles (one run each; peak RSS from /proc)');
for (const row of rows) console.log(`  ${String(row.kib).padStart(6)} KiB  ${String(row.seconds).padStart(7)} s  ${String(row.peakMiB ?? '?').padStart(7)} MiB`);
console.log(`  growth: about ${perMiB ?? '?'} MiB of memory per MiB of article text`);
