// `npx tsx test/bench/refresh-bench.ts [--runs=3] [--quick] [--only=new] [--out=FILE]` (after `npm run build`).
// Issue 25's bounds for `summit-tui refresh` against a local feed server answering every request after
// 20 ms: 200 feeds × 50 items with nothing new ≤ 5 s and ≤ 250 MB (measured twice: the feeds sent whole
// and parsed, and answered 304 to the validators of the last refresh); 100 new articles to import and
// put in place (20 into a story the feed is tied to, 80 to the inbox) ≤ 30 s. Each refresh is a whole
// process (`node dist/cli.js refresh`), timed from outside, its peak memory from /usr/bin/time.
import {cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {articlePage, rssFeed, startFeedServer, type FeedServer} from '../helpers/feed-server.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = path.join(root, 'dist/cli.js');
const argument = (name: string) => process.argv.find(arg => arg.startsWith(`--${name}=`))?.split('=')[1];
const quick = process.argv.includes('--quick');
const runs = Number(argument('runs') ?? (quick ? 1 : 3));
const outFile = path.resolve(root, argument('out') ?? 'test/bench/refresh-results.json');
const log = (text: string) => process.stderr.write(`${text}\n`);

const feedCount = 200;
const itemsPerFeed = 50;
const tiedFeeds = 10;
const newPerTiedFeed = 2;
const newUntied = 80;

const places = ['Lunden', 'Vik', 'Marlow', 'Fjordby', 'Sandnes', 'Holt', 'Aren', 'Tolby'];
const people = ['Ana Lima', 'Marco Berg', 'Ines Moller', 'Tomas Reyes', 'Julia Novak', 'Karl Hesse', 'Lea Ortiz', 'Omar Haddad'];

/** Article `index`: a generated news page of five paragraphs, its own names, place and day. */
function page(index: number): string {
	const person = people[index % people.length]!;
	const other = people[(index * 3 + 1) % people.length]!;
	const place = places[index % places.length]!;
	const day = String(1 + (index % 27)).padStart(2, '0');
	return articlePage({
		title: `Ferry crews in ${place} strike over pay (report ${index})`,
		outlet: `Outlet ${index % 17}`,
		published: `2024-05-${day}`,
		paragraphs: [
			`Ferry crews in ${place} walked out on Monday, halting ${8 + (index % 5)} crossings a day, the harbour authority said.`,
			`${person}, who leads the sailors union, said the strike would go on until the operator returned to talks. "We want a fair deal," ${person} told reporters in ${place}.`,
			`${other} of the regional council said reserve boats would cover the route to ${places[(index + 3) % places.length]} from Wednesday.`,
			`The operator lost money on the route in 2022, according to its annual report.`,
			`Report ${index} was filed from ${place} on day ${day}.`,
		],
	});
}

type Home = {home: string; env: Record<string, string>};

function makeHome(): Home {
	const home = mkdtempSync(path.join(os.tmpdir(), 'summit-tui-refresh-bench-'));
	return {home, env: {HOME: home, XDG_CONFIG_HOME: `${home}/config`, XDG_STATE_HOME: `${home}/state`, XDG_DATA_HOME: `${home}/data`, XDG_CACHE_HOME: `${home}/cache`, NO_COLOR: '1'}};
}

const itemLink = (server: FeedServer, feed: number, item: number) => server.url(`/a/${feed}/${item}`);

function serveFeeds(server: FeedServer, withValidators: boolean): void {
	for (let feed = 0; feed < feedCount; feed++) {
		const items = Array.from({length: itemsPerFeed}, (_, item) => ({title: `Item ${item} of feed ${feed}`, link: itemLink(server, feed, item), guid: `feed-${feed}-item-${item}`, date: new Date(Date.UTC(2024, 4, 1 + (item % 27))).toUTCString()}));
		server.set(`/feed/${feed}.rss`, {body: rssFeed(`Feed ${feed}`, items), ...(withValidators ? {etag: `"f${feed}"`} : {})});
	}
}

/** feeds.json and a state in which every item is seen, except `unseen(feed)` items at the top of a feed. */
function writeFeedsAndState(home: Home, server: FeedServer, options: {storyId?: string; validators: boolean; unseen: (feed: number) => number}): void {
	const feeds = Array.from({length: feedCount}, (_, feed) => ({url: server.url(`/feed/${feed}.rss`), title: `Feed ${feed}`, added: '2024-05-01', ...(options.storyId && feed < tiedFeeds ? {story: options.storyId} : {})}));
	mkdirSync(`${home.home}/data/summit-tui`, {recursive: true});
	writeFileSync(`${home.home}/data/summit-tui/feeds.json`, JSON.stringify({feeds}));
	const state: Record<string, unknown> = {};
	for (let feed = 0; feed < feedCount; feed++) {
		const skip = options.unseen(feed);
		state[server.url(`/feed/${feed}.rss`)] = {seen: Array.from({length: itemsPerFeed - skip}, (_, index) => `feed-${feed}-item-${index + skip}`), ...(options.validators && skip === 0 ? {etag: `"f${feed}"`} : {})};
	}
	mkdirSync(`${home.home}/state/summit-tui`, {recursive: true});
	writeFileSync(`${home.home}/state/summit-tui/feeds-state.json`, JSON.stringify({feeds: state}));
}

/** One `summit-tui refresh` as a whole process: seconds, peak resident memory in MB, its summary line. */
type Measured = {seconds: number; cpuSeconds: number; peakMb: number; summary: string; code: number | null};

/** One `summit-tui refresh` as a whole process: wall and CPU seconds (user + system: what the load does not inflate as much), peak memory, its summary line. */
async function timedRefresh(home: Home): Promise<Measured> {
	// Asynchronous: the feed server lives in this process and must answer while the refresh runs.
	const {spawn} = await import('node:child_process');
	const started = performance.now();
	const child = spawn('/usr/bin/time', ['-f', 'PEAK_KB %M CPU %U %S', process.execPath, cli, 'refresh'], {env: {...process.env, ...home.env}});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', chunk => (stdout += chunk));
	child.stderr.on('data', chunk => (stderr += chunk));
	const code = await new Promise<number | null>(resolve => child.on('exit', resolve));
	const seconds = (performance.now() - started) / 1000;
	const peakKb = Number(/PEAK_KB (\d+)/.exec(stderr)?.[1] ?? Number.NaN);
	const cpu = /CPU ([\d.]+) ([\d.]+)/.exec(stderr);
	// A run that printed no summary failed as a whole: what it said instead is the summary.
	const said = stdout.split('\n')[0] || `exit ${code}: ${stderr.split('\n').filter(text => !text.startsWith('PEAK_KB')).join(' | ').slice(0, 300)}`;
	return {seconds, cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : Number.NaN, peakMb: peakKb / 1024, summary: said, code};
}

/** The CLI as a child process, waited for without blocking this process (its feed server must answer). */
async function runCli(args: string[], home: Home): Promise<{code: number | null; stdout: string; stderr: string}> {
	const {spawn} = await import('node:child_process');
	const child = spawn(process.execPath, [cli, ...args], {env: {...process.env, ...home.env}});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', chunk => (stdout += chunk));
	child.stderr.on('data', chunk => (stderr += chunk));
	const code = await new Promise<number | null>(resolve => child.on('exit', resolve));
	return {code, stdout, stderr};
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor((sorted.length - 1) / 2)]!;
};
const summariseRuns = (measured: Measured[], bound: string) => ({
	medianSeconds: round(median(measured.map(m => m.seconds))),
	medianCpuSeconds: round(median(measured.map(m => m.cpuSeconds))),
	medianPeakMb: round(median(measured.map(m => m.peakMb)), 0),
	runsSeconds: measured.map(m => round(m.seconds)),
	summary: measured[0]!.summary,
	bound,
});
const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;

