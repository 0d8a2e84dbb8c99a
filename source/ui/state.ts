import {sanitiseText} from '../model/sanitise.js';
import {commandFor, type Command, type Context, type KeyStroke} from './keys.js';
import {listPanes, paneOrder, type ListPaneId} from './layout.js';
import {initialMapPane} from '../map/map-pane-model.js';
import {applyMapCommand, noMap} from './map-state.js';
import {focusPane, leavePane, movement, moveWithin, selectInPane, showOnMap, withMap} from './state-selection.js';
import {editSearchLine, initialHabits, pasteInto, recallEarlierQuery, rememberQuery, requestFor, searchLineEdit, selectedTarget} from './search-line-state.js';
import type {ViewTarget} from './document.js';
import type {Action, Environment, OpenView, UiState} from './state-types.js';
import {openPosition, scrollBy, stepLink, stepMatch} from './view-navigation.js';

// Everything the dashboard remembers between key presses, and a pure function from (state, action) to
// the next state. Selection and scroll positions live here, not in components (lazygit's model/view
// split). Search results come in as an action, so the reducer never calls the search engine.

export type {Action, Environment, OpenView, ReturnPoint, UiState} from './state-types.js';
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
		results: {query: '', ids: []},
		chooseWhenReady: false,
		views: [],
		finding: false,
		help: {open: false, scroll: 0},
		map: initialMapPane,
		newOnly: false,
		leave: false,
		quit: false,
	};
}

export function contextOf(state: UiState): Context {
	if (state.help.open) return 'help';
	if (state.views.length > 0) return state.finding ? 'find' : 'detail';
	if (state.focus === 'search') return 'search';
	if (state.focus === 'map') return 'map';
	return 'list';
}

function isPrintable(stroke: KeyStroke): boolean {
	// Typed text, never control characters or leftovers of escape sequences.
	return !stroke.ctrl && !stroke.meta && stroke.text !== undefined && stroke.text !== '' && !/[\u0000-\u001F\u007F-\u009F]/.test(stroke.text);
}

function withQuery(state: UiState, query: string): UiState {
	return query === state.query ? state : {...state, query, cursor: query.length, resultIndex: 0, chooseWhenReady: false};
}

const topView = (state: UiState) => state.views.at(-1)!;
const replaceTop = (state: UiState, view: OpenView): UiState => ({...state, views: [...state.views.slice(0, -1), view]});

function openView(state: UiState, target: ViewTarget, env: Environment, base: OpenView[] = state.views): UiState {
	const position = openPosition(env.view(target), env.pageSize);
	return {...state, views: [...base, {target, ...position, find: ''}], finding: false};
}

function chooseResult(state: UiState, env: Environment): UiState {
	const id = state.results.ids[state.resultIndex];
	if (!id) return state;
	const place = env.locate(id);
	const moved = place ? selectInPane(focusPane(state, place.pane), place.pane, place.index, env) : focusPane(state, state.recent[0]!);
	return openView({...moved, chooseWhenReady: false}, env.openTarget(id), env, []);
}

/** Typed text in a view's search: the view moves to the first match from where it is. */
function withFind(state: UiState, find: string, env: Environment): UiState {
	const view = topView(state);
	if (find === view.find) return state;
	const shape = env.view(view.target);
	const moved = find.trim() === '' ? {match: undefined} : stepMatch(view, 1, find, shape, env.pageSize, false);
	return replaceTop(state, {...view, ...moved, find});
}

function editText(state: UiState, edit: (text: string) => string, env: Environment): UiState {
	return state.finding ? withFind(state, edit(topView(state).find), env) : withQuery(state, edit(state.query));
}

/** The event of the Timeline → map step shown, if any. */
const mapStepEvent = (state: UiState, env: Environment) => (state.map.step === undefined ? undefined : env.map?.steps[state.map.step]?.event);

