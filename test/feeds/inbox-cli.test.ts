import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {addToInbox, inboxFolderOf, isFromFeed} from '../../source/feeds/inbox-store.js';
import {parseStoryText} from '../../source/model/load.js';
import {inventedStory, type InventedStory} from '../fixtures/invented-story.js';
import {temporaryFolder} from '../helpers/run-cli.js';
import {runMain} from '../helpers/run-main.js';

// summit-tui inbox and inbox show|save|add|dismiss, in process, each test with a library of its own
// (--library DIR; HOME and XDG are the run's temporary ones) whose inbox holds invented articles.

const fire: InventedStory[] = [
	{title: 'Wildfire near Askeby forces evacuations', outlet: 'North Post', published: '2031-07-01', url: 'https://north.example/fire-1', people: ['Greta Holmvik'], organizations: ['Askeby Fire Service'], places: ['Askeby']},
	{title: 'Askeby wildfire spreads as winds rise', outlet: 'Daily Ledger', published: '2031-07-02', url: 'https://ledger.example/fire-2', people: ['Greta Holmvik', 'Paul Ardent'], organizations: ['Askeby Fire Service'], places: ['Askeby', 'Lake Tyne']},
];
const cup: InventedStory = {title: 'Velstad United win the cup final', outlet: 'Sport Now', published: '2031-07-03', url: 'https://sport.example/cup', people: ['Dani Ortez'], organizations: ['Velstad United'], places: ['Velstad']};

function libraryWith(...specs: InventedStory[]): string {
	const library = temporaryFolder();
	for (const spec of specs) {
		const added = addToInbox(library, inventedStory(spec));
		if ('problem' in added) throw new Error(added.problem.message);
	}
	return library;
}

const inboxFiles = (library: string) => (existsSync(inboxFolderOf(library)) ? readdirSync(inboxFolderOf(library)).filter(name => name.endsWith('.json')) : []);
const storyFiles = (library: string) => readdirSync(library).filter(name => name.endsWith('.json') && !name.startsWith('.'));

