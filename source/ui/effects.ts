import type {StoryLookup} from '../model/story-lookup.js';
import {articleCopyLines, copyLines, openableUrl, openUrl, osc52, urlToOpen} from './clipboard.js';
import type {DashboardHabits} from './dashboard-habits.js';
import type {Target} from './search-line-state.js';
import type {Effect} from './state-types.js';

// The one interpreter of the reducer's effects: the only place the dashboard writes to the terminal
// (OSC 52), starts the opener, saves the history, quits, leaves for the picker or starts a search.
// What it learns goes back to the reducer as actions (a notice; search results come from the runner).

export type World = {
	lookup: StoryLookup;
	habits: DashboardHabits;
	stdout: NodeJS.WriteStream;
	notice(text: string): void;
	quit(): void;
	/** Back to the story picker; absent when the story was opened without one. */
	leave?: () => void;
	/** Refreshes the feeds in the background; absent when the story was opened without the library. */
	refresh?: () => void;
	/** Why there is no refresh here, when the opener knows better than the default (the sample of an empty library). */
	refreshUnavailable?: string;
	search(query: string): void;
};

function copy(target: Target, world: World): void {
	const {lookup, habits, stdout, notice} = world;
	if (habits.osc52 === false) return notice('cannot copy: OSC 52 is switched off (--no-osc52 or the config)');
	const lines = target.kind === 'item' ? copyLines(lookup, target.id) : articleCopyLines(lookup, target.id);
	if (!lines) return notice('nothing to copy here');
	const sequence = osc52(lines.join('\n'));
	if ('reason' in sequence) return notice(`cannot copy: ${sequence.reason}`);
	stdout.write(sequence.sequence);
	notice(`copied ${lines.length} ${lines.length === 1 ? 'line' : 'lines'} to the clipboard`);
}

function open(target: Target, world: World): void {
	const {lookup, habits, stdout, notice} = world;
	const url = target.kind === 'item' ? urlToOpen(lookup, target.id) : lookup.article(target.id)?.url;
	if (!url || !openableUrl(url)) return notice('no web address to open for this item');
	// Only a real terminal starts the opener by default (a test's fake stdout never does).
	const opener = habits.openUrl ?? (stdout.isTTY ? openUrl : undefined);
	if (!opener) return notice('no system opener here');
	void opener(url).then(result => notice(result.opened ? `opened ${url}` : `cannot open: ${result.reason}`));
}

export function runEffects(effects: readonly Effect[], world: World): void {
	for (const effect of effects) {
		switch (effect.type) {
			case 'copy':
				copy(effect.target, world);
				break;
			case 'open':
				open(effect.target, world);
				break;
			case 'quit':
				world.quit();
				break;
			case 'leave':
				world.leave?.();
				break;
			case 'refresh':
				if (world.refresh) world.refresh();
				else world.notice(world.refreshUnavailable ?? 'no library here to refresh: open summit-tui without a file');
				break;
			case 'saveHistory':
				world.habits.saveHistory?.(effect.entries);
				break;
			case 'runSearch':
				world.search(effect.query);
				break;
		}
	}
}
