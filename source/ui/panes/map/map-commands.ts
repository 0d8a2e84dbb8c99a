// The map pane's part of the dashboard state: what its keys do to the view, the chosen place and the
// Timeline → map step. Pure, and light: no boundary data or projection is loaded to handle a key.
import {panStep, updateMapPane, type MapPaneState} from '../../../map/map-pane-model.js';
import type {MapCommand} from './map-keys.js';

/** What the reducer needs to know about the story's map. */
export type MapEnvironment = {
	/** Ids of the places drawn as markers, in the order the side list shows them. */
	places: string[];
	/** The Timeline → map steps: each event that happens at a place, in date order, with that place. */
	steps: Array<{event: string; place: string}>;
	/** The map's drawing area in cells: an arrow press pans a quarter of it. */
	size: {columns: number; rows: number};
	/** Why an item has no marker, for the footer when `m` cannot show it. */
	whyNot?: (id: string) => string;
	/** Countries drawn by their borders: `m` on one shows the map, without choosing a marker. */
	outlined?: string[];
};

export const noMap: MapEnvironment = {places: [], steps: [], size: {columns: 0, rows: 0}};

const commandsOfMap = new Set<string>(['zoomIn', 'zoomOut', 'panLeft', 'panRight', 'panUp', 'panDown', 'fitMap', 'nextStep', 'previousStep', 'nextPlace', 'previousPlace'] satisfies MapCommand[]);

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

/** Chooses a step: its place is highlighted, and the event is shown under the map. */
export function showStep(map: MapPaneState, env: MapEnvironment, step: number): MapPaneState {
	const chosen = env.steps[step];
	return chosen ? updateMapPane(map, {type: 'choose', place: chosen.place, step}) : map;
}

/** Chooses a place by its position in the side list; the step shown ends, as it was about another. */
function choosePlace(map: MapPaneState, env: MapEnvironment, index: number): MapPaneState {
	const place = env.places[clamp(index, 0, env.places.length - 1)];
	return place === undefined ? map : updateMapPane(map, {type: 'choose', place});
}

/**
 * What a command does on the map, or undefined when it is not a map command (the dashboard's own
 * handling then applies: panes, search, help, quit). `movement`: how far a moving key goes.
 */
export function applyMapCommand(map: MapPaneState, command: string, env: MapEnvironment, movement?: number | 'first' | 'last'): MapPaneState | undefined {
	const pan = panStep(env.size);
	// Nothing to zoom, pan or choose on a map without places.
	if (env.places.length === 0) return commandsOfMap.has(command) || movement !== undefined ? map : undefined;
	const pans = (columns: number, rows: number) => updateMapPane(map, {type: 'pan', columns, rows, limit: env.size});
	switch (command) {
		case 'zoomIn':
			return updateMapPane(map, {type: 'zoomIn'});
		case 'zoomOut':
			return updateMapPane(map, {type: 'zoomOut'});
		case 'panLeft':
			return pans(-pan.columns, 0);
		case 'panRight':
			return pans(pan.columns, 0);
		case 'panUp':
			return pans(0, -pan.rows);
		case 'panDown':
			return pans(0, pan.rows);
		case 'fitMap':
			return updateMapPane(map, {type: 'fit'});
		case 'nextStep':
		case 'previousStep': {
			if (env.steps.length === 0) return map;
			const direction = command === 'nextStep' ? 1 : -1;
			// The first press shows the first (or, backwards, the last) event.
			const step = map.step === undefined ? (direction === 1 ? 0 : env.steps.length - 1) : clamp(map.step + direction, 0, env.steps.length - 1);
			return showStep(map, env, step);
		}
		default:
			break;
	}
	const step = command === 'nextPlace' ? 1 : command === 'previousPlace' ? -1 : movement;
	if (step === undefined) return undefined;
	const current = map.selected === undefined ? -1 : env.places.indexOf(map.selected);
	if (step === 'first') return choosePlace(map, env, 0);
	if (step === 'last') return choosePlace(map, env, env.places.length - 1);
	// Nothing chosen yet: down chooses the first place, up the last.
	if (current < 0) return choosePlace(map, env, step > 0 ? 0 : env.places.length - 1);
	return choosePlace(map, env, current + step);
}

/** The step of an event, for showing it on the map from the Timeline; undefined when it has no place. */
export function stepOfEvent(env: MapEnvironment, event: string): number | undefined {
	const index = env.steps.findIndex(step => step.event === event);
	return index >= 0 ? index : undefined;
}
