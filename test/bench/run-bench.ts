// `npm run bench`: start-up, load/index, search and keystroke-to-frame figures for the bundled story and
// synthetic stories of 1k, 10k and 100k items. Medians and p95 over repeated runs, with ratios against
// baselines timed in the same run, since these machines are shared and noisy.
//   --sizes=1k,10k,100k   which synthetic sizes (default all)
//   --runs=7              repetitions of process-level measurements
//   --quick               1k only, 2 runs: a smoke run that checks the bench works, not its timings
//                         (with --runs=N, every measurement takes N samples, however few)
//   --out=FILE            where to write the JSON results (default test/bench/results.json)
//   --only=startup        only the start-up matrix and profile (startup-matrix.ts, startup-profile.ts);
//                         --only=profile: only the profile
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import Fuse from 'fuse.js';
import {buildSearchDocuments} from '../../source/search/search-documents.js';
import {createSearcher, searchOptions} from '../../source/search/search.js';
import {generatePage} from './generate-page.js';
import {benchQueries, benchSizes, generateStory} from './generate-story.js';
import {peakRssMiB, round, startPty, summarise, terminalEnv, type Summary} from './measure.js';
import {formatStartupMatrix, measureStartupMatrix, writeLibrary} from './startup-matrix.js';
import {profileStartup} from './startup-profile.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = path.join(root, 'dist/cli.cjs');
const argument = (name: string) => process.argv.find(arg => arg.startsWith(`--${name}=`))?.split('=')[1];
const quick = process.argv.includes('--quick');
const runs = Number(argument('runs') ?? (quick ? 2 : 7));
// Timings want a few samples whatever --runs says; a smoke run (--quick --runs=1) only wants each to work.
const atLeast = (floor: number) => (quick && argument('runs') !== undefined ? runs : Math.max(runs, floor));
const sizes = quick ? benchSizes.slice(0, 1) : benchSizes.filter(size => (argument('sizes') ?? '1k,10k,100k').split(',').includes(size.label));
const outFile = path.resolve(root, argument('out') ?? 'test/bench/results.json');
const log = (text: string) => process.stderr.write(`${text}\n`);

const work = mkdtempSync(path.join(os.tmpdir(), 'summit-tui-bench-'));
const storyFiles = new Map<string, string>();
for (const size of sizes) {
	const folder = path.join(work, size.label);
	mkdirSync(folder);
	const file = path.join(folder, 'story.json');
	writeFileSync(file, JSON.stringify(generateStory(size.items)));
	storyFiles.set(size.label, file);
}

async function repeat(times: number, measure: () => Promise<number>): Promise<number[]> {
	const samples: number[] = [];
	for (let index = 0; index < times; index++) samples.push(await measure());
	return samples;
}

// 1. Start-up: spawn in a PTY until the first frame is on screen; baseline: node printing a line.
async function firstFrame(args: string[]): Promise<{ms: number; rss?: number}> {
	const session = startPty(process.execPath, [cli, ...args]);
	const ms = await session.until(/1 of \d+/, 60_000);
	const rss = await peakRssMiB(session.pid);
	session.kill();
	await session.exited;
	return {ms, rss};
}

async function baselineStart(): Promise<number> {
	const session = startPty(process.execPath, ['-e', "console.log('ready')"]);
	const ms = await session.until('ready');
	await session.exited;
	return ms;
}

type StartupRow = {target: string; firstFrame: Summary; ratioToNode: number; peakRssMiB?: number};

async function measureStartup(): Promise<{baseline: Summary; rows: StartupRow[]}> {
	log('start-up: baseline node…');
	const baselineSamples: number[] = [];
	const rows: StartupRow[] = [];
	const targets: Array<[string, string[]]> = [['bundled story', []], ...sizes.map(size => [size.label, [storyFiles.get(size.label)!]] as [string, string[]])];
	const samples = new Map<string, number[]>(targets.map(([label]) => [label, []]));
	const rss = new Map<string, number[]>();
	// Interleaved, so that a slow moment of the machine hits the baseline and the targets alike.
	for (let run = 0; run < runs; run++) {
		baselineSamples.push(await baselineStart());
		for (const [label, args] of targets) {
			if (label === '100k' && run >= Math.max(3, Math.ceil(runs / 2))) continue;
			const result = await firstFrame(args);
			samples.get(label)!.push(result.ms);
			if (result.rss !== undefined) rss.set(label, [...(rss.get(label) ?? []), result.rss]);
		}
		log(`  run ${run + 1}/${runs}`);
	}
	const baseline = summarise(baselineSamples);
	for (const [label] of targets) {
		const summary = summarise(samples.get(label)!);
		rows.push({target: label, firstFrame: summary, ratioToNode: round(summary.median / baseline.median), peakRssMiB: rss.has(label) ? Math.max(...rss.get(label)!) : undefined});
	}
	return {baseline, rows};
}

