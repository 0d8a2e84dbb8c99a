// Start-up of two builds timed in one run, interleaved (the machine is shared, so neither gets a quiet
// spell the other misses): first frame of the dashboard in a PTY, and the whole `--plain` process.
// `npx tsx test/bench/compare-startup.ts BASE_DIST_CLI NEW_DIST_CLI [--runs=N]` prints medians and ratios.
import {spawnSync} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {startPty, summarise, terminalEnv} from './measure.js';

const [base, next] = process.argv.slice(2).filter(argument => !argument.startsWith('--'));
if (!base || !next) throw new Error('give the two dist/cli.js to compare');
const runs = Number(process.argv.find(argument => argument.startsWith('--runs='))?.slice(7) ?? 15);
// A fresh home: no config, no library, so both open the bundled story.
const home = mkdtempSync(path.join(os.tmpdir(), 'summit-tui-compare-'));
const env = terminalEnv({HOME: home, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home, XDG_STATE_HOME: home, XDG_CACHE_HOME: home});

async function firstFrame(cli: string): Promise<number> {
	const session = startPty(process.execPath, [cli], {columns: 120, rows: 40}, env);
	const ms = await session.until(/1 of \d+/, 60_000);
	session.kill();
	await session.exited;
	return ms;
}

function plainProcess(cli: string): number {
	const started = performance.now();
	const result = spawnSync(process.execPath, [cli, '--plain'], {env, encoding: 'utf8'});
	if (result.status !== 0) throw new Error(`${cli} --plain: ${result.stderr}`);
	return performance.now() - started;
}

const samples = {base: {frame: [] as number[], plain: [] as number[]}, next: {frame: [] as number[], plain: [] as number[]}};
for (let index = 0; index < runs; index++) {
	// Alternate which goes first, so that neither always runs on a warmer cache.
	const order = index % 2 === 0 ? (['base', 'next'] as const) : (['next', 'base'] as const);
	for (const which of order) {
		const cli = which === 'base' ? base : next;
		samples[which].frame.push(await firstFrame(cli));
		samples[which].plain.push(plainProcess(cli));
	}
}
const frame = {base: summarise(samples.base.frame), next: summarise(samples.next.frame)};
const plain = {base: summarise(samples.base.plain), next: summarise(samples.next.plain)};
console.log(JSON.stringify({runs, firstFrame: {...frame, ratio: Math.round((frame.next.median / frame.base.median) * 1000) / 1000}, plainProcess: {...plain, ratio: Math.round((plain.next.median / plain.base.median) * 1000) / 1000}}, null, 2));
