// What the map pane remembers between frames, and how its keys change it: pure, so that the pane only
// draws. Zoom is a factor over the fitted view; pans are in cells and scale with the pane. No boundary
// data or projection here: the dashboard's state imports this, and those load only when a map is drawn.

/** What the user changed: zoom (1 = fitted to the story, 2 = twice as close) and pan in cells. */
export type MapView = {zoom: number; panColumns: number; panRows: number};
export const fittedView: MapView = {zoom: 1, panColumns: 0, panRows: 0};

/** `step`: the event of the Timeline → map steps shown, as an index into the steps in date order. */
export type MapPaneState = {view: MapView; selected?: string; step?: number};
export const initialMapPane: MapPaneState = {view: fittedView};

export type MapPaneAction =
	| {type: 'zoomIn'}
	| {type: 'zoomOut'}
	| {type: 'pan'; columns: number; rows: number}
	| {type: 'fit'}
	| {type: 'select'; place: string | undefined};

const zoomStep = 1.5;
// Closer than 64× the fitted view shows nothing of Natural Earth's 1:50m lines; farther than a quarter
// shows most of a hemisphere, which is as much as Mercator draws sensibly.
const zoomLimits = {closest: 64, farthest: 0.25};

export function updateMapPane(state: MapPaneState, action: MapPaneAction): MapPaneState {
	const {view} = state;
	switch (action.type) {
		case 'zoomIn':
		case 'zoomOut': {
			const factor = action.type === 'zoomIn' ? zoomStep : 1 / zoomStep;
			const zoom = Math.min(zoomLimits.closest, Math.max(zoomLimits.farthest, view.zoom * factor));
			if (zoom === view.zoom) return state;
			// Keep the middle of the pane where it is: the pan scales with the zoom.
			const scale = zoom / view.zoom;
			return {...state, view: {zoom, panColumns: view.panColumns * scale, panRows: view.panRows * scale}};
		}
		case 'pan':
			return {...state, view: {...view, panColumns: view.panColumns + action.columns, panRows: view.panRows + action.rows}};
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
