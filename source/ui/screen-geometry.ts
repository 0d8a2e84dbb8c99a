import {paneTitleCells} from './components/pane-view.js';
import {visiblePaneOf, type Layout, type ListPaneId} from './layout.js';
import {isWholePane} from './panes/pane-list.js';
import {listWindow, type PaneShape} from './list-window.js';
import type {MapScreen} from './map-screen.js';
import type {PaneRows} from './pane-rows.js';
import type {ScreenGeometry} from './screen-shape.js';
import type {UiState} from './state-types.js';
import {cellWidth} from '../text/text-fit.js';
import {itemPosition, windowStart} from './windowing.js';

// Where things are on the dashboard's screen, from the numbers the frame is drawn with: what a click
// or the wheel hits (mouse-actions.ts). Computed when a mouse event comes, for the state it meets.

export type DrawnScreen = {
	layout: Layout;
	shapes: Record<ListPaneId, PaneShape>;
	panes: Record<ListPaneId, PaneRows>;
	/** Rows of a list inside its frame. */
	body: number;
	mainHeight: number;
	resultsWidth: number;
	map?: MapScreen;
};

export function screenGeometryOf(current: UiState, drawn: DrawnScreen): ScreenGeometry {
	const {layout, shapes, panes, body} = drawn;
	if (layout.tooSmall) return {top: 0, height: 0, shows: 'help', columns: []};
	const shows = current.help.open ? 'help' : current.views.length > 0 ? 'document' : isWholePane(current.focus) ? current.focus : 'panes';
	let x = 0;
	const columns = layout.columns.map(column => {
		const visible = visiblePaneOf(column, current.focus, current.recent.find(pane => column.panes.includes(pane)));
		const shape = shapes[visible];
		const position = itemPosition(current.selection[visible], shape.ids.length);
		const geometry = {
			x,
			width: column.width,
			visible,
			title: paneTitleCells(column.panes, visible, column.width - 2 - 2 - 1 - cellWidth(position)),
			lines: listWindow(panes[visible].rows, shape, current.selection[visible], current.listTop[visible], column.width - 2, body, current.focus === visible),
			itemAt: (row: number) => {
				const index = shape.rowOf.indexOf(row);
				return index >= 0 ? index : undefined;
			},
		};
		x += column.width;
		return geometry;
	});
	const count = current.results.hits.length;
	return {top: layout.headerHeight, height: drawn.mainHeight, shows, columns, map: drawn.map, results: {x: 0, width: drawn.resultsWidth, first: windowStart(count, body, Math.min(current.resultIndex, Math.max(0, count - 1))), count}};
}
