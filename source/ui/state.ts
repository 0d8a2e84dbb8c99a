import {sanitiseText} from '../model/sanitise.js';
import {commandFor, type Command, type Context, type KeyStroke} from './keys.js';
import {listPanes, paneOrder, type ListPaneId, type PaneId} from './layout.js';

// Everything the dashboard remembers between key presses, and a pure function from (state, key) to the
// next state. Selection lives here, not in components (lazygit's model/view split).

export type DetailEntry = {id: string; link: number; scroll: number};

export type UiState = {
	focus: PaneId;
	/** List panes, most recently focused first: where Esc returns from search, what a shared column shows. */
	recent: ListPaneId[];
	selection: Record<ListPaneId, number>;
	query: string;
	resultIndex: number;
	/** Back-stack of open details; empty when no detail is open. */
	detail: DetailEntry[];
	help: {open: boolean; scroll: number};
	quit: boolean;
};

/** What the reducer needs to know about the story and the screen at the moment of a key press. */
export type Environment = {
	/** Selectable item ids of each list pane, in order. */
	paneIds: Record<ListPaneId, string[]>;
	/** Ids of the search results for a query, best first. */
	resultIds(query: string): string[];
	locate(id: string): {pane: ListPaneId; index: number} | undefined;
	links(id: string): string[];
	/** Lines of the open detail beyond the screen (how far it can scroll when it has no links). */
	detailOverflow: number;
	helpOverflow: number;
	/** Rows visible in the focused list, detail or results: one page. */
	pageSize: number;
};

export function initialState(): UiState {
	return {
		focus: 'facts',
		recent: ['facts', 'timeline', 'people', 'sources'],
		selection: {facts: 0, timeline: 0, people: 0, sources: 0},
		query: '',
		resultIndex: 0,
		detail: [],
		help: {open: false, scroll: 0},
		quit: false,
	};
}

