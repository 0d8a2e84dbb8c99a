import {createHash} from 'node:crypto';
import {mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import vm from 'node:vm';

// Runs a CommonJS script with V8's code cache: the functions compiled in one start are kept as a file
// and the next start skips compiling them (Node 20 has no compile cache for ES modules; a script's
// `cachedData` is the API it has). The cache is an optimisation only: a file missing, unreadable,
// foreign or corrupt (V8 checks it and rejects it) means compiling as without one, and a folder that
// cannot be written means nothing is kept; neither ever stops the start.

export type CachedScript = {
	/** What the script put in module.exports. */
	exports: Record<string, unknown>;
	/** Whether compiled code was read from the cache (false: none, or V8 refused it). */
	fromCache: boolean;
	/** Keeps the code compiled so far, if the cache did not already hold it; whole or not at all, never throws. */
	keep(): void;
};

/**
 * The cache file's name: the script's name and use, the program's version and a hash of the script and
 * of the Node version (V8 refuses code cached by another V8, and another script must never be given this
 * one's cache). `version` is the program's, so that an upgrade starts a new file.
 */
export function codeCacheName(scriptName: string, source: string, version: string, use = 'main'): string {
	const hash = createHash('sha256').update(process.version).update('\0').update(process.arch).update('\0').update(source).digest('hex').slice(0, 16);
	return `${cachePrefix(scriptName, use)}${version}-${hash}.code-cache`;
}

const cachePrefix = (scriptName: string, use: string) => `${path.basename(scriptName, path.extname(scriptName))}-${use}-`;

/**
 * `use`: which way the script is started (the story's dashboard, the library's picker); each keeps its
 * own cache, since each compiles other functions before its first frame and a cache is kept once.
 */
export function runCachedScript(file: string, options: {cacheFolder: string; version: string; use?: string}): CachedScript {
	const use = options.use ?? 'main';
	const source = readFileSync(file, 'utf8');
	const name = codeCacheName(file, source, options.version, use);
	const cacheFile = path.join(options.cacheFolder, name);
	let cachedData: Buffer | undefined;
	try {
		cachedData = readFileSync(cacheFile);
	} catch {
		cachedData = undefined;
	}
	// The CommonJS wrapper, as Node's own loader gives a module, and an import() for the script: Node 20
	// loses a script's own import callback when it is compiled from cached data, so the build routes the
	// script's import() calls to this one (source/build.mjs).
	const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __summitImport) {${source}\n})`, {filename: file, cachedData});
	const fromCache = cachedData !== undefined && !script.cachedDataRejected;
	const module = {exports: {} as Record<string, unknown>};
	const importBeside = (specifier: string) => import(specifier.startsWith('.') ? pathToFileURL(path.resolve(path.dirname(file), specifier)).href : specifier);
	(script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, path.dirname(file), importBeside);
	let kept = fromCache;
	return {
		exports: module.exports,
		fromCache,
		keep() {
			if (kept) return;
			kept = true;
			// Written beside and renamed over: a reader sees the whole file or none.
			const temporary = `${cacheFile}.${process.pid}.tmp`;
			try {
				const data = script.createCachedData();
				mkdirSync(options.cacheFolder, {recursive: true});
				writeFileSync(temporary, data);
				renameSync(temporary, cacheFile);
				// Caches of other versions of this script are of no more use.
				const prefix = cachePrefix(file, use);
				for (const other of readdirSync(options.cacheFolder)) if (other.startsWith(prefix) && other.endsWith('.code-cache') && other !== name) rmSync(path.join(options.cacheFolder, other), {force: true});
			} catch {
				// An unwritable cache costs the next start its compile time, nothing else.
				try {
					rmSync(temporary, {force: true});
				} catch {
					// There was no folder to leave it in.
				}
			}
		},
	};
}
