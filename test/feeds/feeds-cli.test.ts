import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {atomFeed, rssFeed, startFeedServer, type FeedServer} from '../helpers/feed-server.js';
import {freshHome, removeHomes} from './feed-env.js';

// `summit-tui feeds add|list|remove|import|export` against a feed server on 127.0.0.1.

let server: FeedServer;
beforeAll(async () => {
	server = await startFeedServer();
	server.set('/news.rss', {body: rssFeed('Harbour Gazette', [{title: 'One', link: 'http://127.0.0.1/one'}])});
	server.set('/site', {body: `<!doctype html><html><head><title>Tagus</title><link rel="alternate" type="application/atom+xml" href="/tagus.atom"></head><body>hi</body></html>`, type: 'text/html'});
	server.set('/tagus.atom', {body: atomFeed('Tagus Times', []), type: 'application/atom+xml'});
	server.set('/plain', {body: '<!doctype html><html><head><title>No feed</title></head><body>hi</body></html>', type: 'text/html'});
});
afterAll(async () => {
	await server.close();
	removeHomes();
});

describe('feeds', () => {
	it('adds a feed, or the feed a page announces, and lists where their articles go', async () => {
		const user = freshHome();
		const added = await user.run('feeds', 'add', server.url('/news.rss'));
		expect(added).toMatchObject({code: 0});
		expect(added.stderr).toBe(`summit-tui: following ${server.url('/news.rss')} "Harbour Gazette"; its new articles go to the inbox\n`);
		const announced = await user.run('feeds', 'add', server.url('/site'));
		expect(announced.stderr).toContain(`following ${server.url('/tagus.atom')} "Tagus Times" (announced by ${server.url('/site')})`);
		expect((await user.run('feeds', 'add', server.url('/news.rss'))).stderr).toContain('already following');
		const listed = await user.run('feeds', 'list');
		expect(listed.stdout.split('\n').filter(Boolean)).toEqual([
			`${server.url('/news.rss')}  "Harbour Gazette"  → inbox  not refreshed yet`,
			`${server.url('/tagus.atom')}  "Tagus Times"  → inbox  not refreshed yet`,
		]);
		expect(JSON.parse((await user.run('feeds', '--json')).stdout)).toHaveLength(2);
		const removed = await user.run('feeds', 'remove', server.url('/news.rss'));
		expect(removed.stderr).toContain('no longer following');
		expect((await user.run('feeds', 'list')).stdout).not.toContain('/news.rss');
		const again = await user.run('feeds', 'remove', server.url('/news.rss'));
		expect(again.code).toBe(1);
		expect(again.stderr).toContain('is not a feed you follow');
	});

	it('refuses what is no feed, and a story the library does not have, following nothing', async () => {
		const user = freshHome();
		const page = await user.run('feeds', 'add', server.url('/plain'));
		expect(page.code).toBe(1);
		expect(page.stderr).toContain(`${server.url('/plain')}: is a web page that announces no feed`);
		const missing = await user.run('feeds', 'add', server.url('/missing.rss'));
		expect(missing.stderr).toContain(`${server.url('/missing.rss')}: the server answered 404`);
		const story = await user.run('feeds', 'add', server.url('/news.rss'), '--story', 'no-such-story');
		expect(story.code).toBe(2);
		expect(story.stderr).toContain('--story: no story file named "no-such-story"');
		expect((await user.run('feeds', 'list')).stdout).toContain('no feeds yet');
		expect((await user.run('feeds', 'add', 'feed.xml')).code).toBe(2);
		expect(await user.run('feeds', 'ad', server.url('/news.rss'))).toMatchObject({code: 2, stderr: expect.stringContaining("feeds has no 'ad'; did you mean 'add'?")});
	});

	it('exports OPML that imports into another home, and never replaces a damaged list', async () => {
		const user = freshHome();
		await user.run('feeds', 'add', server.url('/news.rss'));
		await user.run('feeds', 'add', server.url('/site'));
		const exported = await user.run('feeds', 'export');
		expect(exported.stdout).toContain(`xmlUrl="${server.url('/news.rss')}"`);
		const other = freshHome();
		writeFileSync(`${other.home}/mine.opml`, exported.stdout);
		expect((await other.run('feeds', 'import', `${other.home}/mine.opml`)).stderr).toContain('following 2 new feeds');
		expect((await other.run('feeds', 'import', `${other.home}/mine.opml`)).stderr).toContain('following 0 new feeds from');
		expect((await other.run('feeds', 'list')).stdout).toContain('"Tagus Times"');

		const damaged = freshHome();
		mkdirSync(`${damaged.home}/data/summit-tui`, {recursive: true});
		writeFileSync(damaged.feedsFile, '{"feeds": [');
		const refused = await damaged.run('feeds', 'add', server.url('/news.rss'));
		expect(refused.code).toBe(1);
		expect(refused.stderr).toContain('feeds.json: malformed JSON');
		expect(readFileSync(damaged.feedsFile, 'utf8')).toBe('{"feeds": [');
		writeFileSync(`${damaged.home}/bad.opml`, 'not xml at all');
		expect((await damaged.run('feeds', 'import', `${damaged.home}/bad.opml`)).stderr).toContain('bad.opml: is not an OPML document');
	});
});