export function contextOf(state: UiState): Context {
	if (state.help.open) return 'help';
	if (state.detail.length > 0) return 'detail';
	if (state.focus === 'search') return 'search';
	return 'list';
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

function focusPane(state: UiState, pane: PaneId): UiState {
	const recent = pane === 'search' ? state.recent : [pane, ...state.recent.filter(each => each !== pane)];
	return {...state, focus: pane, recent, detail: []};
}

/** How far a movement command moves, given a page size; undefined for other commands. */
function movement(command: Command, pageSize: number): number | 'first' | 'last' | undefined {
	const page = Math.max(1, pageSize);
	switch (command) {
		case 'moveUp':
			return -1;
		case 'moveDown':
			return 1;
		case 'pageUp':
			return -page;
		case 'pageDown':
			return page;
		case 'halfPageUp':
			return -Math.max(1, Math.floor(page / 2));
		case 'halfPageDown':
			return Math.max(1, Math.floor(page / 2));
		case 'moveFirst':
			return 'first';
		case 'moveLast':
			return 'last';
		default:
			return undefined;
	}
}

function moveWithin(current: number, step: number | 'first' | 'last', count: number): number {
	if (count <= 0) return 0;
	if (step === 'first') return 0;
	if (step === 'last') return count - 1;
	return clamp(current + step, 0, count - 1);
}

function isPrintable(stroke: KeyStroke): boolean {
	// Typed text, never control characters or leftovers of escape sequences.
	return !stroke.ctrl && !stroke.meta && stroke.text !== undefined && stroke.text !== '' && !/[\u0000-\u001F\u007F-\u009F]/.test(stroke.text);
}

function withQuery(state: UiState, query: string): UiState {
	return query === state.query ? state : {...state, query, resultIndex: 0};
}

export function applyCommand(state: UiState, command: Command, env: Environment): UiState {
	const context = contextOf(state);
	const step = movement(command, env.pageSize);
	if (step !== undefined) {
		if (context === 'help') {
			return {...state, help: {...state.help, scroll: moveWithin(state.help.scroll, step, env.helpOverflow + 1)}};
		}
		if (context === 'detail') {
			const top = state.detail.at(-1)!;
			const links = env.links(top.id).length;
			const moved =
				links > 0 ? {...top, link: moveWithin(top.link, step, links)} : {...top, scroll: moveWithin(top.scroll, step, env.detailOverflow + 1)};
			return {...state, detail: [...state.detail.slice(0, -1), moved]};
		}
		if (context === 'search') return {...state, resultIndex: moveWithin(state.resultIndex, step, env.resultIds(state.query).length)};
		const pane = state.focus as ListPaneId;
		return {...state, selection: {...state.selection, [pane]: moveWithin(state.selection[pane], step, env.paneIds[pane].length)}};
	}

	switch (command) {
		case 'focusNextPane':
		case 'focusPreviousPane': {
			const offset = command === 'focusNextPane' ? 1 : -1;
			const next = paneOrder[(paneOrder.indexOf(state.focus) + offset + paneOrder.length) % paneOrder.length]!;
			return focusPane(state, next);
		}
		case 'focusPane1':
		case 'focusPane2':
		case 'focusPane3':
		case 'focusPane4':
		case 'focusPane5':
			return focusPane(state, paneOrder[Number(command.slice(-1)) - 1]!);
		case 'focusSearch':
			return focusPane(state, 'search');
		case 'nextResult':
			return {...state, resultIndex: moveWithin(state.resultIndex, 1, env.resultIds(state.query).length)};
		case 'previousResult':
			return {...state, resultIndex: moveWithin(state.resultIndex, -1, env.resultIds(state.query).length)};
		case 'openSelected': {
			if (context === 'detail') {
				const top = state.detail.at(-1)!;
				const target = env.links(top.id)[top.link];
				return target ? {...state, detail: [...state.detail, {id: target, link: 0, scroll: 0}]} : state;
			}
			const pane = state.focus as ListPaneId;
			const id = env.paneIds[pane]?.[state.selection[pane]];
			return id ? {...state, detail: [{id, link: 0, scroll: 0}]} : state;
		}
		case 'chooseResult': {
			const id = env.resultIds(state.query)[state.resultIndex];
			if (!id) return state;
			const place = env.locate(id);
			const moved = place ? {...focusPane(state, place.pane), selection: {...state.selection, [place.pane]: place.index}} : focusPane(state, state.recent[0]!);
			return {...moved, detail: [{id, link: 0, scroll: 0}]};
		}
		case 'back':
			if (context === 'help') return {...state, help: {open: false, scroll: 0}};
			if (context === 'detail') return {...state, detail: state.detail.slice(0, -1)};
			if (context === 'search') return {...state, focus: state.recent[0]!};
			return withQuery(state, '');
		case 'deletePreviousCharacter':
			return withQuery(state, Array.from(state.query).slice(0, -1).join(''));
		case 'deletePreviousWord':
			return withQuery(state, state.query.replace(/\S*\s*$/, ''));
		case 'clearQuery':
			return withQuery(state, '');
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
	const command = commandFor(stroke, context);
	if (command) return applyCommand(state, command, env);
	// Typed or pasted text goes through the same sanitiser as file text (bidi controls included).
	if (context === 'search' && isPrintable(stroke)) return withQuery(state, state.query + sanitiseText(stroke.text!));
	return state;
}

/** Keeps selections inside their lists when the story or screen changes under them. */
export function clampSelections(state: UiState, env: Pick<Environment, 'paneIds'>): UiState {
	let changed = false;
	const selection = {...state.selection};
	for (const pane of listPanes) {
		const bounded = clamp(selection[pane], 0, Math.max(0, env.paneIds[pane].length - 1));
		if (bounded !== selection[pane]) {
			selection[pane] = bounded;
			changed = true;
		}
	}
	return changed ? {...state, selection} : state;
}
