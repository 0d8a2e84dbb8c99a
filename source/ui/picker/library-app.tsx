import {useApp, useStdin} from 'ink';
import React, {useCallback, useEffect, useRef, useState} from 'react';
import type {LibrarySession, OpenedStory} from '../../library/library-session.js';
import type {ItemSearch, PickerModel} from '../../library/picker-model.js';
import {formatProblem} from '../../model/problem.js';
import {App} from '../app.js';
import type {DashboardHabits} from '../dashboard-habits.js';
import {useTerminalSize} from '../use-terminal-size.js';
import {lastRefreshOf, readRefreshRecord} from '../../feeds/refresh-record.js';
import {fileTimeLabel} from '../../library/file-time.js';
import {readSeenState} from '../../library/seen-state-file.js';
import {inboxReaderNeeded, inboxSummary, loadInboxLines} from '../inbox/inbox-lines.js';
import type {InboxEffect, InboxGroupLine} from '../inbox/inbox-input.js';
import {withFeedCounts} from '../inbox/feed-counts.js';
import {withInboxRow} from '../inbox/inbox-row.js';
import {InboxView} from '../inbox/inbox-view.js';
import {runRefreshInApp} from '../inbox/refresh-runner.js';
import type {PickerEffect} from './picker-input.js';
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

/** `version` counts the pickers shown, so that a picker read again (after a rename) starts from its model. */
type Screen = {kind: 'picker'; model: PickerModel; notice?: string; version: number} | {kind: 'inbox'; model: PickerModel; groups: InboxGroupLine[]; inboxFolder: string; notice?: string; version: number} | {kind: 'opening'; model: PickerModel; version: number} | {kind: 'story'; opened: OpenedStory; model: PickerModel; version: number};

/**
 * The library's one Ink root: the picker, or a story in the dashboard, switched inside one component so
 * that one Ink instance (and run-dashboard's terminal handling) serves both.
 */
