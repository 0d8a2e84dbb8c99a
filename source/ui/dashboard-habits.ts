// The dashboard's habits, gathered in one value that runDashboard hands to App: the opening query, the
// key table in force, the mouse, OSC 52 and history switches, and how to reach the terminal and the
// system opener (config/dashboard-habits.ts makes it from the command line and the config).
import {disableBracketedPaste, enableBracketedPaste} from './bracketed-paste.js';
import type {OpenResult} from './clipboard.js';
import type {KeyTableEntry} from './keys.js';
import {mouseModes} from './mouse.js';

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

/**
 * The terminal modes the dashboard's input needs, on (entering, and resuming after `fg`) or off
 * (leaving on every path, and before suspending): bracketed paste always, mouse reporting when the
 * habits allow it. Off turns both off whatever the habits, which is harmless for a mode never on.
 */
export function inputModes(on: boolean, habits: Pick<DashboardHabits, 'mouse'> = {}): string {
	if (!on) return mouseModes(false) + disableBracketedPaste;
	return (habits.mouse === false ? '' : mouseModes(true)) + enableBracketedPaste;
}
