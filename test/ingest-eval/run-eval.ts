// npm run eval:ingest — imports every fixture article and every ../shared/ingest-dev article in process
// (through ingestInputs, as `summit-tui ingest` does), scores each against its gold, then imports the two
// seed articles and compares them with the curated bundled story. Prints precision, recall and F1 per
// kind and corpus, a line per article, and with --verbose every miss. Exits 1 when a fixture target is
// missed. `--write-baseline` stores the headline figures in baseline.json (the ratchet test reads it).
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {corpora, corporaFolder, evaluateCorpus, evaluateFixtures, evaluateIngestDev, evaluateSeeds, headlineFigures, ingestDevFolder, scoresByGenre, type CorpusName, type CorpusResult} from './evaluate.js';
import {addStoryScores, evaluateStories, storyBaseline, type StoryResult} from './evaluate-stories.js';
import {addScores, meetsTargets, precisionRecall, type Counts, type Scores} from './score.js';
import {isSealed} from './corpus-split.js';
import type {StoryScores} from './story-score.js';

const verbose = process.argv.includes('--verbose');
// --only=gum,polnear,fixtures,ingest-dev,seeds,stories runs just those (the baseline keeps the others' figures).
const only = process.argv.find(argument => argument.startsWith('--only='))?.slice('--only='.length).split(',');
const wanted = (name: string) => !only || only.includes(name);
const format = (value: number) => value.toFixed(2);
const ratio = ({correct, gold}: {correct: number; gold: number}) => (gold === 0 ? 1 : correct / gold);

function row(label: string, counts: Counts, showPrecision = true): string {
	const {precision, recall, f1} = precisionRecall(counts);
	const right = showPrecision ? `, ${counts.truePositives}/${counts.extracted} right` : '';
	return `  ${label.padEnd(16)} ${(showPrecision ? format(precision) : '–').padStart(9)} ${format(recall).padStart(7)} ${(showPrecision ? format(f1) : '–').padStart(6)}   (${counts.goldFound}/${counts.gold} found${right})`;
}

function printTable(title: string, scores: Scores, eventsExhaustive = true): void {
	console.log(`\n${title}`);
	console.log(`  ${'kind'.padEnd(16)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(6)}`);
	console.log(row('people', scores.people));
	console.log(row('organisations', scores.organizations));
	console.log(row('places', scores.places));
	console.log(row('quotes', scores.quotes));
	if (scores.eventDates.gold > 0) console.log(row('events (dated)', scores.events, eventsExhaustive));
	console.log(`  quote speakers right: ${scores.speakers.correct}/${scores.speakers.gold} = ${format(ratio(scores.speakers))}; of the speakers given ${scores.speakersGiven.correct}/${scores.speakersGiven.given} right`);
	if (scores.eventDates.gold > 0) console.log(`  event dates right:    ${scores.eventDates.correct}/${scores.eventDates.gold} = ${format(ratio(scores.eventDates))}`);
	if (scores.pastExpected.past > 0) console.log(`  past events marked expected: ${scores.pastExpected.expected}/${scores.pastExpected.past} (gold events before publication found with their date; target 0)`);
	console.log(`  short event titles:   ${scores.shortTitles.correct}/${scores.shortTitles.gold} = ${format(ratio(scores.shortTitles))}`);
}

