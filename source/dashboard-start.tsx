import {existsSync} from 'node:fs';
import type {DashboardOptions} from './commands/context.js';
import type {LibrarySession} from './library/library-session.js';
import type {StoryFile} from './model/schema.js';
import {inboxReaderNeeded, loadInboxLines} from './ui/inbox/inbox-lines.js';
import type {WasmModule} from './ui/yoga-ready.js';

// The library's reading and session for the picker, from this script: compiled from V8's code cache
// like the rest of it, instead of a dozen ES modules compiled on every start (cli.tsx, io.libraryCode).
export {openLibrary} from './library/library-cli.js';
export {librarySession} from './library/library-session.js';

// The dashboard's side of the start: the config, colours and theme, then Ink. The build makes this file
// (with everything the dashboard uses) one script, dashboard-start.cjs, which the entry runs with V8's
// code cache (cached-script.ts); run from source, it is an ordinary module. Either way it is the only
// copy of the dashboard's modules, so the theme and chalk's level set here are the ones Ink draws with.

/**
 * Ink's layout engine (yoga) is WebAssembly embedded as base64. Its loader "fetches" that data URL when
 * a global fetch exists, which on Node 20 loads the whole fetch implementation (undici) and costs about
 * 15 ms of start-up; without fetch it decodes the string directly. So fetch is hidden while the
 * dashboard's modules and yoga load, by its property descriptor (reading it would load undici), then restored.
 */
async function withoutFetch<T>(load: () => Promise<T>): Promise<T> {
	const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
	if (!descriptor?.configurable) return load();
	Object.defineProperty(globalThis, 'fetch', {value: undefined, configurable: true, writable: true});
	try {
		return await load();
	} finally {
		Object.defineProperty(globalThis, 'fetch', descriptor);
	}
}

/**
 * The config (keys, theme, switches) and the query history, read on the dashboard's path only, with the
 * command line's switches over them; a problem with the config shows in the footer, never stops the start.
 */
async function habitsFor(options: DashboardOptions) {
	const {configFile} = await import('./config/config-path.js');
	const {dashboardHabits} = await import('./config/dashboard-habits.js');
	const {applyTheme} = await import('./ui/theme.js');
	const {formatProblem} = await import('./model/problem.js');
	// Without a config file the reader (a JSON parser, key specs) is not even loaded.
	const {config, problems} =
		options.config !== undefined || existsSync(configFile()) ? (await import('./config/config.js')).loadConfig({file: options.config}) : {config: (await import('./config/config-defaults.js')).defaultConfig, problems: []};
	const {habits, problems: historyProblems} = dashboardHabits(config, {query: options.query, mouse: options.mouse, osc52: options.osc52, history: options.history});
	const warnings = [...problems, ...historyProblems];
	applyTheme(config.theme);
	const notice = warnings.length > 0 ? `config: ${formatProblem({...warnings[0]!, excerpt: undefined})}${warnings.length > 1 ? ` (and ${warnings.length - 1} more)` : ''}` : undefined;
	return {...habits, ...(notice ? {notice} : {})};
}

/** chalk reads --no-color itself but not NO_COLOR (no-color.org: set and not empty means no colour). */
async function applyColour(color: boolean): Promise<void> {
	if (color) return;
	const {default: chalk} = await import('chalk');
	chalk.level = 0;
}

let compiledYoga: Promise<WasmModule | undefined> | undefined;

/** yoga's WebAssembly as the entry compiles it beside this script's loading (cli.tsx), for readyYoga. */
export function useCompiledYoga(compiling: Promise<WasmModule | undefined>): void {
	compiledYoga = compiling;
}

async function loadInk() {
	return withoutFetch(async () => {
		const [{readyYoga}, screens] = await Promise.all([import('./ui/yoga-ready.js'), import('./ui/run-dashboard.js')]);
		await readyYoga(compiledYoga);
		return screens;
	});
}

// Ink draws the first frame inside render(), before run* returns its promise: `afterFirstFrame` runs then.

/** One story in the dashboard. */
export async function startDashboard(story: StoryFile, options: DashboardOptions, afterFirstFrame: () => void = () => {}): Promise<number> {
	await applyColour(options.color);
	const {runDashboard} = await loadInk();
	const running = runDashboard(story, {note: options.note, newItems: options.newItems, refreshUnavailable: options.refreshUnavailable, habits: await habitsFor(options), firstFrame: options.firstFrame});
	afterFirstFrame();
	return running;
}

/** The library's story picker. */
export async function startLibrary(session: LibrarySession, options: DashboardOptions & {folder: string; onWarning?: (text: string) => void}, afterFirstFrame: () => void = () => {}): Promise<number> {
	await applyColour(options.color);
	// The picker's first frame counts the inbox when it holds files: its reader (with the story loader) first.
	if (session.context && inboxReaderNeeded(session.context)) await loadInboxLines();
	const {runLibrary} = await loadInk();
	const running = runLibrary(session, {folder: options.folder, onWarning: options.onWarning, habits: await habitsFor(options), firstFrame: options.firstFrame});
	afterFirstFrame();
	return running;
}
