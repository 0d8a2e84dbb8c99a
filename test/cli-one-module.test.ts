import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it, vi} from 'vitest';
import {temporaryFolder} from './helpers/run-cli.js';

// The built entry is one CommonJS script (source/build.mjs), started without Node's ES module loader:
// --plain, the other formats and the way to the dashboard's and the picker's first frames load no module
// beside it before they print or draw; the rest are ES modules beside it, each loaded by an import() of its own.
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

describe('the built entry, dist/cli.cjs', () => {
	const code = readFileSync(path.join(dist, 'cli.cjs'), 'utf8');

	it('is what package.json names, and dist/cli.js runs it', () => {
		expect((JSON.parse(readFileSync('package.json', 'utf8')) as {bin: Record<string, string>}).bin).toEqual({'summit-tui': 'dist/cli.cjs'});
		const home = temporaryFolder();
		const result = spawnSync(process.execPath, [path.join(dist, 'cli.js'), '--plain'], {encoding: 'utf8', env: {...process.env, HOME: home, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: home, XDG_DATA_HOME: home, XDG_STATE_HOME: home}});
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Kim Jong Un travels to Russia');
	});

	it('imports no module of its own statically', () => {
		expect([...code.matchAll(/(?:from|import|require\()\s*"\.\/([^"]+)"/g)].map(match => match[1])).toEqual([]);
	});

	it('loads the other commands on use, and every module it names is beside it', () => {
		const loaded = [...code.matchAll(/\bimport\("\.\/([^"]+)"\)/g)].map(match => match[1]!);
		expect(loaded).toEqual(expect.arrayContaining(['search.js', 'validate.js', 'parse-arguments.js', 'ingest-files.js']));
		for (const name of loaded) expect(existsSync(path.join(dist, name)), name).toBe(true);
	});
});

describe("the commands' errors, with more than one copy of their module loaded", () => {
	it("are told apart by kind whichever copy made them, as main tells a command's usage error from its problems", async () => {
		const first = await import('../source/commands/errors.js');
		vi.resetModules();
		const second = await import('../source/commands/errors.js');
		expect(second.UsageError).not.toBe(first.UsageError);
		expect(new second.UsageError('no query')).toBeInstanceOf(first.UsageError);
		expect(new second.UsageError('no query')).not.toBeInstanceOf(first.ProblemsError);
		expect(new second.ProblemsError('cannot load story data', [])).toBeInstanceOf(first.ProblemsError);
		expect(new second.ProblemsError('cannot load story data', [])).not.toBeInstanceOf(first.UsageError);
		expect(new Error('other')).not.toBeInstanceOf(first.UsageError);
		expect(undefined).not.toBeInstanceOf(first.ProblemsError);
	});
});
