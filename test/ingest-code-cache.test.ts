import {mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {runCli, temporaryFolder} from './helpers/run-cli.js';

// The built importer runs as one script with V8's code cache (dist/ingest-core.cjs, source/cli.tsx): the
// first import keeps the cache in $XDG_CACHE_HOME/summit-tui/, the next reads it, and whatever state the
// cache is in, the story imported is the same.

const article = fileURLToPath(new URL('fixtures/ingest/chip-plant.txt', import.meta.url));

function home() {
	const folder = temporaryFolder();
	const env = {HOME: folder, XDG_CONFIG_HOME: path.join(folder, 'config'), XDG_DATA_HOME: path.join(folder, 'data'), XDG_STATE_HOME: path.join(folder, 'state'), XDG_CACHE_HOME: path.join(folder, 'cache')};
	return {folder, env, cache: path.join(folder, 'cache', 'summit-tui')};
}

const importerCaches = (cache: string) => readdirSync(cache).filter(name => name.startsWith('ingest-core-ingest-') && name.endsWith('.code-cache'));

describe('the code cache of the importer', {timeout: 120_000}, () => {
	it('is kept by a first import and used by the next; a corrupt cache, or a file where the cache folder should be, never changes the import', () => {
		const first = home();
		const corrupt = home();
		const blocked = home();
		try {
			const expected = runCli(['ingest', article], {env: first.env});
			expect(expected.code, expected.stderr).toBe(0);
			const kept = importerCaches(first.cache);
			expect(kept).toHaveLength(1);
			const bytes = readFileSync(path.join(first.cache, kept[0]!));
			const again = runCli(['ingest', article], {env: first.env});
			expect(again.stdout).toBe(expected.stdout);
			// Read, not written again: the cache held the compiled code already.
			expect(readFileSync(path.join(first.cache, kept[0]!)).equals(bytes)).toBe(true);

			mkdirSync(corrupt.cache, {recursive: true});
			writeFileSync(path.join(corrupt.cache, kept[0]!), 'garbage');
			const fromCorrupt = runCli(['ingest', article], {env: corrupt.env});
			expect(fromCorrupt.code, fromCorrupt.stderr).toBe(0);
			expect(fromCorrupt.stdout).toBe(expected.stdout);
			expect(readFileSync(path.join(corrupt.cache, kept[0]!), 'utf8')).not.toBe('garbage');

			writeFileSync(path.join(blocked.folder, 'cache'), 'not a folder');
			const fromBlocked = runCli(['ingest', article], {env: blocked.env});
			expect(fromBlocked.code, fromBlocked.stderr).toBe(0);
			expect(fromBlocked.stdout).toBe(expected.stdout);
		} finally {
			for (const {folder} of [first, corrupt, blocked]) rmSync(folder, {recursive: true, force: true});
		}
	});
});
