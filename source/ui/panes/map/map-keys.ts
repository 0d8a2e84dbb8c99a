import {key, type KeyRow, type KeyStroke} from '../../key-rows.js';

// The map pane's own rows of the key table. On the map the arrows pan, as in a map viewer; j and k
// still choose (the previous or next place). `m` in a list or detail shows the selection here.

export type MapCommand = 'zoomIn' | 'zoomOut' | 'panLeft' | 'panRight' | 'panUp' | 'panDown' | 'fitMap' | 'nextStep' | 'previousStep' | 'showOnMap' | 'nextPlace' | 'previousPlace';

const onMap = (description: string, keys: KeyStroke[], footer?: string, importance = 0): KeyRow => ({category: 'Map', description, ...(footer ? {footer: {map: footer}, importance} : {}), bindings: [{keys, contexts: ['map']}]});

export const mapKeys: Record<MapCommand, KeyRow> = {
	zoomIn: onMap('zoom in', [key('+'), key('=')], '+/- zoom', 7),
	zoomOut: onMap('zoom out', [key('-')]),
	panLeft: onMap('pan west', [key('left'), key('h')], '←→↑↓ pan', 6),
	panRight: onMap('pan east', [key('right'), key('l')]),
	panUp: onMap('pan north', [key('up')]),
	panDown: onMap('pan south', [key('down')]),
	fitMap: onMap("fit the story's places again", [key('0')], '0 fit', 5),
	nextStep: onMap('the next event with a place, in date order (Timeline → map)', [key('n'), key(']')], 'n/N event', 8),
	previousStep: onMap('the previous event with a place', [key('N', {shift: true}), key('[')]),
	showOnMap: {category: 'Map', description: 'show the selected event or place on the map', bindings: [{keys: [key('m')], contexts: ['list', 'detail']}]},
	nextPlace: onMap('choose the next place (g/G: the first, the last; Enter opens it)', [key('j')], 'j/k place', 4),
	previousPlace: onMap('choose the previous place', [key('k')]),
};
