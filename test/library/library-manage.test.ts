import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parseStoryText} from '../../source/model/load.js';
import {temporaryFolder} from '../helpers/run-cli.js';
import {runMain} from '../helpers/run-main.js';

// summit-tui library rename|remove|restore|read|unread|refresh, in process, each test with its own
// folders; refresh against a server of our own on 127.0.0.1 whose pages change between two fetches.

const page = (title: string, paragraphs: string[]) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | City Herald</title>
<meta property="og:site_name" content="City Herald"><meta property="article:published_time" content="2024-03-05T08:00:00+01:00"></head>
<body><nav>Home News Sport</nav><article><h1>${title}</h1>${paragraphs.map(text => `<p>${text}</p>`).join('\n')}</article></body></html>`;

const bridge = [
	'The council voted on Tuesday to close the old bridge to cars from April, after inspectors found corroded cables in two of its spans.',
	'"We cannot take the risk any longer," said Mayor Ines Duarte, who chaired the meeting and cast the deciding vote.',
	'Buses and bicycles will still be allowed across until repairs begin in the autumn, the council\'s transport office said in a statement.',
];
const correction = 'Correction: the closure starts in May, not April, the council\'s transport office said on Wednesday.';

/** The pages the server gives now, by path; a test changes them between fetches. */
const pages = new Map<string, string>();
let server: Server;
let base = '';

beforeAll(async () => {
	server = createServer((request, response) => {
		const body = pages.get(request.url ?? '');
		if (body === undefined) {
			response.writeHead(404, {'content-type': 'text/html'}).end('<html><body>Not found</body></html>');
			return;
		}
		response.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(body);
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>(resolve => server.close(() => resolve())));

function setup() {
	const home = temporaryFolder();
	const env = {XDG_DATA_HOME: path.join(home, 'data'), XDG_STATE_HOME: path.join(home, 'state'), XDG_CACHE_HOME: path.join(home, 'cache')};
	const folder = path.join(home, 'data', 'summit-tui', 'stories');
	const run = (args: string[]) => runMain(args, {env});
	const save = async (title: string, text: string) => {
		const file = path.join(home, `${title.length}-${Math.random().toString(36).slice(2)}.txt`);
		writeFileSync(file, `Title: ${title}\nOutlet: Test Wire\nPublished: 2024-03-05\n\n${text}\n`);
		const saved = await run(['ingest', file, '--save']);
		expect(saved.code).toBe(0);
		return /as (.*\.json)$/m.exec(saved.stderr)![1]!;
	};
	return {home, folder, run, save};
}

describe('library rename', () => {
	it('sets the title, keeps the id, changes nothing else in the file, and keeps FILE.bak', async () => {
		const {run, save} = setup();
		const file = await save('Harbour strike ends after talks', 'Dock workers in Lunden ended their strike on Wednesday, the union said.');
		const before = readFileSync(file, 'utf8');
		const result = await run(['library', 'rename', 'harb', 'Harbour strike is over']);
		expect(result.code).toBe(0);
		expect(result.stderr).toContain('renamed harbour-strike-ends-talks from "Harbour strike ends after talks" to "Harbour strike is over"');
		const after = readFileSync(file, 'utf8');
		expect(parseStoryText(after, file).story!.story).toMatchObject({id: 'harbour-strike-ends-talks', title: 'Harbour strike is over'});
		// Only the story's title: the article keeps its own.
		expect(after.replace('"Harbour strike is over"', '"Harbour strike ends after talks"')).toBe(before);
		expect(readFileSync(`${file}.bak`, 'utf8')).toBe(before);
		expect((await run(['library'])).stdout).toContain('Harbour strike is over');
	});

	it('refuses an empty or a 10,000-character title, and a prefix that names no story, changing nothing', async () => {
		const {run, save} = setup();
		const file = await save('Harbour strike ends after talks', 'Dock workers in Lunden ended their strike on Wednesday, the union said.');
		const before = readFileSync(file, 'utf8');
		const empty = await run(['library', 'rename', 'harb', '  ']);
		expect(empty.code).toBe(2);
		expect(empty.stderr).toContain('the new title is empty; nothing changed');
		const long = await run(['library', 'rename', 'harb', 'x'.repeat(10_000)]);
		expect(long.code).toBe(2);
		expect(long.stderr.split('\n')[0]).toBe('summit-tui: the new title is 10000 characters long; at most 300; nothing changed');
		const none = await run(['library', 'rename', 'floods', 'Floods']);
		expect(none.code).toBe(2);
		expect(none.stderr).toContain('no story id starts with "floods"; the library holds: harbour-strike-ends-talks');
		expect(readFileSync(file, 'utf8')).toBe(before);
		expect(existsSync(`${file}.bak`)).toBe(false);
	});
});

describe('library remove and restore', () => {
	it('moves a story to the trash inside the library and back, byte for byte', async () => {
		const {run, save, folder} = setup();
		const floods = await save('Floods cut off mountain villages', 'Heavy rain cut off three villages near Lunden on Thursday, the regional council said.');
		await save('Harbour strike ends after talks', 'Dock workers in Lunden ended their strike on Wednesday, the union said.');
		const bytes = readFileSync(floods);
		const removed = await run(['library', 'remove', 'flo']);
		expect(removed.code).toBe(0);
		expect(removed.stderr).toContain('summit-tui library restore floods-cut-mountain-villages brings it back');
		expect(existsSync(floods)).toBe(false);
		expect(readFileSync(path.join(folder, '.trash', 'floods-cut-mountain-villages', path.basename(floods)))).toEqual(bytes);
		expect((await run(['library'])).stdout).not.toContain('Floods');
		const restored = await run(['library', 'restore', 'flo']);
		expect(restored.code).toBe(0);
		expect(readFileSync(floods)).toEqual(bytes);
		expect((await run(['library'])).stdout).toContain('Floods cut off mountain villages');
		expect(readdirSync(path.join(folder, '.trash'))).toEqual([]);
	});

	it('never restores over a story file that is there now', async () => {
		const {run, save} = setup();
		const floods = await save('Floods cut off mountain villages', 'Heavy rain cut off three villages near Lunden on Thursday, the regional council said.');
		await run(['library', 'remove', 'floods']);
		writeFileSync(floods, 'not mine to lose');
		const restored = await run(['library', 'restore', 'floods']);
		expect(restored.code).toBe(1);
		expect(restored.stderr).toContain('already exists; nothing is moved over another file');
		expect(readFileSync(floods, 'utf8')).toBe('not mine to lose');
	});
});

describe('library read and unread', () => {
	it('unread makes all of a story new in the listing; read makes none of it new', async () => {
		const {run, save} = setup();
		await save('Harbour strike ends after talks', 'Dock workers in Lunden ended their strike on Wednesday, the union said.');
		expect((await run(['library', 'unread', 'harb'])).code).toBe(0);
		expect((await run(['library'])).stdout).toMatch(/1 new article, \d+ new items? {2}#harbour-strike-ends-talks/);
		expect((await run(['library', 'read', 'harb'])).code).toBe(0);
		expect((await run(['library'])).stdout).not.toContain('new');
	});
});

describe('library refresh', () => {
	it('adds a corrected page as a new version, the old article and its citations kept', async () => {
		const {run, folder} = setup();
		pages.set('/bridge', page('Bridge to close to cars', bridge));
		expect((await run(['ingest', `${base}/bridge`, '--save'])).code).toBe(0);
		const [file] = readdirSync(folder).filter(name => name.endsWith('.json') && !name.startsWith('.')).map(name => path.join(folder, name));
		const first = parseStoryText(readFileSync(file!, 'utf8'), 'first').story!;
		const unchanged = await run(['library', 'refresh', 'bridge']);
		expect(unchanged.code).toBe(0);
		expect(unchanged.stderr).toContain('nothing changed');
		pages.set('/bridge', page('Bridge to close to cars', [...bridge, correction]));
		const refreshed = await run(['library', 'refresh', 'bridge']);
		expect(refreshed.stderr).toContain('1 of 1 addresses fetched again; added 1 new version');
		expect(refreshed.code).toBe(0);
		const after = parseStoryText(readFileSync(file!, 'utf8'), 'after').story!;
		expect(after.articles).toHaveLength(2);
		expect(after.articles[0]).toEqual(first.articles[0]);
		expect(after.articles[1]!.paragraphs).toContain(correction);
		expect(after.articles[1]!.note).toContain('a new version of "Bridge to close to cars"');
		expect(after.articles[1]!.added).toBeDefined();
		expect(existsSync(`${file}.bak`)).toBe(true);
	});

	it('says which addresses now give 404 or another article, and changes nothing for those', async () => {
		const {run, folder} = setup();
		pages.set('/gone', page('Bridge to close to cars', bridge));
		const original = page('Tram line to open in June', ['The new tram line will open in June, the city said on Friday, two years later than planned.', 'Trams will run every six minutes at peak hours.']);
		pages.set('/swapped', original);
		expect((await run(['ingest', `${base}/gone`, `${base}/swapped`, '--save'])).code).toBe(0);
		const [file] = readdirSync(folder).filter(name => name.endsWith('.json') && !name.startsWith('.')).map(name => path.join(folder, name));
		const before = readFileSync(file!, 'utf8');
		pages.delete('/gone');
		pages.set('/swapped', page('Ferry crews vote to strike over pay', ['Ferry crews voted to strike over pay on Monday, their union said.', 'Sailings to the islands will stop for two days next week.']));
		const result = await run(['library', 'refresh', 'bridge']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(`${base}/gone: `);
		expect(result.stderr).toMatch(/404/);
		expect(result.stderr).toContain(`${base}/swapped: now holds another article ("Ferry crews vote to strike over pay"), not "Tram line to open in June"; left as it was`);
		expect(readFileSync(file!, 'utf8')).toBe(before);
	});
});
