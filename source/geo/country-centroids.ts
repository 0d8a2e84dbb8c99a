import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {geoArea, geoCentroid} from 'd3-geo';
import {feature} from 'topojson-client';
import type {GeometryCollection, GeometryObject, Topology} from 'topojson-specification';
import type {MultiPolygon, Polygon} from 'geojson';

// Where a country is: the centroid of its outline in Natural Earth's 1:50m countries (world-atlas), the
// file the map draws, so a country's pin and its borders come from one source. Computed when the
// importer first asks (one 740 KB file, about 10 ms to read), never when a story is only opened.

export const countryCentroidSource = 'Natural Earth 1:50m country outline (centroid), via world-atlas';

/**
 * Parts smaller than this share of the country's largest part do not pull its centroid: France's
 * overseas departments would otherwise put France in the Atlantic, Alaska the United States in Montana.
 */
const mainPartShare = 0.25;

const require = createRequire(import.meta.url);
let topology: Topology | undefined;
let geometries: Map<string, GeometryObject> | undefined;
const centroids = new Map<string, [number, number] | undefined>();

function readTopology(): Topology {
	try {
		// Beside the bundle, where the build copies it for the map.
		return JSON.parse(readFileSync(new URL('world-countries-50m.json', import.meta.url), 'utf8')) as Topology;
	} catch {
		// Running from source (tests): the package itself.
		return JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
	}
}

/** A country's outline by its ISO 3166-1 numeric code ("504"), as world-atlas identifies its countries. */
function outlineOf(isoNumeric: string): Polygon | MultiPolygon | undefined {
	if (!topology || !geometries) {
		topology = readTopology();
		geometries = new Map((topology.objects['countries'] as GeometryCollection).geometries.flatMap(geometry => (geometry.id === undefined ? [] : [[String(geometry.id), geometry] as const])));
	}
	const geometry = geometries.get(isoNumeric);
	if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return undefined;
	// Only the country asked for is decoded from the topology.
	return (feature(topology, geometry) as {geometry: Polygon | MultiPolygon}).geometry;
}

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

/** The centroid ([lon, lat]) of the country with that ISO numeric code, if Natural Earth outlines it. */
export function countryCentroid(isoNumeric: string): [number, number] | undefined {
	if (!centroids.has(isoNumeric)) {
		const outline = outlineOf(isoNumeric);
		centroids.set(isoNumeric, outline ? mainPartsCentroid(outline) : undefined);
	}
	return centroids.get(isoNumeric);
}
