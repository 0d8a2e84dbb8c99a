#!/usr/bin/env node
import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {main, version, type CliIo} from './cli-main.js';
import type {DashboardOptions, Importer} from './commands/context.js';
import type {FrameUse} from './first-frame-cache.js';
import type {KeptFrame} from './ui/first-frame.js';

// The process's side of the command line: its streams, its environment and its exit code. Everything
// else is main(argv, io), which tests call in process.

// A reader that closes the pipe early (`| head`) has seen what it wanted: what is left is not written,
// and the command still ends with its own status (validate of a broken file is 1 even through head).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
	throw error;
});

type DashboardStart = typeof import('./dashboard-start.js');

/**
 * The dashboard's modules: beside the bundle they are one script run with V8's code cache, kept in
 * $XDG_CACHE_HOME/summit-tui/ (cached-script.ts), kept once the first frame is drawn; run from source, a module.
 */
async function dashboardStart(use: 'story' | 'library'): Promise<{start: DashboardStart; keep: () => void}> {
	// Once per process: the picker's library code and the screens are the same script.
	loadedScript ??= loadDashboardScript(use);
	return loadedScript;
}

let loadedScript: Promise<{start: DashboardStart; keep: () => void}> | undefined;

async function loadDashboardScript(use: 'story' | 'library'): Promise<{start: DashboardStart; keep: () => void}> {
	const script = fileURLToPath(new URL('dashboard-start.cjs', import.meta.url));
	if (!existsSync(script)) return {start: await import('./dashboard-start.js'), keep: () => {}};
	const [{runCachedScript}, {cacheFolder}] = await Promise.all([import('./cached-script.js'), import('./library/library-folders.js')]);
	const loaded = runCachedScript(script, {cacheFolder: cacheFolder(process.env), version, use});
	return {start: loaded.exports as DashboardStart, keep: loaded.keep};
}

/**
 * yoga's WebAssembly (dist/yoga.wasm, written by the build from yoga-layout's embedded copy), handed
 * to V8 to compile before the dashboard's script is read: V8 compiles it on other threads while this
 * one compiles and runs the script, instead of after it (ui/yoga-ready.ts). Undefined when it cannot
 * be read or compiled: yoga's own loader does it then. Started only once a kept frame is shown, if one
 * is: before it, the other threads' work would compete with the frame (the picker loads the script
 * before its frame, for the library's reading).
 */
function compileYoga(): Promise<object | undefined> {
	const {WebAssembly} = globalThis as unknown as {WebAssembly: {compile(bytes: Uint8Array): Promise<object>}};
	try {
		return WebAssembly.compile(readFileSync(new URL('yoga.wasm', import.meta.url))).catch(() => undefined);
	} catch {
		return Promise.resolve(undefined);
	}
}

/** The code compiled up to the first frame is kept a moment after it (or on the way out, if sooner). */
const keepSoon = (keep: () => void) => () => {
	setTimeout(keep, 200).unref();
	process.once('exit', keep);
};

/**
 * The importer: beside the bundle it is one script run with V8's code cache as well (ingest-core.cjs,
 * use "ingest"), which spares an import most of compiling the importer's 1 MB; the cache is kept on the
 * way out. Run from source, the module.
 */
async function importer(): Promise<Importer> {
	const script = fileURLToPath(new URL('ingest-core.cjs', import.meta.url));
	if (!existsSync(script)) return import('./ingest/ingest-files.js');
	const [{runCachedScript}, {cacheFolder}, {processImportTiering}] = await Promise.all([import('./cached-script.js'), import('./library/library-folders.js'), import('./import-tiering.js')]);
	const loaded = runCachedScript(script, {cacheFolder: cacheFolder(process.env), version, use: 'ingest'});
	process.once('exit', loaded.keep);
	// V8 optimises less eagerly while articles are read and merged (import-tiering.ts); the script is
	// compiled, and its cache kept, under V8's own flags, against which V8 checks a code cache.
	return (await processImportTiering()).wrap(loaded.exports as Importer, ['ingestInputs', 'addToStoryFile']);
}

/**
 * The kept first frame, shown now if this start's inputs are those it was drawn for (a built program
 * on a terminal, outside CI); the dashboard takes it over, or keeps its own for the next start.
 */
async function keptFrame(use: FrameUse, content: (frames: typeof import('./first-frame-cache.js')) => string | Uint8Array | undefined, options: DashboardOptions): Promise<KeptFrame | undefined> {
	const {stdout, stdin, env} = process;
	if (!stdout.isTTY || !stdin.isTTY || !stdout.columns || !stdout.rows) return undefined;
	const [frames, {configFile}, {cacheFolder}] = await Promise.all([import('./first-frame-cache.js'), import('./config/config-path.js'), import('./library/library-folders.js')]);
	if (frames.build === undefined || frames.inContinuousIntegration(env)) return undefined;
	const text = content(frames);
	if (text === undefined) return undefined;
	const inputs = {
		use,
		build: frames.build,
		columns: stdout.columns,
		rows: stdout.rows,
		content: text,
		options: {...options, newItems: options.newItems ? [...options.newItems].sort() : undefined},
		argv: process.argv.slice(2),
		env,
		configFile: options.config ?? configFile(env),
	};
	// The terminal's modes are loaded only when a frame is shown.
	const restore = async () => {
		const [modes, {inputModes}] = await Promise.all([import('./ui/terminal-modes.js'), import('./ui/dashboard-habits.js')]);
		return inputModes(false) + modes.showCursor + modes.leaveAlternateScreen;
	};
	return frames.showKeptFrame(inputs, cacheFolder(env), {stdout, stdin, restore});
}

const io: CliIo = {
	stdout: process.stdout,
	stderr: process.stderr,
	stdin: process.stdin,
	env: process.env,
	async dashboard(story, options) {
		// Shown already when the story's files were read (commands/dashboard.ts); else (an imported story) keyed by the story itself.
		const firstFrame = options.firstFrame ?? (await keptFrame('story', frames => frames.storyKeyContent(story), options));
		const compiledYoga = compileYoga();
		const {start, keep} = await dashboardStart('story');
		start.useCompiledYoga(compiledYoga);
		return start.startDashboard(story, {...options, firstFrame}, keepSoon(keep));
	},
	async library(session, options) {
		const {start, keep} = await dashboardStart('library');
		start.useCompiledYoga(compileYoga());
		return start.startLibrary(session, options, keepSoon(keep));
	},
	libraryCode: async () => (await dashboardStart('library')).start,
	keptFrame,
	importer,
};

void main(process.argv.slice(2), io).then(code => {
	process.exitCode = code;
});
