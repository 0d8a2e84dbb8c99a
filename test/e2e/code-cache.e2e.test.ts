import {mkdirSync, mkdtempSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {storyNamed} from '../helpers/library-stories.js';
import {startCli, type CliSession} from './pty-harness.js';

// The built dashboard keeps V8's code cache of its script in $XDG_CACHE_HOME/summit-tui/ (source/cached-script.ts);
// whatever state that cache is in, the dashboard draws its first frame.

let session: CliSession | undefined;
afterEach(() => {
	session?.kill();
	session = undefined;
});

function homeWith(prepare: (cache: string) => void) {
	const home = mkdtempSync(path.join(tmpdir(), 'summit-tui-code-cache-e2e-'));
	const env = {HOME: home, XDG_CONFIG_HOME: path.join(home, 'config'), XDG_DATA_HOME: path.join(home, 'data'), XDG_STATE_HOME: path.join(home, 'state'), XDG_CACHE_HOME: path.join(home, 'cache')};
	prepare(path.join(home, 'cache'));
	return {env, cache: path.join(home, 'cache', 'summit-tui')};
}

async function firstFrameAndQuit(env: Record<string, string>) {
	session = startCli([], {columns: 120, rows: 40}, env);
	await session.waitFor(screen => /1 of \d+/.test(screen), 'the first frame');
	session.type('q');
	expect((await session.exited()).exitCode).toBe(0);
}

describe('the code cache of the dashboard', {timeout: 60_000}, () => {
	it('is written by a first start and used by the next, which draws the same dashboard', async () => {
		const {env, cache} = homeWith(() => {});
		await firstFrameAndQuit(env);
		const files = readdirSync(cache).filter(name => name.endsWith('.code-cache'));
		expect(files).toHaveLength(1);
		await firstFrameAndQuit(env);
		expect(readdirSync(cache).filter(name => name.endsWith('.code-cache'))).toEqual(files);
	});

	it('loads what the script loads on use from the cache too: R in the picker answers on every start', async () => {
		const {env} = homeWith(() => {});
		const library = path.join(env.HOME, 'library');
		mkdirSync(library, {recursive: true});
		for (const id of ['first', 'second']) writeFileSync(path.join(library, `${id}.json`), JSON.stringify(storyNamed(id, `Story ${id}`)));
		// The second start compiles the picker's script from the cache the first one kept.
		for (const start of [1, 2]) {
			session = startCli(['--library', library], {columns: 120, rows: 40}, env);
			await session.waitFor(screen => screen.startsWith('Stories'), `the picker, start ${start}`);
			session.type('R');
			await session.waitFor(screen => screen.includes('no feeds to refresh'), `the refresh's answer, start ${start}`);
			session.type('q');
			expect((await session.exited()).exitCode).toBe(0);
		}
	});

	it('never stops the start: corrupt cache files, or a file where the cache folder should be', async () => {
		const corrupt = homeWith(cache => {
			mkdirSync(path.join(cache, 'summit-tui'), {recursive: true});
			for (const name of ['dashboard-start-story-0.1.0-0000000000000000.code-cache', 'dashboard-start-story-0.1.0-ffffffffffffffff.code-cache']) writeFileSync(path.join(cache, 'summit-tui', name), 'garbage');
		});
		await firstFrameAndQuit(corrupt.env);
		// The program's own cache replaced them (beside it, the kept first frame: first-frame.e2e.test.ts).
		const kept = readdirSync(corrupt.cache).filter(name => name.endsWith('.code-cache'));
		expect(kept).toHaveLength(1);
		expect(kept[0]).not.toMatch(/-(0{16}|f{16})\.code-cache$/);
		const blocked = homeWith(cache => {
			mkdirSync(cache, {recursive: true});
			writeFileSync(path.join(cache, 'summit-tui'), 'a file, not a folder');
		});
		await firstFrameAndQuit(blocked.env);
	});
});