/** A corpus part: the kinds its gold annotates, overall and per genre. Misses only for tune parts. */
function printCorpusPart(corpus: CorpusName, result: CorpusResult, part: string): void {
	const kinds = corpora[corpus];
	const header = `  ${'genre'.padEnd(12)} ${'docs'.padStart(4)} ${kinds.map(kind => kind.padStart(17)).join('')}`;
	console.log(`\n${corpus} ${part}: ${result.articles.length} documents (micro-averaged)${part === 'check' ? ' — scores only; its misses are never read' : ''}`);
	console.log(header);
	const line = (genre: string, docs: number, figures: Record<string, number>) => `  ${genre.padEnd(12)} ${String(docs).padStart(4)} ${kinds.map(kind => format(figures[kind]!).padStart(17)).join('')}`;
	console.log(line('all', result.articles.length, headlineFigures(result.total, kinds)));
	for (const [genre, scores] of scoresByGenre(result)) console.log(line(genre, result.articles.filter(article => article.genre === genre).length, headlineFigures(scores, kinds)));
	if (corpus === 'polnear') {
		const {speakers, speakersGiven} = result.total;
		console.log(`  speakers right ${speakers.correct}/${speakers.gold} (of quotes with a named speaker); speakers given ${speakersGiven.given}, right ${speakersGiven.correct}`);
		if (part === 'tune') {
			// The sealed slice (corpus-split.ts): scores only, as for check.
			const sealed = addScores(result.articles.filter(article => isSealed(corpus, article.name)).map(article => article.scores));
			const count = result.articles.filter(article => isSealed(corpus, article.name)).length;
			console.log(`  of which the sealed slice, ${count} documents (scores only): speakers right ${sealed.speakers.correct}/${sealed.speakers.gold} = ${format(ratio(sealed.speakers))}; given ${sealed.speakersGiven.given}, right ${sealed.speakersGiven.correct} = precision ${(sealed.speakersGiven.correct / Math.max(1, sealed.speakersGiven.given)).toFixed(3)}; quotes found ${format(precisionRecall(sealed.quotes).recall)}`);
		}
	} else for (const kind of ['people', 'organizations', 'places'] as const) console.log(row(kind, result.total[kind]));
	if (verbose && part === 'tune') printArticles(result);
}

function printArticles(result: CorpusResult): void {
	console.log(`\n  per article: people F1 · orgs F1 · places F1 · quotes found · speakers right · event dates · ms`);
	// The sealed slice's misses are never listed (corpus-split.ts).
	for (const {name, scores, milliseconds} of result.articles.filter(article => !isSealed(result.corpus.split(' ')[0]!, article.name))) {
		const f1 = (counts: Counts) => format(precisionRecall(counts).f1);
		console.log(
			`  ${name.padEnd(47)} ${f1(scores.people)}  ${f1(scores.organizations)}  ${f1(scores.places)}  ${`${scores.quotes.goldFound}/${scores.quotes.gold}`.padStart(5)}  ${`${scores.speakers.correct}/${scores.speakers.gold}`.padStart(5)}  ${`${scores.eventDates.correct}/${scores.eventDates.gold}`.padStart(5)}  ${Math.round(milliseconds).toString().padStart(4)}`,
		);
		if (verbose) for (const miss of scores.misses) console.log(`      - ${miss}`);
	}
}

function storyLines(label: string, scores: StoryScores): void {
	const of = (part: number, whole: number) => `${part}/${whole}`.padStart(6);
	console.log(`  ${label}`);
	console.log(`    multi-outlet happenings merged into one event citing every reporting article ${of(scores.merged, scores.multiOutlet)}  (target ≥ 80%)`);
	console.log(`    events that join two different happenings                                   ${of(scores.lumped, scores.eventsMatched)}`);
	console.log(`    entities split into two or more entries                                     ${of(scores.entitiesSplit, scores.entitiesFound)}  (target ≤ 5%)`);
	console.log(`    real differences found                                                      ${of(scores.differencesFound, scores.differencesGold)}  (target ≥ 60%)`);
	console.log(`    listed differences that are real                                            ${of(scores.differencesReal, scores.differencesListed)}  (target ≥ 80%)`);
	console.log(`    past happenings marked expected                                             ${of(scores.pastExpected, scores.pastMatched)}  (target 0)`);
	console.log(`    key facts that are captions, credits, datelines or wire lines               ${of(scores.keyFactsClutter, scores.keyFacts)}  (target 0)`);
	console.log(`    summary sentences that are captions, credits, datelines or wire lines       ${String(scores.summaryClutter).padStart(6)}`);
	if (verbose) for (const miss of scores.misses) console.log(`      - ${miss}`);
}

