// The multi-outlet stories of stories/*.json: each story's articles (read from ../shared/ingest-dev)
// imported together, as `summit-tui ingest A B C` does, and added one by one in the order they were
// published, as `ingest --into` does day after day; each result scored against the story's gold.
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {mergeArticlesIntoStory} from '../../source/library/merge-articles.js';
import type {StoryFile} from '../../source/model/schema.js';
import {corpusPart} from './corpus-split.js';
import {corporaFolder, importArticles, ingestDevFolder} from './evaluate.js';
import {scoreStoryAgainstGold, storyHeadline, type StoryGold, type StoryScores} from './story-score.js';

export const storiesFolder = fileURLToPath(new URL('stories', import.meta.url));

export type StoryResult = {name: string; together: StoryScores; oneByOne: StoryScores; articles: number; milliseconds: number};

const headerValue = (file: string, field: string) => new RegExp(`^${field}:\\s*(\\S+)`, 'mu').exec(readFileSync(file, 'utf8').slice(0, 2000))?.[1] ?? '';

/** The paragraphs of an article file after its header, as the gold counts them. */
const fileParagraphs = (file: string) =>
	readFileSync(file, 'utf8')
		.replace(/\r\n?/gu, '\n')
		.split(/\n\s*\n/u)
		.slice(1)
		.map(paragraph => paragraph.trim())
		.filter(paragraph => paragraph !== '');

/**
 * The stories whose articles are all present (ingest-dev's, or a corpus's tune part); undefined where
 * ../shared/ingest-dev is absent.
 */
export async function evaluateStories(folder = ingestDevFolder): Promise<StoryResult[] | undefined> {
	if (!existsSync(path.join(folder, 'articles'))) return undefined;
	const results: StoryResult[] = [];
	for (const name of readdirSync(storiesFolder).filter(file => file.endsWith('.json')).sort()) {
		const gold = JSON.parse(readFileSync(path.join(storiesFolder, name), 'utf8')) as StoryGold;
		// A story from an annotated corpus reads only its tune part: its misses are read while tuning.
		if (gold.corpus && gold.articles.some(article => corpusPart(gold.corpus!, article) !== 'tune')) throw new Error(`${name}: a story may only use the tune part of ${gold.corpus}`);
		const articlesFolder = gold.corpus ? path.join(corporaFolder, gold.corpus, 'articles') : path.join(folder, 'articles');
		const files = gold.articles.map(article => path.join(articlesFolder, `${article}.txt`));
		if (!files.every(file => existsSync(file))) continue;
		const names = new Map(gold.articles.map((article, index): [string, string] => [headerValue(files[index]!, 'URL'), article]).filter(([url]) => url !== ''));
		const raw = new Map(gold.articles.map((article, index) => [article, fileParagraphs(files[index]!)]));
		const started = performance.now();
		const together = await importArticles(files);
		const milliseconds = performance.now() - started;
		const byDay = files.map(file => ({file, day: headerValue(file, 'Published')})).toSorted((a, b) => a.day.localeCompare(b.day) || a.file.localeCompare(b.file));
		let story: StoryFile | undefined;
		for (const {file, day} of byDay) {
			const imported = await importArticles([file]);
			story = story ? mergeArticlesIntoStory(story, imported, day).story : imported;
		}
		results.push({name: name.replace(/\.json$/, ''), together: scoreStoryAgainstGold(together, gold, names, raw), oneByOne: scoreStoryAgainstGold(story!, gold, names, raw), articles: files.length, milliseconds});
	}
	return results;
}

/** The scores of several stories added up. */
export function addStoryScores(all: StoryScores[]): StoryScores {
	const total: Record<string, unknown> = {...all[0]!, misses: all.flatMap(scores => scores.misses)};
	for (const scores of all.slice(1)) for (const [field, value] of Object.entries(scores)) if (typeof value === 'number') total[field] = (total[field] as number) + value;
	return total as StoryScores;
}

/** The baseline's keys for the stories: read together, and added one by one. */
export function storyBaseline(stories: StoryResult[]): Record<string, Record<string, number>> {
	return {storiesTogether: storyHeadline(addStoryScores(stories.map(story => story.together))), storiesOneByOne: storyHeadline(addStoryScores(stories.map(story => story.oneByOne)))};
}
