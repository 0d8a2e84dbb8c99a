// What a mouse event means on the dashboard's screen: the wheel scrolls the list, detail or help under
// the pointer; a click focuses a list pane and selects the row under it; a double-click, or a click on
// the row already selected, opens it; a click on a tab shows that pane. A pane with a screen of its own
// (the map, search) maps the mouse itself (panes/). The screen's geometry comes
// from the numbers the frame is drawn with, so this is a pure function from state and event to
// intents, which the reducer applies as it applies keys.
import type {Command} from './keys.js';
import type {WholePane} from './panes/pane-definition.js';
import {numberedPanes, paneById, paneNumber, type PaneId} from './panes/pane-list.js';
import {countClick, type LastClick, type MouseEvent} from './mouse.js';
import type {ScreenGeometry} from './screen-shape.js';
import type {MouseIntent, UiState} from './state-types.js';
import {cellWidth, type Cell} from '../text/text-fit.js';

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
	const wheel = event.type === 'wheel' && (event.direction === 'up' || event.direction === 'down');
	if (event.type === 'wheel' && !wheel) return none;
	if (!wheel && (event.type !== 'press' || event.button !== 'left')) return none;
	const lastClick = wheel ? undefined : countClick(state.lastClick, event, at);
	const meaning = (intents: MouseIntent[]): MouseMeaning => ({intents, ...(lastClick ? {lastClick} : {})});

	// A pane with a screen of its own says what the event means there.
	if (screen.shows !== 'panes' && screen.shows !== 'document' && screen.shows !== 'help') {
		const pane = paneById(screen.shows) as WholePane;
		const kind = wheel ? (event.direction === 'up' ? 'wheelUp' : 'wheelDown') : 'click';
		const drawn = {...(screen.map ? {map: screen.map} : {}), ...(screen.results ? {results: screen.results} : {})};
		return meaning(pane.mouse({kind, double: (lastClick?.count ?? 0) >= 2, column: event.column, row, drawn, state}) as MouseIntent[]);
	}
	if (wheel) {
		// While a search inside a view is typed, the keys belong to it; the wheel waits.
		if (inFind) return none;
		const move: Command = event.direction === 'up' ? 'moveUp' : 'moveDown';
		if (screen.shows !== 'panes') return meaning([command(move, wheelStep)]);
		const column = screen.columns.find(each => event.column >= each.x && event.column < each.x + each.width);
		if (!column) return none;
		return meaning([...(state.focus === column.visible ? [] : [command(focusCommand(column.visible))]), command(move, wheelStep)]);
	}
	if (screen.shows !== 'panes') return meaning([]);
	const column = screen.columns.find(each => event.column >= each.x && event.column < each.x + each.width);
	if (!column) return meaning([]);
	// Inside the frame: one border cell, then the focus marker's two cells.
	if (row === titleRow) return meaning([command(focusCommand(tabAt(column.title, event.column - column.x - 1 - 2) ?? column.visible))]);
	const line = column.lines[row - bodyRow];
	const index = line && !line.sticky ? column.itemAt(line.row) : undefined;
	if (index === undefined) return meaning(state.focus === column.visible ? [] : [command(focusCommand(column.visible))]);
	const wasSelected = state.focus === column.visible && state.selection[column.visible] === index;
	const select: MouseIntent = {type: 'selectItem', pane: column.visible, index};
	return meaning(wasSelected || (lastClick?.count ?? 0) >= 2 ? [select, command('openSelected')] : [select]);
}