describe('summit-tui inbox', () => {
	it('lists the groups, newest first, each with its count, dates, outlets and names', async () => {
		const library = libraryWith(...fire, cup);
		const {code, stdout} = await runMain(['inbox', '--library', library]);
		expect(code).toBe(0);
		const lines = stdout.split('\n');
		expect(lines[0]).toBe(`Inbox: 3 articles in 2 groups (${inboxFolderOf(library)})`);
		expect(lines[1]).toBe('1  Velstad United win the cup final');
		expect(lines[2]).toBe('   1 article · 3 Jul 2031 · Sport Now');
		expect(lines[4]).toMatch(/^2 {2}Wildfire near Askeby forces evacuations|^2 {2}Askeby wildfire spreads as winds rise/);
		expect(lines[5]).toBe('   2 articles · 1–2 Jul 2031 · North Post, Daily Ledger');
		expect(lines[6]).toMatch(/Askeby Fire Service/);
	});

	it('says the inbox is empty when there is none, and refuses a group it does not have', async () => {
		const library = temporaryFolder();
		expect((await runMain(['inbox', '--library', library])).stdout).toBe(`The inbox is empty (${inboxFolderOf(library)}).\n`);
		const missing = await runMain(['inbox', 'show', '1', '--library', library]);
		expect(missing.code).toBe(2);
		expect(missing.stderr).toMatch(/inbox show: the inbox is empty/);
		const full = libraryWith(cup);
		const wrong = await runMain(['inbox', 'save', '4', '--library', full]);
		expect(wrong.code).toBe(2);
		expect(wrong.stderr).toMatch(/no group "4"; the inbox has group 1/);
	});

	it('shows a group\'s articles with their addresses, and with --explain why each joined', async () => {
		const library = libraryWith(...fire, cup);
		const {code, stdout} = await runMain(['inbox', 'show', '2', '--explain', '--library', library]);
		expect(code).toBe(0);
		expect(stdout).toMatch(/- 1 Jul 2031 · North Post · Wildfire near Askeby forces evacuations\n {4}https:\/\/north\.example\/fire-1\n {4}first of the group/);
		expect(stdout).toMatch(/- 2 Jul 2031 · Daily Ledger · Askeby wildfire spreads as winds rise\n {4}https:\/\/ledger\.example\/fire-2\n {4}joined with score [\d.]+: .*shares 1 person: Greta Holmvik/);
	});

	it('prints the groups as JSON for scripts', async () => {
		const library = libraryWith(...fire, cup);
		const {code, stdout} = await runMain(['inbox', '--json', '--library', library]);
		expect(code).toBe(0);
		const value = JSON.parse(stdout) as {groups: Array<{number: number; outlets: string[]; from: string; to: string; articles: Array<{url: string}>}>};
		expect(value.groups.map(group => group.number)).toEqual([1, 2]);
		expect(value.groups[1]).toMatchObject({outlets: ['North Post', 'Daily Ledger'], from: '2031-07-01', to: '2031-07-02'});
		expect(value.groups[1]!.articles.map(article => article.url)).toEqual(['https://north.example/fire-1', 'https://ledger.example/fire-2']);
	});

	it('starts a story from a group with the title given; its articles leave the inbox, the others stay', async () => {
		const library = libraryWith(...fire, cup);
		const {code, stderr} = await runMain(['inbox', 'save', '2', '--title', 'The Askeby fire', '--library', library]);
		expect(code).toBe(0);
		expect(stderr).toMatch(/saved "The Askeby fire" \(2 articles\) as .*\.json; its id is /);
		const [file] = storyFiles(library);
		const saved = parseStoryText(readFileSync(path.join(library, file!), 'utf8'), file!);
		expect(saved.problems).toEqual([]);
		expect(saved.story!.story.title).toBe('The Askeby fire');
		expect(saved.story!.articles.map(article => article.outlet)).toEqual(['North Post', 'Daily Ledger']);
		expect(saved.story!.people.map(person => person.name)).toEqual(['Greta Holmvik', 'Paul Ardent']);
		expect(inboxFiles(library)).toEqual([expect.stringMatching(/^velstad-united-win-the-cup-final-/)]);
		const listing = await runMain(['library', '--library', library]);
		expect(listing.stdout).toMatch(/The Askeby fire · 1 Jul 2031 – 2 Jul 2031 · North Post, Daily Ledger · 2 articles/);
	});

	it('adds a group to a story of the library, and refuses an unrelated one without --force', async () => {
		const library = libraryWith(fire[0]!);
		expect((await runMain(['inbox', 'save', '1', '--library', library])).code).toBe(0);
		const [file] = storyFiles(library);
		const id = JSON.parse(readFileSync(path.join(library, file!), 'utf8')).story.id as string;
		addToInbox(library, inventedStory(fire[1]!));
		addToInbox(library, inventedStory(cup));
		const groups = JSON.parse((await runMain(['inbox', '--json', '--library', library])).stdout).groups as Array<{number: number; title: string}>;
		const fireGroup = groups.find(group => group.title.includes('Askeby'))!.number;

		const added = await runMain(['inbox', 'add', String(fireGroup), '--into', id, '--library', library]);
		expect(added.code).toBe(0);
		expect(added.stderr).toMatch(/added 1 article to ".*" in .*\.json/);
		const story = JSON.parse(readFileSync(path.join(library, file!), 'utf8'));
		expect(story.articles.map((article: {outlet: string}) => article.outlet)).toEqual(['North Post', 'Daily Ledger']);
		expect(existsSync(path.join(library, `${file}.bak`))).toBe(true);

		// The cup final is the only group left.
		const refused = await runMain(['inbox', 'add', '1', '--into', id, '--library', library]);
		expect(refused.code).toBe(1);
		expect(refused.stderr).toMatch(/nothing added \(to add these anyway, give --force\).*"Velstad United win the cup final" \(Sport Now\) shares no person/s);
		expect(inboxFiles(library)).toEqual([expect.stringMatching(/^velstad-united/)]);
	});

	it('dismisses a group into the dismissed folder, where its file is kept whole', async () => {
		const library = libraryWith(...fire, cup);
		const before = readFileSync(path.join(inboxFolderOf(library), inboxFiles(library).find(name => name.startsWith('velstad'))!));
		const {code, stderr} = await runMain(['inbox', 'dismiss', '1', '--library', library]);
		expect(code).toBe(0);
		expect(stderr).toMatch(/dismissed "Velstad United win the cup final" \(1 article; kept in .*inbox\/dismissed\)/);
		expect(inboxFiles(library)).toHaveLength(2);
		const kept = readdirSync(path.join(inboxFolderOf(library), 'dismissed'));
		expect(readFileSync(path.join(inboxFolderOf(library), 'dismissed', kept[0]!))).toEqual(before);
		expect((await runMain(['inbox', '--library', library])).stdout).toMatch(/^Inbox: 2 articles in 1 group /);
	});

	it('names an inbox file that does not load and lists the rest', async () => {
		const library = libraryWith(cup);
		writeFileSync(path.join(inboxFolderOf(library), 'broken.json'), '{"schemaVersion": 1, "story": ');
		const {code, stdout, stderr} = await runMain(['inbox', '--library', library]);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^Inbox: 1 article in 1 group/);
		expect(stderr).toMatch(/warning: .*broken\.json: .*\(left in the inbox, not listed\)/);
	});

	it('names a named pipe in the inbox instead of waiting on it', async () => {
		const library = libraryWith(cup);
		execFileSync('mkfifo', [path.join(inboxFolderOf(library), 'pipe.json')]);
		const {code, stdout, stderr} = await runMain(['inbox', '--library', library]);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^Inbox: 1 article in 1 group/);
		expect(stderr).toMatch(/pipe\.json: is a named pipe.*not an article/);
	});

	it('keeps one copy of an article that arrives twice', () => {
		const library = libraryWith(cup);
		const again = addToInbox(library, inventedStory({...cup, url: 'https://sport.example/cup?utm_source=feed'}));
		expect('value' in again && again.value.already).toBe(true);
		expect(inboxFiles(library)).toHaveLength(1);
	});
});

