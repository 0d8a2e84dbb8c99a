import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {loadLibrary} from '../../source/library/catalog.js';
import {createPicker} from '../../source/library/picker-model.js';
import {readSeenState} from '../../source/library/seen-state-file.js';
import {countNew, describeNew, newItemIds} from '../../source/library/whats-new.js';
import {parseStoryText} from '../../source/model/load.js';
import {temporaryFolder} from '../helpers/run-cli.js';
import {runMain} from '../helpers/run-main.js';

// One definition of new, said in the same words by the header, the picker, `library` and --since, after
// an --into and after a refresh whose page grew (the issue saw "28 new items" beside "30 new").

const page = (title: string, paragraphs: string[]) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Valley Post</title>
<meta property="og:site_name" content="Valley Post"><meta property="article:published_time" content="2024-03-05T08:00:00+01:00"></head>
<body><article><h1>${title}</h1>${paragraphs.map(text => `<p>${text}</p>`).join('\n')}</article></body></html>`;

const floods = [
	'Floods cut off three villages in the Lora valley on Monday after the river burst its banks, the regional government said.',
	'"The water rose faster than anyone expected," said Marta Vidal, the mayor of Alcora, where two hundred people spent the night in the school.',
	'Rescue teams from Valencia reached the villages by boat on Tuesday morning, according to the civil protection agency.',
];
const grown = [
	'On Wednesday the regional president, Jorge Salas, announced emergency aid of 12 million euros for the valley.',
	'The river fell below its banks in Alcora on Thursday, and the road to Valencia opened again, the civil protection agency said.',
];

const pages = new Map<string, string>();
let server: Server;
let base = '';

beforeAll(async () => {
	server = createServer((request, response) => {
		const body = pages.get(request.url ?? '');
		if (body === undefined) response.writeHead(404, {'content-type': 'text/html'}).end('<html><body>Not found</body></html>');
		else response.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(body);
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>(resolve => server.close(() => resolve())));

function setup() {
	const home = temporaryFolder();
	const env = {XDG_DATA_HOME: path.join(home, 'data'), XDG_STATE_HOME: path.join(home, 'state'), XDG_CACHE_HOME: path.join(home, 'cache')};
	const folder = path.join(home, 'data', 'summit-tui', 'stories');
	return {home, env, folder, run: (args: string[]) => runMain(args, {env})};
}

/** What is new in the one story of the library, as each front end says it. */
async function whatEachSays(setupValues: ReturnType<typeof setup>) {
	const {env, folder, run} = setupValues;
	const [file] = readdirSync(folder).filter(name => name.endsWith('.json') && !name.startsWith('.')).map(name => path.join(folder, name));
	const story = parseStoryText(readFileSync(file!, 'utf8'), file!).story!;
	const seen = readSeenState(path.join(env.XDG_STATE_HOME, 'summit-tui'));
	const newIds = newItemIds(story, seen);
	const listing = (await run(['library'])).stdout;
	const row = createPicker(await loadLibrary(folder, {cache: path.join(env.XDG_CACHE_HOME, 'summit-tui')}), seen).rows[0]!;
	const since = (await run([story.story.id, '--since', 'last-visit', '--plain'])).stdout.split('\n')[1];
	return {story, newIds, header: describeNew(countNew(story, newIds), 'long'), picker: row.fresh, unread: row.unread, library: listing.split('\n')[0]!.split(' · ').find(part => part.includes(' new '))?.replace(/  #\S+$/, ''), since};
}

describe('what is new, said alike everywhere', {timeout: 120_000}, () => {
	it('after an --into: the header, the picker, library and --since give the same counts', async () => {
		const values = setup();
		const {home, run} = values;
		const first = path.join(home, 'first.txt');
		writeFileSync(first, `Title: Floods cut off villages in the Lora valley\nOutlet: Valley Post\nPublished: 2024-03-05\n\n${floods.join('\n\n')}\n`);
		expect((await run(['ingest', first, '--save'])).code).toBe(0);
		expect((await run(['library', 'read', 'floods'])).code).toBe(0);
		const second = path.join(home, 'second.txt');
		writeFileSync(second, `Title: Aid for the Lora valley as waters fall\nOutlet: Coast News\nPublished: 2024-03-07\n\n${grown.join('\n\n')}\n`);
		expect((await run(['ingest', second, '--into', 'floods'])).code).toBe(0);
		const says = await whatEachSays(values);
		expect(says.header).toMatch(/^1 new article, \d+ new items?/);
		expect(says.picker).toBe(says.header);
		expect(says.library).toBe(says.header);
		expect(says.since).toBe(says.header);
		expect(says.unread).toBe(true);
	});

	it('after a refresh whose page grew: the new version and its paragraphs are new, counted alike, the old citations still valid', async () => {
		const values = setup();
		const {run} = values;
		pages.set('/floods', page('Floods cut off villages in the Lora valley', floods));
		expect((await run(['ingest', `${base}/floods`, '--save'])).code).toBe(0);
		expect((await run(['library', 'read', 'floods'])).code).toBe(0);
		pages.set('/floods', page('Floods cut off villages in the Lora valley', [...floods, ...grown]));
		const refreshed = await run(['library', 'refresh', 'floods']);
		expect(refreshed.code).toBe(0);
		const says = await whatEachSays(values);
		const [old, version] = says.story.articles;
		expect(says.newIds.has(version!.id)).toBe(true);
		expect(says.newIds.has(old!.id)).toBe(false);
		// What the new paragraphs say is new (cited from the new version), what was seen is not.
		const newFacts = says.story.facts.filter(fact => says.newIds.has(fact.id));
		expect(newFacts.length).toBeGreaterThan(0);
		expect(newFacts.every(fact => fact.cites.some(cite => cite.article === version!.id))).toBe(true);
		expect(says.header).toMatch(/^1 new article/);
		expect([says.picker, says.library, says.since]).toEqual([says.header, says.header, says.header]);
		// The old citations still point at the old article's paragraphs, which are kept as they were.
		const validated = await run(['validate', path.join(values.folder, readdirSync(values.folder).find(name => name.endsWith('.json') && !name.startsWith('.'))!)]);
		expect(validated.code, validated.stdout + validated.stderr).toBe(0);
		expect(old!.paragraphs).toEqual(floods);
	});
});
