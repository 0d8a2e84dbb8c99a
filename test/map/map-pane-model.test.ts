import {describe, expect, it} from 'vitest';
import {initialMapPane, panStep, updateMapPane} from '../../source/map/map-pane-model.js';
import {fittedView} from '../../source/map/map-pane-model.js';

describe('the map pane model', () => {
	it('zooms in and out about the middle, within limits, and 0 fits the story again', () => {
		let state = updateMapPane(initialMapPane, {type: 'pan', columns: 10, rows: 4});
		state = updateMapPane(state, {type: 'zoomIn'});
		expect(state.view).toEqual({zoom: 1.5, panColumns: 15, panRows: 6});
		for (let index = 0; index < 40; index++) state = updateMapPane(state, {type: 'zoomIn'});
		expect(state.view.zoom).toBe(64);
		expect(updateMapPane(state, {type: 'zoomIn'})).toBe(state);
		for (let index = 0; index < 40; index++) state = updateMapPane(state, {type: 'zoomOut'});
		expect(state.view.zoom).toBe(0.25);
		expect(updateMapPane(state, {type: 'fit'}).view).toEqual(fittedView);
	});

	it('pans by a quarter of the pane', () => {
		expect(panStep({columns: 80, rows: 20})).toEqual({columns: 20, rows: 5});
		expect(panStep({columns: 4, rows: 2})).toEqual({columns: 2, rows: 1});
	});

	it('keeps the selected place, and returns the same state when nothing changes', () => {
		const state = updateMapPane(initialMapPane, {type: 'select', place: 'khasan'});
		expect(state.selected).toBe('khasan');
		expect(updateMapPane(state, {type: 'select', place: 'khasan'})).toBe(state);
	});
});