describe('the followed stories placing reads', () => {
	it('are the stories of the library read from their files, a broken one left out with a warning', async () => {
		const {readFollowedStories} = await import('../../source/feeds/followed-stories.js');
		const library = libraryWith(...fire);
		expect((await runMain(['inbox', 'save', '1', '--library', library])).code).toBe(0);
		writeFileSync(path.join(library, 'broken.json'), '{"schemaVersion": 1');
		const context = {folder: library, env: {}, maxBytes: 1 << 20, bundledFolder: path.join(library, 'none'), trusted: new Map()};
		const outcome = await readFollowedStories(context as never);
		if (!('value' in outcome)) throw new Error('the library did not open');
		expect(outcome.value.map(story => story.story.articles.length)).toEqual([2]);
		expect(outcome.warnings).toEqual([expect.stringMatching(/broken\.json: .*; new articles are not placed into it$/)]);
		expect(outcome.value[0]!.file).toBe(path.join(library, storyFiles(library).find(name => name !== 'broken.json')!));
	});
});

describe('articles from feeds', () => {
	it('say which feed brought them, and take the item\'s link when they have no address', () => {
		const origin = {feed: 'https://north.example/rss', feedTitle: 'North Post', link: 'https://north.example/fire-9', fetched: '2031-07-05T08:00:00Z'};
		const library = temporaryFolder();
		const added = addToInbox(library, inventedStory({...fire[0]!, url: undefined}), {origin});
		if (!('value' in added)) throw new Error(added.problem.message);
		const stored = parseStoryText(readFileSync(added.value.file, 'utf8'), added.value.file).story!;
		expect(stored.articles[0]!.note).toBe('From the feed "North Post" (https://north.example/rss), fetched 2031-07-05T08:00:00Z');
		expect(stored.articles[0]!.url).toBe('https://north.example/fire-9');
		expect(isFromFeed(stored.articles[0]!)).toBe(true);
		expect(isFromFeed(inventedStory(cup).articles[0]!)).toBe(false);
	});
});
