// What the map pane remembers between frames, and how its keys change it: pure, so that the pane only
// draws. Zoom is a factor over the fitted view; pans are in cells and scale with the pane. No boundary
// data or projection here: the dashboard's state imports this, and those load only when a map is drawn.

/**
 * What the user changed: zoom (1 = fitted to the story, 2 = twice as close) and pan in cells. Zoomed in
 * or out, the view centres on `centre` (a place chosen with the keys) before it is panned.
 */
export type MapView = {zoom: number; panColumns: number; panRows: number; centre?: string};
export const fittedView: MapView = {zoom: 1, panColumns: 0, panRows: 0};

/** `step`: the event of the Timeline → map steps shown, as an index into the steps in date order. */
export type MapPaneState = {view: MapView; selected?: string; step?: number};
export const initialMapPane: MapPaneState = {view: fittedView};

export type MapPaneAction =
	| {type: 'zoomIn'}
	| {type: 'zoomOut'}
	| {type: 'pan'; columns: number; rows: number; limit?: {columns: number; rows: number}}
	| {type: 'fit'}
	| {type: 'select'; place: string | undefined}
	| {type: 'choose'; place: string; step?: number};

const zoomStep = 1.5;
// Closer than 1.5¹⁰ (58×) the fitted view shows nothing of Natural Earth's 1:50m lines; farther than
// 1.5⁻³ (0.3×) shows most of a hemisphere, which is as much as Mercator draws sensibly.
const zoomLevels = {closest: 10, farthest: -3};

export function updateMapPane(state: MapPaneState, action: MapPaneAction): MapPaneState {
	const {view} = state;
	switch (action.type) {
		case 'zoomIn':
		case 'zoomOut': {
			// Zoom goes in whole steps, so that zooming back always meets the fitted view (level 0) again.
			const level = Math.round(Math.log(view.zoom) / Math.log(zoomStep)) + (action.type === 'zoomIn' ? 1 : -1);
			if (level > zoomLevels.closest || level < zoomLevels.farthest) return state;
			const zoom = level === 0 ? 1 : zoomStep ** level;
			// Zoom centres on the chosen place (a click chooses one too); without one, the middle stays
			// where it is: the pan scales with the zoom.
			if (state.selected !== undefined && (view.centre !== state.selected || (view.panColumns === 0 && view.panRows === 0))) {
				return {...state, view: {zoom, panColumns: 0, panRows: 0, centre: state.selected}};
			}
			const scale = zoom / view.zoom;
			return {...state, view: {...view, zoom, panColumns: view.panColumns * scale, panRows: view.panRows * scale}};
		}
		case 'pan': {
			// No further than the story's area is wide from the middle: it can always be panned back to.
			const limit = (cells: number) => Math.max(cells, cells * view.zoom);
			const panColumns = Math.max(-limit(action.limit?.columns ?? Infinity), Math.min(limit(action.limit?.columns ?? Infinity), view.panColumns + action.columns));
			const panRows = Math.max(-limit(action.limit?.rows ?? Infinity), Math.min(limit(action.limit?.rows ?? Infinity), view.panRows + action.rows));
			return panColumns === view.panColumns && panRows === view.panRows ? state : {...state, view: {...view, panColumns, panRows}};
		}
		case 'choose':
			// A place chosen with the keys comes into the middle of a zoomed view.
			return {...state, selected: action.place, step: action.step, view: {...view, panColumns: 0, panRows: 0, centre: action.place}};
		case 'fit':
			return {...state, view: fittedView};
		case 'select':
			return action.place === state.selected ? state : {...state, selected: action.place};
	}
}

/** A pan of about a quarter of the pane, as arrow keys in less or a map viewer move. */
export function panStep(size: {columns: number; rows: number}): {columns: number; rows: number} {
	return {columns: Math.max(2, Math.round(size.columns / 4)), rows: Math.max(1, Math.round(size.rows / 4))};
}
