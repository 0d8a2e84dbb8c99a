import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {geoArea, geoCentroid} from 'd3-geo';
import {feature} from 'topojson-client';
import type {GeometryCollection, Topology} from 'topojson-specification';
import type {MultiPolygon, Polygon} from 'geojson';

// Where a country is: the centroid of its outline in Natural Earth's 1:50m countries (world-atlas), the
// outlines the map draws, so a country's pin and its borders come from one source. The build computes
// the table once (dist/country-centroids.json, 6 KB: the outlines ship only as the map's packed lines);
// running from source, the same function computes it from the package. Read on the importer's first
// country, never when a story is only opened.

export const countryCentroidSource = 'Natural Earth 1:50m country outline (centroid), via world-atlas';

/**
 * Parts smaller than this share of the country's largest part do not pull its centroid: France's
 * overseas departments would otherwise put France in the Atlantic, Alaska the United States in Montana.
 */
const mainPartShare = 0.25;

const require = createRequire(import.meta.url);
let table: Record<string, [number, number]> | undefined;

/** The spherical centroid of the country's main parts: its largest and those at least a quarter its area. */
export function mainPartsCentroid(outline: Polygon | MultiPolygon): [number, number] {
	// A part larger than a hemisphere is wound the other way round (GeoJSON's order, not d3's): reversed.
	const parts = (outline.type === 'Polygon' ? [outline.coordinates] : outline.coordinates).map(rings =>
		geoArea({type: 'Polygon', coordinates: rings}) > 2 * Math.PI ? rings.map(ring => ring.toReversed()) : rings,
	);
	const areas = parts.map(coordinates => geoArea({type: 'Polygon', coordinates}));
	const largest = Math.max(...areas);
	const main: MultiPolygon = {type: 'MultiPolygon', coordinates: parts.filter((_, index) => areas[index]! >= largest * mainPartShare)};
	const [longitude, latitude] = geoCentroid(main);
	return [Math.round(longitude * 1e4) / 1e4, Math.round(latitude * 1e4) / 1e4];
}

/** Every outlined country's centroid by its ISO 3166-1 numeric code ("504"), as world-atlas identifies them. */
export function countryCentroidTable(topology: Topology): Record<string, [number, number]> {
	const found: Record<string, [number, number]> = {};
	for (const geometry of (topology.objects['countries'] as GeometryCollection).geometries) {
		if (geometry.id === undefined || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) continue;
		found[String(geometry.id)] = mainPartsCentroid((feature(topology, geometry) as {geometry: Polygon | MultiPolygon}).geometry);
	}
	return found;
}

function readTable(): Record<string, [number, number]> {
	try {
		// Beside the bundle, where the build writes it.
		return JSON.parse(readFileSync(new URL('country-centroids.json', import.meta.url), 'utf8')) as Record<string, [number, number]>;
	} catch {
		// Running from source (tests): computed from the package, as the build does.
		return countryCentroidTable(JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology);
	}
}

/** The centroid ([lon, lat]) of the country with that ISO numeric code, if Natural Earth outlines it. */
export function countryCentroid(isoNumeric: string): [number, number] | undefined {
	table ??= readTable();
	return table[isoNumeric];
}
