// Bundles the CLI into dist/ as minified ESM with React's production build: start-up is dominated by
// module loading, so one file loads far faster than node_modules (see ../shared/INK-NOTES.md).
// Then validates the bundled stories once, so that opening them skips the validator (trusted-stories.json).
import {build as esbuildBuild} from 'esbuild';
import {randomUUID} from 'node:crypto';
import {existsSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {precomputedCompromiseLexicon} from './build-compromise.mjs';
import {asciiOnly, cliInOneModule, inkLogUpdate, inkOutput, inkSanitizeAnsi, interopByPrototype, routeImports, scriptWithoutTopLevelAwait, yogaWasm} from './build-plugins.mjs';
import {writeTables} from './build-tables.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// Every build bundles the stand-ins for Ink's output, its text sanitiser and its frame writer (source/build-plugins.mjs).
const build = options => esbuildBuild({...options, plugins: [inkOutput(root), inkSanitizeAnsi(root), inkLogUpdate(root), ...(options.plugins ?? [])]});
const {version} = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
rmSync(`${root}/dist`, {recursive: true, force: true});

const shared = {
	absWorkingDir: root,
	bundle: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	// Prefer ES module builds: jsonc-parser's UMD entry requires its parts dynamically, which a bundle cannot follow.
	mainFields: ['module', 'main'],
	legalComments: 'none',
	// SUMMIT_TUI_BUILD names this build, so that a first frame kept by another is never shown (source/first-frame-cache.ts).
	define: {'process.env.NODE_ENV': '"production"', SUMMIT_TUI_VERSION: JSON.stringify(version), SUMMIT_TUI_BUILD: JSON.stringify(randomUUID())},
	// Ink imports its devtools support unconditionally; it is never used outside development.
	// string-width builds a grapheme segmenter and compiles an emoji pattern when loaded (about 25 ms before
	// the first frame); the stand-in measures simple text itself and loads it on first need.
	// Ink's output (@alcalzone/ansi-tokenize) and its clipping (slice-ansi) each build a grapheme segmenter when
	// loaded (the first in a process costs 20-80 ms here) and walk every line of every frame through it; their
	// stand-ins give the same answers for simple text themselves, loading the packages for other text
	// (source/text/styled-chars.ts, slice-cells.ts).
	alias: {
		'react-devtools-core': './source/ui/devtools-stub.ts',
		'string-width': './source/text/string-width-bundled.ts',
		'@alcalzone/ansi-tokenize': './source/text/ansi-tokenize-bundled.ts',
		'slice-ansi': './source/text/slice-ansi-bundled.ts',
	},
	banner: {
		// Bundled CommonJS dependencies call require() for Node built-ins.
		js: "import {createRequire as __summitCreateRequire} from 'node:module'; const require = __summitCreateRequire(import.meta.url);",
	},
	logLevel: 'warning',
};

// The entry is one CommonJS script without chunks, dist/cli.cjs (package.json's bin): Node 20 starts a
// CommonJS entry without its ES module loader, and has no compile cache for ES modules, whose each costs
// that loader a resolve, a read and a link (27 small chunks on the way to --plain's output were about a
// fifth of that command's time, the loader itself a good part of the rest). It holds the command line and
// what the default command's paths use before they print or draw (--plain and the other formats, the
// dashboard's and the picker's way to their first frames: hotModules); every other import() in it is of
// an ES module of the split build below, one entry each, named after the file (dist/search.js for
// commands/search.ts): the other commands, meow, the config reader, the importer, the dashboard's ES
// module form. Those entries carry their own copies of what they share with the entry (the commands'
// errors are recognised by a brand, commands/errors.ts, not by their class's identity). dist/cli.js
// runs it for whatever still starts the program by that name.
const hotModules = new Set(
	[
		'commands/dashboard',
		'report/render-reports',
		'model/story-lookup',
		'library/library-folders',
		'library/picker-frame-state',
		'library/seen-state-file',
		'library/open-marks',
		'first-frame-cache',
		'cached-script',
		'import-tiering',
		'config/config-path',
		'ui/terminal-modes',
		'ui/dashboard-habits',
	].map(source => join(root, 'source', source)),
);
// Modules the split build already has as entries of their own, by the names the dashboard's script imports them by.
const namedEntries = new Map([
	['source/feeds/refresh-cli', 'refresh-core'],
	['source/model/load', 'story-load'],
	['source/ui/inbox/inbox-actions-line', 'inbox-lines-core'],
	['source/library/manage-story', 'manage-story'],
].map(([source, name]) => [join(root, source), name]));
// The entry, the dashboard and the importer are CommonJS scripts (no ES module loader at start, V8's code
// cache): import.meta.url becomes the script's own URL.
const commonJsScript = {
	...shared,
	format: 'cjs',
	minify: true,
	define: {...shared.define, 'import.meta.url': '__summitScriptUrl'},
	banner: {js: "const __summitScriptUrl = require('node:url').pathToFileURL(__filename).href;"},
};
const lazyEntries = new Map();
await build({
	...commonJsScript,
	entryPoints: ['source/cli.tsx'],
	outfile: 'dist/cli.cjs',
	plugins: [cliInOneModule({hotModules, namedEntries, lazyEntries})],
	...(process.env.SUMMIT_TUI_SOURCEMAP ? {sourcemap: 'external'} : {}),
});
writeFileSync(`${root}/dist/cli.js`, "#!/usr/bin/env node\nimport './cli.cjs';\n", {mode: 0o755});

await build({
	...shared,
	// The refresh is an entry of its own as well, so that the dashboard's script (below) can load it as a
	// module beside it instead of carrying the importer inside; refresh-worker runs it on a thread of its own.
	entryPoints: [
		{in: 'source/feeds/refresh-worker.ts', out: 'refresh-worker'},
		// Loaded by the dashboard's script when used (below): the story loader with its validator, and the
		// picker's inbox reader and actions; the picker's rename and remove (they read stories whole, with the validator).
		...[...namedEntries].map(([file, name]) => ({in: `${file}.ts`, out: name})),
		// What cli.js loads on use (above).
		...[...lazyEntries].filter(([, file]) => ![...namedEntries.keys()].includes(file)).map(([name, file]) => ({in: existsSync(`${file}.tsx`) ? `${file}.tsx` : `${file}.ts`, out: name})),
	],
	outdir: 'dist',
	// Chunks let each command load only what it uses: the plain report no Ink, the dashboard no validator.
	splitting: true,
	minify: true,
	// The importer's compromise starts with its lexicon already expanded (source/build-compromise.mjs).
	plugins: [await precomputedCompromiseLexicon(root)],
	// For the start-up profile (test/bench/startup-profile.ts) only: maps beside the chunks, the chunks unchanged.
	...(process.env.SUMMIT_TUI_SOURCEMAP ? {sourcemap: 'external'} : {}),
});

// The dashboard again, as one CommonJS script (dashboard-start.cjs): the entry runs it with V8's code
// cache (source/cached-script.ts), which Node 20 offers for scripts, not for ES modules; without
// top-level awaits, its import()s routed through the entry, in ASCII alone (source/build-plugins.mjs).
await build({
	...commonJsScript,
	entryPoints: ['source/dashboard-start.tsx'],
	outfile: 'dist/dashboard-start.cjs',
	plugins: [
		scriptWithoutTopLevelAwait(root, [
			['source/model/load', './story-load.js'],
			['source/ui/inbox/inbox-actions-line', './inbox-lines-core.js'],
			// The picker's rename and remove read stories whole, with the validator.
			['source/library/manage-story', './manage-story.js'],
		]),
	],
	...(process.env.SUMMIT_TUI_SOURCEMAP ? {sourcemap: 'external'} : {}),
});
const dashboardScript = `${root}/dist/dashboard-start.cjs`;
writeFileSync(dashboardScript, asciiOnly(interopByPrototype(routeImports(readFileSync(dashboardScript, 'utf8'), 'dist/dashboard-start.cjs'), 'dist/dashboard-start.cjs')));
// yoga's WebAssembly as a file beside it, which the entry compiles while it loads the script (source/cli.tsx).
writeFileSync(`${root}/dist/yoga.wasm`, yogaWasm(root));

// The importer again, as one CommonJS script (ingest-core.cjs) that `ingest` runs with V8's code cache
// like the dashboard's (source/cli.tsx): compiling the importer was a good part of each import's start
// (about a fifth of its wall time under load). The ES module chunks keep it for the other commands.
await build({
	...commonJsScript,
	entryPoints: ['source/ingest/ingest-files.ts'],
	outfile: 'dist/ingest-core.cjs',
	plugins: [await precomputedCompromiseLexicon(root)],
	...(process.env.SUMMIT_TUI_SOURCEMAP ? {sourcemap: 'external'} : {}),
});
// In ASCII as well (asciiOnly, above): 330 characters of its regular expressions made its 2.4 MB a
// two-byte string (reading and compiling it from its code cache, CPU medians of 5: 87 -> 71 ms).
writeFileSync(`${root}/dist/ingest-core.cjs`, asciiOnly(readFileSync(`${root}/dist/ingest-core.cjs`, 'utf8')));

// The tables beside the bundles: the map's boundaries, the gazetteer's, the first names, the tagger's
// weights, and the bundled stories validated once (source/build-tables.mjs).
await writeTables({root, build, shared});
