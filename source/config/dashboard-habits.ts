// What the command line and the config decide about the dashboard's habits: the config is read here,
// above the dashboard, so that ui/ never imports config/.
import type {Problem} from '../model/problem.js';
import {openUrl} from '../ui/clipboard.js';
import type {DashboardHabits} from '../ui/dashboard-habits.js';
import {loadHistory, recordQuery, type HistoryOptions} from '../ui/query-history.js';
import type {EffectiveConfig} from './config.js';

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
