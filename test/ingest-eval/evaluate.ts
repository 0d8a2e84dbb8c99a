// The importer's evaluation, in process: every scored corpus imported through ingestInputs (the code
// path of `summit-tui ingest`) and scored against its gold. run-eval.ts prints the result; the ratchet
// test compares it with baseline.json.
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {ingestInputs} from '../../source/ingest/ingest-files.js';
import type {StoryFile} from '../../source/model/schema.js';
import {corpusPart, type CorpusPart} from './corpus-split.js';
import {addScores, goldFromStory, precisionRecall, readGold, scoreEventsAgainstStory, scoreStory, type Scores} from './score.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const fixturesFolder = path.join(root, 'test/fixtures/ingest');
export const ingestDevFolder = path.join(root, '../shared/ingest-dev');
export const seedsFolder = path.join(root, '../shared/seeds');
export const corporaFolder = path.join(root, '../shared/corpora');
/** The annotated corpora and the kinds each annotates by expert hand (the others are not scored). */
export const corpora = {gum: ['people', 'organizations', 'places'], polnear: ['quotesFound', 'speakers', 'speakerPrecision']} as const;
export type CorpusName = keyof typeof corpora;

export type ArticleResult = {name: string; scores: Scores; milliseconds: number; genre?: string};
export type CorpusResult = {corpus: string; articles: ArticleResult[]; total: Scores};

export async function importArticles(files: string[]): Promise<StoryFile> {
	const outcome = await ingestInputs(files.map(file => ({file, bytes: readFileSync(file)})));
	if (!outcome.story) throw new Error(`ingest ${files.join(' ')} failed: ${outcome.problems.map(problem => problem.message).join('; ')}`);
	return outcome.story;
}

async function scoreCorpus(corpus: string, pairs: Array<{name: string; article: string; gold: string}>): Promise<CorpusResult> {
	const articles: ArticleResult[] = [];
	for (const {name, article, gold} of pairs) {
		const started = performance.now();
		const story = await importArticles([article]);
		const milliseconds = performance.now() - started;
		articles.push({name, scores: scoreStory(story, readGold(JSON.parse(readFileSync(gold, 'utf8')))), milliseconds});
	}
	return {corpus, articles, total: addScores(articles.map(article => article.scores))};
}

/** The invented fixtures: NAME.txt or NAME.md beside NAME.gold.json. */
export async function evaluateFixtures(): Promise<CorpusResult> {
	const names = readdirSync(fixturesFolder).filter(name => /\.(?:txt|md)$/.test(name) && existsSync(path.join(fixturesFolder, name.replace(/\.\w+$/, '.gold.json'))));
	return scoreCorpus(
		'fixtures',
		names.map(name => ({name, article: path.join(fixturesFolder, name), gold: path.join(fixturesFolder, name.replace(/\.\w+$/, '.gold.json'))})),
	);
}

/** The real articles of ../shared/ingest-dev (articles/NAME.txt, gold/NAME.json); undefined where absent. */
export async function evaluateIngestDev(folder = ingestDevFolder): Promise<CorpusResult | undefined> {
	if (!existsSync(path.join(folder, 'articles'))) return undefined;
	const names = readdirSync(path.join(folder, 'articles')).filter(name => name.endsWith('.txt') && existsSync(path.join(folder, 'gold', name.replace(/\.txt$/, '.json'))));
	return scoreCorpus(
		'ingest-dev',
		names.map(name => ({name, article: path.join(folder, 'articles', name), gold: path.join(folder, 'gold', name.replace(/\.txt$/, '.json'))})),
	);
}

/**
 * One part of a corpus of ../shared/corpora (articles/NAME.txt, gold/NAME.json), each article imported on
 * its own; the genre is the file name's first word (GUM: news, bio …; PolNeAR: the outlet). Undefined where
 * the corpus is absent.
 */
export async function evaluateCorpus(corpus: CorpusName, part: CorpusPart): Promise<CorpusResult | undefined> {
	const folder = path.join(corporaFolder, corpus);
	if (!existsSync(path.join(folder, 'articles'))) return undefined;
	const names = readdirSync(path.join(folder, 'articles'))
		.filter(name => name.endsWith('.txt') && corpusPart(corpus, name) === part && existsSync(path.join(folder, 'gold', name.replace(/\.txt$/, '.json'))))
		.sort();
	const result = await scoreCorpus(
		`${corpus} ${part}`,
		names.map(name => ({name, article: path.join(folder, 'articles', name), gold: path.join(folder, 'gold', name.replace(/\.txt$/, '.json'))})),
	);
	for (const article of result.articles) article.genre = article.name.split('_')[0];
	return result;
}

/** Sums the articles of each genre. */
export function scoresByGenre(result: CorpusResult): Map<string, Scores> {
	const genres = [...new Set(result.articles.map(article => article.genre ?? 'all'))].sort();
	return new Map(genres.map(genre => [genre, addScores(result.articles.filter(article => (article.genre ?? 'all') === genre).map(article => article.scores))]));
}

/** The two seed articles against the curated bundled story; undefined where ../shared/seeds is absent. */
export async function evaluateSeeds(): Promise<Scores | undefined> {
	if (!existsSync(seedsFolder)) return undefined;
	const curated = JSON.parse(readFileSync(path.join(root, 'data/kim-putin-2023.json'), 'utf8')) as StoryFile;
	const temporary = mkdtempSync(path.join(tmpdir(), 'summit-seeds-'));
	try {
		// The seeds carry no metadata: give each its outlet and date in a header, as a user would.
		const texts = readdirSync(seedsFolder).map(name => readFileSync(path.join(seedsFolder, name), 'utf8'));
		const files = curated.articles.map(article => {
			const text = texts.find(candidate => candidate.includes(article.title));
			if (!text) throw new Error(`no seed article has the title "${article.title}"`);
			const file = path.join(temporary, `${article.outlet.toLowerCase()}.txt`);
			writeFileSync(file, `Outlet: ${article.outlet}\nPublished: ${article.published}\n\n${text}`);
			return file;
		});
		const story = await importArticles(files);
		const scores = scoreStory(story, goldFromStory(curated));
		scores.events = scoreEventsAgainstStory(story, curated);
		return scores;
	} finally {
		rmSync(temporary, {recursive: true, force: true});
	}
}

const ratio = ({correct, gold}: {correct: number; gold: number}) => (gold === 0 ? 1 : correct / gold);
const round = (value: number) => Math.round(value * 1000) / 1000;

/** The figures the baseline keeps for a corpus: one number per kind, higher is better; `only` picks kinds. */
export function headlineFigures(scores: Scores, only?: readonly string[]): Record<string, number> {
	const all: Record<string, number> = {
		people: round(precisionRecall(scores.people).f1),
		organizations: round(precisionRecall(scores.organizations).f1),
		places: round(precisionRecall(scores.places).f1),
		quotesFound: round(precisionRecall(scores.quotes).recall),
		quotesPrecision: round(precisionRecall(scores.quotes).precision),
		speakers: round(ratio(scores.speakers)),
		eventDates: round(ratio(scores.eventDates)),
		events: round(precisionRecall(scores.events).f1),
		shortTitles: round(ratio(scores.shortTitles)),
		// Precision of the speakers given: a wrong speaker is worse than none.
		speakerPrecision: round(scores.speakersGiven.given === 0 ? 1 : scores.speakersGiven.correct / scores.speakersGiven.given),
	};
	return only ? Object.fromEntries(only.map(kind => [kind, all[kind]!])) : all;
}
