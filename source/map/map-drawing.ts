import type {MapPlace} from './map-story.js';
import {drawMap, type DrawOptions, type MapPicture} from './map-view.js';
import {worldShapes} from './world-shapes.js';

// The map pane's one entry into the boundary data and the projection: the dashboard imports this
// module only when the map is first shown, so that opening a story loads neither.

export type {MapPicture};

export function drawStoryMap(places: MapPlace[], size: {columns: number; rows: number}, options: DrawOptions): MapPicture {
	return drawMap(worldShapes(), places, size, options);
}
