import React from 'react';
import {itemPosition} from '../../windowing.js';
import type {WholePane} from '../pane-definition.js';
import {mapKeys, type MapCommand} from './map-keys.js';
import {MapPane} from './map-view.js';

// The map: the story's places drawn on a map of the world with a list beside it, and the Timeline →
// map steps. Its keys zoom, pan and choose (map-commands.ts carries them out); the mouse's meaning on it
// is in mouse-actions.ts, from the markers and list lines map-screen.ts reports.

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
} as const satisfies WholePane<MapCommand>;
