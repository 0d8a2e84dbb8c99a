import {readFileSync, writeFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {rssFeed, startFeedServer, type FeedServer} from '../helpers/feed-server.js';
import {articleBySlug, freshHome, serveArticles, removeHomes} from './feed-env.js';

// Every bad input of issue 25 in one refresh: each is one line naming its feed or page, the good feed
// still brings its article, and what is written (the state, the inbox) is whole.

let server: FeedServer;
beforeAll(async () => {
	server = await startFeedServer();
	serveArticles(server);
	const good = articleBySlug('lisbon-bridge');
	server.set('/good.rss', {body: rssFeed('Good', [{title: good.title, link: server.url('/a/lisbon-bridge'), guid: 'good-1'}])});
	server.set('/malformed.xml', {body: '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>cut here', type: 'application/rss+xml'});
	server.set('/page.xml', {body: '<!doctype html><html><head><title>Not a feed</title></head><body><p>Moved.</p></body></html>', type: 'text/html'});
	server.set('/huge.xml', {body: rssFeed('Huge', Array.from({length: 3000}, (_, index) => ({title: `Item ${index} ${'padding '.repeat(10)}`, link: `http://127.0.0.1/x/${index}`}))), type: 'application/rss+xml'});
	server.set('/bomb.xml', {body: Buffer.concat([Buffer.from('<?xml version="1.0"?><rss version="2.0"><channel><title>'), Buffer.alloc(20 * 1024 * 1024, 0x20), Buffer.from('</title></channel></rss>')]), gzip: true});
	server.set('/drip.xml', {body: rssFeed('Drip', []), dripMs: 1000});
	server.redirect('/loop-a', '/loop-b');
	server.redirect('/loop-b', '/loop-a');
	const now = Date.now();
	server.set('/odd.rss', {
		body: rssFeed('Odd \u001B]0;owned\u0007 feed', [
			{title: 'Escape \u001B[2J\u001B]52;c;Zm9v\u0007 and \u202Eevil\u202C bidi', link: server.url('/a/lisbon-ferries'), guid: 'odd-1', date: new Date(now + 30 * 86_400_000).toUTCString()},
			{title: 'No link and no GUID', link: ''},
			{title: 'Twice', link: server.url('/a/rotterdam-talks'), guid: 'twice', date: 'the day after tomorrow'},
			{title: 'Twice again', link: server.url('/a/rotterdam-talks'), guid: 'twice'},
			{title: 'Gone', link: server.url('/a/gone'), guid: 'gone'},
		]),
	});
});
afterAll(async () => {
	await server.close();
	removeHomes();
});

describe('refresh on bad feeds', () => {
	it('says one line per bad feed or page and goes on with the rest', async () => {
		const user = freshHome();
		const feeds = ['/good.rss', '/malformed.xml', '/page.xml', '/huge.xml', '/bomb.xml', '/drip.xml', '/loop-a', '/odd.rss'];
		const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>${feeds.map(feed => `<outline text="${feed}" type="rss" xmlUrl="${server.url(feed)}"/>`).join('')}</body></opml>`;
		writeFileSync(`${user.home}/feeds.opml`, opml);
		const imported = await user.run('feeds', 'import', `${user.home}/feeds.opml`);
		expect(imported.stderr).toContain('following 8 new feeds');

		const refreshed = await user.run('refresh', '--max-size', '200K', '--timeout', '2');
		expect(refreshed.code).toBe(1);
		const out = refreshed.stdout;
		const line = (needle: string) => out.split('\n').find(text => text.includes(needle)) ?? `(no line with ${needle})`;
		expect(line('/malformed.xml')).toMatch(/^failed: .*malformed\.xml: is not well-formed/);
		expect(line('/page.xml')).toMatch(/is a web page \(HTML\), not a feed/);
		expect(line('/huge.xml')).toMatch(/larger than the --max-size limit/);
		expect(line('/bomb.xml')).toMatch(/larger than the --max-size limit/);
		expect(line('/drip.xml')).toMatch(/no complete answer within 2 s/);
		expect(line('/loop-a')).toMatch(/redirect loop/);
		expect(line('/a/gone')).toMatch(/^failed: .*\/a\/gone \(from .*odd\.rss\): the server answered 404/);
		expect(out).toMatch(/note: .*odd\.rss: item "No link and no GUID" has neither a link nor a GUID; skipped/);
		expect(out).toMatch(/note: .*odd\.rss: 2 items share the GUID "twice"; the first is kept/);
		expect(out).toMatch(/odd\.rss: item "Twice": its date "the day after tomorrow" does not read as a date/);
		expect(out).toMatch(/is in the future; the page's own date is used/);
		// The feed's text is the server's: no escape sequence or bidi control reaches the terminal.
		expect(out).not.toMatch(/[\u001B\u0007\u202E\u202C]/);
		expect(out).toContain('8 feeds refreshed');
		// The good feed and the good items of the odd one landed, each once.
		expect(user.inboxTitles()).toEqual(['Extra ferries for Almada commuters while Lisbon bridge is shut', 'Lisbon closes 25 de Abril bridge for repairs', 'Rotterdam port strike enters second day as talks stall']);
		const state = JSON.parse(readFileSync(user.stateFile, 'utf8')) as {feeds: Record<string, {seen: string[]}>};
		expect(state.feeds[server.url('/odd.rss')]!.seen.sort()).toEqual(['odd-1', 'twice']);

		// The page that failed is tried again next time; what landed is not fetched again.
		server.requests.length = 0;
		const again = await user.run('refresh', '--max-size', '200K', '--timeout', '2');
		expect(server.requests.filter(request => request.path.startsWith('/a/')).map(request => request.path)).toEqual(['/a/gone']);
		expect(again.stdout).toContain('0 new articles');
	}, 120_000);
});
