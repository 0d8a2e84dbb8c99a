// npm run eval:ingest — imports every fixture article through the built CLI, scores the output against
// the hand-made gold files, then imports the two seed articles and compares them with the curated
// bundled story. Prints precision, recall and F1 per kind; exits 1 when a fixture target is missed.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {StoryFile} from '../../source/model/schema.js';
import {addScores, goldFromStory, meetsTargets, precisionRecall, scoreEventsAgainstStory, scoreStory, type Counts, type Gold, type Scores} from './score.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = path.join(root, 'dist/cli.js');
const fixtures = path.join(root, 'test/fixtures/ingest');
const seeds = path.join(root, '../shared/seeds');
const verbose = process.argv.includes('--verbose');

export function ingest(files: string[], extra: string[] = []): StoryFile {
	const result = spawnSync(process.execPath, [cli, 'ingest', ...files, ...extra], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
	if (result.status !== 0) throw new Error(`ingest ${files.join(' ')} failed (${result.status}): ${result.stderr}`);
	return JSON.parse(result.stdout) as StoryFile;
}

const format = (value: number) => value.toFixed(2);

function row(label: string, counts: Counts): string {
	const {precision, recall, f1} = precisionRecall(counts);
	return `  ${label.padEnd(16)} ${format(precision).padStart(9)} ${format(recall).padStart(7)} ${format(f1).padStart(6)}   (${counts.goldFound}/${counts.gold} found, ${counts.truePositives}/${counts.extracted} right)`;
}

function printTable(title: string, scores: Scores): void {
	console.log(`\n${title}`);
	console.log(`  ${'kind'.padEnd(16)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(6)}`);
	console.log(row('people', scores.people));
	console.log(row('organisations', scores.organizations));
	console.log(row('places', scores.places));
	console.log(row('quotes', scores.quotes));
	if (scores.eventDates.gold > 0) console.log(row('events (dated)', scores.events));
	console.log(`  quote speakers right: ${scores.speakers.correct}/${scores.speakers.gold} = ${format(scores.speakers.gold ? scores.speakers.correct / scores.speakers.gold : 1)}`);
	if (scores.eventDates.gold > 0) console.log(`  event dates right:    ${scores.eventDates.correct}/${scores.eventDates.gold} = ${format(scores.eventDates.correct / scores.eventDates.gold)}`);
	if (verbose) for (const miss of scores.misses) console.log(`    - ${miss}`);
}

function main(): number {
	if (!existsSync(cli)) {
		console.error('dist/cli.js is missing: run npm run build first (npm run eval:ingest does)');
		return 2;
	}
	const articles = readdirSync(fixtures).filter(name => /\.(?:txt|md)$/.test(name) && existsSync(path.join(fixtures, name.replace(/\.\w+$/, '.gold.json'))));
	const perArticle: Scores[] = [];
	let slowest = 0;
	for (const name of articles) {
		const gold = JSON.parse(readFileSync(path.join(fixtures, name.replace(/\.\w+$/, '.gold.json')), 'utf8')) as Gold;
		const started = performance.now();
		const story = ingest([path.join(fixtures, name)]);
		slowest = Math.max(slowest, performance.now() - started);
		const scores = scoreStory(story, gold);
		perArticle.push(scores);
		if (verbose) printTable(name, scores);
	}
	const total = addScores(perArticle);
	printTable(`Fixtures: ${articles.length} articles in test/fixtures/ingest (micro-averaged)`, total);
	const verdict = meetsTargets(total);
	console.log('\n  targets:');
	for (const [key, {value, target, met}] of Object.entries(verdict)) console.log(`    ${met ? 'met ' : 'MISS'}  ${key.padEnd(14)} ${format(value)} (≥ ${target})`);
	console.log(`  slowest whole-process import: ${Math.round(slowest)} ms`);

	if (existsSync(seeds)) {
		const curated = JSON.parse(readFileSync(path.join(root, 'data/kim-putin-2023.json'), 'utf8')) as StoryFile;
		const temporary = mkdtempSync(path.join(tmpdir(), 'summit-seeds-'));
		try {
			// The seeds carry no metadata: give each its outlet and date in a header, as a user would.
			const texts = readdirSync(seeds).map(name => readFileSync(path.join(seeds, name), 'utf8'));
			const files = curated.articles.map(article => {
				const text = texts.find(candidate => candidate.includes(article.title));
				if (!text) throw new Error(`no seed article has the title "${article.title}"`);
				const file = path.join(temporary, `${article.outlet.toLowerCase()}.txt`);
				writeFileSync(file, `Outlet: ${article.outlet}\nPublished: ${article.published}\n\n${text}`);
				return file;
			});
			const story = ingest(files);
			const scores = scoreStory(story, goldFromStory(curated));
			scores.events = scoreEventsAgainstStory(story, curated);
			printTable('Seed articles (../shared/seeds) against the curated bundled story', scores);
			console.log(`  events (same paragraph and date as a curated event): ${row('', scores.events).trim()}`);
		} finally {
			rmSync(temporary, {recursive: true, force: true});
		}
	} else console.log('\nSeed articles: ../shared/seeds is absent here; comparison with the bundled story skipped.');
	return Object.values(verdict).every(item => item.met) ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) process.exitCode = main();
