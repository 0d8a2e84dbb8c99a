import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {mesh} from 'topojson-client';
import type {GeometryCollection, Topology} from 'topojson-specification';
import type {MultiLineString} from 'geojson';

// Coastlines and country borders from Natural Earth's 1:50m countries, as the world-atlas package
// builds them (ISC licence, 740 KB). The build copies that one file into dist/, so the installed
// program carries 0.7 MB of boundaries rather than the package's 8 MB; read only when a map is drawn.

/** A polyline as [longitude, latitude, longitude, latitude, …], with its bounding box. */
export type GeoLine = {points: Float64Array; west: number; south: number; east: number; north: number};
export type WorldShapes = {coastlines: GeoLine[]; borders: GeoLine[]};

let cached: WorldShapes | undefined;

function readTopology(): Topology {
	try {
		return JSON.parse(readFileSync(new URL('world-countries-50m.json', import.meta.url), 'utf8')) as Topology;
	} catch {
		// Running from source (tests): the package itself.
		const require = createRequire(import.meta.url);
		return JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
	}
}

export function toGeoLines(lines: MultiLineString): GeoLine[] {
	return lines.coordinates.map(line => {
		const points = new Float64Array(line.length * 2);
		let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
		line.forEach(([longitude, latitude], index) => {
			points[index * 2] = longitude!;
			points[index * 2 + 1] = latitude!;
			west = Math.min(west, longitude!);
			east = Math.max(east, longitude!);
			south = Math.min(south, latitude!);
			north = Math.max(north, latitude!);
		});
		return {points, west, south, east, north};
	});
}

export function worldShapes(): WorldShapes {
	if (cached) return cached;
	const topology = readTopology();
	const countries = topology.objects['countries'] as GeometryCollection;
	// Lines, not polygons: a polygon cut at the edge of the map would draw the edge as a coast.
	const coastlines = mesh(topology, topology.objects['land'] as GeometryCollection) as MultiLineString;
	// Borders between two countries only: coastlines come from the land.
	const borders = mesh(topology, countries, (a, b) => a !== b) as MultiLineString;
	cached = {coastlines: toGeoLines(coastlines), borders: toGeoLines(borders)};
	return cached;
}