async function main() {
	const server = await startFeedServer({latencyMs: 20});
	for (let feed = 0; feed < feedCount; feed++) for (let item = 0; item < 4; item++) server.set(`/a/${feed}/${item}`, {body: page(feed * 10 + item), type: 'text/html; charset=utf-8'});
	server.set('/story-page', {body: page(9999), type: 'text/html; charset=utf-8'});
	const results: Record<string, unknown> = {machine: `${os.cpus().length} cores, load ${os.loadavg().map(value => round(value, 1)).join(' ')} at start`, runs};
	try {
		// Baselines in the same run, as the machine is shared and its load changes: the CLI's start-up
		// (`feeds list`, nothing fetched), and the network floor, 200 plain fetches 16 at a time.
		serveFeeds(server, false);
		const idle = makeHome();
		const startups = [];
		for (let run = 0; run < 3; run++) {
			const started = performance.now();
			await runCli(['feeds', 'list'], idle);
			startups.push((performance.now() - started) / 1000);
		}
		const floors = [];
		for (let run = 0; run < 3; run++) {
			const started = performance.now();
			let next = 0;
			await Promise.all(Array.from({length: 16}, async () => {
				while (next < feedCount) await (await fetch(server.url(`/feed/${next++}.rss`))).arrayBuffer();
			}));
			floors.push((performance.now() - started) / 1000);
		}
		results['baseline'] = {startupSeconds: round(median(startups)), fetchFloorSeconds: round(median(floors))};
		log(`baseline: start-up ${round(median(startups))} s, 200 plain fetches ${round(median(floors))} s`);
		// Nothing new, three ways a server can say so: the feeds sent whole and parsed (a state without their
		// digests, rewritten before each run), sent whole with the same bytes as last time (skipped by
		// digest), and answered 304 to the validators.
		const scenarios = [
			{name: 'nothingNewParsed', label: 'feeds sent whole, parsed', validators: false, resetState: true},
			{name: 'nothingNewSameBytes', label: 'feeds sent whole, same bytes', validators: false, resetState: false},
			{name: 'nothingNew304', label: '304', validators: true, resetState: false},
		];
		// --only=new: the 100-new-articles part alone.
		for (const scenario of argument('only') === 'new' ? [] : scenarios) {
			serveFeeds(server, scenario.validators);
			const home = makeHome();
			writeFeedsAndState(home, server, {validators: scenario.validators, unseen: () => 0});
			// The same-bytes case starts from the state a refresh left (with the digests).
			if (!scenario.resetState && !scenario.validators) await timedRefresh(home);
			const measured = [];
			for (let run = 0; run < runs; run++) {
				if (scenario.resetState) writeFeedsAndState(home, server, {validators: false, unseen: () => 0});
				const result = await timedRefresh(home);
				log(`nothing new (${scenario.label}): ${round(result.seconds)} s (cpu ${round(result.cpuSeconds)} s), ${round(result.peakMb, 0)} MB — ${result.summary}`);
				measured.push(result);
			}
			results[scenario.name] = summariseRuns(measured, '≤ 5 s, ≤ 250 MB');
			rmSync(home.home, {recursive: true, force: true});
		}
		serveFeeds(server, true);
		const base = makeHome();
		const saved = await runCli(['ingest', '--save', server.url('/story-page')], base);
		if (saved.code !== 0) throw new Error(`could not save the story: ${saved.stderr}`);
		const measured = [];
		for (let run = 0; run < Math.min(runs, quick ? 1 : 2); run++) {
			const home = makeHome();
			cpSync(base.home, home.home, {recursive: true});
			const storyId = (JSON.parse((await runCli(['library', '--json'], home)).stdout) as Array<{id: string}>)[0]!.id;
			let untiedLeft = newUntied;
			writeFeedsAndState(home, server, {storyId, validators: true, unseen: feed => (feed < tiedFeeds ? newPerTiedFeed : untiedLeft-- > 0 ? 1 : 0)});
			const result = await timedRefresh(home);
			log(`100 new articles: ${round(result.seconds)} s (cpu ${round(result.cpuSeconds)} s), ${round(result.peakMb, 0)} MB — ${result.summary}`);
			measured.push(result);
			rmSync(home.home, {recursive: true, force: true});
		}
		results['hundredNew'] = summariseRuns(measured, '≤ 30 s');
		rmSync(base.home, {recursive: true, force: true});
	} finally {
		await server.close();
	}
	writeFileSync(outFile, `${JSON.stringify(results, null, '\t')}\n`);
	log(`wrote ${path.relative(root, outFile)}`);
}

await main();
