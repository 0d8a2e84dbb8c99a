import {existsSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {rssFeed, startFeedServer, type FeedServer} from '../helpers/feed-server.js';
import {cliPath} from '../helpers/run-cli.js';
import {freshHome, removeHomes} from '../feeds/feed-env.js';
import {startCli} from './pty-harness.js';

// `summit-tui refresh` on a terminal shows one progress line (feeds done / total, new articles),
// rewritten in place and gone when the summary is printed; without a terminal it prints no progress.

let server: FeedServer;
beforeAll(async () => {
	server = await startFeedServer();
	server.set('/quick-1.rss', {body: rssFeed('Quick 1', [])});
	server.set('/quick-2.rss', {body: rssFeed('Quick 2', [])});
	// Drips for about two seconds, so that the line is on screen while the other two are done.
	server.set('/slow.rss', {body: rssFeed('Slow', []), dripMs: 8});
});
afterAll(async () => {
	await server.close();
	removeHomes();
});

describe.skipIf(!existsSync(cliPath))('the refresh progress line', () => {
	it('counts the feeds on a terminal, then leaves only the summary', async () => {
		const user = freshHome();
		for (const feed of ['/quick-1.rss', '/quick-2.rss', '/slow.rss']) expect((await user.run('feeds', 'add', server.url(feed))).code).toBe(0);

		const session = startCli(['refresh'], {columns: 100, rows: 12}, user.env);
		try {
			await session.waitFor(screen => screen.includes('refreshing feeds: 2/3 · 0 new articles'), 'the progress line at 2 of 3');
			const done = await session.waitFor(screen => screen.includes('3 feeds refreshed'), 'the summary');
			expect((await session.exited()).exitCode).toBe(0);
			expect(done).toContain('3 feeds refreshed, 3 unchanged; 0 new articles');
			expect(done).not.toContain('refreshing feeds');
		} finally {
			session.kill();
		}

		const piped = await user.run('refresh');
		expect(piped.stderr).toBe('');
		expect(piped.stdout).toBe('3 feeds refreshed, 3 unchanged; 0 new articles\n');
	}, 60_000);
});
