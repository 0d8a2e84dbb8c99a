import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {createBrailleCanvas} from '../../source/map/braille-canvas.js';
import {drawMap, fitBounds, minimumSpanDegrees, projectionFor, type MapPlace} from '../../source/map/map-view.js';
import {placeLabels} from '../../source/map/place-labels.js';
import {worldShapes} from '../../source/map/world-shapes.js';

// Coordinates as GeoNames gives them (for the tests only; the story data says where its own come from).
const pyongyang: MapPlace = {id: 'pyongyang', name: 'Pyongyang', coordinates: [125.7625, 39.0392]};
const khasan: MapPlace = {id: 'khasan', name: 'Khasan', coordinates: [130.7806, 42.4294]};
const vladivostok: MapPlace = {id: 'vladivostok', name: 'Vladivostok', coordinates: [131.8869, 43.1056]};
const trip = [pyongyang, khasan, vladivostok];

describe('the braille canvas', () => {
	it('sets one dot per bit, 2 × 4 dots to a cell', () => {
		const canvas = createBrailleCanvas(2, 1);
		canvas.set(0, 0);
		canvas.set(3, 3);
		expect(canvas.rows()).toEqual(['\u2801\u2880']);
	});

	it('draws a line without gaps', () => {
		const canvas = createBrailleCanvas(10, 1);
		canvas.line(0, 1, 19, 1);
		expect(canvas.rows()[0]).toBe('⠒'.repeat(10));
	});
});

describe('fitting the map to the places', () => {
	it('keeps a margin around the places and never zooms closer than the minimum span', () => {
		const [[west, south], [east, north]] = fitBounds([pyongyang]);
		expect(east - west).toBeGreaterThanOrEqual(minimumSpanDegrees);
		expect(north - south).toBeGreaterThanOrEqual(minimumSpanDegrees);
		expect(west).toBeLessThan(pyongyang.coordinates[0]);
		expect(north).toBeGreaterThan(pyongyang.coordinates[1]);
	});

	it('puts Pyongyang, Khasan and Vladivostok inside the drawn area, in their order on the globe', () => {
		const projection = projectionFor(trip, 160, 120);
		const points = trip.map(place => projection(place.coordinates)!);
		for (const [x, y] of points) {
			expect(x).toBeGreaterThan(0);
			expect(x).toBeLessThan(160);
			expect(y).toBeGreaterThan(0);
			expect(y).toBeLessThan(120);
		}
		const [p, k, v] = points as [[number, number], [number, number], [number, number]];
		// East is right, north is up.
		expect(p[0]).toBeLessThan(k[0]);
		expect(k[0]).toBeLessThan(v[0]);
		expect(p[1]).toBeGreaterThan(k[1]);
	});
});

describe('the drawn map', () => {
	const world = worldShapes();
	const picture = drawMap(world, trip, {columns: 80, rows: 32}, {selected: 'khasan'});
	const projection = projectionFor(trip, 160, 128);
	const cellOf = (longitude: number, latitude: number) => {
		const [x, y] = projection([longitude, latitude])!;
		return {column: Math.floor(x / 2), row: Math.floor(y / 4)};
	};
	const inkNear = (longitude: number, latitude: number, reach = 1) => {
		const {column, row} = cellOf(longitude, latitude);
		for (let r = row - reach; r <= row + reach; r++) for (let c = column - reach; c <= column + reach; c++) if (/[\u2801-\u28FF]/.test([...(picture.lines[r] ?? '')][c] ?? '')) return true;
		return false;
	};

	it('has every line exactly as wide as asked', () => {
		expect(picture.lines).toHaveLength(32);
		for (const line of picture.lines) expect([...line]).toHaveLength(80);
	});

	it('draws the Korean peninsula: coast at Wonsan and at Nampo, open sea east of it', () => {
		expect(inkNear(127.44, 39.15)).toBe(true); // Wonsan, on the east coast
		expect(inkNear(125.39, 38.73)).toBe(true); // Nampo, on the west coast
		expect(inkNear(133.5, 39.5, 0)).toBe(false); // the Sea of Japan
		expect(inkNear(127.0, 40.5, 0)).toBe(false); // inland North Korea: outlines only
	});

	it('marks every place, the selected one with another shape, and labels each or lists it', () => {
		expect(picture.markers.map(marker => marker.id).sort()).toEqual(['khasan', 'pyongyang', 'vladivostok']);
		expect(picture.lines.join('\n').match(/◉/g)).toHaveLength(1);
		expect(picture.lines.join('\n').match(/●/g)).toHaveLength(2);
		const named = new Set([...picture.labels.filter(label => !/^\d+$/.test(label.text)).map(label => label.id), ...picture.legend.map(entry => entry.id)]);
		expect(named).toEqual(new Set(['khasan', 'pyongyang', 'vladivostok']));
	});

	it('draws a warm frame at 120x40 well within 100 ms', () => {
		const started = performance.now();
		drawMap(world, trip, {columns: 118, rows: 38});
		// Typically under 20 ms; the limit leaves a slow machine five times the room.
		expect(performance.now() - started).toBeLessThan(500);
	});
});

