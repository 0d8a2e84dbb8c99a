import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {rssFeed, startFeedServer, type FeedServer} from '../helpers/feed-server.js';
import {storyNamed} from '../helpers/library-stories.js';
import {cliPath} from '../helpers/run-cli.js';
import {freshHome, serveArticles} from '../feeds/feed-env.js';
import {startCli, type CliSession} from './pty-harness.js';

// The picker's side of feeds, as a user meets it in a real pseudo-terminal: R refreshes the feeds from
// the picker (progress, then a summary on the bottom line, the Inbox row appearing), and the Inbox row
// opens the groups, where s starts a story that the picker then lists.

const keys = {enter: '\r', escape: '\u001B', ctrlU: '\u0015'};
const size = {columns: 110, rows: 30};
let server: FeedServer;
let session: CliSession | undefined;

beforeAll(async () => {
	server = await startFeedServer();
	serveArticles(server);
	server.set('/news.rss', {body: rssFeed('News', ['rotterdam-strike', 'lisbon-bridge'].map(slug => ({title: slug, link: server.url(`/a/${slug}`)})))});
});
afterAll(() => server.close());
afterEach(() => {
	session?.kill();
	session = undefined;
});

/** A user with two stories of their own (so the picker shows) and one untied feed. */
async function userWithFeed() {
	const user = freshHome();
	mkdirSync(user.libraryFolder, {recursive: true});
	writeFileSync(`${user.libraryFolder}/summit.json`, JSON.stringify(storyNamed('summit-talks', 'Summit talks in Vladivostok', '2024-04-01')));
	writeFileSync(`${user.libraryFolder}/floods.json`, JSON.stringify(storyNamed('valley-floods', 'Floods in the valley', '2024-03-05')));
	expect((await user.run('feeds', 'add', server.url('/news.rss'))).code).toBe(0);
	return user;
}

describe.skipIf(!existsSync(cliPath))('feeds in the story picker', {timeout: 90_000}, () => {
	it('R refreshes from the picker; the Inbox row opens the groups; s starts a story the picker then lists', async () => {
		const user = await userWithFeed();
		session = startCli([], size, user.env);
		const before = await session.waitFor(screen => screen.startsWith('Stories') && screen.includes('R refresh'), 'the picker with its refresh key');
		expect(before, 'no inbox row while the inbox is empty').not.toContain('Inbox');

		session.type('R');
		const refreshed = await session.waitFor(screen => screen.includes('1 feed refreshed'), 'the refresh summary', 60_000);
		expect(refreshed).toContain('1 feed refreshed: 2 new articles, 2 to the inbox');
		// Pinned first, above the stories, with its counts.
		expect(refreshed).toMatch(/^Stories.*\n.*\n {2}● Inbox {2}2 articles in 2 groups\n/);

		session.type('k');
		session.type(keys.enter);
		const inbox = await session.waitFor(screen => screen.startsWith('Inbox  2 groups'), 'the inbox screen');
		expect(inbox).toMatch(/s save .*a add .*dismiss .*Esc\/Backspace back/);
		// Each group with its articles, date, outlet and names.
		expect(inbox).toMatch(/1 article · \d+ Mar 2024 · (Tagus Times|Harbour Gazette)/);

		session.type('s');
		await session.waitFor(screen => screen.includes('New story, title: '), 'the title prompt');
		session.type(keys.ctrlU);
		session.type('Port and bridge watch');
		session.type(keys.enter);
		const saved = await session.waitFor(screen => screen.includes('started the story "Port and bridge watch"'), 'the confirmation line');
		expect(saved).toMatch(/^Inbox {2}1 group/);

		session.type(keys.escape);
		const picker = await session.waitFor(screen => screen.startsWith('Stories') && screen.includes('Port and bridge watch'), 'the picker with the new story');
		expect(picker).toContain('Inbox  1 article in 1 group');
		// The story is a file of the library, and its article left the inbox.
		const titles = readdirSync(user.libraryFolder)
			.filter(name => name.endsWith('.json'))
			.map(name => (JSON.parse(readFileSync(`${user.libraryFolder}/${name}`, 'utf8')) as {story?: {title?: string}}).story?.title);
		expect(titles).toContain('Port and bridge watch');
		expect(readdirSync(`${user.libraryFolder}/inbox`).filter(name => name.endsWith('.json'))).toHaveLength(1);

		// Opened, the story's header says when the feeds were last refreshed; R refreshes from the dashboard too.
		session.type('/');
		session.type('Port and bridge');
		session.type(keys.enter);
		const opened = await session.waitFor(screen => screen.startsWith('Port and bridge watch'), 'the new story in the dashboard');
		expect(opened.split('\n')[0]).toMatch(/refreshed \d{4}-\d\d-\d\d \d\d:\d\d/);
		session.type('R');
		await session.waitFor(screen => screen.includes('1 feed refreshed: 0 new articles'), 'the refresh from the dashboard', 60_000);
	});
});
