import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {packedFiles} from '../../source/map/world-shapes.js';

// The build packs Natural Earth's lines beside the bundle; the map reads them there. What it reads must be
// what the packer makes of world-atlas's file, which is what the tests from source draw with.
const dist = (name: string) => fileURLToPath(new URL(`../../dist/${name}`, import.meta.url));

describe('the packed boundary data', () => {
	it('holds every coastline, border and country outline, with centroids, in the points it counts', async () => {
		const index = JSON.parse(readFileSync(dist(packedFiles.index), 'utf8'));
		const bytes = readFileSync(dist(packedFiles.points));
		const ends = [...index.coastlines, ...index.borders, ...index.countries.flatMap((country: {coast: number[]; borders: number[]}) => [...country.coast, ...country.borders])];
		// Ends only grow, and the last is the number of points in the file.
		for (let position = 1; position < ends.length; position++) expect(ends[position]).toBeGreaterThanOrEqual(ends[position - 1]);
		expect(ends.at(-1) * 2 * 4).toBe(bytes.byteLength);
		expect(index.coastlines.length).toBeGreaterThan(1000);
		const morocco = index.countries.find((country: {id: string}) => country.id === '504');
		expect(morocco.name).toBe('Morocco');
		// Morocco has a coast and land borders (Algeria, Western Sahara).
		expect(morocco.coast.length).toBeGreaterThan(0);
		expect(morocco.borders.length).toBeGreaterThan(0);
		// Morocco's area centres south-west of Rabat (6.8°W 34.0°N), inland.
		expect(morocco.centroid[0]).toBeLessThan(-6.8);
		expect(morocco.centroid[1]).toBeLessThan(34);
		expect(index.source).toMatch(/^Natural Earth 1:50m, via world-atlas \d/);
	});
});
