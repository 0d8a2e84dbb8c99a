// `npm run bench` (after run-bench.ts), or alone: `npx tsx test/bench/keystroke-bench.ts [--items=100000] [--out=FILE]`.
// Keystroke to frame in the built dashboard, in a real pseudo-terminal, on a large generated story
// (default 100,000 items): the time from writing a key to the terminal showing the next frame, for
// moving the selection, switching panes and typing in the search box (and, for typing, until the
// results for the whole query are on screen). Medians and p95 over many keys; the first keys after the
// first frame are kept apart ("warm-up"), since V8 still runs the rendering code unoptimised then. Keys
// are sent once the dashboard has gone idle after its first frame (the time until then is reported).
//   --items=100000   size of the story
//   --keys=60        keys per kind of move
//   --quick          10,000 items, 15 keys: a smoke run (that it works, not how fast)
//   --typing-only    time typing in search only (not moving or switching panes)
//   --cli=PATH       another build's cli.js (a copy of dist/ from before a change), to compare two builds
//                    in runs side by side under the same load
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {generateStory} from './generate-story.js';
import {round, startPty, summarise, terminalEnv, type PtySession, type Summary} from './measure.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const argument = (name: string) => process.argv.find(arg => arg.startsWith(`--${name}=`))?.split('=')[1];
const cli = path.resolve(root, argument('cli') ?? 'dist/cli.js');
const quick = process.argv.includes('--quick');
const typingOnly = process.argv.includes('--typing-only');
const items = Number(argument('items') ?? (quick ? 10_000 : 100_000));
const keys = Number(argument('keys') ?? (quick ? 15 : 60));
const outFile = path.resolve(root, argument('out') ?? 'test/bench/results/keystrokes.json');
const log = (text: string) => process.stderr.write(`${text}\n`);

const work = mkdtempSync(path.join(os.tmpdir(), 'summit-tui-keystroke-bench-'));
const storyFile = path.join(work, 'story.json');
log(`keystroke bench: generating a story of ${items} items…`);
writeFileSync(storyFile, JSON.stringify(generateStory(items)));
const home = path.join(work, 'home');
const env = terminalEnv({HOME: home, XDG_CONFIG_HOME: path.join(home, 'config'), XDG_DATA_HOME: path.join(home, 'data'), XDG_STATE_HOME: path.join(home, 'state'), XDG_CACHE_HOME: path.join(home, 'cache')});

/** CPU time (user + system) of a live process, in ms, from Linux's /proc (clock ticks of 10 ms). */
function cpuMs(pid: number): number {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
	return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * After the first frame the dashboard loads the rest of the story and builds the search index between
 * key presses; the keys are timed once that is done (the process has used no CPU for `quietMs`), the
 * moment being reported. Resolves with the ms from the first frame.
 */
async function idle(pid: number, quietMs = 500, timeout = 120_000): Promise<number> {
	const started = performance.now();
	let last = cpuMs(pid);
	let quietSince = performance.now();
	while (performance.now() - started < timeout) {
		await new Promise(resolve => setTimeout(resolve, 100));
		const now = cpuMs(pid);
		if (now !== last) {
			last = now;
			quietSince = performance.now();
		} else if (performance.now() - quietSince >= quietMs) return round(quietSince - started);
	}
	throw new Error(`the dashboard was still busy ${timeout} ms after its first frame`);
}

/** The keys after the first frame that count as warm-up (V8 compiling the render path), kept apart. */
const warmUp = 5;

type Row = {move: string; keys: number; warmUpMs: number[]; ms: Summary};

async function timeKeys(session: PtySession, move: string, sequence: (index: number) => string): Promise<Row> {
	const samples: number[] = [];
	for (let index = 0; index < keys + warmUp; index++) samples.push(round(await session.keyToFrame(sequence(index))));
	return {move, keys, warmUpMs: samples.slice(0, warmUp), ms: summarise(samples.slice(warmUp))};
}

/** Typing a query one character at a time: the frame echoing the character, and the frame with its results. */
async function timeTyping(session: PtySession, queries: string[]): Promise<{echo: Row; results: Row}> {
	const echo: number[] = [];
	const results: number[] = [];
	for (const query of queries) {
		await session.keyToFrame('/');
		for (const character of query) {
			const sent = performance.now();
			echo.push(round(await session.keyToFrame(character)));
			// The results come in a frame after the echo: wait until the screen is still for 50 ms, then date the last change.
			const settled = await session.settled(50, 5_000);
			results.push(round(settled - sent));
		}
		// Ctrl-U empties the box, Esc leaves it: back to the panes for the next query.
		session.write('\u0015');
		await session.settled(50, 5_000);
		session.write('\u001B');
		await session.settled(50, 5_000);
	}
	const row = (move: string, samples: number[]): Row => ({move, keys: samples.length - warmUp, warmUpMs: samples.slice(0, warmUp), ms: summarise(samples.slice(warmUp))});
	return {echo: row('type in search: the character shown', echo), results: row('type in search: results for the query', results)};
}

const session = startPty(process.execPath, [cli, storyFile], {columns: 120, rows: 40}, env);
let rows: Row[] = [];
let firstFrameMs = 0;
let busyAfterFirstFrameMs = 0;
try {
	firstFrameMs = round(await session.until(/1 of \d+/, 120_000));
	busyAfterFirstFrameMs = await idle(session.pid);
	log(`  first frame after ${firstFrameMs} ms, busy for ${busyAfterFirstFrameMs} ms more; moving…`);
	if (!typingOnly) {
		rows.push(await timeKeys(session, 'move selection (j, g every 10th)', index => (index % 10 === 9 ? 'g' : 'j')));
		log('  switching panes…');
		// Each key moves the focus somewhere else (a key naming the focused pane would draw nothing): 1→2→3→4→5→4→2→3→1.
		const paneKeys = ['\t', '3', '\t', '5', '\u001B[Z', '2', '\t', '1'];
		rows.push(await timeKeys(session, 'switch pane (Tab, Shift-Tab, 1-5)', index => paneKeys[index % paneKeys.length]!));
	}
	log('  typing in search…');
	const typing = await timeTyping(session, quick ? ['vladivostk', 'smirnof'] : ['vladivostk', 'smirnof ha', 'ministy of', 'pyongyagn', 'delegatoin', 'hoffman an']);
	rows = [...rows, typing.echo, typing.results];
} finally {
	session.kill();
	await session.exited;
}

const load = spawnSync('uptime', {encoding: 'utf8'}).stdout?.trim() ?? '';
mkdirSync(path.dirname(outFile), {recursive: true});
writeFileSync(outFile, `${JSON.stringify({date: new Date().toISOString(), items, keysPerMove: keys, warmUpKeys: warmUp, firstFrameMs, busyAfterFirstFrameMs, load, rows}, null, 2)}\n`);
process.stdout.write(
	`\nKeystroke to frame, ${items.toLocaleString('en')}-item story, ms (median / p95 of ${keys} keys after ${warmUp} warm-up keys; target p95 ≤ 16)\nfirst frame ${firstFrameMs} ms, then busy (rest of the story, search index) ${busyAfterFirstFrameMs} ms; keys timed after that\n(load: ${load})\n${rows.map(row => `  ${row.move.padEnd(42)} ${row.ms.median} / ${row.ms.p95}   warm-up: ${row.warmUpMs.join(', ')}`).join('\n')}\nWritten to ${path.relative(process.cwd(), outFile)}\n`,
);
