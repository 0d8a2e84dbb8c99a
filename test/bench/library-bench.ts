// `npm run bench` (after run-bench.ts), or alone: `npx tsx test/bench/library-bench.ts [--quick] [--out=FILE]`.
// A generated library of 1,000 stories of about 100 items: the catalog (cold, and warm as the picker
// would read it), one story's first frame for comparison, opening one story, and searching the whole
// library per keystroke once indexed.
//   --stories=1000   how many stories (default 1000; --quick: 100)
//   --runs=7         repetitions
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {loadLibrary, loadStoryFile} from '../../source/library/catalog.js';
import {createLibrarySearcher, openAllStories} from '../../source/library/library-search.js';
import {benchQueries, generateStory} from './generate-story.js';
import {round, startPty, summarise, terminalEnv, type Summary} from './measure.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = path.join(root, 'dist/cli.js');
const argument = (name: string) => process.argv.find(arg => arg.startsWith(`--${name}=`))?.split('=')[1];
const quick = process.argv.includes('--quick');
const storyCount = Number(argument('stories') ?? (quick ? 100 : 1000));
const runs = Number(argument('runs') ?? (quick ? 2 : 7));
const outFile = path.resolve(root, argument('out') ?? 'test/bench/library-results.json');
const log = (text: string) => process.stderr.write(`${text}\n`);

const work = mkdtempSync(path.join(os.tmpdir(), 'summit-tui-library-bench-'));
const folder = path.join(work, 'stories');
const cache = path.join(work, 'cache');
mkdirSync(folder);
log(`generating ${storyCount} stories of about 100 items…`);
for (let index = 0; index < storyCount; index++) {
	const story = generateStory(100, 1000 + index);
	story.story = {...story.story, id: `story-${index}`, title: `Story ${index}: ${story.facts[0]!.text.split(' ').slice(0, 8).join(' ')}`};
	writeFileSync(path.join(folder, `story-${index}.json`), JSON.stringify(story));
}
const oneStory = path.join(folder, 'story-0.json');

const time = async (measure: () => unknown): Promise<number> => {
	const started = performance.now();
	await measure();
	return performance.now() - started;
};
const repeat = async (times: number, measure: () => unknown) => {
	const samples: number[] = [];
	for (let index = 0; index < times; index++) samples.push(await time(measure));
	return summarise(samples);
};

// 1. The catalog: built once (every file read and validated), then read as the picker's first frame would.
log('catalog: cold build…');
const catalogColdMs = round(await time(() => loadLibrary(folder, {cache})));
const warm = await loadLibrary(folder, {cache});
if (warm.filesRead !== 0 || warm.stories.length !== storyCount) throw new Error(`the warm catalog read ${warm.filesRead} files and lists ${warm.stories.length} stories`);
log('catalog: warm reads…');
const catalogWarm = await repeat(Math.max(runs, 5), () => loadLibrary(folder, {cache}));
const oneStoryLoad = await repeat(Math.max(runs, 5), () => loadStoryFile(oneStory, {}));
// Cold, each in a fresh process, as at start-up: the modules each path needs are part of its cost.
const child = (what: string, target: string) => Number(execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'test/bench/library-child.ts'), what, target, cache], {encoding: 'utf8'}));
log('catalog and one story, cold in fresh processes…');
const coldCatalog = summarise(Array.from({length: runs}, () => child('catalog', folder)));
const coldOneStory = summarise(Array.from({length: runs}, () => child('story', oneStory)));

// 2. Whole processes: `summit-tui library` (catalog read and listed) against one story's plain report
// and against the first frame of one story's dashboard in a PTY.
const processTime = (args: string[]) => {
	const started = performance.now();
	spawnSync(process.execPath, args, {env: terminalEnv({XDG_CACHE_HOME: cache}), stdio: 'ignore'});
	return performance.now() - started;
};
log('processes…');
const nodeBaseline = summarise(Array.from({length: runs}, () => processTime(['-e', '0'])));
const libraryProcess = summarise(Array.from({length: runs}, () => processTime([cli, 'library', '--library', folder])));
const oneStoryPlainProcess = summarise(Array.from({length: runs}, () => processTime([cli, oneStory, '--plain'])));
const firstFrames: number[] = [];
for (let run = 0; run < runs; run++) {
	const session = startPty(process.execPath, [cli, oneStory]);
	firstFrames.push(await session.until(/\b1(?:\/| of )\d+/, 60_000));
	session.kill();
	await session.exited;
}
const oneStoryFirstFrame = summarise(firstFrames);

// 3. Library search: every story opened and indexed once, then typing prefix by prefix.
log('library search: indexing…');
let searcher: ReturnType<typeof createLibrarySearcher> | undefined;
const indexMs = round(
	await time(async () => {
		const opened = await openAllStories(warm, {});
		searcher = createLibrarySearcher(opened.stories);
		searcher.search('warm up', 50);
	}),
);
const latencies: number[] = [];
for (const query of benchQueries) {
	for (let length = 1; length <= query.length; length++) {
		const started = performance.now();
		searcher!.search(query.slice(0, length), 50);
		latencies.push(performance.now() - started);
	}
}
const perKeystroke = summarise(latencies);

const results = {
	date: new Date().toISOString(),
	machine: {cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version},
	stories: storyCount,
	itemsPerStory: 100,
	runs,
	catalog: {
		coldBuildMs: catalogColdMs,
		warmReadMs: catalogWarm,
		oneStoryLoadMs: oneStoryLoad,
		freshProcessCatalogReadMs: coldCatalog,
		freshProcessOneStoryLoadMs: coldOneStory,
		ratioCatalogReadToOneStoryLoadInFreshProcesses: round(coldCatalog.median / coldOneStory.median),
	},
	processes: {
		nodeBaseline,
		libraryListing: libraryProcess,
		oneStoryPlain: oneStoryPlainProcess,
		oneStoryFirstFrame,
		ratioLibraryListingToOneStoryFirstFrame: round(libraryProcess.median / oneStoryFirstFrame.median),
	},
	search: {indexMs, perKeystrokeMs: perKeystroke},
};
writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
const ms = (summary: Summary) => `${summary.median} / ${summary.p95} ms`;
process.stdout.write(
	[
		'',
		`Library of ${storyCount} stories × ~100 items (median / p95)`,
		`  catalog, first build (every file read)      ${catalogColdMs} ms`,
		`  catalog, read as it is kept (warm process)  ${ms(catalogWarm)}  (loading one story, warm: ${ms(oneStoryLoad)})`,
		`  in a fresh process: catalog read            ${ms(coldCatalog)}  vs one story loaded and validated ${ms(coldOneStory)} (${results.catalog.ratioCatalogReadToOneStoryLoadInFreshProcesses}×)`,
		`  summit-tui library, whole process           ${ms(libraryProcess)}  (node -e 0: ${ms(nodeBaseline)})`,
		`  one story: --plain process                  ${ms(oneStoryPlainProcess)}`,
		`  one story: dashboard first frame in a PTY   ${ms(oneStoryFirstFrame)}  (library listing / first frame: ${results.processes.ratioLibraryListingToOneStoryFirstFrame}×)`,
		`  library search: open + index all stories    ${indexMs} ms`,
		`  library search per keystroke                ${ms(perKeystroke)}`,
		`Written to ${path.relative(process.cwd(), outFile)}`,
		'',
	].join('\n'),
);
