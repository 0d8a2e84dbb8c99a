// Queries kept across runs, newest last, one a line (as fzf's --history file), capped. Recalled with
// Ctrl-r or ↑ from the first result: fzf users reach for Ctrl-r to find an earlier command, and ↑ at
// the top of the results has nothing else to do; Ctrl-p/Ctrl-n already move through results here.
import {mkdirSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {withFileLockSync} from '../model/file-lock.js';
import type {Problem} from '../model/problem.js';
import {describeFsError, readOwnTextFile} from '../model/read-stories.js';
import {sanitiseText} from '../model/sanitise.js';
import {writeFileSafely} from '../fs/write-file-safely.js';

export const historyCap = 500;

/** $XDG_STATE_HOME/summit-tui/history, or ~/.local/state/summit-tui/history when it is unset or relative. */
export function historyFile(env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string {
	const state = env['XDG_STATE_HOME'];
	const base = state && path.isAbsolute(state) ? state : path.join(home, '.local', 'state');
	return path.join(base, 'summit-tui', 'history');
}

/** The queries in a history file's text, oldest first; lines are sanitised (the file may be edited by hand). */
export function parseHistory(text: string, cap = historyCap): string[] {
	const entries = text
		.split('\n')
		.map(line => sanitiseText(line).trim())
		.filter(line => line !== '');
	return entries.slice(-cap);
}

/** The entries with a query added: blank queries and a repeat of the newest are not kept. */
export function addToHistory(entries: readonly string[], query: string, cap = historyCap): string[] {
	const trimmed = query.trim();
	if (trimmed === '' || entries.at(-1) === trimmed) return [...entries];
	return [...entries, trimmed].slice(-cap);
}

export type HistoryOptions = {
	/** false for --no-history or the config's history switch: nothing is read or written. */
	enabled: boolean;
	file?: string;
	cap?: number;
};

/** The stored queries; a missing file is an empty history, an unreadable one a problem and an empty history. */
export function loadHistory(options: HistoryOptions): {entries: string[]; problem?: Problem} {
	if (!options.enabled) return {entries: []};
	const file = options.file ?? historyFile();
	const read = readOwnTextFile(file);
	if (read.text !== undefined) return {entries: parseHistory(read.text, options.cap)};
	return read.problem ? {entries: [], problem: read.problem} : {entries: []};
}

/** The history's folder, made private (0700) when missing. */
function makeHistoryFolder(file: string): Problem | undefined {
	try {
		mkdirSync(path.dirname(file), {recursive: true, mode: 0o700});
		return undefined;
	} catch (error) {
		return {file, message: describeFsError(error)};
	}
}

/** Writes the history whole or not at all (write-file-safely), creating its folder; never through a link. */
export function saveHistory(entries: readonly string[], options: HistoryOptions): Problem | undefined {
	if (!options.enabled) return undefined;
	const file = options.file ?? historyFile();
	const folderProblem = makeHistoryFolder(file);
	if (folderProblem) return folderProblem;
	const kept = entries.slice(-(options.cap ?? historyCap));
	const saved = withFileLockSync(file, () => writeFileSafely(file, kept.length === 0 ? '' : `${kept.join('\n')}\n`, {ownFile: true}));
	return 'problem' in saved ? saved.problem : saved.value;
}

/**
 * Adds one query to the history file as a read-modify-write under its lock: the file as it is now (two
 * dashboards may each have added queries since either read it), plus this one.
 */
export function recordQuery(query: string, options: HistoryOptions): Problem | undefined {
	if (!options.enabled) return undefined;
	const file = options.file ?? historyFile();
	const folderProblem = makeHistoryFolder(file);
	if (folderProblem) return folderProblem;
	const recorded = withFileLockSync(file, () => {
		const read = readOwnTextFile(file);
		if (read.problem) return read.problem;
		const entries = addToHistory(parseHistory(read.text ?? '', options.cap), query, options.cap);
		return writeFileSafely(file, entries.length === 0 ? '' : `${entries.join('\n')}\n`, {ownFile: true});
	});
	return 'problem' in recorded ? recorded.problem : recorded.value;
}

/**
 * Walking the history from the search line: `position` counts back from the newest (undefined: not
 * walking), and `draft` is what was typed before the walk began, given back when walking past the newest.
 */
export type HistoryWalk = {position: number | undefined; draft: string};
export const notWalking: HistoryWalk = {position: undefined, draft: ''};

export function recallOlder(entries: readonly string[], walk: HistoryWalk, current: string): {walk: HistoryWalk; text: string} | undefined {
	const position = walk.position === undefined ? 0 : walk.position + 1;
	if (position >= entries.length) return undefined;
	return {walk: {position, draft: walk.position === undefined ? current : walk.draft}, text: entries[entries.length - 1 - position]!};
}

export function recallNewer(entries: readonly string[], walk: HistoryWalk): {walk: HistoryWalk; text: string} | undefined {
	if (walk.position === undefined) return undefined;
	if (walk.position === 0) return {walk: notWalking, text: walk.draft};
	const position = walk.position - 1;
	return {walk: {...walk, position}, text: entries[entries.length - 1 - position]!};
}
