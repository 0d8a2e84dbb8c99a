// What a mouse event means on the dashboard's screen: the wheel scrolls the pane, detail or results
// under the pointer; a click focuses a pane and selects the row under it; a double-click, or a click on
// the row already selected, opens it; a click on a tab shows that pane. The screen's geometry comes
// from the app (the same numbers it draws with), so this stays a pure function of state and event.
import type {Command} from './keys.js';
import {paneOrder, type ListPaneId, type PaneId} from './layout.js';
import type {ScreenLine} from './list-window.js';
import {countClick, type MouseEvent} from './mouse.js';
import {applyCommand, contextOf, selectItem, type Environment, type UiState} from './state.js';
import {cellWidth, type Cell} from '../text/text-fit.js';
import {inPlaceList, placeAt, type MapScreen} from './map-screen.js';

/** Lines the wheel moves at a time, as most terminals and pagers scroll. */
export const wheelStep = 3;

export type ColumnGeometry = {
	x: number;
	width: number;
	/** The pane the column shows now. */
	visible: ListPaneId;
	/** Its title line's cells after the focus marker (a tab strip when panes share the column). */
	title: Cell[];
	/** The body lines as drawn. */
	lines: ScreenLine[];
	/** The list row → item index, for rows that are items (headings are not). */
	itemAt(row: number): number | undefined;
};

export type ScreenGeometry = {
	/** First screen row of the main area (below the header) and its height. */
	top: number;
	height: number;
	/** What the main area shows: list columns, search results, a detail or reader, or the help. */
	shows: 'panes' | 'map' | 'search' | 'document' | 'help';
	/** For the map: its body as drawn (markers, list lines), in the frame at the main area's left. */
	map?: MapScreen;
	columns: ColumnGeometry[];
	/** For search: the results' frame and the index of the first result drawn. */
	results?: {x: number; width: number; first: number; count: number};
};

/** A frame's title line sits under its top border; its body starts a line below that. */
const titleRow = 1;
const bodyRow = 2;

function repeat(state: UiState, command: Command, times: number, env: Environment): UiState {
	let next = state;
	for (let index = 0; index < times; index++) next = applyCommand(next, command, env);
	return next;
}

/** Which pane's tab is at a column inside a title line: tabs are "[n Name]" or "n Name". */
function tabAt(title: readonly Cell[], column: number): PaneId | undefined {
	let x = 0;
	for (const cell of title) {
		const width = cellWidth(cell.text);
		if (column >= x && column < x + width) {
			const number = /^\[?(\d)\s/.exec(cell.text)?.[1];
			return number ? paneOrder[Number(number) - 1] : undefined;
		}
		x += width;
	}
	return undefined;
}

const focusCommand = (pane: PaneId) => `focusPane${paneOrder.indexOf(pane) + 1}` as Command;

export function mouseAction(state: UiState, event: MouseEvent, at: number, screen: ScreenGeometry, env: Environment): UiState {
	const row = event.row - screen.top;
	if (row < 0 || row >= screen.height) return state;
	if (event.type === 'wheel') {
		if (event.direction !== 'up' && event.direction !== 'down') return state;
		// On a map the wheel zooms, as in every map viewer; over the list of places it goes through them.
		if (screen.shows === 'map' && screen.map && inPlaceList(screen.map, event.column - screen.map.layout.left, row - screen.map.layout.top)) return applyCommand(state, event.direction === 'up' ? 'previousPlace' : 'nextPlace', env);
		if (screen.shows === 'map') return applyCommand(state, event.direction === 'up' ? 'zoomIn' : 'zoomOut', env);
		const command: Command = event.direction === 'up' ? 'moveUp' : 'moveDown';
		if (screen.shows === 'search') return repeat(state, event.direction === 'up' ? 'previousResult' : 'nextResult', wheelStep, env);
		// While a search inside a view is typed, the keys belong to it; the wheel waits.
		if (contextOf(state) === 'find') return state;
		if (screen.shows !== 'panes') return repeat(state, command, wheelStep, env);
		const column = screen.columns.find(each => event.column >= each.x && event.column < each.x + each.width);
		if (!column) return state;
		const focused = state.focus === column.visible ? state : applyCommand(state, focusCommand(column.visible), env);
		return repeat(focused, command, wheelStep, env);
	}
	if (event.type !== 'press' || event.button !== 'left') return state;
	const click = countClick(state.lastClick, event, at);
	const clicked = {...state, lastClick: click};
	if (screen.shows === 'search' && screen.results) {
		const index = screen.results.first + row - bodyRow;
		// The preview beside the results takes no clicks.
		if (event.column >= screen.results.x + screen.results.width) return clicked;
		if (row < bodyRow || index >= screen.results.count) return clicked;
		if (index === state.resultIndex || click.count >= 2) return applyCommand({...clicked, resultIndex: index}, 'chooseResult', env);
		return {...clicked, resultIndex: index};
	}
	if (screen.shows === 'map' && screen.map) {
		// A marker under the pointer (or a cell from it), or a line of the list, chooses that place.
		const place = placeAt(screen.map, event.column - screen.map.layout.left, row - screen.map.layout.top);
		if (!place) return clicked;
		if (place === state.map.selected || click.count >= 2) return applyCommand({...clicked, map: {...state.map, selected: place}}, 'openSelected', env);
		return {...clicked, map: {...state.map, selected: place, step: undefined}};
	}
	if (screen.shows !== 'panes') return clicked;
	const column = screen.columns.find(each => event.column >= each.x && event.column < each.x + each.width);
	if (!column) return clicked;
	// Inside the frame: one border cell, then the focus marker's two cells.
	if (row === titleRow) {
		const pane = tabAt(column.title, event.column - column.x - 1 - 2);
		return applyCommand(clicked, focusCommand(pane ?? column.visible), env);
	}
	const line = column.lines[row - bodyRow];
	const index = line && !line.sticky ? column.itemAt(line.row) : undefined;
	if (index === undefined) return state.focus === column.visible ? clicked : applyCommand(clicked, focusCommand(column.visible), env);
	const wasSelected = state.focus === column.visible && state.selection[column.visible] === index;
	const selected = selectItem(clicked, column.visible, index, env);
	return wasSelected || click.count >= 2 ? applyCommand(selected, 'openSelected', env) : selected;
}
