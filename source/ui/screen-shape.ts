import type {ListPaneId, WholePaneId} from './panes/pane-list.js';
import type {ScreenLine} from './list-window.js';
import type {MapScreen} from './map-screen.js';
import type {Cell} from '../text/text-fit.js';

// Where things are on the dashboard's screen, as the frame is drawn: what a click or the wheel hits.
// Made by screen-geometry.ts, read by mouse-actions.ts.

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
	/** What the main area shows: list columns, a pane with a screen of its own, a detail or reader, or the help. */
	shows: 'panes' | WholePaneId | 'document' | 'help';
	/** For the map: its body as drawn (markers, list lines), in the frame at the main area's left. */
	map?: MapScreen;
	columns: ColumnGeometry[];
	/** For search: the results' frame and the index of the first result drawn. */
	results?: {x: number; width: number; first: number; count: number};
};
