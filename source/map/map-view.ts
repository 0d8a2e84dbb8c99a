import type {GeoProjection} from 'd3-geo';
import {kindCodes} from './cell-kinds.js';
import {createBrailleCanvas, type BrailleCanvas, type LinePattern} from './braille-canvas.js';
import {drawnCoordinates, projectionFor, wrapLongitude} from './map-fit.js';
import {fittedView, type MapView} from './map-pane-model.js';
import type {MapPlace} from './map-story.js';
import {placeLabels, type PlacedLabel} from './place-labels.js';
import type {GeoLine, WorldShapes} from './world-shapes.js';
import {cellWidth} from '../text/text-fit.js';

// The story's places on a map of land and borders, as lines of text: pure, given the boundary data,
// the places and the size in cells. The dashboard's map pane and `summit-tui map` both draw this.

export {fittedView, type MapPlace, type MapView};


export type MapMarker = {id: string; column: number; row: number; selected: boolean};

export type MapPicture = {
	lines: string[];
	/** Per line, a code per cell saying what it shows (see cell-kinds.ts): lines are all the same width. */
	kinds: string[];
	markers: MapMarker[];
	labels: PlacedLabel[];
	/** Places whose names did not fit beside their marker: shown as numbers, listed here. */
	legend: Array<{number: number; id: string; name: string}>;
	/** Places whose markers fall outside the drawn area at this zoom and pan. */
	outside: string[];
};

export {fitBounds, minimumSpanDegrees, projectionFor} from './map-fit.js';

/**
 * Draws the lines that cross the visible area: each point projected once, segments off the canvas on
 * one side skipped, and none drawn across the antimeridian. Lines whose bounding box misses the view
 * are not projected at all, which keeps a frame well under the 100 ms budget.
 */
function drawLines(canvas: BrailleCanvas, projection: GeoProjection, lines: GeoLine[], view: {west: number; south: number; east: number; north: number}, pattern: LinePattern) {
	const {width, height} = canvas;
	const rotation = projection.rotate()[0];
	const project = mercatorPoints(projection);
	for (const line of lines) {
		if (line.east < view.west || line.west > view.east || line.north < view.south || line.south > view.north) continue;
		let [previousX, previousY, previousLongitude] = [0, 0, 0];
		let travelled = 0;
		for (let index = 0; index < line.points.length; index += 2) {
			// Longitudes as the rotated projection sees them: a step across its edge is not drawn across the map.
			const longitude = wrapLongitude(line.points[index]! + rotation);
			const x = project.x(longitude);
			const y = project.y(line.points[index + 1]!);
			if (index > 0 && Math.abs(longitude - previousLongitude) < 180) {
				const outside = (previousX < 0 && x < 0) || (previousY < 0 && y < 0) || (previousX >= width && x >= width) || (previousY >= height && y >= height);
				travelled = outside ? travelled + Math.hypot(x - previousX, y - previousY) : canvas.line(previousX, previousY, x, y, pattern, travelled);
			}
			[previousX, previousY, previousLongitude] = [x, y, longitude];
		}
	}
}

/**
 * The projection's own arithmetic for points, without d3's per-point machinery: a rotated Mercator is
 * x = k·λ′ + tx, y = ty − k·ln tan(π/4 + φ/2), with λ′ the longitude already rotated. About five times
 * faster over the tens of thousands of points of a frame; a test holds it to d3's answers.
 */
export function mercatorPoints(projection: GeoProjection): {x(rotatedLongitude: number): number; y(latitude: number): number} {
	const k = projection.scale();
	const [tx, ty] = projection.translate();
	const radians = Math.PI / 180;
	return {x: longitude => tx + k * longitude * radians, y: latitude => ty - k * Math.log(Math.tan(Math.PI / 4 + (latitude * radians) / 2))};
}

