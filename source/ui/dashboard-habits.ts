// What the command line and the config decide about the dashboard's habits, gathered in one value
// that runDashboard hands to App: the opening query, the key table in force, the mouse, OSC 52 and
// history switches, and how to reach the terminal and the system opener.
import type {EffectiveConfig} from '../config/config.js';
import type {Problem} from '../model/problem.js';
import {disableBracketedPaste, enableBracketedPaste} from './bracketed-paste.js';
import {openUrl, type OpenResult} from './clipboard.js';
import type {KeyTableEntry} from './keys.js';
import {mouseModes} from './mouse.js';
import {loadHistory, recordQuery, type HistoryOptions} from './query-history.js';

export type DashboardHabits = {
	/** `--query Q`: the search box opens filled (and focused). */
	query?: string;
	keyTable?: readonly KeyTableEntry[];
	/** Whether mouse reports are acted on (run-dashboard switches the reporting itself: mouseModes). */
	mouse?: boolean;
	/** false: `y` says it cannot copy instead of writing OSC 52. */
	osc52?: boolean;
	/** Earlier queries, oldest first. */
	history?: string[];
	/** Called with the whole history when a query is added; absent: the history is not kept. */
	saveHistory?: (entries: readonly string[]) => void;
	/** Shown in the footer at start, e.g. that the config had problems. */
	notice?: string;
	/** Starts the system opener; replaceable in tests. */
	openUrl?: (url: string) => Promise<OpenResult>;
};

/** The CLI's switches for the dashboard: `--query`, `--no-mouse`, `--no-osc52`, `--no-history`. */
export type HabitFlags = {query?: string; mouse?: boolean; osc52?: boolean; history?: boolean};

/**
 * The habits from the effective config and the flags (a flag set to false wins over the config's
 * true). Reads the history file unless history is off; problems reading it come back, never thrown.
 */
export function dashboardHabits(config: EffectiveConfig, flags: HabitFlags = {}, historyFile?: string): {habits: DashboardHabits; problems: Problem[]} {
	const historyOptions: HistoryOptions = {enabled: config.history && flags.history !== false, ...(historyFile ? {file: historyFile} : {})};
	const loaded = loadHistory(historyOptions);
	const problems = loaded.problem ? [loaded.problem] : [];
	return {
		habits: {
			...(flags.query !== undefined ? {query: flags.query} : {}),
			keyTable: config.keyTable,
			mouse: config.mouse && flags.mouse !== false,
			osc52: config.osc52 && flags.osc52 !== false,
			history: loaded.entries,
			// The newest query, added to the file as it is now: another dashboard may have added its own.
			...(historyOptions.enabled ? {saveHistory: (entries: readonly string[]) => void (entries.length > 0 && recordQuery(entries.at(-1)!, historyOptions))} : {}),
			openUrl,
		},
		problems,
	};
}

/**
 * The terminal modes the dashboard's input needs, on (entering, and resuming after `fg`) or off
 * (leaving on every path, and before suspending): bracketed paste always, mouse reporting when the
 * habits allow it. Off turns both off whatever the habits, which is harmless for a mode never on.
 */
export function inputModes(on: boolean, habits: Pick<DashboardHabits, 'mouse'> = {}): string {
	if (!on) return mouseModes(false) + disableBracketedPaste;
	return (habits.mouse === false ? '' : mouseModes(true)) + enableBracketedPaste;
}
