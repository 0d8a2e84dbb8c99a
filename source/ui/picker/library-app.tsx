import {useApp, useStdin} from 'ink';
import React, {useCallback, useEffect, useRef, useState} from 'react';
import type {LibrarySession, OpenedStory} from '../../library/library-session.js';
import {selectedRow, setQuery, type ItemSearch, type PickerModel} from '../../library/picker-model.js';
import {formatProblem} from '../../model/problem.js';
import {App} from '../app.js';
import type {DashboardHabits} from '../dashboard-habits.js';
import {useTerminalSize} from '../use-terminal-size.js';
import {PickerView} from './picker-view.js';

type Props = {
	/** The config's keys, theme and switches, and the query history, for the stories it opens. */
	habits?: DashboardHabits;
	session: LibrarySession;
	folder: string;
	/** Fixed size for tests; otherwise the terminal's. */
	size?: {columns: number; rows: number};
	/** Problems met on the way out of a story (its visit could not be recorded), for the caller to print. */
	onWarning?: (text: string) => void;
};

type Screen = {kind: 'picker'; model: PickerModel; notice?: string} | {kind: 'opening'; model: PickerModel} | {kind: 'story'; opened: OpenedStory; model: PickerModel};

/** A fresh picker (what is new changes with each visit) with the user's filter and selection kept. */
function refreshed(fresh: PickerModel, before: PickerModel): PickerModel {
	const filtered = setQuery(fresh, before.query);
	const id = selectedRow(before)?.id;
	const position = filtered.visible.findIndex(index => filtered.rows[index]!.id === id);
	return position === -1 ? filtered : {...filtered, selected: position};
}

/**
 * The library's one Ink root: the picker, or a story in the dashboard, switched inside one component so
 * that one Ink instance (and run-dashboard's terminal handling) serves both.
 */
export function LibraryApp({session, folder, size, onWarning, habits}: Props) {
	const {exit} = useApp();
	const terminal = useTerminalSize();
	const shownSize = size ?? terminal;
	const [screen, setScreen] = useState<Screen>(() => ({kind: 'picker', model: session.picker()}));
	// Raw mode held across the switch: Ink stops reading input when the last holder lets go, as the
	// picker does just before the dashboard takes over.
	const {setRawMode} = useStdin();
	useEffect(() => {
		setRawMode(true);
		return () => setRawMode(false);
	}, [setRawMode]);

	// The library's item search, built in the background once the picker shows.
	const [searchItems, setSearchItems] = useState<ItemSearch | undefined>();
	useEffect(() => {
		let current = true;
		void session.itemSearch().then(search => {
			if (current) setSearchItems(() => search);
		});
		return () => {
			current = false;
		};
	}, [session]);

	const opening = useRef(false);
	const open = useCallback(
		(files: string[], model: PickerModel) => {
			// A second Enter while the story loads opens nothing more.
			if (opening.current) return;
			opening.current = true;
			setScreen({kind: 'opening', model});
			void session.open(files).then(opened => {
				opening.current = false;
				setScreen('problem' in opened ? {kind: 'picker', model, notice: `cannot open: ${opened.problem}`} : {kind: 'story', opened, model});
			});
		},
		[session],
	);
	const close = useCallback(
		(opened: OpenedStory) => {
			const problem = opened.close();
			if (problem) onWarning?.(`what you have seen was not recorded: ${formatProblem(problem)}`);
		},
		[onWarning],
	);
	const current = screen.kind === 'story' ? screen.opened : undefined;
	// Quitting inside a story (q, a signal) unmounts it: the visit is recorded then.
	useEffect(() => (current ? () => close(current) : undefined), [current, close]);
	const back = useCallback(() => {
		if (screen.kind !== 'story') return;
		// Recorded before the picker is read again, so that its "n new" counts this visit.
		close(screen.opened);
		setScreen({kind: 'picker', model: refreshed(session.picker(), screen.model)});
	}, [screen, session, close]);
	const quit = useCallback(() => exit(), [exit]);

	if (screen.kind === 'story') {
		const {opened} = screen;
		return <App key={opened.story.story.id} story={opened.story} newItems={opened.newItems} onBack={back} size={size} habits={habits} />;
	}
	// While a story loads the picker stays, so the screen does not flash; its keys wait for the story.
	return <PickerView model={screen.model} folder={folder} notice={screen.kind === 'picker' ? screen.notice : undefined} size={shownSize} onOpen={open} onQuit={quit} searchItems={searchItems} />;
}
