// The esbuild plugins and text passes of source/build.mjs: what each bundle is allowed to load at start,
// and how the dashboard's script is made runnable from V8's code cache. Only build.mjs uses them.
import {readFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import {fileURLToPath} from 'node:url';

/**
 * Ink's output stand-in (h-keys8, issue 26): every build bundles source/text/ink-output-bundled.ts for Ink's
 * build/output.js, which renderer.js imports by a relative path that esbuild's alias cannot match.
 */
export const inkOutput = root => ({
	name: 'ink-output-kept',
	setup: builder => builder.onResolve({filter: /^\.\/output\.js$/}, ({importer}) => (/ink[\\/]build[\\/]renderer\.js$/.test(importer) ? {path: join(root, 'source/text/ink-output-bundled.ts')} : undefined)),
});

/**
 * Ink's log-update.js stand-in (source/text/ink-log-update-bundled.ts, h-keys12, issue 26), in every build:
 * a frame as tall as the last is written as its changed lines only; ink.js imports it by a relative path.
 */
export const inkLogUpdate = root => ({
	name: 'ink-log-update-line-diff',
	setup: builder => builder.onResolve({filter: /^\.\/log-update\.js$/}, ({importer}) => (/ink[\\/]build[\\/]ink\.js$/.test(importer) ? {path: join(root, 'source/text/ink-log-update-bundled.ts')} : undefined)),
});

/**
 * Ink's sanitize-ansi.js stand-in (source/text/sanitize-ansi-bundled.ts), in every build as well:
 * squash-text-nodes.js imports it by a relative path, as renderer.js does output.js.
 */
export const inkSanitizeAnsi = root => ({
	name: 'ink-sanitize-ansi',
	setup: builder => builder.onResolve({filter: /^\.\/sanitize-ansi\.js$/}, ({importer}) => (/ink[\\/]build[\\/]squash-text-nodes\.js$/.test(importer) ? {path: join(root, 'source/text/sanitize-ansi-bundled.ts')} : undefined)),
});

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
export function lazyBuiltIns(builder) {
	builder.onResolve({filter: /^node:(crypto|child_process)$/}, ({kind, path}) => (kind === 'require-call' ? {path, external: true} : {path, namespace: 'lazy-built-in'}));
	builder.onLoad({filter: /.*/, namespace: 'lazy-built-in'}, ({path}) => ({
		contents: lazyBuiltInNames[path].map(name => `export const ${name} = (...values) => require('${path}').${name}(...values);`).join('\n'),
		loader: 'js',
	}));
}

/**
 * The entry in one module: its import()s of the `hotModules` stay inside it, every other relative
 * import() becomes an ES module of the split build beside it, named after the file (or as
 * `namedEntries` says), recorded in `lazyEntries` (name -> file) for that build.
 */
export function cliInOneModule({hotModules, namedEntries, lazyEntries}) {
	return {
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
	};
}

const inkReconciler = /ink[\\/]build[\\/]reconciler\.js$/;

/**
 * The dashboard as one CommonJS script (dashboard-start.cjs). A script cannot await at the top level:
 * yoga-layout's entry does (source/ui/yoga-ready.ts stands in for it), and Ink's reconciler does only
 * when DEV is set, for its devtools; those two awaits are taken out (the build fails on any other, so a
 * new one cannot slip through). `besideScript`: source files (from the root, without extension) that the
 * script loads with import() as the ES module named, never inside it.
 */
export function scriptWithoutTopLevelAwait(root, besideScript) {
	return {
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
			for (const [source, module] of besideScript) {
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
	};
}

/** yoga-layout's WebAssembly, decoded from the data URL its Emscripten loader embeds; the build fails if it is not there. */
export function yogaWasm(root) {
	const loader = readFileSync(join(root, 'node_modules/yoga-layout/dist/binaries/yoga-wasm-base64-esm.js'), 'utf8');
	const [, base64] = /"data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)"/.exec(loader) ?? [];
	if (base64 === undefined) throw new Error('yoga-layout: no embedded WebAssembly found in its loader');
	return Buffer.from(base64, 'base64');
}

/**
 * The script in ASCII alone. esbuild escapes what is not ASCII in strings and templates but leaves it in
 * regular expressions, and one such character (a ’ in a /[’']/ of library/match-entities.ts) made
 * the whole 0.6 MB script a two-byte string for V8: decoding it, compiling it, and checking it against
 * its code cache all cost more (CPU per start, 632 KB, medians of 5: 21.5 -> 15.6 ms read and compiled
 * from the cache, 53 -> 46 ms without one). In a regular expression \uXXXX is the same character (a
 * pair of them one code point under the u flag), so each is written so. (The profile's source maps
 * are then off by five columns a character on those lines: placement only.)
 */
export function asciiOnly(code) {
	return code.replaceAll(/[^\0-\x7f]/g, character => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A script run from V8's code cache cannot import(): Node 20 loses the script's import callback when it
 * is compiled from cached data ("A dynamic import callback was not specified": R in the picker, the inbox
 * reader and a story's loader failed on every start after the first). Its import() calls go through the
 * function the entry hands it instead (source/cached-script.ts, __summitImport); any other form of
 * import() left in the script fails the build.
 */
export function routeImports(code, file) {
	const routed = code.replaceAll(/\bimport\(("[^"]+")\)/g, '__summitImport($1)');
	if (/\bimport\(/.test(routed)) throw new Error(`${file}: an import() the build cannot route through __summitImport`);
	return routed;
}

/**
 * esbuild's __toESM, which gives ES module code its view of a CommonJS module, copies every export as a
 * getter onto a new object, at each import of the module: the dashboard's script made 120 such copies
 * before its first frame (React's exports 53 times), about 25 ms of the profile's self time without a
 * kept frame. The view of a bundled CommonJS module here is an object whose prototype is the module's
 * exports, with `default` as esbuild gives it: named imports read through the prototype (live, as the
 * getters were) and nothing is copied. What the bundle does with the views is read members
 * (`x.default`, `(0, x.useState)(…)`), never list them (a prototype's keys are not its own). Node's
 * built-ins (`require("node:…")` at the call) keep esbuild's copies: made prototypes, their objects
 * change shape under Node's own code (the warm start, which views only built-ins, took 5–20 ms more CPU
 * so). Anything but an object or function goes through esbuild's helper too. The build fails if the
 * helper is not found once in the script (another esbuild version, another shape).
 */
export function interopByPrototype(code, file) {
	const helper = /var ([\w$]+)=(\(([\w$]),([\w$]),([\w$])\)=>\(\5=\3!=null\?[\w$]+\([\w$]+\(\3\)\):\{\},[\w$]+\(\4\|\|!\3\|\|!\3\.__esModule\?[\w$]+\(\5,"default",\{value:\3,enumerable:!0\}\):\5,\3\)\))/g;
	const found = [...code.matchAll(helper)];
	if (found.length !== 1) throw new Error(`${file}: esbuild's __toESM helper found ${found.length} times, not once`);
	const [whole, name, esbuilds, module, nodeMode, view] = found[0];
	const copying = `${name}$copies`;
	if (code.includes(copying)) throw new Error(`${file}: ${copying} is already a name in the script`);
	const light = `var ${copying}=${esbuilds},${name}=(${module},${nodeMode},${view})=>${module}!==null&&(typeof ${module}=="object"||typeof ${module}=="function")?(${view}=Object.create(${module}),${nodeMode}||!${module}.__esModule?Object.defineProperty(${view},"default",{value:${module},enumerable:!0}):${view}):${copying}(${module},${nodeMode})`;
	const escaped = name.replaceAll('$', '\\$');
	return code.replace(whole, () => light).replaceAll(new RegExp(`(?<![\\w$])${escaped}\\(require\\(`, 'g'), `${copying}(require(`);
}
