import {describe, expect, it} from 'vitest';
import type {KeyStroke} from '../../source/ui/keys.js';
import type {PaneShape} from '../../source/ui/list-window.js';
import {applyMapCommand, type MapEnvironment} from '../../source/ui/panes/map/map-commands.js';
import {initialMapPane} from '../../source/map/map-pane-model.js';
import {contextOf, initialState, reduceKey, type Effect, type Environment, type UiState} from '../../source/ui/state.js';

// The map pane's keys through the dashboard's reducer: what a user presses on the map, and the
// Timeline → map link in both directions.

const pane = (ids: string[]): PaneShape => ({ids, rowOf: ids.map((_, index) => index), rowCount: ids.length, isHeading: () => false, headingOf: () => undefined, linesOf: () => 1});
const none = {lineCount: 1, linkSpans: [], anchor: 0, matchLines: () => []};
const map: MapEnvironment = {
	places: ['pyongyang', 'khasan', 'vladivostok'],
	steps: [
		{event: 'leaves', place: 'pyongyang'},
		{event: 'crosses', place: 'khasan'},
		{event: 'speech', place: 'vladivostok'},
	],
	size: {columns: 80, rows: 20},
	outlined: ['russia'],
	whyNot: id => (id === 'russia' ? 'Russia is drawn by its borders, without a marker' : 'this event names no place'),
};
const timeline = ['invasion', 'leaves', 'crosses', 'speech'];
const env: Environment = {
	panes: {facts: pane(['f1']), timeline: pane(timeline), people: pane(['kim', 'khasan', 'russia']), quotes: pane([]), sources: pane([])},
	locate: id => (timeline.includes(id) ? {pane: 'timeline', index: timeline.indexOf(id)} : undefined),
	openTarget: id => ({kind: 'item', id}),
	links: () => [],
	view: () => none,
	helpLines: 10,
	pageSize: 10,
	map,
};
const key = (name: string, modifiers: Partial<KeyStroke> = {}): KeyStroke => ({name, ...modifiers});
/** The state after the keys, with every effect they asked for. */
type Pressed = UiState & {effects: Effect[]};
const press = (state: UiState, ...names: Array<string | KeyStroke>): Pressed =>
	names.reduce<Pressed>(
		(current, name) => {
			const {effects: earlier, ...before} = current;
			const update = reduceKey(before, typeof name === 'string' ? key(name) : name, env);
			return {...update.state, effects: [...earlier, ...update.effects]};
		},
		{...state, effects: []},
	);
/** What the last copy effect asked to copy. */
const copied = (state: Pressed) => state.effects.findLast(effect => effect.type === 'copy')?.target;
const onMap = () => press(initialState(), '6');