export function applyCommand(state: UiState, command: Command, env: Environment): UiState {
	const context = contextOf(state);
	if (context === 'search') {
		const edit = searchLineEdit(command);
		if (edit) return editSearchLine(state, edit);
		// ↑ on the first result goes back in the history, as in a shell.
		if (command === 'previousResult' && state.resultIndex === 0) return recallEarlierQuery(state);
		if (command === 'recallQuery') return recallEarlierQuery(state);
	}
	if (command === 'copySelected' || command === 'openLink') {
		// On the map: what Enter would open, the event stepped to or else the chosen place.
		const onMap = context === 'map' ? (mapStepEvent(state, env) ?? state.map.selected) : undefined;
		const target = context === 'map' ? (onMap ? {kind: 'item' as const, id: onMap} : undefined) : selectedTarget(state, env);
		return requestFor(state, command === 'copySelected' ? 'copy' : 'open', target);
	}
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
		if (context === 'detail') {
			const view = topView(state);
			return replaceTop(state, {...view, ...scrollBy(view, step, env.view(view.target), env.pageSize)});
		}
		if (context === 'search') return {...state, resultIndex: moveWithin(state.resultIndex, step, state.results.ids.length)};
		const pane = state.focus as ListPaneId;
		return selectInPane(state, pane, moveWithin(state.selection[pane], step, env.panes[pane].ids.length), env);
	}

	switch (command) {
		case 'focusNextPane':
		case 'focusPreviousPane': {
			const offset = command === 'focusNextPane' ? 1 : -1;
			return focusPane(state, paneOrder[(paneOrder.indexOf(state.focus) + offset + paneOrder.length) % paneOrder.length]!, env);
		}
		case 'focusPane1':
		case 'focusPane2':
		case 'focusPane3':
		case 'focusPane4':
		case 'focusPane5':
		case 'focusPane6':
			return focusPane(state, paneOrder[Number(command.slice(-1)) - 1]!, env);
		case 'showOnMap':
			return showOnMap(state, env);
		case 'focusSearch':
			// Esc from a search begun on the map comes back to the map.
			return focusPane(state, 'search', env, state.focus === 'map');
		case 'nextLink':
		case 'previousLink': {
			const view = topView(state);
			return replaceTop(state, {...view, ...stepLink(view, command === 'nextLink' ? 1 : -1, env.view(view.target), env.pageSize)});
		}
		case 'nextMatch':
		case 'previousMatch': {
			const view = topView(state);
			const direction = command === 'nextMatch' ? 1 : -1;
			const shape = env.view(view.target);
			// Without a search in the view, n and N choose links, as Tab does.
			const moved = view.find.trim() ? stepMatch(view, direction, view.find, shape, env.pageSize) : stepLink(view, direction, shape, env.pageSize);
			return replaceTop(state, {...view, ...moved});
		}
		case 'findInView':
			return {...replaceTop(state, {...topView(state), find: '', match: undefined}), finding: true};
		case 'confirmFind':
			return {...state, finding: false};
		case 'nextResult':
			return {...state, resultIndex: moveWithin(state.resultIndex, 1, state.results.ids.length)};
		case 'previousResult':
			return {...state, resultIndex: moveWithin(state.resultIndex, -1, state.results.ids.length)};
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
			return state.query === '' ? {...state, leave: true} : withQuery(state, '');
		case 'leaveStory':
			return {...state, leave: true};
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
		case 'quit':
			return {...state, quit: true};
		default:
			return state;
	}
}

/** The whole input path: a key press in the current context becomes a command, or typed text. */
export function reduceKey(state: UiState, stroke: KeyStroke, env: Environment): UiState {
	const context = contextOf(state);
	const command = commandFor(stroke, context, env.keyTable);
	if (command) return applyCommand(state, command, env);
	// Typed text goes through the same sanitiser as file text (bidi controls included).
	if (context === 'search' && isPrintable(stroke)) return editSearchLine(state, {type: 'insert', text: stroke.text!});
	if (context === 'find' && isPrintable(stroke)) return editText(state, text => text + sanitiseText(stroke.text!), env);
	return state;
}

export function reduce(state: UiState, action: Action, env: Environment): UiState {
	// A notice answers the last key; the next one clears it.
	if (action.type === 'key') return reduceKey(state.notice === undefined ? state : {...state, notice: undefined}, action.stroke, env);
	if (action.type === 'notice') return {...state, notice: action.text};
	if (action.type === 'mouse') return env.mouse ? env.mouse(state, action.event, action.at) : state;
	if (action.type === 'paste') {
		const context = contextOf(state);
		if (context === 'find') return editText(state, text => text + sanitiseText(action.text), env);
		// A paste over a list starts a search with it, as typing / and the text would.
		if (context === 'list') return pasteInto(applyCommand(state, 'focusSearch', env), 'search', action.text) ?? state;
		return pasteInto(state, context, action.text) ?? state;
	}
	if (action.query === state.results.query && action.ids === state.results.ids) return state;
	const next = {...state, results: {query: action.query, ids: action.ids}};
	return next.chooseWhenReady && action.query === state.query ? chooseResult(next, env) : next;
}
