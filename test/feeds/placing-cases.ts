// Development cases for placing (issue 25): real articles read at run time from ../shared (never copied
// into the project). Positives: each article of a multi-outlet story of test/ingest-eval/stories, in the
// order published, against that story as built from the articles before it (the way refresh grows a
// story), among other followed stories. Negatives: articles of other happenings (the ingest-dev articles
// no story lists, GUM news of one corpus part) against a library of the whole story and of the other
// negatives: none of them may be placed. Thresholds are chosen on these; `part` picks GUM's tune or check.
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {groupInbox, type InboxGroup} from '../../source/feeds/inbox-groups.js';
import {createPlacer, type Placement, type StoryOnDisk} from '../../source/feeds/place-article.js';
import {mergeArticlesIntoStory} from '../../source/library/merge-articles.js';
import type {StoryFile} from '../../source/model/schema.js';
import {corpusPart, type CorpusPart} from '../ingest-eval/corpus-split.js';
import {corporaFolder, importArticles, ingestDevFolder} from '../ingest-eval/evaluate.js';
import {storiesFolder} from '../ingest-eval/evaluate-stories.js';

export type PlacingCase = {name: string; expected: string | undefined; placement: Placement};
export type PlacingResult = {cases: PlacingCase[]; placed: number; rightlyPlaced: number; positives: number; wronglyPlaced: number; negatives: number};

const headerValue = (text: string, field: string) => new RegExp(`^${field}:\\s*(\\S+)`, 'mu').exec(text.slice(0, 2000))?.[1] ?? '';
// Each article imported once per run, whichever part asks for it.
const imported = new Map<string, Promise<StoryFile>>();
const importOnce = (file: string) => imported.get(file) ?? imported.set(file, importArticles([file])).get(file)!;
const asStory = (id: string, story: StoryFile): StoryOnDisk => ({id, file: `${id}.json`, story});

/** The story golds whose articles are ingest-dev's (a gold that names a corpus reads its articles there). */
const devStoryGolds = () =>
	readdirSync(storiesFolder)
		.filter(file => file.endsWith('.json'))
		.sort()
		.map(file => ({id: file.replace(/\.json$/, ''), ...(JSON.parse(readFileSync(path.join(storiesFolder, file), 'utf8')) as {articles: string[]; corpus?: string})}))
		.filter(gold => gold.corpus === undefined)
		.map(({id, articles}) => ({id, articles}));

/** Undefined when ../shared/ingest-dev is absent. */
export async function evaluatePlacing(part: CorpusPart): Promise<PlacingResult | undefined> {
	if (!existsSync(path.join(ingestDevFolder, 'articles'))) return undefined;
	const articleFile = (name: string) => path.join(ingestDevFolder, 'articles', `${name}.txt`);
	const golds = devStoryGolds();
	const inStories = new Set(golds.flatMap(gold => gold.articles));
	const others = readdirSync(path.join(ingestDevFolder, 'articles')).filter(file => file.endsWith('.txt')).map(file => file.replace(/\.txt$/, '')).filter(name => !inStories.has(name)).map(articleFile);
	const gumFolder = path.join(corporaFolder, 'gum/articles');
	const gum = existsSync(gumFolder) ? readdirSync(gumFolder).filter(file => file.startsWith('news_') && corpusPart('gum', file) === part).sort().map(file => path.join(gumFolder, file)) : [];
	const negatives: StoryOnDisk[] = [];
	for (const file of [...others, ...gum]) negatives.push(asStory(path.basename(file, '.txt'), await importOnce(file)));

	const cases: PlacingCase[] = [];
	const whole: StoryOnDisk[] = [];
	for (const gold of golds) {
		const byDay = gold.articles.map(name => ({name, day: headerValue(readFileSync(articleFile(name), 'utf8'), 'Published')})).toSorted((a, b) => a.day.localeCompare(b.day) || a.name.localeCompare(b.name));
		let story: StoryFile | undefined;
		for (const {name, day} of byDay) {
			const article = await importOnce(articleFile(name));
			if (story) cases.push({name, expected: gold.id, placement: createPlacer([asStory(gold.id, story), ...negatives])(article)});
			story = story ? mergeArticlesIntoStory(story, article, day).story : article;
		}
		whole.push(asStory(gold.id, story!));
	}
	for (const negative of negatives) {
		const library = [...whole, ...negatives.filter(other => other !== negative)];
		cases.push({name: negative.id, expected: undefined, placement: createPlacer(library)(negative.story)});
	}
	const positives = cases.filter(one => one.expected !== undefined);
	const placed = cases.filter(one => one.placement.story !== undefined);
	return {
		cases,
		placed: placed.length,
		rightlyPlaced: placed.filter(one => one.placement.story === one.expected).length,
		positives: positives.length,
		wronglyPlaced: placed.filter(one => one.expected === undefined).length,
		negatives: cases.length - positives.length,
	};
}

export type GroupingResult = {groups: InboxGroup[]; truth: Map<string, string>; pairs: {together: number; rightlyTogether: number; shouldBeTogether: number}};

/**
 * Grouping on the same articles: every article of the stories and of the other happenings in one inbox.
 * Right is one group per story and every other article alone; scored by pairs of articles (put together
 * rightly / put together; put together rightly / that should be).
 */
export async function evaluateGrouping(part: CorpusPart): Promise<GroupingResult | undefined> {
	if (!existsSync(path.join(ingestDevFolder, 'articles'))) return undefined;
	const golds = devStoryGolds();
	const truth = new Map(golds.flatMap(gold => gold.articles.map(article => [article, gold.id] as const)));
	const gumFolder = path.join(corporaFolder, 'gum/articles');
	const gum = existsSync(gumFolder) ? readdirSync(gumFolder).filter(file => file.startsWith('news_') && corpusPart('gum', file) === part).sort().map(file => path.join(gumFolder, file)) : [];
	const files = [...readdirSync(path.join(ingestDevFolder, 'articles')).filter(file => file.endsWith('.txt')).map(file => path.join(ingestDevFolder, 'articles', file)), ...gum];
	const members = [];
	for (const file of files) members.push({id: path.basename(file, '.txt'), story: await importOnce(file)});
	const groups = groupInbox(members);
	const sameTruth = (a: string, b: string) => truth.get(a) !== undefined && truth.get(a) === truth.get(b);
	let together = 0;
	let rightlyTogether = 0;
	for (const group of groups) {
		for (const [index, a] of group.members.entries()) {
			for (const b of group.members.slice(index + 1)) {
				together++;
				if (sameTruth(a, b)) rightlyTogether++;
			}
		}
	}
	const sizes = golds.map(gold => gold.articles.length);
	return {groups, truth, pairs: {together, rightlyTogether, shouldBeTogether: sizes.reduce((sum, size) => sum + (size * (size - 1)) / 2, 0)}};
}
