import {build} from 'esbuild';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
// @ts-expect-error: the build's own helpers are plain JavaScript without types.
import {interopByPrototype} from '../source/build-plugins.mjs';

// The build's views of CommonJS modules (source/build-plugins.mjs, interopByPrototype): invented
// modules bundled as build.mjs bundles the dashboard's script (minified CommonJS from ES modules), run
// with and without the rewrite; they must give the same values, and no copy of the exports.
const folder = mkdtempSync(path.join(os.tmpdir(), 'summit-tui-interop-'));
afterAll(() => rmSync(folder, {recursive: true, force: true}));

writeFileSync(path.join(folder, 'counter.cjs'), 'let count = 0; exports.count = () => count; exports.bump = () => { count++; exports.latest = count; }; exports.latest = 0;\n');
writeFileSync(path.join(folder, 'transpiled.cjs'), 'Object.defineProperty(exports, "__esModule", {value: true}); exports.default = "the default"; exports.named = "named";\n');
writeFileSync(path.join(folder, 'function.cjs'), 'module.exports = function greet(name) { return "hello " + name; }; module.exports.loud = name => "HELLO " + name;\n');
writeFileSync(path.join(folder, 'primitive.cjs'), 'module.exports = 42;\n');
// Imported from a .js file (not Node's mode), a transpiled module's default is its `default` export; from .mjs, its exports.
writeFileSync(path.join(folder, 'not-node-mode.js'), "import transpiled from './transpiled.cjs'; export const babelDefault = transpiled;\n");
writeFileSync(
	path.join(folder, 'entry.mjs'),
	[
		"import counter, {bump, count} from './counter.cjs';",
		"import * as counterSpace from './counter.cjs';",
		"import transpiled, {named} from './transpiled.cjs';",
		"import greet, {loud} from './function.cjs';",
		"import answer from './primitive.cjs';",
		"import {babelDefault} from './not-node-mode.js';",
		"import pathDefault, {join} from 'node:path';",
		'bump();',
		'export const seen = {count: count(), latest: counterSpace.latest, viaDefault: counter.latest, transpiled, named, greeting: greet("you"), loud: loud("you"), answer, join: join("a", "b"), sameJoin: pathDefault.join === join, babelDefault};',
		"import * as pathSpace from 'node:path';",
		"export const ownKeys = Object.getOwnPropertyNames(counterSpace);",
		"export const builtInKeys = Object.getOwnPropertyNames(pathSpace);",
	].join('\n'),
);

async function bundle(): Promise<string> {
	const result = await build({entryPoints: [path.join(folder, 'entry.mjs')], bundle: true, format: 'cjs', platform: 'node', target: 'node20', minify: true, write: false, logLevel: 'silent'});
	return result.outputFiles[0]!.text;
}

function run(code: string, name: string): {seen: Record<string, unknown>; ownKeys: string[]; builtInKeys: string[]} {
	const file = path.join(folder, `${name}.cjs`);
	writeFileSync(file, code);
	return createRequire(import.meta.url)(file) as {seen: Record<string, unknown>; ownKeys: string[]; builtInKeys: string[]};
}

describe("the bundle's views of CommonJS modules", () => {
	it('read the same values as esbuild\'s copies, live, without copying the exports', async () => {
		const code = await bundle();
		const before = run(code, 'before');
		const after = run(interopByPrototype(code, 'test bundle'), 'after');
		expect(after.seen).toEqual(before.seen);
		expect(after.seen).toMatchObject({count: 1, latest: 1, viaDefault: 1, transpiled: {default: 'the default', named: 'named'}, babelDefault: 'the default', named: 'named', greeting: 'hello you', loud: 'HELLO you', answer: 42, join: 'a/b', sameJoin: true});
		// esbuild's helper copied every export onto the view; the view now holds only its default.
		expect(before.ownKeys).toEqual(expect.arrayContaining(['default', 'count', 'bump', 'latest']));
		expect(after.ownKeys).toEqual(['default']);
		// Node's built-ins keep esbuild's copies (their objects made prototypes cost Node's own code).
		expect(after.builtInKeys).toEqual(before.builtInKeys);
		expect(after.builtInKeys).toContain('join');
	});

	it('stop the build when esbuild\'s helper is not there to rewrite', () => {
		expect(() => interopByPrototype('var x = 1;', 'some.cjs')).toThrow(/__toESM helper found 0 times/);
	});

	it('are what the built dashboard script uses', () => {
		const script = readFileSync(new URL('../dist/dashboard-start.cjs', import.meta.url), 'utf8');
		expect(script).toMatch(/\?\([\w$]+=Object\.create\([\w$]+\),/);
	});
});
