import {describe, expect, it} from 'vitest';
import {isCommonWord} from '../../source/ingest/name-words.js';
import {ingestText, namesOf} from '../helpers/ingest-text.js';

// Places the gazetteer knows, read as a reader takes them, on invented sentences.
const names = (text: string) => namesOf(ingestText({text}));

describe('countries the language also knows as a people', () => {
	it('"Philippines" and "Laos" are countries, though compromise knows them only as a people\'s plural', () => {
		expect(isCommonWord('Philippines')).toBe(false);
		expect(isCommonWord('Laos')).toBe(false);
		// Words that are a people's name and no country stay words of the language; a person's name stays one.
		expect(isCommonWord('Jordan')).toBe(true);
		const found = names('The ferry to Varnok leaves from Talmar, Philippines, every morning. Ferries to Laos leave daily.');
		expect(found.places).toEqual(expect.arrayContaining(['Philippines', 'Laos']));
	});
});
