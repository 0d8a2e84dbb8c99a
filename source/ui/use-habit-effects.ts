import {useEffect, useRef} from 'react';
import type {StoryLookup} from '../model/story-lookup.js';
import {articleCopyLines, copyLines, openableUrl, openUrl, osc52, urlToOpen} from './clipboard.js';
import type {DashboardHabits} from './dashboard-habits.js';
import type {HabitState} from './search-line-state.js';

type Effects = {lookup: StoryLookup; habits: DashboardHabits; stdout: NodeJS.WriteStream; notice: (text: string) => void};

/**
 * The side of the habits the reducer only asks for: y and o carried out (OSC 52 goes to the terminal
 * here and only here, on the key), and the history saved whole when a query is added to it.
 */
export function useHabitEffects(state: HabitState, {lookup, habits, stdout, notice}: Effects) {
	const handledRequest = useRef(0);
	useEffect(() => {
		const request = state.request;
		if (!request || request.serial === handledRequest.current) return;
		handledRequest.current = request.serial;
		if (request.kind === 'copy') {
			if (habits.osc52 === false) return notice('cannot copy: OSC 52 is switched off (--no-osc52 or the config)');
			const lines = request.target.kind === 'item' ? copyLines(lookup, request.target.id) : articleCopyLines(lookup, request.target.id);
			if (!lines) return notice('nothing to copy here');
			const copy = osc52(lines.join('\n'));
			if ('reason' in copy) return notice(`cannot copy: ${copy.reason}`);
			stdout.write(copy.sequence);
			return notice(`copied ${lines.length} ${lines.length === 1 ? 'line' : 'lines'} to the clipboard`);
		}
		const url = request.target.kind === 'item' ? urlToOpen(lookup, request.target.id) : lookup.article(request.target.id)?.url;
		if (!url || !openableUrl(url)) return notice('no web address to open for this item');
		// Only a real terminal starts the opener by default (a test's fake stdout never does).
		const open = habits.openUrl ?? (stdout.isTTY ? openUrl : undefined);
		if (!open) return notice('no system opener here');
		void open(url).then(result => notice(result.opened ? `opened ${url}` : `cannot open: ${result.reason}`));
	}, [state.request]);

	const savedHistory = useRef(state.history.entries);
	useEffect(() => {
		if (state.history.entries === savedHistory.current) return;
		savedHistory.current = state.history.entries;
		habits.saveHistory?.(state.history.entries);
	}, [state.history.entries]);
}