describe('placing labels', () => {
	it('never overlaps two labels or a label and a marker, and names every place or lists it (property)', () => {
		const marker = fc.record({column: fc.nat(39), row: fc.nat(11), name: fc.string({minLength: 1, maxLength: 14, unit: fc.constantFrom('a', 'b', 'K', 'x', 'é')})});
		fc.assert(
			fc.property(fc.array(marker, {minLength: 1, maxLength: 25}), raw => {
				const markers = raw.map((entry, index) => ({...entry, id: `p${index}`}));
				const {labels, legend} = placeLabels(markers, {columns: 40, rows: 12});
				const cells = new Map<string, string>();
				for (const label of labels) {
					expect(label.column).toBeGreaterThanOrEqual(0);
					expect(label.column + [...label.text].length).toBeLessThanOrEqual(40);
					for (let index = 0; index < [...label.text].length; index++) {
						const key = `${label.column + index},${label.row}`;
						expect(cells.has(key), `two labels at ${key}`).toBe(false);
						cells.set(key, label.id);
					}
				}
				for (const entry of markers) expect(cells.has(`${entry.column},${entry.row}`), 'a label over a marker').toBe(false);
				const named = new Set([...labels.filter(label => !/^\d+$/.test(label.text) || markers.find(m => m.id === label.id)!.name === label.text).map(label => label.id), ...legend.map(entry => entry.id)]);
				for (const entry of markers) expect(named.has(entry.id), `${entry.id} neither labelled nor listed`).toBe(true);
			}),
			{numRuns: 300},
		);
	});
});

describe('the story on the map', async () => {
	const {mapSteps, travelRoutes} = await import('../../source/map/map-story.js');
	const {minimalStory} = await import('../fixtures/minimal-story.js');
	const {parseStoryText} = await import('../../source/model/load.js');
	const story = minimalStory() as any;
	story.places = [
		{id: 'north-korea', name: 'North Korea', aliases: [], kind: 'Country', description: 'x', cites: []},
		{id: 'pyongyang', name: 'Pyongyang', aliases: [], kind: 'City', description: 'x', cites: [], within: 'north-korea'},
		{id: 'khasan', name: 'Khasan', aliases: [], kind: 'City', description: 'x', cites: []},
	];
	const cite = story.events[0].cites;
	story.people = [{id: 'kim', name: 'Kim', aliases: [], description: 'x', cites: [], organizations: []}];
	story.events = [
		{id: 'e2', date: '2023-09-12', precision: 'day', dateEither: false, status: 'happened', title: 'Kim crosses into Russia at Khasan', involves: ['kim', 'khasan'], cites: cite},
		{id: 'e1', date: '2023-09-10', precision: 'day', dateEither: false, status: 'happened', title: 'Kim leaves Pyongyang', involves: ['kim', 'north-korea', 'pyongyang'], cites: cite},
		{id: 'e0', date: '2019-02-01', precision: 'day', dateEither: false, status: 'historical', title: 'Kim travels to Khasan', involves: ['kim', 'khasan'], cites: cite},
	];
	story.quotes = [];
	story.facts = [];
	story.differences = [];
	const loaded = parseStoryText(JSON.stringify(story), 'map-story.json');
	const places = [{id: 'north-korea', name: 'North Korea', coordinates: [127, 40] as [number, number]}, pyongyang, khasan];

	it('steps through events in date order, each at the narrowest place it names', () => {
		expect(loaded.problems).toEqual([]);
		expect(mapSteps(loaded.story!, places).map(step => [step.event.id, step.place.id])).toEqual([
			['e0', 'khasan'],
			['e1', 'pyongyang'],
			['e2', 'khasan'],
		]);
	});

	it('draws the route of a person who travelled, leaving out historical events', () => {
		expect(travelRoutes(loaded.story!, places)).toEqual([{person: 'kim', places: [pyongyang, khasan]}]);
	});
});

describe('names in wide characters', () => {
	it('keep every line of the drawing exactly as wide as asked, in cells', async () => {
		const {default: stringWidth} = await import('string-width');
		const seoul: MapPlace = {id: 'seoul', name: '서울특별시', coordinates: [126.978, 37.5665]};
		const picture = drawMap(worldShapes(), [seoul, pyongyang], {columns: 30, rows: 10}, {selected: 'seoul'});
		expect(picture.labels.map(label => label.text)).toContain('서울특별시');
		for (const [index, line] of picture.lines.entries()) {
			expect(stringWidth(line), line).toBe(30);
			expect(picture.kinds[index]).toHaveLength(30);
		}
	});
});

