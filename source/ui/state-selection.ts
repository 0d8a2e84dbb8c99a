// Where the dashboard's selection is: the focused pane, the row chosen in each list, the map's place and
// step, and how moving keys change them. Pure, beside the reducer in state.ts.
import {updateMapPane, type MapPaneState} from '../map/map-pane-model.js';
import type {Command} from './keys.js';
import {listPanes, type ListPaneId, type PaneId} from './panes/pane-list.js';
import {keepRowInView} from './list-window.js';
import {noMap, showStep, stepOfEvent} from './panes/map/map-commands.js';
import {selectedTarget} from './search-line-state.js';
import type {Environment, UiState} from './state-types.js';

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

/**
 * Focuses a pane. `remember`: Esc there comes back to where the user was (the map from its search, a
 * detail from the map `m` opened over it); otherwise Esc leaves for the last list pane.
 */
export function focusPane(state: UiState, pane: PaneId, env?: Environment, remember = false): UiState {
	const recent = pane === 'search' || pane === 'map' ? state.recent : [pane, ...state.recent.filter(each => each !== pane)];
	const returnTo = remember ? {focus: state.focus, views: state.views, ...(state.returnTo ? {then: state.returnTo} : {})} : undefined;
	const focused: UiState = {...state, focus: pane, recent, views: [], finding: false, returnTo};
	// Timeline → map: from the Timeline, the map opens at the selected event's place.
	if (pane === 'map' && state.focus === 'timeline' && state.views.length === 0 && env?.map) {
		const event = env.panes.timeline.ids[state.selection.timeline];
		const step = event === undefined ? undefined : stepOfEvent(env.map, event);
		if (step !== undefined) return {...focused, map: showStep(state.map, env.map, step)};
	}
	return focused;
}

/** Esc from the map or search: back where `focusPane` remembered, else to the last list pane. */
export function leavePane(state: UiState): UiState {
	const back = state.returnTo;
	if (!back) return {...focusPane(state, state.recent[0]!), chooseWhenReady: false};
	return {...state, focus: back.focus, views: back.views, finding: false, returnTo: back.then, chooseWhenReady: false};
}

/** A new map state; a new step also selects its event in the Timeline, so that leaving the map shows it. */
export function withMap(state: UiState, map: MapPaneState, env: Environment): UiState {
	if (map === state.map) return state;
	const event = map.step !== undefined && map.step !== state.map.step ? env.map?.steps[map.step]?.event : undefined;
	const located = event === undefined ? undefined : env.locate(event);
	const next = {...state, map};
	return located?.pane === 'timeline' ? selectInPane(next, 'timeline', located.index, env) : next;
}

/** `m` on an event or a place: the map, at it; a notice when the map has no place for it. */
export function showOnMap(state: UiState, env: Environment): UiState {
	const target = selectedTarget(state, env);
	const id = target?.kind === 'item' ? target.id : undefined;
	const map = env.map ?? noMap;
	if (map.places.length === 0) return {...state, notice: 'no place in this story has coordinates'};
	const step = id === undefined ? undefined : stepOfEvent(map, id);
	const focused = focusPane(state, 'map', env, true);
	if (step !== undefined) return withMap(focused, showStep(state.map, map, step), env);
	if (id !== undefined && map.places.includes(id)) return {...focused, map: updateMapPane(state.map, {type: 'choose', place: id})};
	const why = id === undefined ? 'choose an event or a place first' : (map.whyNot?.(id) ?? 'the map has no marker for this item');
	// A country is on the map by its borders: show the map, and say why nothing is chosen.
	if (id !== undefined && map.outlined?.includes(id)) return {...focused, notice: why};
	return {...state, notice: why};
}

/** How far a movement command moves, given a page size; undefined for other commands. */
export function movement(command: Command, pageSize: number): number | 'first' | 'last' | undefined {
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

export function moveWithin(current: number, step: number | 'first' | 'last', count: number): number {
	if (count <= 0) return 0;
	if (step === 'first') return 0;
	if (step === 'last') return count - 1;
	return clamp(current + step, 0, count - 1);
}

export function selectInPane(state: UiState, pane: ListPaneId, index: number, env: Environment): UiState {
	const shape = env.panes[pane];
	const top = keepRowInView(state.listTop[pane], shape, index, env.pageSize);
	return {...state, selection: {...state.selection, [pane]: index}, listTop: {...state.listTop, [pane]: top}};
}

/** Focuses a list pane and selects an item in it (a click on a row). */
export function selectItem(state: UiState, pane: ListPaneId, index: number, env: Environment): UiState {
	return selectInPane(focusPane(state, pane), pane, index, env);
}

/** Keeps selections inside their lists when the story or screen changes under them. */
export function clampSelections(state: UiState, env: Pick<Environment, 'panes'>): UiState {
	let changed = false;
	const selection = {...state.selection};
	for (const pane of listPanes) {
		const bounded = clamp(selection[pane], 0, Math.max(0, env.panes[pane].ids.length - 1));
		if (bounded !== selection[pane]) {
			selection[pane] = bounded;
			changed = true;
		}
	}
	// Results for a newer query may be fewer than those the selection moved in: keep it on one of them.
	const resultIndex = clamp(state.resultIndex, 0, Math.max(0, state.results.hits.length - 1));
	if (resultIndex !== state.resultIndex) return {...state, selection, resultIndex};
	return changed ? {...state, selection} : state;
}
