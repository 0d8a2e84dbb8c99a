import {sanitiseText} from '../model/sanitise.js';
import {commandFor, type Command, type Context, type KeyStroke} from './keys.js';
import {isWholePane, listPanes, numberedPanes, paneOrder, type ListPaneId} from './panes/pane-list.js';
import {initialMapPane} from '../map/map-pane-model.js';
import {applyMapCommand, noMap} from './panes/map/map-commands.js';
import {mouseIntents} from './mouse-actions.js';
import {focusPane, leavePane, movement, moveWithin, selectInPane, selectItem, showOnMap, withMap} from './state-selection.js';
import type {Action, Effect, Environment, MouseIntent, UiState, Update} from './state-types.js';
import {applyViewCommand, openView, replaceTop, scrollView, topView, withFind} from './state-views.js';
import {editSearchLine, initialHabits, pasteInto, recallEarlierQuery, rememberQuery, requestFor, searchLineEdit, selectedTarget} from './search-line-state.js';

// Everything the dashboard remembers between key presses, and a pure function from (state, action) to
// the next state and the effects it asks for (Elm's and bubbletea's Update): copy, open, quit, leave,
// save the history, run a search. Selection and scroll positions live here, not in components
// (lazygit's model/view split). Search results come in as an action, so the reducer never calls the
// search engine, and the view draws only what the state holds.

export type {Action, Effect, Environment, OpenView, ReturnPoint, UiState, Update} from './state-types.js';
export {clampSelections, selectItem} from './state-selection.js';

const noRows = <T>(value: T) => Object.fromEntries(listPanes.map(pane => [pane, value])) as Record<ListPaneId, T>;

export function initialState(options: {query?: string; history?: string[]} = {}): UiState {
	return {
		...initialHabits(options),
		// `--query`: the search line opens filled, with its results.
		focus: options.query ? 'search' : 'facts',
		recent: [...listPanes],
		selection: noRows(0),
		listTop: noRows(0),
		resultIndex: 0,
		results: {query: '', hits: []},
		indexProgress: 0,
		chooseWhenReady: false,
		views: [],
		finding: false,
		help: {open: false, scroll: 0},
		map: initialMapPane,
		newOnly: false,
	};
}

export function contextOf(state: UiState): Context {
	if (state.help.open) return 'help';
	if (state.views.length > 0) return state.finding ? 'find' : 'detail';
	// A pane with a screen of its own has its own keys: its id is their context.
	return isWholePane(state.focus) ? state.focus : 'list';
}

const unchanged = (state: UiState): Update => ({state, effects: []});

function isPrintable(stroke: KeyStroke): boolean {
	// Typed text, never control characters or leftovers of escape sequences.
	return !stroke.ctrl && !stroke.meta && stroke.text !== undefined && stroke.text !== '' && !/[\u0000-\u001F\u007F-\u009F]/.test(stroke.text);
}

function withQuery(state: UiState, query: string): UiState {
	return query === state.query ? state : {...state, query, cursor: query.length, resultIndex: 0, chooseWhenReady: false};
}

function chooseResult(state: UiState, env: Environment): UiState {
	const id = state.results.hits[state.resultIndex]?.id;
	if (!id) return state;
	const place = env.locate(id);
	const moved = place ? selectInPane(focusPane(state, place.pane), place.pane, place.index, env) : focusPane(state, state.recent[0]!);
	return openView({...moved, chooseWhenReady: false}, env.openTarget(id), env, []);
}

function editText(state: UiState, edit: (text: string) => string, env: Environment): UiState {
	return state.finding ? withFind(state, edit(topView(state).find), env) : withQuery(state, edit(state.query));
}

/** The event of the Timeline → map step shown, if any. */
const mapStepEvent = (state: UiState, env: Environment) => (state.map.step === undefined ? undefined : env.map?.steps[state.map.step]?.event);

/** The commands that ask the world for something: copy, open, quit, leave. Undefined for the others. */
function effectOf(state: UiState, command: Command, env: Environment): Update | undefined {
	const context = contextOf(state);
	if (command === 'copySelected' || command === 'openLink') {
		// On the map: what Enter would open, the event stepped to or else the chosen place.
		const onMap = context === 'map' ? (mapStepEvent(state, env) ?? state.map.selected) : undefined;
		const target = context === 'map' ? (onMap ? {kind: 'item' as const, id: onMap} : undefined) : selectedTarget(state, env);
		return requestFor(state, command === 'copySelected' ? 'copy' : 'open', target);
	}
	if (command === 'quit') return {state, effects: [{type: 'quit'}]};
	if (command === 'refreshFeeds') return {state, effects: [{type: 'refresh'}]};
	if (command === 'leaveStory' || (command === 'back' && context === 'list' && state.query === '')) return {state, effects: [{type: 'leave'}]};
	return undefined;
}

