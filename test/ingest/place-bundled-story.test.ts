import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {withStoryCoordinates} from '../../source/geo/write-story-coordinates.js';
import type {StoryFile} from '../../source/model/schema.js';
import {runCli} from '../helpers/run-cli.js';

// The bundled story's coordinates come from the importer's gazetteer (the articles give none), written
// by source/geo/write-story-coordinates.ts: the file must say exactly what that script would write.
const file = new URL('../../data/kim-putin-2023.json', import.meta.url);
const text = readFileSync(file, 'utf8');
const story = JSON.parse(text) as StoryFile;
const place = (id: string) => story.places.find(candidate => candidate.id === id)!;

describe("the bundled story's coordinates", () => {
	it('are what the gazetteer gives today (run `npx tsx source/geo/write-story-coordinates.ts` after changing it)', () => {
		expect(withStoryCoordinates(text, story)).toBe(text);
	});

	it('place Pyongyang, Khasan (the border village in Primorsky Krai) and Vladivostok where they are', () => {
		const expected: Record<string, [number, number]> = {pyongyang: [125.75, 39.03], khasan: [130.64, 42.43], vladivostok: [131.87, 43.11]};
		for (const [id, [longitude, latitude]] of Object.entries(expected)) {
			const [placedLongitude, placedLatitude] = place(id).coordinates!;
			expect(Math.abs(placedLongitude - longitude), id).toBeLessThan(0.05);
			expect(Math.abs(placedLatitude - latitude), id).toBeLessThan(0.05);
		}
	});

	it('say they come from the gazetteer, not the articles, and leave unplaced what it cannot place honestly', () => {
		for (const placed of story.places.filter(candidate => candidate.coordinates)) expect(placed.coordinatesSource).toMatch(/, placed by summit-tui's gazetteer, not given by the articles, via \S+$/);
		for (const id of ['russian-far-east', 'demilitarized-zone', 'europe']) expect(place(id).coordinates, id).toBeUndefined();
	});
});

describe('the built program', () => {
	it('carries the tables beside its bundle: an imported article gets a region, a village and a country centroid', () => {
		const article = 'Title: Train crosses\nOutlet: Test Wire\nPublished: 2023-09-12\n\nThe train crossed from North Korea into Russia at Khasan, in the Primorsky region, on Tuesday.\n';
		const result = runCli(['ingest', '-'], {input: article});
		expect(result.code, result.stderr).toBe(0);
		const places = (JSON.parse(result.stdout) as StoryFile).places;
		const kinds = Object.fromEntries(places.map(place => [place.name, place.coordinates ? place.kind : 'not placed']));
		expect(kinds).toMatchObject({Khasan: 'Village', Russia: 'Country', 'North Korea': 'Country'});
		expect(places.find(place => /Primorsky/.test(place.name))).toMatchObject({kind: 'Territory'});
	});
});
