import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {isolatedEnv} from './helpers/isolated-env.js';
import {runMain} from './helpers/run-main.js';
import {differences, fingerprint, isolatedVariables, programFolders} from './setup/isolated-home.js';

// Tests keep to themselves: the program run by any test finds its home and XDG folders in a temporary
// folder, never the user's (whose real folders the run's setup checks untouched at the end).

describe('test isolation', () => {
	it('gives every test a temporary HOME and XDG folders, none of them the real ones', () => {
		const real = JSON.parse(process.env['SUMMIT_TUI_TEST_REAL_FOLDERS'] ?? '[]') as string[];
		expect(real).toHaveLength(4);
		const env = isolatedEnv();
		for (const name of isolatedVariables) {
			expect(env[name], name).toBeDefined();
			expect(path.resolve(env[name]!).startsWith(path.resolve(tmpdir())), `${name}=${env[name]}`).toBe(true);
		}
		for (const folder of programFolders(env)) expect(real).not.toContain(folder);
	});

	it('a command run in process looks for the library in the temporary data folder', async () => {
		// Nothing is written: the whole run shares the temporary folders, and a saved story would become
		// the default story of every other test.
		const folder = mkdtempSync(path.join(tmpdir(), 'summit-tui-article-'));
		const article = path.join(folder, 'article.txt');
		writeFileSync(article, 'Title: Talks in Geneva\n\nAnna Berg met Tomas Lind in Geneva on Monday.\n');
		const result = await runMain(['ingest', article, '--into', 'no-such-story']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(path.join(isolatedEnv()['XDG_DATA_HOME']!, 'summit-tui', 'stories'));
	});

	it('the fingerprint sees a file created, changed or removed', () => {
		const folder = mkdtempSync(path.join(tmpdir(), 'summit-tui-fingerprint-'));
		const before = fingerprint([folder]);
		writeFileSync(path.join(folder, 'history'), 'peskv\n');
		const created = fingerprint([folder]);
		expect(differences(before, created)).toEqual(expect.arrayContaining([`created ${path.join(folder, 'history')}`]));
		writeFileSync(path.join(folder, 'history'), 'peskv\nkim\n');
		expect(differences(created, fingerprint([folder]))).toContain(`changed ${path.join(folder, 'history')}`);
		expect(readFileSync(path.join(folder, 'history'), 'utf8')).toContain('kim');
	});
});
