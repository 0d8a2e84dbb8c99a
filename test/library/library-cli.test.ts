import {spawnSync} from 'node:child_process';
import {chmodSync, existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {Readable} from 'node:stream';
import {main} from '../../source/cli-main.js';
import {localDay, readForUpdate, replaceStoryFile} from '../../source/library/save-story.js';
import {parseStoryText} from '../../source/model/load.js';
import {storyNamed} from '../helpers/library-stories.js';
import {cliPath, temporaryFolder} from '../helpers/run-cli.js';
import {runMain} from '../helpers/run-main.js';

// The library from the command line, in process, each test with its own XDG folders.

const ferryStrike = `Title: Ferry crews vote to strike over pay
Outlet: Harbour Times
Published: 2025-04-10
URL: https://harbour-times.example/ferry-strike

Ferry crews vote to strike over pay

Crews on the Vik ferries have voted to strike, the Sailors Union announced on Wednesday.

Union leader Ines Moller said: "Our members deserve a fair deal." The first walkout is planned for 25 April.
`;

const ferryUpdate = `Title: Ferry talks resume in Vik
Outlet: Coast Courier
Published: 2025-04-12
URL: https://coast-courier.example/ferry-talks

Ferry talks resume in Vik

Ines Moller said on Saturday that talks with the operator had resumed in Vik.

"We want a deal, not a dispute," Moller said.
`;

const floods = `Title: Floods cut off mountain villages
Outlet: Valley News
Published: 2024-10-31

Floods cut off mountain villages

Heavy rain cut off three villages near Lunden on Thursday, the regional council said.
`;

// The importer derives a story's id from its title and a key of its articles' text.
const ferryId = (JSON.parse((await runMain(['ingest', '-'], {input: ferryStrike})).stdout) as {story: {id: string}}).story.id;

const floodsId = (JSON.parse((await runMain(['ingest', '-'], {input: floods})).stdout) as {story: {id: string}}).story.id;

function setup() {
	const home = temporaryFolder();
	const env = {XDG_DATA_HOME: path.join(home, 'data'), XDG_STATE_HOME: path.join(home, 'state'), XDG_CACHE_HOME: path.join(home, 'cache')};
	const libraryFolder = path.join(home, 'data', 'summit-tui', 'stories');
	const article = (name: string, text: string) => {
		const file = path.join(home, name);
		writeFileSync(file, text);
		return file;
	};
	const run = (args: string[]) => runMain(args, {env});
	const storyFiles = () => readdirSync(libraryFolder).filter(name => name.endsWith('.json') && !name.startsWith('.'));
	return {home, env, libraryFolder, article, run, storyFiles};
}

describe('ingest --save', () => {
	it('writes a new story into the library under a name from its id, with the day its items were added', async () => {
		const {article, run, libraryFolder, storyFiles} = setup();
		const result = await run(['ingest', article('strike.txt', ferryStrike), '--save']);
		expect(result.code).toBe(0);
		expect(result.stderr).toContain(`saved "Ferry crews vote to strike over pay" as ${path.join(libraryFolder, `${ferryId}.json`)}`);
		const story = parseStoryText(readFileSync(path.join(libraryFolder, storyFiles()[0]!), 'utf8'), 'saved').story!;
		const items = [...story.articles, ...story.people, ...story.organizations, ...story.facts, ...story.events, ...story.quotes];
		expect(story.people.map(person => person.name)).toContain('Ines Moller');
		expect(items.every(item => item.added === localDay())).toBe(true);
	});

	it('never overwrites: the same story saved twice is a second story with its own id and file', async () => {
		const {article, run, storyFiles} = setup();
		const file = article('strike.txt', ferryStrike);
		await run(['ingest', file, '--save']);
		const again = await run(['ingest', file, '--save']);
		expect(again.code).toBe(0);
		expect(again.stderr).toMatch(/already has a story "ferry-crews-vote-strike-pay"; this one is "ferry-crews-vote-strike-pay-2" \(to add to that one instead: --into/);
		expect(storyFiles().sort()).toEqual([`${ferryId}-2.json`, `${ferryId}.json`]);
		const listing = await run(['library', '--json']);
		expect(JSON.parse(listing.stdout).filter((row: any) => !row.sample && !row.problem)).toHaveLength(2);
	});

	it('refuses --save together with -o', async () => {
		const {article, run} = setup();
		const result = await run(['ingest', article('strike.txt', ferryStrike), '--save', '-o', 'x.json']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('choose one of -o FILE, --save and --into');
	});
});

describe('summit-tui library', () => {
	it('lists one story a line, newest update first, with the sample last', async () => {
		const {article, run} = setup();
		await run(['ingest', article('floods.txt', floods), '--save']);
		await new Promise(resolve => setTimeout(resolve, 20));
		await run(['ingest', article('strike.txt', ferryStrike), '--save']);
		const result = await run(['library']);
		expect(result.code).toBe(0);
		const lines = result.stdout.trimEnd().split('\n');
		expect(lines).toHaveLength(3);
		expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d {2}Ferry crews vote to strike over pay · 10 Apr 2025 · Harbour Times · 1 article, \d+ items · not opened yet {2}#ferry-crews-vote-strike-pay$/);
		expect(lines[1]).toContain('Floods cut off mountain villages · 31 Oct 2024 · Valley News');
		expect(lines[1]).toContain('· not opened yet');
		expect(lines[2]).toMatch(/Kim Jong Un travels to Russia.* · sample {2}#kim-putin-2023$/);
	});

	it('lists a broken file as broken with its first problem, and the other stories as usual', async () => {
		const folder = temporaryFolder();
		writeFileSync(path.join(folder, 'good.json'), JSON.stringify(storyNamed('good', 'A good story')));
		const broken = storyNamed('broken', 'A broken story');
		broken.events[0].date = '2024-02-30';
		writeFileSync(path.join(folder, 'broken.json'), JSON.stringify(broken));
		const result = await runMain(['library', '--library', folder]);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(new RegExp(`BROKEN  ${path.join(folder, 'broken.json').replace(/[/.]/g, '\\$&')}: \\$\\.events\\[0\\]\\.date: "2024-02-30" is not a real calendar date`));
		expect(result.stdout).toContain('A good story');
		// A folder named on the command line shows only itself: no sample.
		expect(result.stdout).not.toContain('sample');
	});

	it('names two files of one story id whose items conflict together', async () => {
		const folder = temporaryFolder();
		writeFileSync(path.join(folder, 'ferry.json'), JSON.stringify(storyNamed('ferry', 'The ferry')));
		writeFileSync(path.join(folder, 'ferry-copy.json'), JSON.stringify(storyNamed('ferry', 'The ferry')));
		const result = await runMain(['library', '--library', folder]);
		expect(result.stdout).toMatch(/BROKEN {2}ferry-copy\.json and ferry\.json: both are parts of the story "ferry" and both have an item with the id "gazette"/);
	});

	it('reads a library folder it may not write, keeping the catalog in the cache', () => {
		const folder = temporaryFolder();
		writeFileSync(path.join(folder, 'one.json'), JSON.stringify(storyNamed('one', 'First story')));
		chmodSync(folder, 0o555);
		const cache = temporaryFolder();
		chmodSync(cache, 0o777);
		// Root writes anywhere; run as an unprivileged user where the tests run as root.
		const asNobody = process.getuid?.() === 0 ? {uid: 65534, gid: 65534} : {};
		const run = () => spawnSync(process.execPath, [cliPath, 'library', '--library', folder], {encoding: 'utf8', env: {...process.env, NO_COLOR: '1', XDG_CACHE_HOME: cache}, ...asNobody});
		const result = run();
		expect(result.stderr).toBe('');
		expect(result.stdout).toContain('First story');
		expect(existsSync(path.join(folder, '.catalog.json'))).toBe(false);
		expect(readdirSync(path.join(cache, 'summit-tui', 'catalogs'))).toHaveLength(1);
		expect(run().stdout).toContain('First story');
	});

	it('--data DIR with two stories of different ids keeps them apart instead of merging them', async () => {
		const folder = temporaryFolder();
		writeFileSync(path.join(folder, 'one.json'), JSON.stringify(storyNamed('one', 'First story')));
		writeFileSync(path.join(folder, 'two.json'), JSON.stringify(storyNamed('two', 'Second story')));
		const listing = await runMain(['library', '--data', folder, '--json']);
		expect(JSON.parse(listing.stdout).map((row: any) => row.title).sort()).toEqual(['First story', 'Second story']);
		const opened = await runMain(['--data', folder, '--plain']);
		expect(opened.code).toBe(2);
		expect(opened.stderr).toContain('holds 2 stories: open one by its id or the start of it, or by its file');
		expect(opened.stderr).not.toContain('duplicate id');
		const one = await runMain([path.join(folder, 'one.json'), '--plain']);
		expect(one.stdout).toMatch(/^First story\n/);
	});

	it('opens the only story of the library directly', async () => {
		const {article, run} = setup();
		await run(['ingest', article('floods.txt', floods), '--save']);
		const result = await run(['--plain']);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^Floods cut off mountain villages\n/);
	});
});

describe('ingest --into', () => {
	it('adds a new article to a story by its id: new items marked, old ones kept, the old file as .bak', async () => {
		const {article, run, libraryFolder} = setup();
		await run(['ingest', article('strike.txt', ferryStrike), '--save']);
		const file = path.join(libraryFolder, `${ferryId}.json`);
		const before = readFileSync(file, 'utf8');
		const result = await run(['ingest', article('update.txt', ferryUpdate), '--into', ferryId]);
		expect(result.code).toBe(0);
		expect(result.stderr).toMatch(/added 1 article \(.*\) to "Ferry crews vote to strike over pay" in .*; the previous version is .*\.json\.bak/);
		expect(readFileSync(`${file}.bak`, 'utf8')).toBe(before);
		const old = parseStoryText(before, 'before').story!;
		const story = parseStoryText(readFileSync(file, 'utf8'), 'after').story!;
		expect(story.articles.map(entry => entry.outlet)).toEqual(['Harbour Times', 'Coast Courier']);
		for (const fact of old.facts) expect(story.facts.find(other => other.id === fact.id)).toEqual(fact);
		// Ines Moller is one person, the one already there.
		expect(story.people.filter(person => person.name === 'Ines Moller')).toHaveLength(1);
		const newQuote = story.quotes.find(quote => quote.text.includes('not a dispute'))!;
		expect(newQuote.speaker).toBe(old.people.find(person => person.name === 'Ines Moller')!.id);
	});

	it('names an article that shares nothing with the story and adds it only with --force', async () => {
		const {article, run, libraryFolder} = setup();
		await run(['ingest', article('strike.txt', ferryStrike), '--save']);
		const file = path.join(libraryFolder, `${ferryId}.json`);
		const before = readFileSync(file, 'utf8');
		const refused = await run(['ingest', article('floods.txt', floods), '--into', ferryId]);
		expect(refused.code).toBe(1);
		expect(refused.stderr).toContain('"Floods cut off mountain villages" (Valley News) shares no person, organisation, place, happening or fact with "Ferry crews vote to strike over pay"');
		expect(refused.stderr).toContain('--force');
		expect(readFileSync(file, 'utf8')).toBe(before);
		const forced = await run(['ingest', article('floods.txt', floods), '--into', ferryId, '--force']);
		expect(forced.code).toBe(0);
		expect(forced.stderr).toMatch(/warning: "Floods cut off mountain villages" \(Valley News\) shares no person.*added because of --force/);
		expect(parseStoryText(readFileSync(file, 'utf8'), 'after').story!.articles.map(entry => entry.outlet)).toEqual(['Harbour Times', 'Valley News']);
	});

	it('skips an article already in the story, with a note, and leaves the file alone', async () => {
		const {article, run, libraryFolder} = setup();
		const strike = article('strike.txt', ferryStrike);
		await run(['ingest', strike, '--save']);
		const file = path.join(libraryFolder, `${ferryId}.json`);
		const before = readFileSync(file, 'utf8');
		const result = await run(['ingest', strike, '--into', file]);
		expect(result.code).toBe(0);
		expect(result.stderr).toContain('note: "Ferry crews vote to strike over pay" (Harbour Times) is already in the story');
		expect(result.stderr).toContain('nothing new to add');
		expect(readFileSync(file, 'utf8')).toBe(before);
		expect(existsSync(`${file}.bak`)).toBe(false);
	});

	it('skips an article already in the story by its text, under another name and without an address', async () => {
		const {article, run, libraryFolder} = setup();
		await run(['ingest', article('floods.txt', floods), '--save']);
		const file = path.join(libraryFolder, `${floodsId}.json`);
		// The same article saved again from the browser: its header lines gone, its text the same.
		const copy = article('floods-copy.txt', floods.split('\n\n').slice(1).join('\n\n').replace('Heavy rain', 'Heavy  rain'));
		const result = await run(['ingest', copy, '--into', file, '--outlet', 'Valley News', '--published', '2024-10-31']);
		expect(result.code).toBe(0);
		expect(result.stderr).toMatch(/note: .* is already in the story as "Floods cut off mountain villages" \(the same text\); skipped/);
		expect(result.stderr).toContain('nothing new to add');
	});

	it('lists the story ids there are when the id names none', async () => {
		const {article, run} = setup();
		await run(['ingest', article('floods.txt', floods), '--save']);
		const result = await run(['ingest', article('update.txt', ferryUpdate), '--into', 'ferry-story']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(`no story file named "ferry-story"; no story id starts with "ferry-story"; the library holds: ${floodsId}`);
	});

	it('keeps no backup with --no-backup', async () => {
		const {article, run, libraryFolder} = setup();
		await run(['ingest', article('strike.txt', ferryStrike), '--save']);
		const file = path.join(libraryFolder, `${ferryId}.json`);
		const result = await run(['ingest', article('update.txt', ferryUpdate), '--into', file, '--no-backup']);
		expect(result.code).toBe(0);
		expect(existsSync(`${file}.bak`)).toBe(false);
		expect(parseStoryText(readFileSync(file, 'utf8'), 'after').story!.articles).toHaveLength(2);
	});

	it('refuses a story file that does not load, and writes nothing', async () => {
		const {article, run} = setup();
		const broken = article('broken.json', '{"schemaVersion": 1,');
		const result = await run(['ingest', article('update.txt', ferryUpdate), '--into', broken]);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('cannot add to the story');
		expect(readFileSync(broken, 'utf8')).toBe('{"schemaVersion": 1,');
	});
});

describe('--since DATE', () => {
	it('prints only what was added on or after the day', async () => {
		const {article, run, libraryFolder} = setup();
		await run(['ingest', article('strike.txt', ferryStrike), '--save']);
		const file = path.join(libraryFolder, `${ferryId}.json`);
		// The first import as if it had been saved long ago.
		writeFileSync(file, readFileSync(file, 'utf8').replaceAll(`"added": "${localDay()}"`, '"added": "2020-01-01"'));
		await run(['ingest', article('update.txt', ferryUpdate), '--into', file]);
		const result = await run(['--plain', '--since', '2021-01-01']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Ferry crews vote to strike over pay: added since 2021-01-01');
		expect(result.stdout).toContain('Coast Courier, 12 Apr 2025: Ferry talks resume in Vik');
		expect(result.stdout).toContain('Ines Moller: “We want a deal, not a dispute');
		expect(result.stdout).not.toContain('Harbour Times');
		const json = JSON.parse((await run(['--json', '--since', '2021-01-01'])).stdout);
		expect(json.articles.map((entry: any) => entry.outlet)).toEqual(['Coast Courier']);
		expect((await run(['--plain', '--since', '2030-01-01'])).stdout).toContain('Nothing was added since 2030-01-01.');
	});

	it('takes only a real day', async () => {
		const result = await runMain(['--plain', '--since', 'yesterday']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('--since takes a day (YYYY-MM-DD), a day and time (YYYY-MM-DDTHH:MM) or last-visit, not "yesterday"');
	});
});

describe('search QUERY --library', () => {
	it('searches every story and shows each hit with its story', async () => {
		const {article, run} = setup();
		await run(['ingest', article('strike.txt', ferryStrike), '--save']);
		await run(['ingest', article('floods.txt', floods), '--save']);
		const result = await run(['search', 'moller', '--library']);
		expect(result.code).toBe(0);
		expect(result.stdout.split('\n')[0]).toMatch(/^person\s+Ines Moller\s+#ines-moller-\w+ {2}· Ferry crews vote to strike over pay #ferry-crews-vote-strike-pay$/);
		const json = JSON.parse((await run(['search', 'lunden', '--library', '--json'])).stdout);
		expect(json[0]).toMatchObject({label: 'Lunden', story: {id: floodsId}});
		// The sample is part of the default library.
		expect((await run(['search', 'peskv', '--library'])).stdout).toMatch(/Dmitry Peskov.*#kim-putin-2023/);
	});
});

describe('what is new, from one visit to the next', () => {
	/** The dashboard as a stand-in that records what it was told is new. */
	async function openDashboard(env: Record<string, string>) {
		let marked: ReadonlySet<string> | undefined;
		const code = await main([], {
			stdout: {write: () => true, isTTY: true, columns: 120},
			stderr: {write: () => true},
			stdin: Object.assign(Readable.from([]), {isTTY: true}),
			env: {NO_COLOR: '1', ...env},
			dashboard: async (_story, options) => {
				marked = options.newItems;
				return 0;
			},
		});
		expect(code).toBe(0);
		return marked!;
	}

	it('marks the articles and items added since the last visit, and says so in the library list', async () => {
		const {article, run, env} = setup();
		await run(['ingest', article('strike.txt', ferryStrike), '--save']);
		// The first visit: all of it is new, so nothing is marked.
		expect((await openDashboard(env)).size).toBe(0);
		await run(['ingest', article('update.txt', ferryUpdate), '--into', ferryId]);
		expect((await run(['library'])).stdout).toMatch(/Ferry crews vote to strike over pay · .* · 1 new article, \d+ new items {2}#/);
		const marked = await openDashboard(env);
		const story = JSON.parse((await run(['--json'])).stdout);
		const newArticle = story.articles.at(-1).id;
		const items = [...story.people, ...story.organizations, ...story.places, ...story.facts, ...story.events, ...story.quotes];
		const fromNewArticle = new Set([
			newArticle,
			...items.filter((item: any) => item.cites.some((citation: any) => citation.article === newArticle)).map((item: any) => item.id),
			...story.differences.filter((difference: any) => difference.sides.some((side: any) => side.article === newArticle)).map((difference: any) => difference.id),
		]);
		expect(marked.has(newArticle)).toBe(true);
		expect(marked.size).toBeGreaterThan(1);
		for (const id of marked) expect(fromNewArticle.has(id)).toBe(true);
		// Seen now: the next visit marks nothing, and the list says nothing is new.
		expect((await openDashboard(env)).size).toBe(0);
		expect((await run(['library'])).stdout).not.toContain('new article');
		expect((await run(['library'])).stdout).not.toContain('not opened yet');
		expect(JSON.parse((await run(['library', '--json'])).stdout).find((row: any) => row.id === ferryId).opened).toBe(true);
	});

	it('--since last-visit prints what the dashboard marks new and the library list counts, and --since takes a day and time', async () => {
		const {article, run, env} = setup();
		await run(['ingest', article('strike.txt', ferryStrike), '--save']);
		const never = await run(['--json', '--since', 'last-visit']);
		expect(JSON.parse(never.stdout).articles).toHaveLength(1);
		await openDashboard(env);
		expect(JSON.parse((await run(['--json', '--since', 'last-visit'])).stdout).articles).toEqual([]);
		await run(['ingest', article('update.txt', ferryUpdate), '--into', ferryId]);
		const listed = /1 new article, (\d+) new items/.exec((await run(['library'])).stdout);
		const since = JSON.parse((await run(['--json', '--since', 'last-visit'])).stdout);
		const sinceIds = [since.articles, since.people, since.organizations, since.places, since.facts, since.events, since.quotes, since.differences].flat().map((item: any) => item.id);
		const marked = await openDashboard(env);
		expect(new Set(sinceIds)).toEqual(marked);
		expect(since.articles).toHaveLength(1);
		expect(sinceIds.length - since.differences.length - 1).toBe(Number(listed![1]));
		const plain = await run(['--plain', '--since', `${localDay()}T00:00`]);
		expect(plain.code).toBe(0);
		expect(plain.stdout).toContain('Ferry talks resume in Vik');
	});
});

describe('replacing a story file', () => {
	it('refuses when the file changed on disk since it was read, and leaves both versions alone', () => {
		const folder = temporaryFolder();
		const file = path.join(folder, 'story.json');
		writeFileSync(file, JSON.stringify(storyNamed('one', 'First version')));
		const before = readForUpdate(file, 1e6);
		if ('problems' in before) throw new Error('unreadable');
		// Someone else's edit, between reading and writing.
		writeFileSync(file, JSON.stringify(storyNamed('one', 'Edited meanwhile')));
		const problem = replaceStoryFile(file, before, '{"replaced": true}', {backup: true, maxBytes: 1e6});
		expect(problem).toEqual({file, message: expect.stringMatching(/^changed on disk since it was read; nothing written/)});
		expect(readFileSync(file, 'utf8')).toContain('Edited meanwhile');
		expect(existsSync(`${file}.bak`)).toBe(false);
	});
});