/** The longitudes and latitudes the canvas shows, a little widened, for skipping lines outside it. */
function visibleBounds(projection: GeoProjection, width: number, height: number) {
	const corners = [
		[0, 0],
		[width, 0],
		[0, height],
		[width, height],
		[width / 2, 0],
		[width / 2, height],
	].map(corner => projection.invert!(corner as [number, number])!);
	// Longitudes relative to the map's middle, so that a view across 180° is one range.
	const rotation = projection.rotate()[0];
	const longitudes = corners.map(corner => wrapLongitude(corner[0] + rotation));
	const latitudes = corners.map(corner => corner[1]);
	const pad = 1;
	const [west, east] = [Math.min(...longitudes) - pad - rotation, Math.max(...longitudes) + pad - rotation];
	// A view that crosses 180° culls by latitude only: line boxes are in -180…180.
	const crosses = west < -180 || east > 180;
	return {west: crosses ? -Infinity : west, east: crosses ? Infinity : east, south: Math.min(...latitudes) - pad, north: Math.max(...latitudes) + pad};
}

/** What a cell of the picture shows, for colouring: land or sea lines, a route, a marker, a label. */

/** Lays a layer of braille dots over the picture: the dots of both in one character, the layer's kind. */
function overlay(cells: string[][], kinds: string[][], layer: string[], kind: string) {
	layer.forEach((line, row) => {
		for (let column = 0; column < line.length; column++) {
			const dots = line.charCodeAt(column);
			if (dots === 0x20) continue;
			const base = cells[row]![column]!.codePointAt(0)!;
			cells[row]![column] = String.fromCodePoint(0x2800 | (dots - 0x2800) | (base >= 0x2800 && base <= 0x28ff ? base - 0x2800 : 0));
			kinds[row]![column] = kind;
		}
	});
}