export function applyCommand(state: UiState, command: Command, env: Environment): Update {
	const context = contextOf(state);
	if (context === 'search') {
		const edit = searchLineEdit(command);
		if (edit) return unchanged(editSearchLine(state, edit));
		// ↑ on the first result goes back in the history, as in a shell.
		if ((command === 'previousResult' && state.resultIndex === 0) || command === 'recallQuery') return unchanged(recallEarlierQuery(state));
	}
	return effectOf(state, command, env) ?? unchanged(nextState(state, command, env));
}

/** What a command does to the state alone. */
function nextState(state: UiState, command: Command, env: Environment): UiState {
	const context = contextOf(state);
	const step = movement(command, env.pageSize);
	if (context === 'map') {
		const map = applyMapCommand(state.map, command, env.map ?? noMap, step);
		if (map) return withMap(state, map, env);
		if (command === 'openSelected') {
			// The event stepped to, else the chosen place; with neither, Enter chooses the first place.
			const opened = mapStepEvent(state, env) ?? state.map.selected;
			if (opened) return openView(state, env.openTarget(opened), env);
			return withMap(state, applyMapCommand(state.map, 'nextPlace', env.map ?? noMap) ?? state.map, env);
		}
		// Esc leaves the map for the pane it was opened from, as it leaves search.
		if (command === 'back') return leavePane(state);
	}
	if (step !== undefined) {
		if (context === 'help') return {...state, help: {...state.help, scroll: moveWithin(state.help.scroll, step, Math.max(0, env.helpLines - env.pageSize) + 1)}};
		if (context === 'detail') return scrollView(state, step, env);
		if (context === 'search') return {...state, resultIndex: moveWithin(state.resultIndex, step, state.results.hits.length)};
		const pane = state.focus as ListPaneId;
		return selectInPane(state, pane, moveWithin(state.selection[pane], step, env.panes[pane].ids.length), env);
	}

	const numbered = /^focusPane(\d+)$/.exec(command);
	if (numbered) {
		const pane = numberedPanes[Number(numbered[1]) - 1];
		return pane ? focusPane(state, pane, env) : state;
	}
	switch (command) {
		case 'focusNextPane':
		case 'focusPreviousPane': {
			const offset = command === 'focusNextPane' ? 1 : -1;
			return focusPane(state, paneOrder[(paneOrder.indexOf(state.focus) + offset + paneOrder.length) % paneOrder.length]!, env);
		}
		case 'showOnMap':
			return showOnMap(state, env);
		case 'focusSearch':
			// Esc from a search begun on the map comes back to the map.
			return focusPane(state, 'search', env, state.focus === 'map');
		case 'nextResult':
			return {...state, resultIndex: moveWithin(state.resultIndex, 1, state.results.hits.length)};
		case 'previousResult':
			return {...state, resultIndex: moveWithin(state.resultIndex, -1, state.results.hits.length)};
		case 'openSelected': {
			if (context === 'detail') {
				const view = topView(state);
				const target = view.link === undefined ? undefined : env.links(view.target)[view.link];
				return target ? openView(state, target, env) : state;
			}
			const pane = state.focus as ListPaneId;
			const id = env.panes[pane]?.ids[state.selection[pane]];
			return id ? openView(state, env.openTarget(id), env) : state;
		}
		case 'chooseResult':
			if (state.query.trim() === '') return state;
			if (state.results.query !== state.query) return rememberQuery({...state, chooseWhenReady: true});
			return chooseResult(rememberQuery(state), env);
		case 'back':
			if (context === 'help') return {...state, help: {open: false, scroll: 0}};
			if (context === 'find') return {...replaceTop(state, {...topView(state), find: '', match: undefined}), finding: false};
			if (context === 'detail') return {...state, views: state.views.slice(0, -1)};
			if (context === 'search') return leavePane(state);
			return withQuery(state, '');
		case 'toggleNewOnly':
			return {...state, newOnly: !state.newOnly};
		case 'deletePreviousCharacter':
			return editText(state, text => Array.from(text).slice(0, -1).join(''), env);
		case 'deletePreviousWord':
			return editText(state, text => text.replace(/\S*\s*$/, ''), env);
		case 'clearQuery':
			return editText(state, () => '', env);
		case 'toggleHelp':
			return {...state, help: {open: !state.help.open, scroll: 0}};
		default:
			return applyViewCommand(state, command, env) ?? state;
	}
}

