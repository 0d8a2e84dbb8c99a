#!/usr/bin/env node
import {main, type CliIo, type DashboardOptions} from './cli-main.js';

// The process's side of the command line: its streams, its environment and its exit code. Everything
// else is main(argv, io), which tests call in process.

// A reader that closes the pipe early (`| head`) has seen what it wanted: what is left is not written,
// and the command still ends with its own status (validate of a broken file is 1 even through head).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
	throw error;
});

/**
 * Ink's layout engine (yoga) is WebAssembly embedded as base64. Its loader "fetches" that data URL when
 * a global fetch exists, which on Node 20 loads the whole fetch implementation (undici) and costs about
 * 15 ms of start-up; without fetch it decodes the string directly. So fetch is hidden while the
 * dashboard's modules load, by its property descriptor (reading it would load undici), then restored.
 */
async function importWithoutFetch<T>(load: () => Promise<T>): Promise<T> {
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
	const {existsSync} = await import('node:fs');
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

const io: CliIo = {
	stdout: process.stdout,
	stderr: process.stderr,
	stdin: process.stdin,
	env: process.env,
	async dashboard(story, options) {
		await applyColour(options.color);
		const {runDashboard} = await importWithoutFetch(() => import('./ui/run-dashboard.js'));
		return runDashboard(story, {note: options.note, newItems: options.newItems, habits: await habitsFor(options)});
	},
	async library(session, options) {
		await applyColour(options.color);
		const {runLibrary} = await importWithoutFetch(() => import('./ui/run-dashboard.js'));
		return runLibrary(session, {folder: options.folder, onWarning: options.onWarning, habits: await habitsFor(options)});
	},
};

process.exitCode = await main(process.argv.slice(2), io);
