// The dashboard's habits beside the reducer in state.ts: the search line as a line editor with a
// cursor, the query history, pasted text, and the copy and open effects that the interpreter carries
// out (the reducer stays pure: it asks, effects.ts writes to the terminal or starts the opener).
import {sanitiseText} from '../model/sanitise.js';
import type {Command, Context} from './keys.js';
import {applyLineEdit, type LineEdit} from './line-editor.js';
import type {LastClick} from './mouse.js';
import {addToHistory, notWalking, recallOlder, type HistoryWalk} from './query-history.js';

/** What `y` copies or `o` opens: an item or an article. */
export type Target = {kind: 'item'; id: string} | {kind: 'article'; id: string};

/** The part of the dashboard state this module reads and writes. */
export type HabitState = {
	query: string;
	/** Offset of the cursor in `query`, at a grapheme boundary. */
	cursor: number;
	resultIndex: number;
	chooseWhenReady: boolean;
	history: {entries: string[]; walk: HistoryWalk};
	/** A short message for the footer ("copied", "no web address"), cleared by the next key. */
	notice?: string;
	/** The last click, to tell a double-click. */
	lastClick?: LastClick;
};

export function initialHabits(options: {query?: string; history?: string[]} = {}): Pick<HabitState, 'query' | 'cursor' | 'history'> {
	const query = sanitiseText(options.query ?? '');
	return {query, cursor: query.length, history: {entries: options.history ?? [], walk: notWalking}};
}

const lineEdits: Partial<Record<Command, LineEdit['type']>> = {
	cursorLeft: 'left',
	cursorRight: 'right',
	cursorWordLeft: 'wordLeft',
	cursorWordRight: 'wordRight',
	cursorStart: 'start',
	cursorEnd: 'end',
	deleteNextCharacter: 'deleteForward',
	deleteToEnd: 'killToEnd',
	deletePreviousCharacter: 'deleteBackward',
	deletePreviousWord: 'killWordBackward',
	clearQuery: 'killToStart',
};

/** The line edit a command makes in the search line, if it is one. */
export function searchLineEdit(command: Command): LineEdit | undefined {
	const type = lineEdits[command];
	return type ? ({type} as LineEdit) : undefined;
}

/** Applies an edit to the query; a changed query starts again at the first result and ends a history walk. */
export function editSearchLine<S extends HabitState>(state: S, edit: LineEdit): S {
	const cursor = Math.min(state.cursor, state.query.length);
	const next = applyLineEdit({text: state.query, cursor}, edit.type === 'insert' ? {...edit, text: sanitiseText(edit.text)} : edit);
	if (next.text === state.query && next.cursor === state.cursor) return state;
	if (next.text === state.query) return {...state, cursor: next.cursor};
	return {...state, query: next.text, cursor: next.cursor, resultIndex: 0, chooseWhenReady: false, history: {...state.history, walk: notWalking}};
}

/** Ctrl-r, or ↑ on the first result: the query before the one shown (the newest first). */
export function recallEarlierQuery<S extends HabitState>(state: S): S {
	const recalled = recallOlder(state.history.entries, state.history.walk, state.query);
	if (!recalled) return {...state, notice: state.history.entries.length === 0 ? 'no earlier queries yet' : 'no earlier query'};
	return {...state, query: recalled.text, cursor: recalled.text.length, resultIndex: 0, chooseWhenReady: false, history: {...state.history, walk: recalled.walk}};
}

/** Keeps the query in the history (Enter on a result: the query did its job). */
export function rememberQuery<S extends HabitState>(state: S): S {
	const entries = addToHistory(state.history.entries, state.query);
	return entries.length === state.history.entries.length && entries.at(-1) === state.history.entries.at(-1) ? state : {...state, history: {entries, walk: notWalking}};
}

/** Pasted text: typed into the search line at the cursor, as one edit (a pasted newline is a space). */
export function pasteInto<S extends HabitState>(state: S, context: Context, text: string): S | undefined {
	if (context !== 'search') return undefined;
	return editSearchLine(state, {type: 'insert', text});
}

/** A copy or open effect for what is selected, or a notice when nothing is. */
export function requestFor<S extends HabitState>(state: S, kind: 'copy' | 'open', target: Target | undefined): {state: S; effects: Array<{type: 'copy' | 'open'; target: Target}>} {
	if (!target) return {state: {...state, notice: kind === 'copy' ? 'nothing selected to copy' : 'nothing selected to open'}, effects: []};
	return {state, effects: [{type: kind, target}]};
}

/** What y and o need to know of the dashboard: the open views, the focus and the selections. */
type Selections = {
	views: ReadonlyArray<{target: {kind: 'item'; id: string} | {kind: 'reader'; article: string}}>;
	focus: string;
	resultIndex: number;
	results: {hits: ReadonlyArray<{id: string}>};
	selection: Record<string, number>;
};

/** The item `y` copies and `o` opens: what the open detail or reader shows, or the selected row. */
export function selectedTarget(state: Selections, env: {panes: Record<string, {ids: string[]}>}): Target | undefined {
	const view = state.views.at(-1);
	if (view) return view.target.kind === 'item' ? {kind: 'item', id: view.target.id} : {kind: 'article', id: view.target.article};
	const id = state.focus === 'search' ? state.results.hits[state.resultIndex]?.id : env.panes[state.focus]?.ids[state.selection[state.focus] ?? 0];
	return id ? {kind: 'item', id} : undefined;
}