// 2. Load + validate + rows + index, and peak memory, each size in its own process.
function measureLoad() {
	return sizes.map(size => {
		log(`load and index: ${size.label}…`);
		const samples = Array.from({length: size.items >= 100_000 ? 3 : atLeast(3)}, () =>
			JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'test/bench/load-child.ts'), storyFiles.get(size.label)!], {encoding: 'utf8', maxBuffer: 1 << 20})),
		);
		return {
			size: size.label,
			loadValidateMs: summarise(samples.map(sample => sample.loadMs)),
			rowsMs: summarise(samples.map(sample => sample.rowsMs)),
			indexMs: summarise(samples.map(sample => sample.indexMs)),
			totalMs: summarise(samples.map(sample => sample.totalMs)),
			peakRssMiB: round(Math.max(...samples.map(sample => sample.peakRssMiB))),
		};
	});
}

// 3. Search latency per keystroke, typing 10-character queries with a typo one character at a time;
// recall of the top 50 against fuse.js alone; fzf --filter over the same items as a baseline.
function fzfAvailable(): boolean {
	return spawnSync('fzf', ['--version'], {encoding: 'utf8'}).status === 0;
}

function measureSearch() {
	const withFzf = fzfAvailable();
	if (!withFzf) log('fzf is not installed (Debian package fzf): the fzf --filter baseline is skipped');
	return sizes.map(size => {
		log(`search: ${size.label}…`);
		const story = generateStory(size.items);
		const searcher = createSearcher(story);
		searcher.search('warm up', 50);
		const documents = buildSearchDocuments(story);
		const fuseAlone = new Fuse(documents, searchOptions);
		const latencies: number[] = [];
		const recalls: number[] = [];
		// The top 50 of a one- or two-letter query is mostly ties in any ranking: recall is also shown
		// for queries of three characters or more, which is what a person types to find something.
		const recallsTyped: number[] = [];
		for (const query of benchQueries) {
			for (let length = 1; length <= query.length; length++) {
				const prefix = query.slice(0, length);
				const started = performance.now();
				const hits = searcher.search(prefix, 50);
				latencies.push(performance.now() - started);
				if (size.items <= 10_000 || length % 3 === 0) {
					const reference = fuseAlone.search(prefix.trim() === '' ? 'x' : prefix, {limit: 50}).map(result => result.item.id);
					if (reference.length > 0) {
						const found = new Set(hits.map(hit => hit.id));
						const recall = reference.filter(id => found.has(id)).length / reference.length;
						recalls.push(recall);
						if (length >= 3) recallsTyped.push(recall);
					}
				}
			}
		}
		let fzf: Summary | undefined;
		if (withFzf) {
			const lines = path.join(work, `${size.label}-lines.txt`);
			writeFileSync(lines, documents.map(document => [document.label, document.role, ...document.aliases].join(' ')).join('\n'));
			const samples: number[] = [];
			for (const query of benchQueries.slice(0, 4)) {
				for (let length = 1; length <= query.length; length++) {
					const started = performance.now();
					spawnSync('sh', ['-c', `fzf --filter="$1" < "$2" | head -50 > /dev/null`, 'sh', query.slice(0, length), lines]);
					samples.push(performance.now() - started);
				}
			}
			fzf = summarise(samples);
		}
		const perKeystroke = summarise(latencies);
		return {
			size: size.label,
			perKeystrokeMs: perKeystroke,
			recallAgainstFuseAlone: round(recalls.reduce((sum, value) => sum + value, 0) / Math.max(1, recalls.length)),
			recallFromThreeCharacters: round(recallsTyped.reduce((sum, value) => sum + value, 0) / Math.max(1, recallsTyped.length)),
			fzfFilterProcessMs: fzf,
			ratioToFzf: fzf ? round(perKeystroke.median / fzf.median) : undefined,
		};
	});
}

// 4. Keystroke to frame in the dashboard, in a PTY: moving the selection, and typing in the search box.
async function measureKeystrokes() {
	const targets: Array<[string, string[]]> = [['bundled story', []], ...sizes.map(size => [size.label, [storyFiles.get(size.label)!]] as [string, string[]])];
	const rows = [];
	for (const [label, args] of targets) {
		log(`keystroke to frame: ${label}…`);
		const session = startPty(process.execPath, [cli, ...args]);
		try {
			await session.until(/1 of \d+/, 60_000);
			const navigation: number[] = [];
			for (let index = 0; index < 30; index++) navigation.push(await session.keyToFrame(index % 10 === 9 ? 'g' : 'j'));
			await session.keyToFrame('/');
			const typing: number[] = [];
			for (const character of 'vladivostk') typing.push(await session.keyToFrame(character));
			rows.push({target: label, navigationMs: summarise(navigation), typingMs: summarise(typing)});
		} catch (error) {
			// A frame that never comes is a result too: record it and go on.
			log(`  ${label}: ${(error as Error).message.split(';')[0]}`);
			rows.push({target: label, failed: (error as Error).message.split(';')[0]});
		} finally {
			session.kill();
			await session.exited;
		}
	}
	return rows;
}

