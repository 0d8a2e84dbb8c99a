import {countryCodeOf} from './country-codes.js';
import type {StoryMap} from './map-story.js';
import {drawMap, type DrawOptions, type MapPicture} from './map-view.js';
import {countryShape, worldShapes, type CountryShape} from './world-shapes.js';

// The map's one entry into the boundary data and the projection: the dashboard imports this module
// only when the map is first shown, so that opening a story loads neither. `summit-tui map` draws
// through it too, so that both show the same picture.

export type {MapPicture};

/** The outlines of the story's countries that the boundary data knows, by code or by name. */
export function storyCountries(model: StoryMap): CountryShape[] {
	return model.countries.flatMap(country => {
		const code = countryCodeOf(country.names);
		const shape = (code ? countryShape(code) : undefined) ?? country.names.map(name => countryShape(name)).find(Boolean);
		return shape ? [shape] : [];
	});
}

export function drawStoryMap(model: StoryMap, size: {columns: number; rows: number}, options: Pick<DrawOptions, 'selected' | 'view'> = {}): MapPicture {
	return drawMap(worldShapes(), model.places, size, {...options, routes: model.routes, fit: model.fit, countries: storyCountries(model)});
}
