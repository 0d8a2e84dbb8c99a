import {mkdtempSync, readdirSync, rmSync, lstatSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

// Every test run gets a home of its own: HOME and the four XDG base folders point into a temporary
// folder for the whole run (the workers inherit them), so that no test can forget to isolate itself and
// write into the user's history, library, config or cache. The user's real folders are recorded before
// the run and compared after it: a run that created or changed anything in them fails.

export const isolatedVariables = ['HOME', 'XDG_CONFIG_HOME', 'XDG_STATE_HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME'] as const;

type Env = Record<string, string | undefined>;

/** The program's own folders under the user's real base folders (only these does the program write to). */
export function programFolders(env: Env): string[] {
	const home = env['HOME'] ?? '/';
	const base = (variable: string, fallback: string) => {
		const value = env[variable];
		return value && path.isAbsolute(value) ? value : path.join(home, fallback);
	};
	return [base('XDG_CONFIG_HOME', '.config'), base('XDG_STATE_HOME', '.local/state'), base('XDG_DATA_HOME', '.local/share'), base('XDG_CACHE_HOME', '.cache')].map(folder => path.join(folder, 'summit-tui'));
}

/** Every entry under the folders, with its kind, size and modification time: what a run must not change. */
export function fingerprint(folders: string[]): Map<string, string> {
	const seen = new Map<string, string>();
	const visit = (entry: string) => {
		let stats;
		try {
			stats = lstatSync(entry);
		} catch {
			return;
		}
		seen.set(entry, `${stats.isDirectory() ? 'folder' : 'file'} ${stats.size} ${stats.mtimeMs}`);
		if (stats.isDirectory()) for (const name of readdirSync(entry)) visit(path.join(entry, name));
	};
	for (const folder of folders) visit(folder);
	return seen;
}

/** What differs between two fingerprints, one line each. */
export function differences(before: Map<string, string>, after: Map<string, string>): string[] {
	const lines: string[] = [];
	for (const [entry, state] of after) {
		if (!before.has(entry)) lines.push(`created ${entry}`);
		else if (before.get(entry) !== state) lines.push(`changed ${entry}`);
	}
	for (const entry of before.keys()) if (!after.has(entry)) lines.push(`removed ${entry}`);
	return lines;
}

export default function setup() {
	const real: Env = Object.fromEntries(isolatedVariables.map(name => [name, process.env[name]]));
	const watched = programFolders(real);
	const before = fingerprint(watched);
	const root = mkdtempSync(path.join(tmpdir(), 'summit-tui-home-'));
	process.env['HOME'] = path.join(root, 'home');
	process.env['XDG_CONFIG_HOME'] = path.join(root, 'config');
	process.env['XDG_STATE_HOME'] = path.join(root, 'state');
	process.env['XDG_DATA_HOME'] = path.join(root, 'data');
	process.env['XDG_CACHE_HOME'] = path.join(root, 'cache');
	// For the check inside the suite (test/isolation.test.ts): where the real folders are.
	process.env['SUMMIT_TUI_TEST_REAL_FOLDERS'] = JSON.stringify(watched);
	return () => {
		rmSync(root, {recursive: true, force: true});
		const changed = differences(before, fingerprint(watched));
		if (changed.length === 0) return;
		// Vitest reports an error thrown here but still exits 0: the exit code is set as well.
		process.exitCode = 1;
		throw new Error(`the test run touched the user's own folders:\n${changed.slice(0, 20).join('\n')}`);
	};
}