describe('the map pane keys', () => {
	it('6 focuses the map, whose keys are its own; Esc goes back to the pane it came from', () => {
		const state = press(initialState(), '3', '6');
		expect(state.focus).toBe('map');
		expect(contextOf(state)).toBe('map');
		expect(press(state, 'escape').focus).toBe('people');
	});

	it('zooms with + and -, pans with the arrows by a quarter of the drawing, and 0 fits the story again', () => {
		let state = press(onMap(), '+');
		expect(state.map.view.zoom).toBe(1.5);
		state = press(state, 'right', 'down');
		expect(state.map.view).toMatchObject({panColumns: 20, panRows: 5});
		state = press(state, 'left', 'left', 'up');
		expect(state.map.view).toMatchObject({panColumns: -20, panRows: 0});
		state = press(state, '-', '-');
		expect(state.map.view.zoom).toBeCloseTo(1 / 1.5);
		expect(press(state, '0').map.view).toEqual(initialMapPane.view);
	});

	it('j and k choose the next and previous place, g and G the first and last, and Enter opens its detail', () => {
		let state = press(onMap(), 'j');
		expect(state.map.selected).toBe('pyongyang');
		state = press(state, 'j', 'j', 'j');
		expect(state.map.selected).toBe('vladivostok');
		expect(press(state, 'k').map.selected).toBe('khasan');
		expect(press(state, 'g').map.selected).toBe('pyongyang');
		expect(press(onMap(), key('G', {shift: true})).map.selected).toBe('vladivostok');
		state = press(state, 'return');
		expect(state.views.at(-1)?.target).toEqual({kind: 'item', id: 'vladivostok'});
		expect(contextOf(state)).toBe('detail');
		// Esc closes the detail and the map is still there, as it was.
		expect(press(state, 'escape')).toMatchObject({focus: 'map', map: {selected: 'vladivostok'}});
	});

	it('n and N step through the events with a place in date order, moving the highlight and the Timeline selection', () => {
		let state = press(onMap(), 'n');
		expect(state.map).toMatchObject({step: 0, selected: 'pyongyang'});
		expect(state.selection.timeline).toBe(1);
		state = press(state, 'n', 'n', 'n');
		expect(state.map).toMatchObject({step: 2, selected: 'vladivostok'});
		state = press(state, key('N', {shift: true}));
		expect(state.map).toMatchObject({step: 1, selected: 'khasan'});
		// Back in the Timeline, the event stepped to is the one selected.
		expect(press(state, '2').selection.timeline).toBe(timeline.indexOf('crosses'));
		// A place chosen by hand ends the step: it is no longer about that event.
		expect(press(state, 'j').map.step).toBeUndefined();
	});

	it('opens the map at the Timeline event selected (Timeline → map), and m shows an event or a place', () => {
		const fromTimeline = press(initialState(), '2', 'j', 'j', '6');
		expect(fromTimeline.map).toMatchObject({step: 1, selected: 'khasan'});
		const shown = press(initialState(), '2', 'j', 'j', 'j', 'm');
		expect(shown.focus).toBe('map');
		expect(shown.map).toMatchObject({step: 2, selected: 'vladivostok'});
		const place = press(initialState(), '3', 'j', 'm');
		expect(place.map).toMatchObject({selected: 'khasan', step: undefined});
	});

	it('says why in the footer when m has nothing to show, and stays where it is', () => {
		const state = press(initialState(), '2', 'm');
		expect(state.focus).toBe('timeline');
		expect(state.notice).toBe('this event names no place');
		// A country is on the map by its borders: the map shows, with the reason nothing is chosen.
		const country = press(initialState(), '3', 'j', 'j', 'm');
		expect(country.focus).toBe('map');
		expect(country.notice).toMatch(/Russia is drawn by its borders/);
		const withoutPlaces = reduceKey(initialState(), key('m'), {...env, map: {...map, places: [], steps: []}}).state;
		expect(withoutPlaces.notice).toMatch(/no place in this story has coordinates/);
	});

	it('keeps the keys of the lists away from the map: arrows pan, they do not move a list', () => {
		const state = press(onMap(), 'down');
		expect(state.map.view.panRows).toBe(5);
		expect(state.selection).toEqual(initialState().selection);
		expect(press(onMap(), 'q').effects).toEqual([{type: 'quit'}]);
		expect(press(onMap(), '/').focus).toBe('search');
	});

	it('comes back with Esc to where the user was: the map from its search, a detail from the map m opened over it', () => {
		const searched = press(onMap(), '/');
		expect(searched.focus).toBe('search');
		expect(press(searched, 'escape').focus).toBe('map');
		const detail = press(initialState(), '2', 'j', 'j', 'return');
		expect(contextOf(detail)).toBe('detail');
		const back = press(detail, 'm', 'escape');
		expect(back.focus).toBe('timeline');
		expect(back.views).toEqual(detail.views);
		// A search begun on that map: Esc back to the map, then to the detail.
		const twice = press(detail, 'm', '/', 'escape', 'escape');
		expect(twice.focus).toBe('timeline');
		expect(twice.views).toEqual(detail.views);
		// Opened with 6, Esc goes to the last list pane.
		expect(press(initialState(), '4', '6', 'escape').focus).toBe('quotes');
	});

	it('chooses the first place when Enter is pressed with none chosen, and opens the event stepped to', () => {
		const first = press(onMap(), 'return');
		expect(first.map.selected).toBe('pyongyang');
		expect(first.views).toEqual([]);
		const event = press(onMap(), 'n', 'return');
		expect(event.views.at(-1)?.target).toEqual({kind: 'item', id: 'leaves'});
		// y copies what Enter opens: the event stepped to.
		expect(copied(press(onMap(), 'n', 'y'))).toEqual({kind: 'item', id: 'leaves'});
		expect(copied(press(onMap(), 'j', 'y'))).toEqual({kind: 'item', id: 'pyongyang'});
	});

	it('does nothing on a map without places: no zoom over nothing', () => {
		const empty: MapEnvironment = {places: [], steps: [], size: {columns: 0, rows: 0}};
		expect(applyMapCommand(initialMapPane, 'nextStep', empty)).toBe(initialMapPane);
		expect(applyMapCommand(initialMapPane, 'zoomIn', empty)).toBe(initialMapPane);
		expect(applyMapCommand(initialMapPane, 'nextPlace', empty)).toBe(initialMapPane);
		expect(applyMapCommand(initialMapPane, 'toggleHelp', empty)).toBeUndefined();
	});

	it('centres a zoomed map on the place chosen with the keys, and pans no further than the story can be found again', () => {
		let state = press(onMap(), 'j', '+');
		expect(state.map.view).toMatchObject({zoom: 1.5, centre: 'pyongyang'});
		state = press(state, 'right', 'j');
		// A new place chosen comes to the middle: the pan starts again from it.
		expect(state.map.view).toMatchObject({centre: 'khasan', panColumns: 0, panRows: 0});
		for (let index = 0; index < 50; index++) state = press(state, 'left');
		expect(state.map.view.panColumns).toBe(-80 * 1.5);
		expect(press(state, '0').map.view).toEqual(initialMapPane.view);
	});
});