function printStories(results: StoryResult[]): void {
	console.log(`\nMulti-outlet stories: ${results.length} in test/ingest-eval/stories (articles from ../shared/ingest-dev or a corpus's tune part; issue 23's measures)`);
	for (const result of results) {
		console.log(`  ${result.name}: ${result.articles} articles, imported together in ${Math.round(result.milliseconds)} ms`);
		storyLines('imported together (ingest A B C …):', result.together);
		storyLines('added one by one in order of publication (ingest --into):', result.oneByOne);
	}
	if (results.length < 2) return;
	console.log(`  all ${results.length} stories (${results.reduce((sum, result) => sum + result.articles, 0)} articles; the baseline keeps these):`);
	storyLines('imported together:', addStoryScores(results.map(result => result.together)));
	storyLines('added one by one:', addStoryScores(results.map(result => result.oneByOne)));
}

async function main(): Promise<number> {
	const fixtures = wanted('fixtures') ? await evaluateFixtures() : undefined;
	const verdict: Partial<ReturnType<typeof meetsTargets>> = fixtures ? meetsTargets(fixtures.total) : {};
	if (fixtures) {
		printTable(`Fixtures: ${fixtures.articles.length} invented articles in test/fixtures/ingest (micro-averaged)`, fixtures.total);
		printArticles(fixtures);
		console.log('\n  targets (fixtures):');
		for (const [key, {value, target, met}] of Object.entries(verdict) as Array<[string, {value: number; target: number; met: boolean}]>) console.log(`    ${met ? 'met ' : 'MISS'}  ${key.padEnd(14)} ${format(value)} (≥ ${target})`);
	}

	const dev = wanted('ingest-dev') ? await evaluateIngestDev() : undefined;
	if (dev) {
		printTable(`ingest-dev: ${dev.articles.length} real articles in ../shared/ingest-dev (micro-averaged; its gold lists only the main events, so event precision is not measured)`, dev.total, false);
		printArticles(dev);
	} else if (wanted('ingest-dev')) console.log(`\ningest-dev: ${ingestDevFolder} is absent here; the real-article evaluation is skipped.`);

	const seeds = wanted('seeds') ? await evaluateSeeds() : undefined;
	if (seeds) {
		printTable('Seed articles (../shared/seeds) against the curated bundled story', seeds);
		console.log(`  events (same paragraph and date as a curated event): ${row('', seeds.events).trim()}`);
	} else if (wanted('seeds')) console.log('\nSeed articles: ../shared/seeds is absent here; comparison with the bundled story skipped.');

	const checkFigures: Record<string, Record<string, number>> = {};
	for (const corpus of (Object.keys(corpora) as CorpusName[]).filter(wanted)) {
		const tune = await evaluateCorpus(corpus, 'tune');
		const check = await evaluateCorpus(corpus, 'check');
		if (!tune || !check) {
			console.log(`\n${corpus}: ${path.join(corporaFolder, corpus)} is absent here; skipped.`);
			continue;
		}
		printCorpusPart(corpus, tune, 'tune');
		printCorpusPart(corpus, check, 'check');
		checkFigures[`${corpus}Check`] = headlineFigures(check.total, corpora[corpus]);
	}

	const stories = wanted('stories') ? await evaluateStories() : undefined;
	if (stories) printStories(stories);
	else if (wanted('stories')) console.log('\nMulti-outlet stories: ../shared/ingest-dev is absent here; skipped.');

	if (process.argv.includes('--write-baseline')) {
		const file = fileURLToPath(new URL('baseline.json', import.meta.url));
		const kept = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
		const baseline = {...kept, ...(fixtures ? {fixtures: headlineFigures(fixtures.total)} : {}), ...(dev ? {ingestDev: headlineFigures(dev.total)} : {}), ...(seeds ? {seeds: headlineFigures(seeds)} : {}), ...checkFigures, ...(stories && stories.length > 0 ? storyBaseline(stories) : {})};
		writeFileSync(file, `${JSON.stringify(baseline, null, '\t')}\n`);
		console.log(`\nbaseline written to ${path.relative(process.cwd(), file)}`);
	}
	return Object.values(verdict).every(item => item!.met) ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) process.exitCode = await main();
