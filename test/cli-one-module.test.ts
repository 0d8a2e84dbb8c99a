import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it, vi} from 'vitest';

// The built entry is one ES module (source/build.mjs): --plain, the other formats and the way to the
// dashboard's and the picker's first frames load no module beside it before they print or draw; the
// rest are modules beside it, each loaded by an import() of its own.
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

describe('the built entry, dist/cli.js', () => {
	const code = readFileSync(path.join(dist, 'cli.js'), 'utf8');

	it('imports no module of its own statically', () => {
		expect([...code.matchAll(/(?:from|import)\s*"\.\/([^"]+)"/g)].map(match => match[1])).toEqual([]);
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
