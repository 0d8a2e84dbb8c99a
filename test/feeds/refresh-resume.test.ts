import {spawn} from 'node:child_process';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {setTimeout as sleep} from 'node:timers/promises';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {articlePage, rssFeed, startFeedServer, type FeedServer} from '../helpers/feed-server.js';
import {cliPath} from '../helpers/run-cli.js';
import {articleBySlug, freshHome, serveArticles, removeHomes} from './feed-env.js';

// A refresh cut short (Ctrl-C while a page is still arriving) loses nothing: what landed is remembered
// and not fetched again, what did not comes in with the next refresh, and no file is left half-written.

let server: FeedServer;
beforeAll(async () => {
	server = await startFeedServer();
	serveArticles(server);
});
afterAll(async () => {
	await server.close();
	removeHomes();
});

const seenCount = (file: string): number => {
	try {
		return Object.values((JSON.parse(readFileSync(file, 'utf8')) as {feeds: Record<string, {seen: string[]}>}).feeds).reduce((sum, feed) => sum + feed.seen.length, 0);
	} catch {
		return 0;
	}
};

describe.skipIf(!existsSync(cliPath))('a refresh interrupted', () => {
	it('is picked up where it stopped by the next one', async () => {
		const user = freshHome();
		const slugs = ['lisbon-bridge', 'lisbon-ferries', 'rotterdam-talks'];
		// The second page drips (a byte every 50 ms), so the refresh is still busy with it when stopped.
		// The third drips too: imports run side by side, and a quick third page could land before the stop.
		server.set('/slow/lisbon-ferries', {body: articlePage(articleBySlug('lisbon-ferries')), type: 'text/html', dripMs: 50});
		server.set('/slow/rotterdam-talks', {body: articlePage(articleBySlug('rotterdam-talks')), type: 'text/html', dripMs: 50});
		const links = [server.url('/a/lisbon-bridge'), server.url('/slow/lisbon-ferries'), server.url('/slow/rotterdam-talks')];
		server.set('/three.rss', {body: rssFeed('Three', slugs.map((slug, index) => ({title: articleBySlug(slug).title, link: links[index]!, guid: slug}))), etag: '"t1"'});
		expect((await user.run('feeds', 'add', server.url('/three.rss'))).code).toBe(0);

		const child = spawn(process.execPath, [cliPath, 'refresh'], {env: {...process.env, ...user.env, NO_COLOR: '1'}, stdio: 'ignore'});
		const exited = new Promise<number | null>(resolve => child.on('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))));
		const deadline = Date.now() + 60_000;
		while (seenCount(user.stateFile) < 1 && Date.now() < deadline) await sleep(100);
		expect(seenCount(user.stateFile)).toBe(1);
		child.kill('SIGINT');
		await exited;
		expect(user.inboxTitles()).toEqual(['Lisbon closes 25 de Abril bridge for repairs']);
		// Whole files only: no temporary file beside the state (the lock of the killed process stays, and is broken as stale below).
		expect(readdirSync(`${user.home}/state/summit-tui`).filter(name => !/^feeds-state\.json(?:\.lock)?$/.test(name))).toEqual([]);
		expect(readdirSync(user.inboxFolder).filter(name => !name.endsWith('.json'))).toEqual([]);

		server.set('/slow/lisbon-ferries', {body: articlePage(articleBySlug('lisbon-ferries')), type: 'text/html'});
		server.set('/slow/rotterdam-talks', {body: articlePage(articleBySlug('rotterdam-talks')), type: 'text/html'});
		server.requests.length = 0;
		const next = await user.run('refresh');
		expect(next.code, next.stdout + next.stderr).toBe(0);
		expect(next.stdout).toContain('2 new articles');
		// The feed is fetched in full (its validators were not kept: the cut version was not wholly handled).
		expect(server.requests.find(request => request.path === '/three.rss')?.ifNoneMatch).toBeUndefined();
		expect(server.requests.filter(request => request.path !== '/three.rss').map(request => request.path).sort()).toEqual(['/slow/lisbon-ferries', '/slow/rotterdam-talks']);
		expect(user.inboxTitles()).toHaveLength(3);
	}, 120_000);
});
