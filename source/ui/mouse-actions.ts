// What a mouse event means on the dashboard's screen: the wheel scrolls the pane, detail or results
// under the pointer; a click focuses a pane and selects the row under it; a double-click, or a click on
// the row already selected, opens it; a click on a tab shows that pane. The screen's geometry comes
// from the numbers the frame is drawn with, so this is a pure function from state and event to
// intents, which the reducer applies as it applies keys.
import type {Command} from './keys.js';
import {numberedPanes, paneNumber, type PaneId} from './panes/pane-list.js';
import {countClick, type LastClick, type MouseEvent} from './mouse.js';
import type {ScreenGeometry} from './screen-shape.js';
import type {MouseIntent, UiState} from './state-types.js';
import {cellWidth, type Cell} from './text-fit.js';
import {inPlaceList, placeAt} from './map-screen.js';

/** Lines the wheel moves at a time, as most terminals and pagers scroll. */
export const wheelStep = 3;

/** A frame's title line sits under its top border; its body starts a line below that. */
const titleRow = 1;
const bodyRow = 2;

/** Which pane's tab is at a column inside a title line: tabs are "[n Name]" or "n Name". */
function tabAt(title: readonly Cell[], column: number): PaneId | undefined {
	let x = 0;
	for (const cell of title) {
		const width = cellWidth(cell.text);
		if (column >= x && column < x + width) {
			const number = /^\[?(\d)\s/.exec(cell.text)?.[1];
			return number ? numberedPanes[Number(number) - 1] : undefined;
		}
		x += width;
	}
	return undefined;
}

const focusCommand = (pane: PaneId): Command => `focusPane${paneNumber(pane)}`;
const command = (name: Command, times?: number): MouseIntent => ({type: 'command', command: name, ...(times ? {times} : {})});

/** The intents of a mouse event, and the click to remember (for telling a double-click). */
export type MouseMeaning = {intents: MouseIntent[]; lastClick?: LastClick};

export function mouseIntents(state: UiState, event: MouseEvent, at: number, screen: ScreenGeometry, inFind: boolean): MouseMeaning {
	const none: MouseMeaning = {intents: []};
	const row = event.row - screen.top;
	if (row < 0 || row >= screen.height) return none;
	if (event.type === 'wheel') {
		if (event.direction !== 'up' && event.direction !== 'down') return none;
		const up = event.direction === 'up';
		// On a map the wheel zooms, as in every map viewer; over the list of places it goes through them.
		if (screen.shows === 'map' && screen.map && inPlaceList(screen.map, event.column - screen.map.layout.left, row - screen.map.layout.top)) return {intents: [command(up ? 'previousPlace' : 'nextPlace')]};
		if (screen.shows === 'map') return {intents: [command(up ? 'zoomIn' : 'zoomOut')]};
		if (screen.shows === 'search') return {intents: [command(up ? 'previousResult' : 'nextResult', wheelStep)]};
		// While a search inside a view is typed, the keys belong to it; the wheel waits.
		if (inFind) return none;
		const move: Command = up ? 'moveUp' : 'moveDown';
		if (screen.shows !== 'panes') return {intents: [command(move, wheelStep)]};
		const column = screen.columns.find(each => event.column >= each.x && event.column < each.x + each.width);
		if (!column) return none;
		return {intents: [...(state.focus === column.visible ? [] : [command(focusCommand(column.visible))]), command(move, wheelStep)]};
	}
	if (event.type !== 'press' || event.button !== 'left') return none;
	const lastClick = countClick(state.lastClick, event, at);
	const clicked = (intents: MouseIntent[]): MouseMeaning => ({intents, lastClick});
	const double = lastClick.count >= 2;
	if (screen.shows === 'search' && screen.results) {
		const index = screen.results.first + row - bodyRow;
		// The preview beside the results takes no clicks.
		if (event.column >= screen.results.x + screen.results.width) return clicked([]);
		if (row < bodyRow || index >= screen.results.count) return clicked([]);
		const select: MouseIntent = {type: 'selectResult', index};
		return clicked(index === state.resultIndex || double ? [select, command('chooseResult')] : [select]);
	}
	if (screen.shows === 'map' && screen.map) {
		// A marker under the pointer (or a cell from it), or a line of the list, chooses that place.
		const place = placeAt(screen.map, event.column - screen.map.layout.left, row - screen.map.layout.top);
		if (!place) return clicked([]);
		if (place === state.map.selected || double) return clicked([{type: 'choosePlace', place, keepStep: true}, command('openSelected')]);
		return clicked([{type: 'choosePlace', place}]);
	}
	if (screen.shows !== 'panes') return clicked([]);
	const column = screen.columns.find(each => event.column >= each.x && event.column < each.x + each.width);
	if (!column) return clicked([]);
	// Inside the frame: one border cell, then the focus marker's two cells.
	if (row === titleRow) return clicked([command(focusCommand(tabAt(column.title, event.column - column.x - 1 - 2) ?? column.visible))]);
	const line = column.lines[row - bodyRow];
	const index = line && !line.sticky ? column.itemAt(line.row) : undefined;
	if (index === undefined) return clicked(state.focus === column.visible ? [] : [command(focusCommand(column.visible))]);
	const wasSelected = state.focus === column.visible && state.selection[column.visible] === index;
	const select: MouseIntent = {type: 'selectItem', pane: column.visible, index};
	return clicked(wasSelected || double ? [select, command('openSelected')] : [select]);
}
