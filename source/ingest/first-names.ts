import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {openSortedTable, rowLookup, type SortedTable} from '../text/sorted-table.js';

export {sortedTableText} from '../text/sorted-table.js';

// First names beyond compromise's English list (Brahim, Oluwaseun, Thandiwe, Siobhan …), from the
// gender-detection-from-name package: about 85,000 first names from English, French, Spanish, Italian,
// German and Turkish name lists (MIT, maintained). The lists hold words that are also places or common
// words ("Paris", "Hope", "Will"), so a listed word counts only where the rules ask: a capitalised word
// before another capitalised word that compromise does not know as a place or an organisation.
// The package builds a Map of each list when loaded (some 2 MB of source, 110 ms of CPU under load); the
// build writes the lists as one sorted table beside the bundle (first-names.tsv), read on the first name
// looked up, decoding only the lines asked for. Running from the sources, the table is made in memory.

type Gender = 'male' | 'female';

/** The package's languages in the order its getGender(name) consults them: the first list naming a name gives its gender. */
const languages = ['en', 'it', 'es', 'fr', 'de', 'tr'];

/** The lists as the table's rows: lower-case name, gender. */
export function firstNameRows(): Map<string, Gender> {
	// Loaded by name at run time, so that the bundle carries the table, not the package.
	const load = createRequire(import.meta.url);
	const genders = new Map<string, Gender>();
	for (const language of languages) for (const [name, gender] of load(`gender-detection-from-name/names/${language}.js`) as Map<string, Gender>) if (!genders.has(name)) genders.set(name, gender);
	return genders;
}

let table: SortedTable | undefined;
const known = new Map<string, Gender | undefined>();

function genderOf(word: string): Gender | undefined {
	const name = word.toLowerCase();
	if (known.has(name)) return known.get(name);
	if (!table) {
		try {
			table = openSortedTable(readFileSync(new URL('first-names.tsv', import.meta.url)));
		} catch {
			table = rowLookup(firstNameRows());
		}
	}
	const gender = table(name)[0] as Gender | undefined;
	known.set(name, gender);
	return gender;
}

export function isFirstName(word: string): boolean {
	return /^\p{Lu}\p{Ll}+$/u.test(word) && genderOf(word) !== undefined;
}

/** "male", "female", or undefined when the lists do not know the name. */
export function genderOfFirstName(word: string): 'male' | 'female' | undefined {
	return genderOf(word);
}
