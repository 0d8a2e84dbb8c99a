// The in-process part of keystroke-cpu-bench.ts, bundled by it as the dashboard is bundled (source/build.mjs's
// stand-ins for Ink's packages, React's production build), once with the kept Output and once with Ink's
// own: it opens a generated story in Ink with a stand-in terminal of 120x40, presses the keys, and prints
// each kind of key's CPU, allocation and young-generation collections as JSON.
import {EventEmitter} from 'node:events';
import v8 from 'node:v8';
import React from 'react';
import {render} from 'ink';
import {App} from '../../source/ui/app.js';
import {generateStory} from './generate-story.js';

const argument = (name: string) => process.argv.find(arg => arg.startsWith(`--${name}=`))?.split('=')[1];
const items = Number(argument('items') ?? 100_000);
const keys = Number(argument('keys') ?? 60);
const round = (value: number) => Math.round(value * 100) / 100;
// As measure.ts's summarise (which this bundle cannot import: measure.ts loads node-pty).
function summarise(samples: number[]) {
	const sorted = samples.toSorted((a, b) => a - b);
	const median = sorted.length % 2 === 1 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
	return {median: round(median), p95: round(sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)] ?? Number.NaN)};
}
const log = (text: string) => process.stderr.write(`${text}\n`);

async function startHeapProfile() {
	const {Session} = await import('node:inspector/promises');
	const session = new Session();
	session.connect();
	await session.post('HeapProfiler.startSampling', {samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true});
	return async () => {
		type Node = {callFrame: {functionName: string; url: string; lineNumber: number}; selfSize: number; children: Node[]};
		const {profile} = (await session.post('HeapProfiler.stopSampling')) as unknown as {profile: {head: Node}};
		const bySite = new Map<string, number>();
		const name = (node: Node) => `${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber + 1}`;
		// A built-in (no file) is named with the function that called it.
		const walk = (node: Node, caller: string) => {
			const site = node.callFrame.url === '' && node.callFrame.lineNumber < 0 ? `${name(node)} in ${caller}` : name(node);
			bySite.set(site, (bySite.get(site) ?? 0) + node.selfSize);
			for (const child of node.children) walk(child, name(node));
		};
		walk(profile.head, '');
		const total = [...bySite.values()].reduce((sum, size) => sum + size, 0);
		return [`allocation sampled over the timed keys: ${round(total / 1024 / 1024)} MB`, ...[...bySite].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([site, size]) => `  ${round(size / 1024)} KB  ${site}`)].join('\n');
	};
}

/** --cpu-profile: V8's CPU profiler over the typed keys, the functions that took most time (self) printed. */
async function startCpuProfile() {
	const {Session} = await import('node:inspector/promises');
	const session = new Session();
	session.connect();
	await session.post('Profiler.enable');
	await session.post('Profiler.setSamplingInterval', {interval: 500});
	await session.post('Profiler.start');
	return async () => {
		type Node = {id: number; callFrame: {functionName: string; lineNumber: number; url: string}; children?: number[]};
		const {profile} = (await session.post('Profiler.stop')) as unknown as {profile: {nodes: Node[]; samples: number[]; timeDeltas: number[]}};
		if (process.env.KEYS_PROF_OUT) {
			const {copyFileSync, writeFileSync} = await import('node:fs');
			writeFileSync(process.env.KEYS_PROF_OUT, JSON.stringify(profile));
			copyFileSync(new URL(import.meta.url), `${process.env.KEYS_PROF_OUT}.bundle.mjs`);
		}
		const byId = new Map(profile.nodes.map(node => [node.id, node]));
		const parentOf = new Map(profile.nodes.flatMap(node => (node.children ?? []).map(child => [child, node] as const)));
		const nameOf = (node: Node | undefined) => (node ? `${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber + 1}` : '');
		const self = new Map<string, number>();
		profile.samples.forEach((id, nth) => {
			const node = byId.get(id)!;
			// A built-in (no file) is named with the function that called it.
			const site = node.callFrame.url === '' && node.callFrame.lineNumber < 0 ? `${nameOf(node)} in ${nameOf(parentOf.get(id))}` : nameOf(node);
			self.set(site, (self.get(site) ?? 0) + (profile.timeDeltas[nth] ?? 0) / 1000);
		});
		const total = [...self.values()].reduce((sum, ms) => sum + ms, 0);
		return [`CPU sampled over the typed keys: ${round(total)} ms`, ...[...self].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([site, ms]) => `  ${round(ms)} ms  ${site}`)].join('\n');
	};
}

class Terminal extends EventEmitter {
	isTTY = true;
	columns = 120;
	rows = 40;
	writes = 0;
	lastWriteAt = 0;
	write = (_data: string) => {
		this.writes++;
		this.lastWriteAt = performance.now();
		return true;
	};
}
class Keyboard extends EventEmitter {
	isTTY = true;
	private data: string | null = null;
	press(data: string) {
		this.data = data;
		this.emit('readable');
		this.emit('data', data);
	}
	read = () => {
		const {data} = this;
		this.data = null;
		return data;
	};
	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
}

