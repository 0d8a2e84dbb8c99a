import {describe, expect, it} from 'vitest';
import {isCommonWord} from '../../source/ingest/name-words.js';
import {townsBeforeTheirLand} from '../../source/ingest/name-tagger/towns-before-their-land.js';
import {analyseParagraph} from '../../source/ingest/tokens.js';
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

describe('a town written before its state or country', () => {
	it('is that town, though named like a person: "a girl from Tyler, Texas" beside the coach Tyler Brandt', () => {
		const found = names('Dana Hale, a 15-year-old girl from Tyler, Texas, was honoured at her school. Tyler Brandt, her coach, said the team was proud.');
		expect(found.places).toEqual(expect.arrayContaining(['Tyler', 'Texas']));
		expect(found.people).toEqual(expect.arrayContaining(['Dana Hale', 'Tyler Brandt']));
	});

	it('stays apart from a person whose first name it is ("lives in Austin, Texas" and the actor Austin Reed)', () => {
		const found = names('The couple lives in Austin, Texas with their sons. He starred beside Austin Reed in a drama.');
		expect(found.places).toContain('Austin');
		expect(found.people).toContain('Austin Reed');
	});

	it('"Washington, D.C." is the city, not George Washington\'s surname, and "D.C." no place of its own', () => {
		const found = names('He drew the first plan for Washington, D.C. (the capital) in 1791. George Washington approved it. Washington praised the plan.');
		expect(found.places).toEqual(['Washington, D.C.']);
		expect(found.people).toEqual(['George Washington']);
	});

	it('says nothing where the land is part of a longer name or a possessive, or the town is no town of that land', () => {
		const towns = (text: string) => townsBeforeTheirLand([], analyseParagraph(text).flatMap(sentence => sentence.tokens), text).map(place => place.surface);
		expect(towns('Sen. Lorna Hale, Texas Republican, spoke first.')).toEqual([]);
		expect(towns('He thanked Tyler, Texas’s governor, for the visit.')).toEqual([]);
		// Boulder is a city of Colorado, not of Texas.
		expect(towns('Officials in Boulder, Texas, agreed.')).toEqual([]);
		expect(towns('Officials in Boulder, Colorado, agreed.')).toEqual(['Boulder', 'Colorado']);
		// A person's name read whole keeps the town's name inside it (Perry is also a town of Georgia).
		const text = 'The bill was backed by Lena Perry, Georgia.';
		const start = text.indexOf('Lena Perry');
		const person = {surface: 'Lena Perry', key: 'lena perry', tokenCount: 2, start, end: start + 10, votes: {person: 4, organization: 0, place: 0}, acronym: false};
		expect(townsBeforeTheirLand([person], analyseParagraph(text).flatMap(sentence => sentence.tokens), text)).toEqual([person]);
	});
});

describe('a person named like a small town', () => {
	it('is the person where the text reads the name as one, not a town pinned abroad ("on Obama, then Obama\'s adviser")', () => {
		const story = ingestText({text: 'Critics pressed the point again. Look at the record on Obama, then Obama\'s adviser changed course. The talks went on.'});
		expect(namesOf(story).people).toContain('Obama');
		expect(namesOf(story).places).not.toContain('Obama');
		expect(namesOf(ingestText({text: 'Voters turned on Clinton in the spring. Clinton\'s aides said the polls would recover.'})).people).toContain('Clinton');
	});

	it('leaves a place named like a person a place where the text gives it as one, or it is a large city ("Tyler, Texas", "in Lincoln")', () => {
		const found = names('Rain fell in Lincoln overnight. Officials in Tyler, Texas, opened shelters.');
		expect(found.places).toEqual(expect.arrayContaining(['Lincoln', 'Tyler']));
	});
});

describe('a venue named after a person', () => {
	it('is one place where it was read in pieces ("Ronald Reagan Washington National Airport", "the Mehmet Aksoy Memorial Hall Station")', () => {
		const found = names('The delegation flew into Ronald Reagan Washington National Airport on Monday. Crowds gathered at the Mehmet Aksoy Memorial Hall Station before dawn.');
		expect(found.places).toEqual(expect.arrayContaining(['Ronald Reagan Washington National Airport', 'Mehmet Aksoy Memorial Hall Station']));
		expect(found.places).not.toContain('Ronald');
		expect(found.places).not.toContain('Hall Station');
		// A place's possessive before a venue says whose it is: two places.
		expect(names('Pilgrims prayed at Mecca\'s Grand Mosque on Friday.').places).toEqual(['Mecca', 'Grand Mosque']);
	});
});
