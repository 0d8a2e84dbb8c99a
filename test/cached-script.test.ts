import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {codeCacheName} from '../source/cached-script.js';

// The code cache of the dashboard's script: used when it fits, rebuilt when it does not, and never a
// reason for the start to fail. Each run is a process of its own, as each start of the program is.

const runner = fileURLToPath(new URL('helpers/run-cached-script.ts', import.meta.url));

function scriptIn(folder: string, body = "const {basename} = require('node:path'); exports.answer = () => 6 * 7 + basename(__filename).length - 10;") {
	const file = path.join(folder, 'script.cjs');
	writeFileSync(file, body);
	return file;
}

function run(file: string, cacheFolder: string, version: string, keep = true, use?: string): {fromCache: boolean; answer: number} {
	return JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', runner, file, cacheFolder, version, keep ? 'keep' : '', ...(use ? [use] : [])], {encoding: 'utf8'}));
}

const fresh = () => mkdtempSync(path.join(tmpdir(), 'summit-tui-code-cache-'));

describe('a script run with a code cache', {timeout: 60_000}, () => {
	it('runs without a cache, keeps one, and uses it the next time', () => {
		const folder = fresh();
		const file = scriptIn(folder);
		const cacheFolder = path.join(folder, 'cache', 'summit-tui');
		expect(run(file, cacheFolder, '1.0.0')).toEqual({fromCache: false, answer: 42});
		expect(readdirSync(cacheFolder)).toEqual([codeCacheName(file, readFileSync(file, 'utf8'), '1.0.0')]);
		expect(run(file, cacheFolder, '1.0.0')).toEqual({fromCache: true, answer: 42});
	});

	it('compiles afresh over a corrupt cache file and replaces it', () => {
		const folder = fresh();
		const file = scriptIn(folder);
		const cacheFolder = path.join(folder, 'cache');
		mkdirSync(cacheFolder);
		const cacheFile = path.join(cacheFolder, codeCacheName(file, readFileSync(file, 'utf8'), '1'));
		writeFileSync(cacheFile, 'not a code cache at all');
		expect(run(file, cacheFolder, '1')).toEqual({fromCache: false, answer: 42});
		expect(readFileSync(cacheFile, 'utf8')).not.toBe('not a code cache at all');
		expect(run(file, cacheFolder, '1')).toEqual({fromCache: true, answer: 42});
	});

	it('starts when the cache folder cannot be read or written (a file stands in its place), and leaves nothing behind', () => {
		const folder = fresh();
		const file = scriptIn(folder);
		const blocked = path.join(folder, 'cache');
		writeFileSync(blocked, 'a file, not a folder');
		expect(run(file, blocked, '1')).toEqual({fromCache: false, answer: 42});
		expect(readdirSync(folder).sort()).toEqual(['cache', 'script.cjs']);
	});

	it('starts a new cache for a changed script or a new version, and removes the old one', () => {
		const folder = fresh();
		const file = scriptIn(folder);
		const cacheFolder = path.join(folder, 'cache');
		run(file, cacheFolder, '1');
		const before = readdirSync(cacheFolder);
		scriptIn(folder, 'exports.answer = () => 43;');
		expect(run(file, cacheFolder, '1')).toEqual({fromCache: false, answer: 43});
		const after = readdirSync(cacheFolder);
		expect(after).toHaveLength(1);
		expect(after).not.toEqual(before);
		expect(run(file, cacheFolder, '2', false)).toEqual({fromCache: false, answer: 43});
	});

	it('keeps one cache for each way the script is started, side by side', () => {
		const folder = fresh();
		const file = scriptIn(folder);
		const cacheFolder = path.join(folder, 'cache');
		run(file, cacheFolder, '1', true, 'story');
		run(file, cacheFolder, '1', true, 'library');
		expect(readdirSync(cacheFolder)).toHaveLength(2);
		expect(run(file, cacheFolder, '1', true, 'story')).toEqual({fromCache: true, answer: 42});
		expect(run(file, cacheFolder, '1', true, 'library')).toEqual({fromCache: true, answer: 42});
	});
});