log(`  generating a story of ${items} items…`);
const story = generateStory(items);
const stdout = new Terminal();
const stdin = new Keyboard();
const instance = render(React.createElement(App, {story, size: {columns: 120, rows: 40}}), {stdout: stdout as never, stdin: stdin as never, stderr: new Terminal() as never, exitOnCtrlC: false, patchConsole: false});

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
/** Until the process has used under 2 ms of CPU in `quietMs` (the search index is built in slices between keys). */
async function idle(quietMs: number) {
	for (;;) {
		const before = process.cpuUsage();
		await sleep(quietMs);
		const used = process.cpuUsage(before);
		if ((used.user + used.system) / 1000 < 2) return;
	}
}
/** Until a frame has been written after `since` (or a second has passed) and none for `stillMs` after it. */
async function settled(since = performance.now(), stillMs = 50) {
	while (stdout.lastWriteAt < since && performance.now() - since < 1000) await sleep(1);
	while (performance.now() - stdout.lastWriteAt < stillMs) await sleep(2);
}

type Sample = {cpuMs: number; allocatedKb: number; scavenges: number; wallMs: number; fullCollections: number};
async function timeKey(key: string): Promise<Sample> {
	const profiler = new v8.GCProfiler();
	const usedBefore = v8.getHeapStatistics().used_heap_size;
	profiler.start();
	const cpuBefore = process.cpuUsage();
	const sent = performance.now();
	stdin.press(key);
	await settled(sent);
	const wallMs = stdout.lastWriteAt - sent;
	const cpu = process.cpuUsage(cpuBefore);
	const {statistics} = profiler.stop() as unknown as {statistics: Array<{gcType: string; beforeGC: {heapStatistics: {usedHeapSize: number}}; afterGC: {heapStatistics: {usedHeapSize: number}}}>};
	const freed = statistics.reduce((sum, gc) => sum + gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize, 0);
	const allocated = v8.getHeapStatistics().used_heap_size - usedBefore + freed;
	// The settle wait's own polling is in the CPU figure: about the same for both outputs.
	return {cpuMs: (cpu.user + cpu.system) / 1000, allocatedKb: allocated / 1024, scavenges: statistics.filter(gc => gc.gcType === 'Scavenge').length, wallMs, fullCollections: statistics.filter(gc => gc.gcType === 'MarkSweepCompact').length};
}

await idle(500);
const warmUp = 5;
const summary = (samples: Sample[]) => {
	const kept = samples.slice(warmUp);
	const of = (field: keyof Sample) => summarise(kept.map(sample => sample[field]));
	const warm = samples.slice(0, warmUp).map(sample => `${round(sample.cpuMs)} ms${sample.fullCollections ? ` (${sample.fullCollections} full GC)` : ''}`);
	return {cpuMs: of('cpuMs'), allocatedKb: of('allocatedKb'), scavengesPerKey: round(kept.reduce((sum, sample) => sum + sample.scavenges, 0) / kept.length), wallMs: of('wallMs'), warmUpCpu: warm.join(', '), fullCollections: kept.reduce((sum, sample) => sum + sample.fullCollections, 0)};
};
// --typing-only: the first typed keys come straight after the dashboard went idle (the first search's own cost shows in their warm-up).
const moves: Sample[] = [];
if (!process.argv.includes('--typing-only')) for (let index = 0; index < keys + warmUp; index++) moves.push(await timeKey(index % 10 === 9 ? 'g' : 'j'));
// --heap-profile: V8's sampling heap profiler over the typed keys, the functions that allocated most (self) printed.
const heapProfile = process.argv.includes('--heap-profile') ? await startHeapProfile() : process.argv.includes('--cpu-profile') ? await startCpuProfile() : undefined;
const typed: Sample[] = [];
for (const query of ['vladivostk', 'smirnof ha', 'ministy of', 'pyongyagn', 'delegatoin', 'hoffman an']) {
	stdin.press('/');
	await settled();
	for (const [index, character] of [...query].entries()) {
		const sample = await timeKey(character);
		typed.push(sample);
		// --per-key: each typed key's figures, to see which keys make the tail.
		if (process.argv.includes('--per-key')) log(`  ${query.slice(0, index + 1).padEnd(11)} CPU ${round(sample.cpuMs)} ms, ${Math.round(sample.allocatedKb)} KB, ${sample.scavenges} scavenges, wall ${round(sample.wallMs)} ms`);
	}
	stdin.press('\u0015');
	await settled();
	stdin.press('\u001B');
	await sleep(100);
	await settled();
}
instance.unmount();
if (heapProfile) log(await heapProfile());
process.stdout.write(`${JSON.stringify({move: moves.length > 0 ? summary(moves) : undefined, typed: summary(typed)})}\n`);
process.exit(0);