export function LibraryApp({session, folder, size, onWarning, habits}: Props) {
	const {exit} = useApp();
	const terminal = useTerminalSize();
	const shownSize = size ?? terminal;
	// The library's only story opens at once; the picker waits behind it.
	// The picker as the library is now, with the inbox row and what refreshes added ("+ 3 articles from feeds").
	const pickerOf = useCallback(
		(before?: PickerModel, selectInbox = false): PickerModel => {
			const model = session.picker(before);
			if (!session.context || !session.stateFolder) return model;
			const counted = withFeedCounts(model, readRefreshRecord(session.stateFolder), readSeenState(session.stateFolder));
			return withInboxRow(counted, inboxSummary(session.context), selectInbox);
		},
		[session],
	);
	/** Runs `then` once the inbox can be counted: at once, or after its reader loads (inbox-lines.ts). */
	const withInboxReady = useCallback(
		(then: () => void) => {
			if (session.context && inboxReaderNeeded(session.context)) void loadInboxLines().then(then);
			else then();
		},
		[session],
	);
	const [screen, setScreen] = useState<Screen>(() => ({kind: session.startWith ? 'opening' : 'picker', model: pickerOf(), version: 0}));
	// Raw mode held across the switch: Ink stops reading input when the last holder lets go, as the
	// picker does just before the dashboard takes over.
	const {setRawMode} = useStdin();
	useEffect(() => {
		setRawMode(true);
		return () => setRawMode(false);
	}, [setRawMode]);
	// The bundled start loads the inbox's reader before the first frame when the inbox holds files
	// (dashboard-start.tsx); otherwise the Inbox row joins the picker as soon as it is loaded.
	useEffect(() => {
		if (session.context && inboxReaderNeeded(session.context)) withInboxReady(() => setScreen(before => (before.kind === 'picker' ? {...before, model: pickerOf(before.model), version: before.version + 1} : before)));
	}, [session, withInboxReady, pickerOf]);

	// A picker first drawn from the library's catalog alone: the files are looked at now, and the picker
	// drawn again if one changed since the catalog was written, in the order of the library as it is
	// unless a key has already changed the picker (then its order is kept, as after a visit).
	const firstModel = useRef(screen.model);
	useEffect(() => {
		void session.check?.().then(changed => {
			if (changed) setScreen(before => (before.kind === 'picker' ? {...before, model: before.model === firstModel.current ? pickerOf() : pickerOf(before.model), version: before.version + 1} : before));
		});
	}, [session, pickerOf]);

	// The library's item search, built in the background once the picker shows, and again each time the
	// library is read again (a rename, a removal, a refresh, a story saved from the inbox): until the new one
	// is ready the old one answers.
	const [searchItems, setSearchItems] = useState<ItemSearch | undefined>();
	const [libraryReads, setLibraryReads] = useState(0);
	const libraryReadAgain = useCallback(() => setLibraryReads(count => count + 1), []);
	useEffect(() => {
		let current = true;
		void session.itemSearch().then(search => {
			if (current) setSearchItems(() => search);
		});
		return () => {
			current = false;
		};
	}, [session, libraryReads]);

	const opening = useRef(false);
	const open = useCallback(
		(files: string[], model: PickerModel) => {
			// A second Enter while the story loads opens nothing more.
			if (opening.current) return;
			opening.current = true;
			setScreen(before => ({kind: 'opening', model, version: before.version}));
			void session.open(files).then(opened => {
				opening.current = false;
				setScreen(before => ('problem' in opened ? {kind: 'picker', model, notice: `cannot open: ${opened.problem}`, version: before.version + 1} : {kind: 'story', opened, model, version: before.version}));
			});
		},
		[session],
	);
	useEffect(() => {
		if (session.startWith) open(session.startWith, pickerOf());
	}, [session, open]);
	// A rename or removal runs while the picker shows; then the library is read again, the order kept.
	const change = useCallback(
		(effect: Extract<PickerEffect, {type: 'renameStory' | 'removeStory'}>, model: PickerModel) => {
			void (effect.type === 'renameStory' ? session.rename(effect.id, effect.title) : session.remove(effect.id)).then(result => {
				libraryReadAgain();
				setScreen(before => ({kind: 'picker', model: pickerOf(model), notice: 'done' in result ? result.done : `not changed: ${result.problem}`, version: before.version + 1}));
			});
		},
		[session, pickerOf, libraryReadAgain],
	);
	// The inbox: its groups read now; each action re-reads the library and the inbox after it.
	const showInbox = useCallback(
		(model: PickerModel, notice?: string) => {
			const context = session.context;
			if (!context) return;
			void loadInboxLines().then(({readInboxLines}) => {
				const {groups, view} = readInboxLines(context);
				setScreen(before => (groups.length === 0 ? {kind: 'picker', model: pickerOf(model), notice: notice ?? 'the inbox is empty', version: before.version + 1} : {kind: 'inbox', model, groups, inboxFolder: view.folder, ...(notice ? {notice} : {}), version: before.version + 1}));
			});
		},
		[session, pickerOf],
	);
	// One refresh at a time; its progress on the bottom line, then the library read again.
	const [status, setStatus] = useState<string | undefined>();
	const refreshing = useRef(false);
	const screenKind = useRef(screen.kind);
	screenKind.current = screen.kind;
	const refresh = useCallback(() => {
		if (refreshing.current || !session.context || !session.stateFolder) return;
		refreshing.current = true;
		void runRefreshInApp(session.context, session.stateFolder, setStatus)
			.catch((error: unknown) => `not refreshed: ${error instanceof Error ? error.message : String(error)}`)
			.then(async line => {
				await session.reload?.();
				libraryReadAgain();
				// A refresh may have brought the inbox its first articles.
				const lines = await loadInboxLines();
				refreshing.current = false;
				// In a story the line stays until it is left: the story shown is the one read before the refresh.
				setStatus(screenKind.current === 'story' ? `${line} (Backspace: the library as it is now)` : undefined);
				setScreen(before => (before.kind === 'picker' ? {kind: 'picker', model: pickerOf(before.model), notice: line, version: before.version + 1} : before.kind === 'inbox' ? {...before, groups: lines.readInboxLines(session.context!).groups, notice: line, version: before.version + 1} : before));
			});
	}, [session, pickerOf, libraryReadAgain]);
	const onEffect = useCallback(
		(effect: Exclude<PickerEffect, {type: 'quit'}>, model: PickerModel) => {
			if (effect.type === 'loadStory') open(effect.files, model);
			else if (effect.type === 'openInbox') showInbox(model);
			else if (effect.type === 'refreshFeeds') refresh();
			else change(effect, model);
		},
		[open, change, showInbox, refresh],
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
		setStatus(undefined);
		const {model, version} = screen;
		// The library read again (a refresh or import in another window shows), its order kept.
		const showPicker = () => withInboxReady(() => setScreen({kind: 'picker', model: pickerOf(model), version: version + 1}));
		if (!session.reload) showPicker();
		else
			void session.reload().then(() => {
				libraryReadAgain();
				showPicker();
			});
	}, [screen, session, close, withInboxReady, libraryReadAgain]);
	const quit = useCallback(() => exit(), [exit]);
	const onInboxEffect = useCallback(
		(effect: InboxEffect) => {
			if (screen.kind !== 'inbox' || !session.context) return;
			const {model} = screen;
			if (effect.type === 'quit') exit();
			else if (effect.type === 'refreshFeeds') refresh();
			else if (effect.type === 'leaveInbox') setScreen(before => ({kind: 'picker', model: pickerOf(model, true), version: before.version + 1}));
			else
				void loadInboxLines()
					.then(({runInboxAction}) => runInboxAction(session.context!, effect))
					.then(async line => {
					await session.reload?.();
					libraryReadAgain();
					// The picker read again, so that a story just started is among those a group can be added to.
					showInbox(pickerOf(model), line);
				});
		},
		[screen, session, exit, refresh, pickerOf, showInbox, libraryReadAgain],
	);
	const rememberSort = useCallback(
		(sort: PickerModel['sort']) => {
			const problem = session.rememberSort?.(sort);
			if (problem) onWarning?.(`the sort was not kept for next time: ${formatProblem(problem)}`);
		},
		[session, onWarning],
	);

	if (screen.kind === 'inbox') {
		const stories = screen.model.rows.filter(row => row.kind === 'story' && !row.sample && !row.problem).map(row => ({id: row.id, title: row.title}));
		return <InboxView key={screen.version} groups={screen.groups} stories={stories} folder={screen.inboxFolder} notice={screen.notice} status={status} size={shownSize} onEffect={onInboxEffect} table={habits?.keyTable} />;
	}
	if (screen.kind === 'story') {
		const {opened} = screen;
		const refreshed = session.stateFolder ? lastRefreshOf(readRefreshRecord(session.stateFolder), opened.story.story.id) : undefined;
		return <App key={opened.story.story.id} story={opened.story} newItems={opened.newItems} onBack={back} onRefresh={session.context ? refresh : undefined} status={status} note={refreshed ? `refreshed ${fileTimeLabel(Date.parse(refreshed))}` : undefined} size={size} habits={habits} />;
	}
	// The library's only story, loading: nothing yet rather than a picker that flashes by.
	if (screen.kind === 'opening' && screen.version === 0 && session.startWith) return null;
	// While a story loads the picker stays, so the screen does not flash; its keys wait for the story.
	return <PickerView key={screen.version} model={screen.model} folder={folder} notice={screen.kind === 'picker' ? screen.notice : undefined} size={shownSize} onEffect={onEffect} onQuit={quit} onSort={rememberSort} searchItems={searchItems} table={habits?.keyTable} status={status} />;
}