// 5. The whole process of `summit-tui search QUERY`.
function measureSearchProcess() {
	const time = (args: string[]) => {
		const started = performance.now();
		spawnSync(process.execPath, args, {env: terminalEnv(), stdio: 'ignore'});
		return performance.now() - started;
	};
	const baseline = summarise(Array.from({length: runs}, () => time(['-e', '0'])));
	const rows = [{target: 'bundled story', args: [cli, 'search', 'peskv']}, ...sizes.map(size => ({target: size.label, args: [cli, '--data', path.dirname(storyFiles.get(size.label)!), 'search', 'vladivostk', '--max-size', '512M']}))].map(({target, args}) => {
		log(`search process: ${target}…`);
		const summary = summarise(Array.from({length: target === '100k' ? Math.min(runs, 3) : runs}, () => time(args)));
		return {target, process: summary, ratioToNode: round(summary.median / baseline.median)};
	});
	return {baseline, rows};
}

// 6. Importing a 1,000-word article: the fixture articles' paragraphs, in order, up to 1,000 words.
async function measureIngest() {
	const {parseArticleText} = await import('../../source/ingest/article-input.js');
	const {buildStory} = await import('../../source/ingest/build-story.js');
	const folder = path.join(root, 'test/fixtures/ingest');
	const paragraphs: string[] = [];
	let words = 0;
	for (const name of readdirSync(folder).filter(file => file.endsWith('.txt')).sort()) {
		for (const paragraph of readFileSync(path.join(folder, name), 'utf8').split(/\n\s*\n/).slice(2)) {
			if (words >= 1000) break;
			paragraphs.push(paragraph.trim());
			words += paragraph.split(/\s+/).filter(Boolean).length;
		}
	}
	const text = `Title: Benchmark article\nOutlet: Bench\nPublished: 2024-06-01\n\n${paragraphs.join('\n\n')}\n`;
	const file = path.join(work, 'article-1000-words.txt');
	writeFileSync(file, text);
	log(`ingest: ${words} words…`);
	const once = () => {
		const started = performance.now();
		buildStory([parseArticleText(text, file)]);
		return performance.now() - started;
	};
	const coldMs = round(once());
	const warm = summarise(Array.from({length: atLeast(5)}, once));
	const time = (args: string[]) => {
		const started = performance.now();
		spawnSync(process.execPath, args, {stdio: 'ignore'});
		return performance.now() - started;
	};
	const baseline = summarise(Array.from({length: runs}, () => time(['-e', '0'])));
	const processMs = summarise(Array.from({length: runs}, () => time([cli, 'ingest', file])));
	return {words, text, paragraphs, inProcessColdMs: coldMs, inProcessWarmMs: warm, processMs, baseline, ratioToNode: round(processMs.median / baseline.median)};
}

// 7. A 250 KB saved web page around the same article: paragraphs and metadata (before the language
// analysis) in process, and the whole `summit-tui ingest page.html` against the plain-text import.
async function measurePageIngest(article: {text: string; paragraphs: string[]; processMs: Summary}) {
	const {extractHtmlArticle} = await import('../../source/ingest/html-article.js');
	const html = generatePage(article.paragraphs);
	const file = path.join(work, 'saved-page.html');
	writeFileSync(file, html);
	log(`ingest: a ${Math.round(html.length / 1024)} KB page…`);
	const once = () => {
		const started = performance.now();
		const {article: extracted} = extractHtmlArticle(html);
		if (extracted?.paragraphs.length !== article.paragraphs.length) throw new Error('the bench page did not give back its paragraphs');
		return performance.now() - started;
	};
	const coldMs = round(once());
	const warm = summarise(Array.from({length: atLeast(5)}, once));
	const textFile = path.join(work, 'article-1000-words.txt');
	const time = (args: string[]) => {
		const started = performance.now();
		spawnSync(process.execPath, args, {stdio: 'ignore'});
		return performance.now() - started;
	};
	// Interleaved with the plain-text import of the same article, so both meet the same machine.
	const pageSamples: number[] = [];
	const textSamples: number[] = [];
	for (let run = 0; run < runs; run++) {
		pageSamples.push(time([cli, 'ingest', file]));
		textSamples.push(time([cli, 'ingest', textFile]));
	}
	const processMs = summarise(pageSamples);
	const textProcessMs = summarise(textSamples);
	return {pageKiB: Math.round(html.length / 1024), extractColdMs: coldMs, extractWarmMs: warm, targetWarmMs: 150, processMs, textProcessMs, ratioToText: round(processMs.median / textProcessMs.median), targetRatio: 1.3};
}