describe('what the fitted map frames', async () => {
	const {storyMap} = await import('../../source/map/map-story.js');
	const {mapStory} = await import('../fixtures/map-story.js');
	const model = storyMap(mapStory);

	it('is where the story happens: its events’ places and those near them, not a capital named in passing', () => {
		expect(model.places.map(place => place.id)).toEqual(expect.arrayContaining(['moscow', 'washington', 'khasan']));
		expect(model.fit.map(place => place.id).sort()).toEqual(['khasan', 'pyongyang', 'vladivostok']);
		const picture = drawMap(worldShapes(), model.places, {columns: 80, rows: 30}, {fit: model.fit});
		expect(picture.outside.sort()).toEqual(['moscow', 'washington']);
		expect(picture.markers.map(marker => marker.id).sort()).toEqual(['khasan', 'pyongyang', 'vladivostok']);
	});

	it('brings a chosen place into view when it lies outside', () => {
		const picture = drawMap(worldShapes(), model.places, {columns: 80, rows: 30}, {fit: model.fit, selected: 'moscow'});
		expect(picture.markers.find(marker => marker.id === 'moscow')?.selected).toBe(true);
		expect(picture.markers.map(marker => marker.id)).toContain('vladivostok');
		expect(picture.outside).toEqual(['washington']);
	});
});

describe("the story's countries", async () => {
	const {countryCodeOf} = await import('../../source/map/country-codes.js');
	const {countryShape} = await import('../../source/map/world-shapes.js');

	it('are found in the boundary data by any of their English names', () => {
		expect(countryCodeOf(['Russia'])).toBe('643');
		expect(countryCodeOf(['the United States'])).toBe('840');
		expect(countryCodeOf(['DPRK', 'North Korea'])).toBe('408');
		expect(countryCodeOf(['Primorsky'])).toBeUndefined();
	});

	it('are outlined and named at the centroid of their area, not at their capital', () => {
		const northKorea = countryShape('408')!;
		expect(northKorea.name).toBe('North Korea');
		// The middle of the country lies north-east of Pyongyang (125.76°E, 39.04°N).
		expect(northKorea.centroid[0]).toBeGreaterThan(126);
		expect(northKorea.centroid[1]).toBeGreaterThan(39.5);
		const picture = drawMap(worldShapes(), trip, {columns: 80, rows: 32}, {countries: [northKorea]});
		expect(northKorea.borders.length).toBeGreaterThan(0);
		expect(picture.lines.join('\n')).toContain('North Korea');
		expect(picture.kinds.join('').includes('o')).toBe(true);
		for (const line of picture.lines) expect([...line]).toHaveLength(80);
	});
});

describe('a zoomed view', () => {
	it('centres on the chosen place, wherever the fitted view had it', () => {
		const size = {columns: 80, rows: 30};
		const picture = drawMap(worldShapes(), trip, size, {selected: 'pyongyang', view: {zoom: 4, panColumns: 0, panRows: 0, centre: 'pyongyang'}});
		const marker = picture.markers.find(each => each.id === 'pyongyang')!;
		expect(Math.abs(marker.column - 40)).toBeLessThanOrEqual(1);
		expect(Math.abs(marker.row - 15)).toBeLessThanOrEqual(1);
	});
});

describe('stories across 180° and near the poles', () => {
	const suva: MapPlace = {id: 'suva', name: 'Suva', coordinates: [178.44, -18.14]};
	const lau: MapPlace = {id: 'lau', name: 'Lau', coordinates: [-178.8, -17.5]};
	const anchorage: MapPlace = {id: 'anchorage', name: 'Anchorage', coordinates: [-149.9, 61.2]};

	it('takes the short way round: Fiji on both sides of 180° is a small map, not the world', () => {
		const [[west], [east]] = fitBounds([suva, lau]);
		expect(east - west).toBeLessThan(20);
		const picture = drawMap(worldShapes(), [suva, lau], {columns: 80, rows: 30});
		expect(picture.outside).toEqual([]);
		const columns = picture.markers.map(marker => marker.column);
		expect(Math.abs(columns[0]! - columns[1]!)).toBeLessThan(30);
		// No line across the whole map where the data's lines meet at 180°.
		for (const line of picture.lines) expect([...line].filter(character => character !== ' ').length).toBeLessThan(70);
	});

	it('frames Fiji and Alaska across the Pacific, west to east', () => {
		const [[west], [east]] = fitBounds([suva, anchorage]);
		expect(east - west).toBeLessThan(100);
		const picture = drawMap(worldShapes(), [suva, anchorage], {columns: 80, rows: 30});
		expect(picture.outside).toEqual([]);
		expect(picture.markers.find(marker => marker.id === 'suva')!.column).toBeLessThan(picture.markers.find(marker => marker.id === 'anchorage')!.column);
	});

	it('slides the window at a pole instead of cutting it, so that a polar place is on the map', () => {
		const alert: MapPlace = {id: 'alert', name: 'Alert', coordinates: [-62.35, 82.5]};
		const pole: MapPlace = {id: 'pole', name: 'North Pole', coordinates: [0, 90]};
		for (const place of [alert, pole]) {
			const [[, south], [, north]] = fitBounds([place]);
			expect(north).toBeGreaterThan(south);
			expect(drawMap(worldShapes(), [place], {columns: 60, rows: 20}).outside).toEqual([]);
		}
	});
});
