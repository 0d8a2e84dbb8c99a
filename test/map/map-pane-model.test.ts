import {describe, expect, it} from 'vitest';
import {initialMapPane, panStep, updateMapPane} from '../../source/map/map-pane-model.js';
import {fittedView} from '../../source/map/map-pane-model.js';

describe('the map pane model', () => {
	it('zooms in and out about the middle, within limits, and 0 fits the story again', () => {
		let state = updateMapPane(initialMapPane, {type: 'pan', columns: 10, rows: 4});
		state = updateMapPane(state, {type: 'zoomIn'});
		expect(state.view).toEqual({zoom: 1.5, panColumns: 15, panRows: 6});
		for (let index = 0; index < 40; index++) state = updateMapPane(state, {type: 'zoomIn'});
		expect(state.view.zoom).toBeCloseTo(1.5 ** 10);
		expect(updateMapPane(state, {type: 'zoomIn'})).toBe(state);
		// Back from the closest, whole steps meet the fitted zoom again.
		for (let index = 0; index < 10; index++) state = updateMapPane(state, {type: 'zoomOut'});
		expect(state.view.zoom).toBe(1);
		for (let index = 0; index < 40; index++) state = updateMapPane(state, {type: 'zoomOut'});
		expect(state.view.zoom).toBeCloseTo(1.5 ** -3);
		expect(updateMapPane(state, {type: 'fit'}).view).toEqual(fittedView);
	});

	it('pans by a quarter of the pane', () => {
		expect(panStep({columns: 80, rows: 20})).toEqual({columns: 20, rows: 5});
		expect(panStep({columns: 4, rows: 2})).toEqual({columns: 2, rows: 1});
	});

	it('zooms about the chosen place, however it was chosen', () => {
		const clicked = updateMapPane({...initialMapPane, view: {zoom: 1, panColumns: 6, panRows: 2}}, {type: 'select', place: 'vladivostok'});
		expect(updateMapPane(clicked, {type: 'zoomIn'}).view).toEqual({zoom: 1.5, panColumns: 0, panRows: 0, centre: 'vladivostok'});
	});

	it('keeps the selected place, and returns the same state when nothing changes', () => {
		const state = updateMapPane(initialMapPane, {type: 'select', place: 'khasan'});
		expect(state.selected).toBe('khasan');
		expect(updateMapPane(state, {type: 'select', place: 'khasan'})).toBe(state);
	});
});
