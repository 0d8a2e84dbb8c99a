import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {foldName} from '../text/fold-name.js';

// A country's ISO 3166-1 numeric code from one of its English names ("United States", "Russia",
// "Russian Federation"), for finding its outline in the boundary data, whose ids are those codes.
// The names are i18n-iso-countries' (a dependency the importer uses too), read on the map's path only.

let byName: Map<string, string> | undefined;

const normalise = (name: string) => foldName(name).replace(/[’']/g, '').replace(/^the\s+/, '').trim();

function load(): Map<string, string> {
	const require = createRequire(import.meta.url);
	const read = (file: string) => JSON.parse(readFileSync(require.resolve(file), 'utf8')) as unknown;
	const names = (read('i18n-iso-countries/langs/en.json') as {countries: Record<string, string | string[]>}).countries;
	const codes = new Map((read('i18n-iso-countries/codes.json') as string[][]).map(([alpha2, , numeric]) => [alpha2!, numeric!]));
	const found = new Map<string, string>();
	for (const [alpha2, value] of Object.entries(names)) {
		const numeric = codes.get(alpha2);
		if (numeric) for (const name of Array.isArray(value) ? value : [value]) found.set(normalise(name), numeric);
	}
	return found;
}

/** The numeric code of the first name that is a country's; undefined when none is. */
export function countryCodeOf(names: readonly string[]): string | undefined {
	byName ??= load();
	for (const name of names) {
		const code = byName.get(normalise(name));
		if (code) return code;
	}
	return undefined;
}
