import {geoCentroid} from 'd3-geo';
import type {Feature, MultiLineString} from 'geojson';
import {feature, mesh} from 'topojson-client';
import type {GeometryCollection, Topology} from 'topojson-specification';

// Natural Earth's 1:50m countries (world-atlas's TopoJSON) turned into what the map draws: coastlines,
// borders and each country's outline as plain polylines, and each country's centroid. Done once at
// build time (source/build.mjs), because merging TopoJSON arcs into lines costs about 50 ms and the
// first map frame has 100 ms; the map then reads two files beside the bundle (world-shapes.ts).

/**
 * The index of the packed points. Every line is a run of [longitude, latitude] pairs in one Float32
 * array, one line after another: coastlines, then borders, then the countries' outlines, in this
 * order; each layer lists where its lines end, counted in points from the start of the array.
 */
export type BoundaryIndex = {
	format: 1;
	source: string;
	coastlines: number[];
	borders: number[];
	/** Each country's coast, then its land borders: drawn solid and dotted like the rest. */
	countries: Array<{id: string | null; name: string; centroid: [number, number]; coast: number[]; borders: number[]}>;
};

export function packBoundaries(topology: Topology, source: string): {index: BoundaryIndex; points: Float32Array} {
	const countries = topology.objects['countries'] as GeometryCollection;
	const layers: Array<[number[][][], number[]]> = [];
	const add = (lines: MultiLineString) => {
		const ends: number[] = [];
		layers.push([lines.coordinates, ends]);
		return ends;
	};
	// Lines, not polygons: a polygon cut at the edge of the map would draw the edge as a coast.
	const coastlines = add(mesh(topology, topology.objects['land'] as GeometryCollection) as MultiLineString);
	// Borders between two countries only: coastlines come from the land.
	const borders = add(mesh(topology, countries, (a, b) => a !== b) as MultiLineString);
	const countryEntries = countries.geometries.map(geometry => ({
		id: geometry.id === undefined ? null : String(geometry.id),
		name: (geometry.properties as {name?: string} | undefined)?.name ?? String(geometry.id),
		// The centroid of the country's area, not of its capital: where its name belongs on a map.
		centroid: (geoCentroid(feature(topology, geometry) as unknown as Feature) as [number, number]).map(value => Math.round(value * 1e4) / 1e4) as [number, number],
		// An arc of the country's shared with no other country is coast; one shared is a border.
		coast: add(mesh(topology, countries, (a, b) => a === b && a === geometry) as MultiLineString),
		borders: add(mesh(topology, countries, (a, b) => a !== b && (a === geometry || b === geometry)) as MultiLineString),
	}));
	const total = layers.reduce((sum, [lines]) => sum + lines.reduce((count, line) => count + line.length, 0), 0);
	const points = new Float32Array(total * 2);
	let at = 0;
	for (const [lines, ends] of layers) {
		for (const line of lines) {
			for (const [longitude, latitude] of line) {
				points[at * 2] = longitude!;
				points[at * 2 + 1] = latitude!;
				at++;
			}
			ends.push(at);
		}
	}
	return {index: {format: 1, source, coastlines, borders, countries: countryEntries}, points};
}
