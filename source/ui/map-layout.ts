// Where the map pane puts things, in cells: the drawing, the list of places beside it when there is
// room (under it when not), or the list alone when the pane is too small for a map. Pure arithmetic,
// shared by the pane (which draws with it), the reducer (pans are a share of the drawing) and the mouse.
import {paneBodyHeight} from './frame-size.js';

/** Smaller than this, a map is a smudge: the pane lists the places instead. */
export const minimumMapSize = {columns: 24, rows: 6};
/** From this inner width the list of places stands beside the map rather than under it. */
export const sideListMinimumWidth = 70;

export type MapLayout = {
	/** The body's first row and column inside the pane's frame, relative to the pane. */
	top: number;
	left: number;
	/** The drawing, relative to the body; none when the pane is too small for a map. */
	canvas?: {columns: number; rows: number};
	/** The list of places: beside the drawing (x > 0: a rule, then the list) or under it (y > 0), or the whole body. */
	list: {x: number; y: number; width: number; rows: number};
};

export function mapLayout(width: number, height: number): MapLayout {
	const inner = Math.max(1, width - 2);
	const body = paneBodyHeight(height);
	// Inside the frame: a border, then the title line.
	const place = {top: 2, left: 1};
	if (inner >= sideListMinimumWidth) {
		const side = Math.max(22, Math.min(34, Math.round(inner * 0.28)));
		const columns = inner - side - 1;
		if (columns >= minimumMapSize.columns && body >= minimumMapSize.rows) return {...place, canvas: {columns, rows: body}, list: {x: columns + 1, y: 0, width: side, rows: body}};
	}
	// Narrow: two lines under the drawing say what is chosen, then the legend, what is off the map and what is not placed.
	const under = 2;
	if (inner >= minimumMapSize.columns && body - under >= minimumMapSize.rows) return {...place, canvas: {columns: inner, rows: body - under}, list: {x: 0, y: body - under, width: inner, rows: under}};
	return {...place, list: {x: 0, y: 0, width: inner, rows: body}};
}
