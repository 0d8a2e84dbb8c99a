import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {storyIdOf} from '../../source/ingest/story-id.js';
import {storyNamed} from '../helpers/library-stories.js';
import {temporaryFolder} from '../helpers/run-cli.js';
import {runMain} from '../helpers/run-main.js';

// Stories named by their id, or a prefix of it that no other id shares, wherever a story is expected.

function library(stories: Array<{id: string; title: string; extraPerson?: string}>) {
	const home = temporaryFolder();
	const env = {XDG_DATA_HOME: path.join(home, 'data'), XDG_STATE_HOME: path.join(home, 'state'), XDG_CACHE_HOME: path.join(home, 'cache')};
	const folder = path.join(home, 'data', 'summit-tui', 'stories');
	mkdirSync(folder, {recursive: true});
	for (const {id, title, extraPerson} of stories) {
		const story = storyNamed(id, title);
		if (extraPerson) story.people.push({id: extraPerson, name: 'Carla Diaz', aliases: [], description: 'A negotiator.'});
		writeFileSync(path.join(folder, `${id}.json`), JSON.stringify(story));
	}
	const run = (args: string[]) => runMain(args, {env});
	return {home, env, folder, run};
}

const three = [
	{id: 'kim-putin-summit', title: 'Kim and Putin meet'},
	{id: 'kim-trump-letters', title: 'Letters from Kim to Trump'},
	{id: 'harbour-strike', title: 'Harbour strike ends', extraPerson: 'carla-diaz'},
];

describe('story ids from key words', () => {
	it('keeps at most five whole key words of the headline, without the small words', () => {
		expect(storyIdOf("Putin and North Korea's Kim talk arms and trade")).toBe('putin-north-korea-kim-talk');
		expect(storyIdOf('Ferry crews vote to strike over pay')).toBe('ferry-crews-vote-strike-pay');
		expect(storyIdOf('Zürich’s mayor says the talks failed')).toBe('zurich-mayor-talks-failed');
		expect(storyIdOf('The and of')).toBe('');
	});

	it('a new story saved into the library gets the short id, and a suffix only when the id is taken', async () => {
		const {run, home} = library([]);
		const article = path.join(home, 'talks.txt');
		writeFileSync(article, 'Title: Kim and Putin hold summit in Vladivostok\nOutlet: Test Wire\nPublished: 2024-03-05\n\nKim Jong Un met Vladimir Putin in Vladivostok on Tuesday.\n');
		const first = await run(['ingest', article, '--save']);
		expect(first.stderr).toMatch(/saved ".*" as .*\/kim-putin-hold-summit-vladivostok\.json/);
		const second = await run(['ingest', article, '--save']);
		expect(second.stderr).toContain('this one is "kim-putin-hold-summit-vladivostok-2"');
	});
});

describe('a story named by its id or a unique prefix', () => {
	it('prints the story a unique prefix names, as its file would', async () => {
		const {run, folder} = library(three);
		const byPrefix = await run(['harb', '--plain']);
		expect(byPrefix.code).toBe(0);
		expect(byPrefix.stdout).toContain('Harbour strike ends');
		const byFile = await run([path.join(folder, 'harbour-strike.json'), '--plain']);
		expect(byPrefix.stdout).toBe(byFile.stdout);
		const byId = await run(['kim-putin-summit', '--format', 'json']);
		expect(JSON.parse(byId.stdout).story.id).toBe('kim-putin-summit');
	});

	it('an exact id wins over the longer ids it begins', async () => {
		const {run} = library([{id: 'kim', title: 'Kim alone'}, {id: 'kim-putin-summit', title: 'Kim and Putin meet'}]);
		const result = await run(['kim', '--plain']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Kim alone');
	});

	it('an ambiguous prefix lists the candidates and exits 2', async () => {
		const {run} = library(three);
		const result = await run(['kim', '--plain']);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('"kim" is the start of 2 story ids: kim-putin-summit, kim-trump-letters');
	});

	it('a word that is neither a file nor a story says which ids there are', async () => {
		const {run} = library(three);
		const result = await run(['floods', '--plain']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('floods: no such file, and no story id starts with "floods"; the library holds: ');
		expect(result.stderr).toContain('harbour-strike');
	});

	it('map takes an id', async () => {
		const {run} = library(three);
		const result = await run(['map', 'kim-t', '--json']);
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout)).toBeTruthy();
	});

	it('--into takes a unique prefix, and refuses an ambiguous one with the candidates', async () => {
		const {run, home} = library(three);
		const article = path.join(home, 'update.txt');
		writeFileSync(article, 'Title: Harbour strike talks resume\nOutlet: Test Wire\nPublished: 2024-03-07\n\nDock workers and the port met again on Thursday, the union said.\n');
		const ambiguous = await run(['ingest', article, '--into', 'kim']);
		expect(ambiguous.code).toBe(2);
		expect(ambiguous.stderr).toContain('kim-putin-summit, kim-trump-letters');
		const added = await run(['ingest', article, '--into', 'harb', '--force']);
		expect(added.stderr).toContain('added 1 article');
		expect(added.code).toBe(0);
	});

	it('show finds an item in any story of the library', async () => {
		const {run} = library(three);
		const result = await run(['show', 'carla-diaz']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Carla Diaz');
		const missing = await run(['show', 'carla-dias']);
		expect(missing.code).toBe(1);
		expect(missing.stderr).toContain('did you mean "carla-diaz"?');
	});
});
