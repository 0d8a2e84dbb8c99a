import {mkdtempSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {farEastStory} from '../fixtures/map-story.js';
import {runMain} from '../helpers/run-main.js';

// `summit-tui map` outside the dashboard: text at the width asked, JSON for scripts, and usage errors.
const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'summit-map-cli-')), 'far-east.json');
writeFileSync(file, JSON.stringify(farEastStory));

describe('summit-tui map', () => {
	it('prints the map at --width, with the places, the legend line and what is not placed', async () => {
		const {code, stdout} = await runMain(['map', '--width', '60', file]);
		expect(code).toBe(0);
		for (const line of stdout.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(60);
		for (const name of ['Pyongyang', 'Khasan', 'Vladivostok']) expect(stdout).toContain(name);
		expect(stdout).toMatch(/coordinates: GeoNames, for the tests/);
		expect(stdout).toMatch(/Not placed \(no coordinates\): [^]*Demilitarized Zone/);
	});

	it('names the places it placed but left off the map', async () => {
		const {mapStory} = await import('../fixtures/map-story.js');
		const wide = path.join(path.dirname(file), 'with-capitals.json');
		writeFileSync(wide, JSON.stringify(mapStory));
		const {stdout} = await runMain(['map', '--width', '80', wide]);
		expect(stdout).toMatch(/Off the map \(placed, but far from where the story happens\): Moscow, Washington/);
	});

	it('gives scripts the coordinates, markers, steps and routes with --json', async () => {
		const {code, stdout} = await runMain(['map', '--json', '--width', '80', file]);
		expect(code).toBe(0);
		const map = JSON.parse(stdout);
		const khasan = map.places.find((place: {id: string}) => place.id === 'khasan');
		expect(khasan).toMatchObject({coordinates: [130.7806, 42.4294], coordinatesSource: 'GeoNames, for the tests', label: 'Khasan'});
		expect(khasan.marker.column).toBeGreaterThan(map.places.find((place: {id: string}) => place.id === 'pyongyang').marker.column);
		expect(map.notPlaced).toContain('demilitarized-zone');
		expect(map.steps.map((step: {place: string}) => step.place)).toContain('khasan');
		expect(map.routes).toEqual([['pyongyang', 'khasan']]);
		expect(map.lines).toHaveLength(map.size.rows);
		expect(khasan.offMap).toBe(false);
	});

	it('imports articles in memory, as the dashboard does, and maps their places', async () => {
		const article = path.join(path.dirname(file), 'article.txt');
		writeFileSync(article, 'Outlet: The Test Wire\nPublished: 2024-05-02\n\nMARRAKESH, Morocco - Rescuers worked through the night in Marrakesh on Thursday, officials said.\n');
		const {code, stdout, stderr} = await runMain(['map', '--json', '--width', '60', article]);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const map = JSON.parse(stdout);
		const marrakesh = map.places.find((place: {name: string}) => place.name === 'Marrakesh');
		expect(marrakesh.coordinates[0]).toBeCloseTo(-8, 0);
		expect(marrakesh.coordinates[1]).toBeCloseTo(31.6, 0);
	});

	it('refuses output flags it has no use for, with exit 2', async () => {
		for (const flags of [['-o', path.join(path.dirname(file), 'map.txt')], ['--plain']]) {
			const {code, stderr} = await runMain(['map', ...flags, file]);
			expect(code, flags.join(' ')).toBe(2);
			expect(stderr).toMatch(/map prints/);
		}
	});

	it('gives a place\'s coordinates as numbers with show ID --json', async () => {
		const folder = mkdtempSync(path.join(os.tmpdir(), 'summit-map-show-'));
		writeFileSync(path.join(folder, 'far-east.json'), JSON.stringify(farEastStory));
		const {code, stdout, stderr} = await runMain(['show', 'khasan', '--json', '--data', folder]);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toMatchObject({coordinates: [130.7806, 42.4294], coordinatesSource: 'GeoNames, for the tests'});
	});

	it('refuses a width it cannot draw at, with exit 2', async () => {
		const {code, stderr} = await runMain(['map', '--width', '5', file]);
		expect(code).toBe(2);
		expect(stderr).toMatch(/--width takes a whole number of columns from 20 to 1000/);
	});
});
