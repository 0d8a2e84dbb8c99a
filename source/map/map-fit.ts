import {geoMercator, type GeoProjection} from 'd3-geo';
import {fittedView, type MapView} from './map-pane-model.js';
import {wrapLongitude, type MapPlace} from './map-story.js';

// Where the map looks: the places' box with a margin, across 180° when that is shorter (Fiji and
// Alaska), slid rather than cut at the poles, projected with Mercator rotated to the box's middle.

/** Never closer than this many degrees across, so that one city still shows its country around it. */
export const minimumSpanDegrees = 8;
const marginShare = 0.2;
/** Mercator goes to infinity at the poles: places beyond this are drawn at it. */
const latitudeLimit = 84;

export {wrapLongitude};

/** A window of `span` around the middle of low…high, slid (not cut) to stay within ±limit. */
function widen(low: number, high: number, limit: number): [number, number] {
	const span = Math.min(2 * limit, Math.max(high - low, minimumSpanDegrees) * (1 + 2 * marginShare));
	const middle = (low + high) / 2;
	const start = Math.max(-limit, Math.min(limit - span, middle - span / 2));
	return [start, start + span];
}

/**
 * The area to show: the places' bounding box with a margin, at least `minimumSpanDegrees` across. The
 * longitudes take the shorter way round: the box starts after the widest gap between the places, so
 * its east may pass 180°.
 */
export function fitBounds(places: MapPlace[]): [[number, number], [number, number]] {
	const longitudes = [...new Set(places.map(place => wrapLongitude(place.coordinates[0])))].sort((a, b) => a - b);
	let west = longitudes[0]!;
	let widest = 360 + longitudes[0]! - longitudes.at(-1)!;
	for (let index = 1; index < longitudes.length; index++) {
		const gap = longitudes[index]! - longitudes[index - 1]!;
		if (gap > widest) [widest, west] = [gap, longitudes[index]!];
	}
	const arc = 360 - (longitudes.length > 1 ? widest : 360);
	// Longitudes wrap: the window is not slid, only kept to one turn of the globe.
	const span = Math.min(360, Math.max(arc, minimumSpanDegrees) * (1 + 2 * marginShare));
	const [left, right] = [west + arc / 2 - span / 2, west + arc / 2 + span / 2];
	const latitudes = places.map(place => Math.max(-latitudeLimit, Math.min(latitudeLimit, place.coordinates[1])));
	const [south, north] = widen(Math.min(...latitudes), Math.max(...latitudes), latitudeLimit);
	return [
		[left, south],
		[right, north],
	];
}

/** Where a place is drawn: just inside the latitude limit when beyond it, so that its marker is on the map. */
export const drawnCoordinates = ([longitude, latitude]: [number, number]): [number, number] => [longitude, Math.max(0.5 - latitudeLimit, Math.min(latitudeLimit - 0.5, latitude))];

/** A Mercator projection of the bounds onto the canvas of dots, then zoomed and panned. */
export function projectionFor(places: MapPlace[], widthDots: number, heightDots: number, view: MapView = fittedView, centre?: [number, number]): GeoProjection {
	const [[west, south], [east, north]] = fitBounds(places);
	const middle = (west + east) / 2;
	// The corners as points: a polygon ring's winding would decide which side of it is "inside".
	const box = {
		type: 'MultiPoint' as const,
		coordinates: [
			[west, south],
			[east, south],
			[east, north],
			[west, north],
			[middle, south],
			[middle, north],
		],
	};
	const projection = geoMercator()
		.rotate([-middle, 0])
		.fitExtent(
			[
				[0, 0],
				[widthDots - 1, heightDots - 1],
			],
			box,
		);
	const [x, y] = projection.translate();
	const scale = projection.scale() * view.zoom;
	// Zoom about the middle of the canvas, or about a chosen place brought there; a pan is in cells (2 × 4 dots).
	const centreX = widthDots / 2;
	const centreY = heightDots / 2;
	projection.scale(scale).translate([centreX + (x - centreX) * view.zoom, centreY + (y - centreY) * view.zoom]);
	const [offsetX, offsetY] = centre && view.zoom !== 1 ? (projection(drawnCoordinates(centre)) ?? [centreX, centreY]).map((value, index) => value - (index === 0 ? centreX : centreY)) : [0, 0];
	const [movedX, movedY] = projection.translate();
	return projection.translate([movedX - offsetX! - view.panColumns * 2, movedY - offsetY! - view.panRows * 4]);
}
