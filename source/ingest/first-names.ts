import {getGender} from 'gender-detection-from-name';

// First names beyond compromise's English list (Brahim, Oluwaseun, Thandiwe, Siobhan …), from the
// gender-detection-from-name package: about 85,000 first names from English, French, Spanish, Italian,
// German and Turkish name lists (MIT, maintained; about 2 MB of data, some 55 ms to load, paid only by
// the importer's chunk). The lists hold words that are also places or common words ("Paris", "Hope",
// "Will"), so a listed word counts only where the rules ask: a capitalised word before another
// capitalised word that compromise does not know as a place or an organisation.

export function isFirstName(word: string): boolean {
	return /^\p{Lu}\p{Ll}+$/u.test(word) && getGender(word) !== 'unknown';
}

/** "male", "female", or undefined when the lists do not know the name. */
export function genderOfFirstName(word: string): 'male' | 'female' | undefined {
	const gender = getGender(word);
	return gender === 'unknown' ? undefined : gender;
}
