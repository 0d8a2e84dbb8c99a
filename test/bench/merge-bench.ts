// `npm run bench` (after the others), or alone: `npx tsx test/bench/merge-bench.ts [--quick] [--out=FILE]`.
// Many outlets telling one story: 10, 40 and 160 generated articles imported together into one story
// (in process, through ingestInputs as `summit-tui ingest` does), the time per article showing whether
// merging stays linear; then one more article added with `ingest --into` to the story of 160, as a
// whole process (the bound: 1.5 s).
//   --runs=3   repetitions (--quick: 1, and 10/40 articles only)
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {ingestInputs} from '../../source/ingest/ingest-files.js';
import {round, summarise, terminalEnv} from './measure.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = path.join(root, 'dist/cli.js');
const argument = (name: string) => process.argv.find(arg => arg.startsWith(`--${name}=`))?.split('=')[1];
const quick = process.argv.includes('--quick');
const runs = Number(argument('runs') ?? (quick ? 1 : 3));
const sizes = quick ? [10, 40] : [10, 40, 160];
const outFile = path.resolve(root, argument('out') ?? 'test/bench/merge-results.json');
const log = (text: string) => process.stderr.write(`${text}\n`);

const people = ['Ana Lima', 'Marco Berg', 'Ines Moller', 'Tomas Reyes', 'Julia Novak', 'Karl Hesse', 'Lea Ortiz', 'Omar Haddad'];
const places = ['Lunden', 'Vik', 'Marlow', 'Fjordby', 'Sandnes', 'Holt'];
const bodies = ['the Harbour Authority', 'the Sailors Union', 'the Regional Council', 'the Coast Guard'];
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** Article `index` of the story: its own outlet and day, a shared cast and shared happenings told in its own words. */
export function generateArticle(index: number): string {
	const pick = <T>(list: T[], offset: number) => list[(index * 7 + offset * 3) % list.length]!;
	const day = String(1 + (index % 20)).padStart(2, '0');
	const [first, second, third] = [pick(people, 0), pick(people, 1), pick(people, 2)];
	const paragraphs = [
		`${first} met ${second} in ${pick(places, 0)} on ${pick(weekdays, 0)} to discuss the ferry strike, ${pick(bodies, 0)} said, as talks over pay entered a ${index % 3 === 0 ? 'second' : 'third'} week.`,
		`The union says ${120 + (index % 5) * 10} crew members walked out at ${pick(places, 1)} and ${pick(places, 2)}, halting ${8 + (index % 4)} crossings a day.`,
		`"We want a fair deal, not a long dispute," ${third} told reporters outside the harbour office in ${pick(places, 3)}.`,
		`${pick(bodies, 1)} had warned in 2022 that the routes to ${pick(places, 4)} were losing money.`,
		`Talks are expected to resume next week, and ${first} will report to ${pick(bodies, 2)} by the end of the month.`,
		`It is not clear how long the reserve boats can cover the route to ${pick(places, 5)}, officials said.`,
		`Outlet ${index} reporter number ${index} contributed to this story from ${pick(places, 4)}.`,
	];
	return `Title: Ferry strike talks in ${pick(places, 0)} (report ${index})\nOutlet: Outlet ${index}\nPublished: 2024-05-${day}\n\n${paragraphs.join('\n\n')}\n`;
}

const work = mkdtempSync(path.join(os.tmpdir(), 'summit-tui-merge-bench-'));
const write = (name: string, text: string) => {
	const file = path.join(work, name);
	writeFileSync(file, text);
	return file;
};

const together: Record<string, {medianMs: number; perArticleMs: number}> = {};
let story160: string | undefined;
for (const size of sizes) {
	const inputs = Array.from({length: size}, (_, index) => ({file: `article-${index}.txt`, bytes: Buffer.from(generateArticle(index))}));
	const samples: number[] = [];
	for (let run = 0; run < runs; run++) {
		const started = performance.now();
		const outcome = await ingestInputs(inputs);
		samples.push(performance.now() - started);
		if (!outcome.story) throw new Error(`the ${size} generated articles did not import: ${outcome.problems.map(problem => problem.message).join('; ')}`);
		if (size === 160 && run === 0) story160 = write('story-160.json', JSON.stringify(outcome.story, null, '\t'));
	}
	const {median} = summarise(samples);
	together[size] = {medianMs: round(median), perArticleMs: round(median / size)};
	log(`${size} articles into one story: median ${round(median)} ms (${round(median / size)} ms an article)`);
}

let intoProcess: {medianMs: number; nodeBaselineMs: number; plainMs: number; ratioToPlain: number} | undefined;
if (story160) {
	const extra = write('article-160.txt', generateArticle(160));
	const env = terminalEnv({HOME: work, XDG_CONFIG_HOME: path.join(work, 'config'), XDG_STATE_HOME: path.join(work, 'state'), XDG_DATA_HOME: path.join(work, 'data'), XDG_CACHE_HOME: path.join(work, 'cache')});
	const processTime = (args: string[], restore?: string) => {
		// Each run adds the article to the same story of 160: the file is written back first.
		if (restore) writeFileSync(story160!, restore);
		const started = performance.now();
		const result = spawnSync(process.execPath, args, {env, encoding: 'utf8'});
		const elapsed = performance.now() - started;
		if (result.status !== 0 && args.includes('--into')) throw new Error(`ingest --into failed: ${result.stderr}`);
		return elapsed;
	};
	const original = readFileSync(story160, "utf8");
	// Interleaved with node -e 0 and the bundled story's --plain, so that a slow moment of the machine meets all three.
	const [nodeSamples, plainSamples, intoSamples] = [[], [], []] as number[][];
	for (let run = 0; run < Math.max(runs, quick ? 1 : 5); run++) {
		nodeSamples!.push(processTime(['-e', '0']));
		plainSamples!.push(processTime([cli, '--plain']));
		intoSamples!.push(processTime([cli, 'ingest', extra, '--into', story160!, '--no-backup'], original));
	}
	const [nodeBaseline, plain, into] = [nodeSamples!, plainSamples!, intoSamples!].map(summarise) as [ReturnType<typeof summarise>, ReturnType<typeof summarise>, ReturnType<typeof summarise>];
	intoProcess = {medianMs: round(into.median), nodeBaselineMs: round(nodeBaseline.median), plainMs: round(plain.median), ratioToPlain: round(into.median / plain.median)};
	log(`ingest --into: one article into the story of 160, whole process: median ${round(into.median)} ms (node -e 0: ${round(nodeBaseline.median)} ms; --plain: ${round(plain.median)} ms, ${intoProcess.ratioToPlain}×; bound 1500 ms)`);
}

const results = {when: new Date().toISOString(), runs, note: 'medians; the machine may be shared, so compare ratios within one run', together, ...(intoProcess ? {intoStoryOf160: intoProcess} : {})};
writeFileSync(outFile, `${JSON.stringify(results, null, '\t')}\n`);
log(`written to ${path.relative(root, outFile)}`);
