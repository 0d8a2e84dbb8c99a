import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import type {Topology} from 'topojson-specification';
import {packBoundaries, type BoundaryIndex} from './pack-boundaries.js';

// Coastlines, country borders and country outlines from Natural Earth's 1:50m countries, as the
// world-atlas package builds them (ISC licence). The build packs them into two files beside the
// bundle (pack-boundaries.ts: 1.5 MB instead of the package's 8 MB), read only when a map is drawn.

/** A polyline as [longitude, latitude, longitude, latitude, …], with its bounding box. */
export type GeoLine = {points: Float32Array | Float64Array; west: number; south: number; east: number; north: number};
export type WorldShapes = {coastlines: GeoLine[]; borders: GeoLine[]};
/** A country of the boundary data: its outline as lines, its centroid and its name there. */
export type CountryShape = {id: string; name: string; coast: GeoLine[]; borders: GeoLine[]; centroid: [number, number]};

export const packedFiles = {index: 'world-50m.json', points: 'world-50m.f32'};

type Loaded = {index: BoundaryIndex; points: Float32Array; shapes: WorldShapes; countries: Map<string, CountryShape>; countryStarts: number[]};
let loaded: Loaded | undefined;

function readPacked(): {index: BoundaryIndex; points: Float32Array} {
	try {
		const index = JSON.parse(readFileSync(new URL(packedFiles.index, import.meta.url), 'utf8')) as BoundaryIndex;
		const bytes = readFileSync(new URL(packedFiles.points, import.meta.url));
		return {index, points: new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4)};
	} catch {
		// Running from source (tests): pack the package's file here, as the build does.
		const require = createRequire(import.meta.url);
		const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
		return packBoundaries(topology, 'Natural Earth 1:50m, via world-atlas');
	}
}

/** The lines of a layer: views into the packed points, with their bounding boxes. */
function linesOf(points: Float32Array, ends: number[], start: number): GeoLine[] {
	let from = start;
	return ends.map(end => {
		const line = points.subarray(from * 2, end * 2);
		from = end;
		let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
		for (let index = 0; index < line.length; index += 2) {
			west = Math.min(west, line[index]!);
			east = Math.max(east, line[index]!);
			south = Math.min(south, line[index + 1]!);
			north = Math.max(north, line[index + 1]!);
		}
		return {points: line, west, south, east, north};
	});
}

function load(): Loaded {
	if (loaded) return loaded;
	const {index, points} = readPacked();
	const coastlines = linesOf(points, index.coastlines, 0);
	const borders = linesOf(points, index.borders, index.coastlines.at(-1) ?? 0);
	// Each country's lines start where those before it end (a country may have none).
	let end = index.borders.at(-1) ?? index.coastlines.at(-1) ?? 0;
	const countryStarts = index.countries.map(country => {
		const start = end;
		end = country.borders.at(-1) ?? country.coast.at(-1) ?? end;
		return start;
	});
	loaded = {index, points, shapes: {coastlines, borders}, countries: new Map(), countryStarts};
	return loaded;
}

export function worldShapes(): WorldShapes {
	return load().shapes;
}

/**
 * A country by its ISO 3166-1 numeric code (world-atlas's ids), or by its name in Natural Earth for the
 * few without a code (Kosovo, Somaliland). Its centroid is that of its area, not of its capital.
 */
export function countryShape(key: string): CountryShape | undefined {
	const {index, points, countries, countryStarts} = load();
	const known = countries.get(key);
	if (known) return known;
	const position = index.countries.findIndex(each => each.id === key || (each.id === null && each.name === key));
	if (position < 0) return undefined;
	const entry = index.countries[position]!;
	const start = countryStarts[position]!;
	const shape = {id: key, name: entry.name, coast: linesOf(points, entry.coast, start), borders: linesOf(points, entry.borders, entry.coast.at(-1) ?? start), centroid: entry.centroid};
	countries.set(key, shape);
	return shape;
}
