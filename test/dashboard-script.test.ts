import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

// The built dashboard is one script (dist/dashboard-start.cjs, run with V8's code cache): every byte of it
// is read, hashed and compiled or deserialised before the first frame. The story validator (zod, some
// 450 KB) is not needed for a first frame: the bundled story is validated at build time, a library's
// catalog is read without it, and the picker's inbox reader, which needs it, is a module of its own
// (dist/inbox-lines-core.js, loaded when the inbox holds something).
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
// zod's own names, which minifying keeps (they are strings and class names it reports).
const zod = /\$ZodType|ZodError/;

describe("the dashboard's script", () => {
	it('holds no story validator (zod): that loads beside it, with the story loader and the inbox reader', () => {
		expect(readFileSync(path.join(dist, 'dashboard-start.cjs'), 'utf8')).not.toMatch(zod);
		// The validator is still built, in the chunks the loader's own module imports.
		const withZod = readdirSync(dist).filter(name => name.endsWith('.js') && zod.test(readFileSync(path.join(dist, name), 'utf8')));
		expect(withZod.length).toBeGreaterThan(0);
		expect(readFileSync(path.join(dist, 'dashboard-start.cjs'), 'utf8')).toContain('__summitImport("./inbox-lines-core.js")');
	});

	it('is ASCII alone, so that V8 holds it as a one-byte string (a two-byte one costs its every start more)', () => {
		const script = readFileSync(path.join(dist, 'dashboard-start.cjs'), 'utf8');
		expect(script.match(/[^\0-\x7f]/g) ?? []).toEqual([]);
		// The ’ of library/match-entities.ts's pattern, escaped.
		expect(script).toContain('[\\u2019\']');
		// The importer's script too (2.4 MB).
		expect(readFileSync(path.join(dist, 'ingest-core.cjs'), 'utf8').match(/[^\0-\x7f]/g) ?? []).toEqual([]);
	});

	it("draws its frames through the kept Output (source/text/kept-output.ts), not Ink's own output.js, in every built module", () => {
		// Ink's output.js fills a new grid of blank cells each frame, one object literal per cell; the kept
		// Output has one frozen blank. Matched in the minified code of both.
		const inkGrid = /value:" ",fullWidth:!1,styles:\[\]/;
		const kept = /value:" ",fullWidth:!1,styles:Object\.freeze\(\[\]\)/;
		const modules = readdirSync(dist).filter(name => /\.c?js$/.test(name));
		expect(modules.filter(name => inkGrid.test(readFileSync(path.join(dist, name), 'utf8')))).toEqual([]);
		expect(readFileSync(path.join(dist, 'dashboard-start.cjs'), 'utf8')).toMatch(kept);
	});
});