const onlyStartup = argument('only') === 'startup' || argument('only') === 'profile';
const matrixStory = sizes[0]!;
const libraryStories = quick ? 100 : 1000;
const library = path.join(work, 'library-stories');
const startupMatrix = argument('only') === 'profile' ? (writeLibrary(library, libraryStories), undefined) : await measureStartupMatrix({cli, work, storyFile: storyFiles.get(matrixStory.label)!, storyLabel: matrixStory.label, library, libraryStories, runs: atLeast(5), log});
if (startupMatrix) process.stdout.write(formatStartupMatrix(startupMatrix));
const startupProfile = await profileStartup({root, work, library, runs: quick ? 1 : 3, log});
if (onlyStartup) {
	writeFileSync(outFile, `${JSON.stringify({date: new Date().toISOString(), quick, runs, startupMatrix, startupProfile}, null, 2)}\n`);
	process.exit(0);
}
const startup = await measureStartup();
const load = measureLoad();
const search = measureSearch();
const keystrokes = await measureKeystrokes();
const searchProcess = measureSearchProcess();
const {text: _text, paragraphs: _paragraphs, ...ingest} = await measureIngest();
const pageIngest = await measurePageIngest({text: _text, paragraphs: _paragraphs, processMs: ingest.processMs});

const results = {
	date: new Date().toISOString(),
	machine: {cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, memoryGiB: round(os.totalmem() / 1024 ** 3)},
	quick,
	runs,
	startupMatrix,
	startupProfile,
	startup,
	load,
	search,
	keystrokes,
	searchProcess,
	ingest,
	pageIngest,
};
writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);

const table = (title: string, header: string[], rows: Array<Array<string | number | undefined>>) => {
	const cells = [header, ...rows.map(row => row.map(cell => (cell === undefined ? '–' : String(cell))))];
	const widths = header.map((_, column) => Math.max(...cells.map(row => row[column]!.length)));
	process.stdout.write(`\n${title}\n${cells.map(row => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')).join('\n')}\n`);
};
const ms = (summary?: Summary) => (summary ? `${summary.median} / ${summary.p95}` : undefined);
table(`Start-up to first frame in a PTY, ms (median / p95); node printing a line: ${ms(startup.baseline)}`, ['story', 'first frame', 'x node', 'peak RSS MiB'], startup.rows.map(row => [row.target, ms(row.firstFrame), row.ratioToNode, row.peakRssMiB]));
table('Load + validate, rows, index (ms, median / p95), peak RSS', ['size', 'load+validate', 'rows', 'index', 'total', 'peak RSS MiB'], load.map(row => [row.size, ms(row.loadValidateMs), ms(row.rowsMs), ms(row.indexMs), ms(row.totalMs), row.peakRssMiB]));
table('Search per keystroke (ms, median / p95), recall of top 50 against fuse.js alone (all prefixes / 3+ characters), fzf --filter process', ['size', 'per keystroke', 'recall', 'recall 3+', 'fzf --filter', 'x fzf'], search.map(row => [row.size, ms(row.perKeystrokeMs), row.recallAgainstFuseAlone, row.recallFromThreeCharacters, ms(row.fzfFilterProcessMs), row.ratioToFzf]));
table('Keystroke to frame in the dashboard (ms, median / p95)', ['story', 'move selection', 'type in search'], keystrokes.map(row => ('failed' in row ? [row.target, row.failed, row.failed] : [row.target, ms(row.navigationMs), ms(row.typingMs)])));
table(`summit-tui search QUERY, whole process (ms, median / p95); node -e 0: ${ms(searchProcess.baseline)}`, ['story', 'process', 'x node'], searchProcess.rows.map(row => [row.target, ms(row.process), row.ratioToNode]));
table(`Importing a ${ingest.words}-word article (ms, median / p95); node -e 0: ${ms(ingest.baseline)}`, ['in process, first', 'in process, warm', 'summit-tui ingest process', 'x node'], [[ingest.inProcessColdMs, ms(ingest.inProcessWarmMs), ms(ingest.processMs), ingest.ratioToNode]]);
table(`Importing the same article as a ${pageIngest.pageKiB} KB saved page (ms, median / p95)`, ['page → paragraphs + metadata, first', 'warm (target ≤ 150)', 'ingest page.html process', 'ingest .txt process', 'x text (target ≤ 1.3)'], [[pageIngest.extractColdMs, ms(pageIngest.extractWarmMs), ms(pageIngest.processMs), ms(pageIngest.textProcessMs), pageIngest.ratioToText]]);
process.stdout.write(`\nWritten to ${path.relative(process.cwd(), outFile)}\n`);