// Made on first need: building a segmenter loads ICU data, and most names are plain ASCII.
let graphemes: Intl.Segmenter | undefined;
const clustersOf = (text: string): string[] => (/^[\x20-\x7e]*$/.test(text) ? [...text] : Array.from((graphemes ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'})).segment(text), ({segment}) => segment));

/** Writes text over the picture's cells. A wide character takes two cells: the second is left empty, so the line keeps its width. */
function writeText(cells: string[][], kinds: string[][], row: number, column: number, text: string, kind: string) {
	let at = column;
	// A character and its combining marks ("ก" + "ุ") share one cell: one cluster a cell, never a mark dropped.
	for (const segment of clustersOf(text)) {
		const width = cellWidth(segment);
		if (width === 0) continue;
		cells[row]![at] = segment;
		kinds[row]![at] = kind;
		if (width === 2) {
			cells[row]![at + 1] = '';
			kinds[row]![at + 1] = kind;
		}
		at += width;
	}
}

export type DrawOptions = {
	selected?: string;
	view?: MapView;
	routes?: MapPlace[][];
	/** The places the fitted view frames (default: all); the chosen place is always among them. */
	fit?: MapPlace[];
	/** The story's countries: their coasts and borders on a layer of their own (to colour), their names at their centroid. */
	countries?: Array<{name: string; coast: GeoLine[]; borders: GeoLine[]; centroid: [number, number]}>;
};

export function drawMap(world: WorldShapes, places: MapPlace[], size: {columns: number; rows: number}, options: DrawOptions = {}): MapPicture {
	const {columns, rows} = size;
	const canvas = createBrailleCanvas(columns, rows);
	const blank = () => Array.from({length: rows}, () => ' '.repeat(columns));
	if (places.length === 0) return {lines: canvas.rows(), kinds: blank(), markers: [], labels: [], legend: [], outside: []};
	const fit = options.fit && options.fit.length > 0 ? options.fit : places;
	const chosen = places.find(place => place.id === options.selected);
	const framed = chosen && !fit.some(place => place.id === chosen.id) ? [...fit, chosen] : fit;
	const centre = options.view?.centre === undefined ? undefined : places.find(place => place.id === options.view!.centre)?.coordinates;
	const projection = projectionFor(framed, canvas.width, canvas.height, options.view, centre);
	const bounds = visibleBounds(projection, canvas.width, canvas.height);
	// Coastlines solid, borders dotted: the two read apart without colour.
	drawLines(canvas, projection, world.coastlines, bounds, 'solid');
	drawLines(canvas, projection, world.borders, bounds, 'dotted');
	// A route is a line of dots from place to place, on a layer of its own so that it can be coloured.
	const routeCanvas = createBrailleCanvas(columns, rows);
	for (const route of options.routes ?? []) {
		const points = route.map(place => projection(drawnCoordinates(place.coordinates))).filter((point): point is [number, number] => point !== null);
		// Dashed: a journey reads apart from coasts (solid) and borders (dotted) without colour too.
		let travelled = 0;
		for (let index = 1; index < points.length; index++) travelled = routeCanvas.line(points[index - 1]![0], points[index - 1]![1], points[index]![0], points[index]![1], 'dashed', travelled);
	}

	const markers: MapMarker[] = [];
	const outside: string[] = [];
	for (const place of places) {
		const point = projection(drawnCoordinates(place.coordinates));
		const column = point ? Math.floor(point[0] / 2) : -1;
		const row = point ? Math.floor(point[1] / 4) : -1;
		if (column < 0 || row < 0 || column >= columns || row >= rows) outside.push(place.id);
		else markers.push({id: place.id, column, row, selected: place.id === options.selected});
	}
	const names = new Map(places.map(place => [place.id, place.name]));
	const {labels, legend} = placeLabels(
		markers.map(marker => ({...marker, name: names.get(marker.id)!})),
		{columns, rows},
	);
	const cells = canvas.rows().map(line => [...line]);
	const kinds = cells.map(line => line.map(() => kindCodes.line));
	// The story's countries: the same lines, on a layer of their own so that they can stand out in colour.
	const outlineCanvas = createBrailleCanvas(columns, rows);
	for (const country of options.countries ?? []) {
		drawLines(outlineCanvas, projection, country.coast, bounds, 'solid');
		drawLines(outlineCanvas, projection, country.borders, bounds, 'dotted');
	}
	overlay(cells, kinds, outlineCanvas.rows(), kindCodes.outline);
	const routeRows = routeCanvas.rows();
	overlay(cells, kinds, routeRows, kindCodes.route);
	const markerOf = new Map(markers.map(marker => [marker.id, marker]));
	for (const label of labels) {
		writeText(cells, kinds, label.row, label.column, label.text, label.id === options.selected ? kindCodes.selectedLabel : kindCodes.label);
		// The cell between a marker and its name beside it is blank: a coast's dots there would read as part of the name.
		const marker = markerOf.get(label.id)!;
		// A legend number stands right beside its marker, with no gap to clear.
		if (label.row !== marker.row || label.legend) continue;
		const gap = label.column > marker.column ? marker.column + 1 : label.column + cellWidth(label.text);
		if (gap >= 0 && gap < columns) {
			cells[label.row]![gap] = ' ';
			kinds[label.row]![gap] = kindCodes.line;
		}
	}
	// Country names where they fit at their centroid, after the places' names, which matter more.
	for (const country of options.countries ?? []) {
		const point = projection(drawnCoordinates(country.centroid));
		if (!point) continue;
		const width = cellWidth(country.name);
		const column = Math.floor(point[0] / 2) - Math.floor(width / 2);
		const row = Math.floor(point[1] / 4);
		if (row < 0 || row >= rows || column < 0 || column + width > columns) continue;
		const free = (at: number) => kinds[row]![at] !== kindCodes.label && kinds[row]![at] !== kindCodes.selectedLabel && kinds[row]![at] !== kindCodes.countryName && !markers.some(marker => marker.row === row && marker.column === at);
		if (!Array.from({length: width + 2}, (_, index) => column - 1 + index).filter(at => at >= 0 && at < columns).every(free)) continue;
		writeText(cells, kinds, row, column, country.name, kindCodes.countryName);
	}
	// Markers differ by shape, not only colour: ◉ the selected place, ● the others.
	// The chosen place last, so that it shows even when another place falls in the same cell.
	for (const marker of markers.toSorted((a, b) => Number(a.selected) - Number(b.selected))) {
		cells[marker.row]![marker.column] = marker.selected ? '◉' : '●';
		kinds[marker.row]![marker.column] = marker.selected ? kindCodes.selectedMarker : kindCodes.marker;
	}
	return {lines: cells.map(row => row.join('')), kinds: kinds.map(row => row.join('')), markers, labels, legend, outside};
}
