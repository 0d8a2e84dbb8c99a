import React from 'react';
import {inPlaceList, placeAt} from '../../map-screen.js';
import {itemPosition} from '../../windowing.js';
import type {PaneMouseEvent, PaneMouseIntent, WholePane} from '../pane-definition.js';
import {mapKeys, type MapCommand} from './map-keys.js';
import {MapPane} from './map-view.js';

// The map: the story's places drawn on a map of the world with a list beside it, and the Timeline →
// map steps. Its keys zoom, pan and choose (map-commands.ts carries them out); the mouse uses the
// markers and list lines map-screen.ts reports.

/** The wheel zooms, as in every map viewer, and goes through the places over their list; a click chooses, again opens. */
function mapMouse({kind, double, column, row, drawn, state}: PaneMouseEvent): PaneMouseIntent[] {
	const screen = drawn.map;
	if (!screen) return [];
	const x = column - screen.layout.left;
	const y = row - screen.layout.top;
	if (kind !== 'click') {
		const up = kind === 'wheelUp';
		if (inPlaceList(screen, x, y)) return [{type: 'command', command: up ? 'previousPlace' : 'nextPlace'}];
		return [{type: 'command', command: up ? 'zoomIn' : 'zoomOut'}];
	}
	// A marker under the pointer (or a cell from it), or a line of the list, chooses that place.
	const place = placeAt(screen, x, y);
	if (!place) return [];
	if (place === state.map.selected || double) return [{type: 'choosePlace', place, keepStep: true}, {type: 'command', command: 'openSelected'}];
	return [{type: 'choosePlace', place}];
}

export const mapPane = {
	id: 'map',
	kind: 'whole',
	title: 'Map',
	shortTitle: 'Map',
	helpTitle: 'Map (the places)',
	numbered: true,
	keys: mapKeys,
	view({state, map, number, width, height}) {
		const places = map.model.places;
		const chosen = state.map.selected === undefined ? -1 : places.findIndex(place => place.id === state.map.selected);
		return <MapPane screen={map.screen!} title={`${number} Map`} zoom={state.map.view.zoom} position={chosen >= 0 ? itemPosition(chosen, places.length) : undefined} focused width={width} height={height} />;
	},
	mouse: mapMouse,
} as const satisfies WholePane<MapCommand>;
