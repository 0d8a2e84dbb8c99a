import {describe, expect, it} from 'vitest';
import {placeBeforeItsYear, placeInsideName, placesNamedByTitles} from '../../source/ingest/name-tagger/places-in-names.js';
import {overrideKinds, personNamesTown} from '../../source/ingest/name-tagger/kind-overrides.js';
import {roadsNamed} from '../../source/ingest/name-tagger/names-within-names.js';
import {analyseParagraph} from '../../source/ingest/tokens.js';
import {ingestText, namesOf} from '../helpers/ingest-text.js';

// Places a reader finds in the words around and inside names (source/ingest/name-tagger/places-in-names.ts), on invented sentences.
const names = (text: string) => namesOf(ingestText({text}));
const tokensOf = (text: string) => analyseParagraph(text).flatMap(sentence => sentence.tokens);

describe('places named by titles, battles and the names of venues', () => {
	it('the land of a peerage title is a place, whatever its name: "the 3rd Earl of Varnmoor", not a person', () => {
		const found = names('She married Tomas Kell, 3rd Earl of Varnmoor, in the spring.');
		expect(found.places).toContain('Varnmoor');
		expect(found.people).not.toContain('Varnmoor');
	});

	it('a battle names its place, and is itself no body: "the Battle of Orvenko"', () => {
		const found = names('He was wounded at the Battle of Orvenko in 1660 and retired.');
		expect(found.places).toContain('Orvenko');
		expect(found.organizations).not.toContain('Battle of Orvenko');
	});

	it('a monarch\'s or officer\'s title names a place only where the gazetteer knows it ("Emperor of Russia", not "King of Pop")', () => {
		const read = (text: string) => placesNamedByTitles(tokensOf(text), text).map(place => place.surface);
		expect(read('He served the Emperor of Russia for years.')).toEqual(['Russia']);
		expect(read('The King of Pop sang twice.')).toEqual([]);
		expect(read('She was made Countess of the Holy Roman Empire.')).toEqual(['Holy Roman Empire']);
	});

	it('a known city inside a gathering\'s or a venue\'s name is named there: "the NATO Ankara Summit", "the Metro Toronto Convention Centre"', () => {
		const inside = (surface: string, kind: 'place' | 'organization') => placeInsideName({surface, key: surface.toLowerCase(), tokenCount: surface.split(' ').length, start: 0, end: surface.length, votes: {person: 0, organization: kind === 'organization' ? 2 : 0, place: kind === 'place' ? 2 : 0}, acronym: false})?.surface;
		expect(inside('NATO Ankara Summit', 'organization')).toBe('Ankara');
		expect(inside('Metro Toronto Convention Centre', 'organization')).toBe('Toronto');
		expect(inside('Greater Lyon Science Center', 'place')).toBe('Lyon');
		// Not in a body's name, nor a place that ends the name (that is what the name is, or its kind).
		expect(inside('Bank of Toronto Holdings', 'organization')).toBeUndefined();
		expect(names('Delegates praised the reforms at the NATO Ankara Summit last June.').places).toContain('Ankara');
	});

	it('a country before a year in brackets, after "in", is where it happened that year, not a work\'s title', () => {
		expect(names('He met her again many years later in Italy (1821), and wrote to her often.').places).toContain('Italy');
		const text = 'She starred in Casablanca (1942) with him.';
		const tokens = tokensOf(text);
		expect(placeBeforeItsYear({surface: 'Casablanca', key: 'casablanca', tokenCount: 1, start: text.indexOf('Casablanca'), end: text.indexOf('Casablanca') + 10, votes: {person: 0, organization: 0, place: 2}, acronym: false}, tokens)).toBe(false);
	});

	it('a building, street or ground no reader read is a place by its last word ("2 Tavrani Boulevard.", "Montparnasse Cemetery"), not an everyday "City Hall"', () => {
		const unread = (text: string) => overrideKinds([], text, tokensOf(text)).map(occurrence => occurrence.surface);
		expect(unread('Buried in Montparnasse Cemetery in the north.')).toEqual(['Montparnasse Cemetery']);
		expect(unread('Then walk along 2 Tavrani Boulevard to the end.')).toEqual(['Tavrani Boulevard']);
		expect(unread('He redesigned the old City Hall in 1788.')).toEqual([]);
	});

	it('a road\'s number in brackets after its name, or linking towns, is a place: "the Outer Ring Road (A1237)", "the B4417 and the M9 provide links"', () => {
		const roads = (text: string) => roadsNamed(tokensOf(text), text).map(road => road.surface);
		expect(roads('Follow signs to the Outer Ring Road (A1237) around the city.')).toEqual(['A1237']);
		expect(roads('Coming from the south, the B4417 and the M9 provide links to Dunvarrow.')).toEqual(['B4417', 'M9']);
		expect(roads('Print it on an A4 sheet (A4) for the office.')).toEqual([]);
	});

	it('a place\'s name opened in its own language keeps the opener ("Wat Arun", "Catedral de San Telmo"), and such a name is no body ("Praça Velha")', () => {
		const found = names('The Catedral de San Telmo faces the square, and the ferry leaves from the Praça Velha.');
		expect(found.places).toEqual(expect.arrayContaining(['Catedral de San Telmo', 'Praça Velha']));
		expect(found.places).not.toContain('San Telmo');
		expect(found.organizations).not.toContain('Praça Velha');
	});

	it('a name read as a person\'s that is exactly a town the gazetteer knows is the town ("Santa Monica", "Al Mukalla"), not "Paris Hilton"', () => {
		expect(personNamesTown('Santa Monica')).toBe(true);
		expect(personNamesTown('Al Mukalla')).toBe(true);
		expect(personNamesTown('Paris Hilton')).toBe(false);
		expect(personNamesTown('Hamilton')).toBe(false);
		expect(personNamesTown('Saint Jerome')).toBe(false);
	});
});