/** The whole input path: a key press in the current context becomes a command, or typed text. */
export function reduceKey(state: UiState, stroke: KeyStroke, env: Environment): Update {
	const context = contextOf(state);
	const command = commandFor(stroke, context, env.keyTable);
	if (command) return applyCommand(state, command, env);
	// Typed text goes through the same sanitiser as file text (bidi controls included).
	if (context === 'search' && isPrintable(stroke)) return unchanged(editSearchLine(state, {type: 'insert', text: stroke.text!}));
	if (context === 'find' && isPrintable(stroke)) return unchanged(editText(state, text => text + sanitiseText(stroke.text!), env));
	return unchanged(state);
}

/** A mouse intent applied as a key's command would be. */
function applyIntent(state: UiState, intent: MouseIntent, env: Environment): Update {
	switch (intent.type) {
		case 'command': {
			let update = unchanged(state);
			for (let time = 0; time < (intent.times ?? 1); time++) {
				const next = applyCommand(update.state, intent.command, env);
				update = {state: next.state, effects: [...update.effects, ...next.effects]};
			}
			return update;
		}
		case 'selectItem':
			return unchanged(selectItem(state, intent.pane, intent.index, env));
		case 'selectResult':
			return unchanged({...state, resultIndex: intent.index});
		case 'choosePlace':
			return unchanged({...state, map: {...state.map, selected: intent.place, ...(intent.keepStep ? {} : {step: undefined})}});
	}
}

function reduceMouse(state: UiState, action: Extract<Action, {type: 'mouse'}>, env: Environment): Update {
	if (!env.screen) return unchanged(state);
	const meaning = mouseIntents(state, action.event, action.at, env.screen(state), contextOf(state) === 'find');
	let update = unchanged(meaning.lastClick ? {...state, lastClick: meaning.lastClick} : state);
	for (const intent of meaning.intents) {
		const next = applyIntent(update.state, intent, env);
		update = {state: next.state, effects: [...update.effects, ...next.effects]};
	}
	return update;
}

function reduceAction(state: UiState, action: Action, env: Environment): Update {
	switch (action.type) {
		case 'key':
			// A notice answers the last key; the next one clears it.
			return reduceKey(state.notice === undefined ? state : {...state, notice: undefined}, action.stroke, env);
		case 'notice':
			return unchanged({...state, notice: action.text});
		case 'mouse':
			return reduceMouse(state, action, env);
		case 'indexProgress':
			return unchanged(action.share === state.indexProgress ? state : {...state, indexProgress: action.share});
		case 'paste': {
			const context = contextOf(state);
			if (context === 'find') return unchanged(editText(state, text => text + sanitiseText(action.text), env));
			// A paste over a list starts a search with it, as typing / and the text would.
			if (context === 'list') return unchanged(pasteInto(applyCommand(state, 'focusSearch', env).state, 'search', action.text) ?? state);
			return unchanged(pasteInto(state, context, action.text) ?? state);
		}
		case 'results': {
			if (action.query === state.results.query && action.hits === state.results.hits) return unchanged(state);
			// A search that ends after a newer one (its key came first) must not put its list back as the answer.
			if (action.query !== state.query && state.results.query === state.query) return unchanged(state);
			const next = {...state, results: {query: action.query, hits: action.hits}};
			return unchanged(next.chooseWhenReady && action.query === state.query ? chooseResult(next, env) : next);
		}
	}
}

/**
 * The reducer: the next state and the effects to run. A changed query, or the search box opened, asks
 * for its results; a changed history asks to be saved.
 */
export function reduce(state: UiState, action: Action, env: Environment): Update {
	const {state: next, effects} = reduceAction(state, action, env);
	const asked: Effect[] = [];
	if (next.query !== state.query || (next.focus === 'search' && state.focus !== 'search')) asked.push({type: 'runSearch', query: next.query});
	if (next.history.entries !== state.history.entries) asked.push({type: 'saveHistory', entries: next.history.entries});
	return asked.length === 0 ? {state: next, effects} : {state: next, effects: [...effects, ...asked]};
}

/** What the dashboard asks for as it opens: the results of a query given on the command line. */
export function initialEffects(state: UiState): Effect[] {
	return state.focus === 'search' || state.query !== '' ? [{type: 'runSearch', query: state.query}] : [];
}
