// `npx tsx test/bench/search-query-bench.ts [--items=100000] [--rounds=3] [--engine=PATH/source/search/search.ts]`
// The query alone, in process: the keystroke bench's queries typed one character at a time against a
// generated story, each prefix searched as the dashboard searches it (200 hits, then the ranges of the
// screenful of rows drawn read), CPU per prefix (process.cpuUsage). With --engine (another checkout's
// search.ts), both engines run in turn in this process on the same story, and their visible rows compared.
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {generateStory} from './generate-story.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const argument = (name: string) => process.argv.find(arg => arg.startsWith(`--${name}=`))?.split('=')[1];
const items = Number(argument('items') ?? 100_000);
const rounds = Number(argument('rounds') ?? 3);
const otherEngine = argument('engine');
const queries = ['vladivostk', 'smirnof ha', 'ministy of', 'pyongyagn', 'delegatoin', 'hoffman an'];
/** Typed into each fresh engine before the timed queries (untimed). */
const warmUp = ['k', 'ke', 'kes', 'r', 're'];
/** Rows of the search pane at 120x40 (about this many are drawn); their ranges are read as the pane reads them. */
const visibleRows = 35;
const resultLimit = 200;

type Engine = {createSearcher: typeof import('../../source/search/search.js').createSearcher};
const engines: Array<{name: string; module: Engine}> = [{name: 'this', module: (await import(pathToFileURL(path.join(root, 'source/search/search.ts')).href)) as Engine}];
if (otherEngine) engines.unshift({name: 'other', module: (await import(pathToFileURL(path.resolve(otherEngine)).href)) as Engine});

const story = generateStory(items);
const cpuMs = (since: NodeJS.CpuUsage) => {
	const used = process.cpuUsage(since);
	return (used.user + used.system) / 1000;
};
const samples = new Map<string, Map<string, number[]>>(engines.map(({name}) => [name, new Map()]));
const differing = new Set<string>();
for (let round = 0; round < rounds; round++) {
	// Fresh engines each round: an engine keeps the candidates of recent terms, which a second round would only read back.
	const searchers = engines.map(({name, module}) => ({name, searcher: module.createSearcher(story)}));
	// As the keystroke bench keeps its first keys apart: an engine's first queries run its code cold.
	for (const {searcher} of searchers) for (const prefix of warmUp) searcher.search(prefix, resultLimit).slice(0, visibleRows).forEach(hit => hit.labelRanges);
	for (const query of queries) {
		for (let length = 1; length <= query.length; length++) {
			const prefix = query.slice(0, length);
			if (prefix.endsWith(' ')) continue;
			const shown: string[] = [];
			for (const {name, searcher} of searchers) {
				const before = process.cpuUsage();
				const hits = searcher.search(prefix, resultLimit);
				const rows = hits.slice(0, visibleRows).map(hit => `${hit.id} ${JSON.stringify(hit.labelRanges)} ${JSON.stringify(hit.matchedElsewhere ?? null)}`);
				const spent = cpuMs(before);
				const perPrefix = samples.get(name)!;
				perPrefix.set(prefix, [...(perPrefix.get(prefix) ?? []), spent]);
				shown.push(rows.join('\n'));
			}
			if (shown.length === 2 && shown[0] !== shown[1]) differing.add(prefix);
		}
	}
}
const round2 = (value: number) => Math.round(value * 100) / 100;
const quantile = (values: number[], share: number) => {
	const sorted = values.toSorted((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
};
for (const [name, perPrefix] of samples) {
	// Each prefix's median over the rounds, then the median and p95 over prefixes.
	const medians = [...perPrefix].map(([prefix, times]) => [prefix, quantile(times, 0.5)] as const);
	const values = medians.map(([, ms]) => ms);
	const slowest = medians.toSorted((a, b) => b[1] - a[1]).slice(0, 8);
	process.stdout.write(`${name}: CPU per prefix median ${round2(quantile(values, 0.5))} ms, p95 ${round2(quantile(values, 0.95))} ms, max ${round2(Math.max(...values))} (${values.length} prefixes)\n  slowest: ${slowest.map(([prefix, ms]) => `${JSON.stringify(prefix)} ${round2(ms)}`).join(', ')}\n`);
}
if (engines.length === 2) process.stdout.write(`visible rows differ for ${differing.size} prefixes${differing.size ? `: ${[...differing].map(prefix => JSON.stringify(prefix)).join(', ')}` : ''}\n`);
