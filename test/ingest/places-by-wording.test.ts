import {describe, expect, it} from 'vitest';
import {ingestText, namesOf} from '../helpers/ingest-text.js';

// Places the wording of a sentence gives away where the tagger guessed a person or read nothing, on invented sentences.
const names = (text: string) => namesOf(ingestText({text}));

describe('a name listed with a place', () => {
	it('is a place where only the tagger read a person: "floods reached Harwick and Elgin"', () => {
		expect(names('Floods reached Harwick and Elgin by Friday.')).toEqual({people: [], organizations: [], places: ['Harwick', 'Elgin']});
		expect(names('Trade flowed between Marnock and Rotterdam for a century.').places).toEqual(['Marnock', 'Rotterdam']);
	});

	it('stays a person paired with a country: a leader and a nation are often named together ("between Kessler and Germany")', () => {
		expect(names('Relations between Kessler and Germany soured after the vote.')).toEqual({people: ['Kessler'], organizations: [], places: ['Germany']});
		expect(names('The feud between Ortwin and France deepened.').people).toEqual(['Ortwin']);
	});

	it('stays a person where the list names no place, or where more than the tagger says so', () => {
		const found = names('Talks between Obama and Castro were held in Havana.');
		expect(found.people).toEqual(['Obama', 'Castro']);
		expect(found.places).toEqual(['Havana']);
	});
});

describe('names of a list that ends in more of a kind of place', () => {
	it('are places of that kind, a sentence\'s first word too: "Orvelund, Harnby and several outlying isles"', () => {
		expect(names('Orvelund, Harnby and several outlying isles have no cars at all.')).toEqual({people: [], organizations: [], places: ['Orvelund', 'Harnby']});
		expect(names('Snow cut off Brask and its neighbouring villages for a week.').places).toEqual(['Brask']);
	});

	it('are no places where the list ends in people or firms, or names no more of the kind', () => {
		expect(names('Smith and other officials resigned on Friday.').places).toEqual([]);
		expect(names('Apple, Varnco and other companies sued the regulator.').places).toEqual([]);
		expect(names('Orvelund and the islands were both sold in 1920.').places).toEqual([]);
	});
});

describe('a name that lies somewhere', () => {
	it('is a place: "Henley lies on the coast", "Tarrowby is situated near the border"', () => {
		expect(names('Henley lies on the coast, and Henley has a harbour.')).toEqual({people: [], organizations: [], places: ['Henley']});
		expect(names('Tarrowby is situated near the border.').places).toEqual(['Tarrowby']);
		expect(names('Today Orvany is in the heart of a wine region.').places).toEqual(['Orvany']);
	});

	it('is no place where a person lies about something, or a pronoun lies somewhere', () => {
		expect(names('Smith lies about his age.')).toEqual({people: ['Smith'], organizations: [], places: []});
		expect(names('It lies on the coast.').places).toEqual([]);
	});
});

describe('a name before "-bound"', () => {
	it('is where the travel goes: "the Dunmore-bound train"', () => {
		expect(names('The Dunmore-bound train was cancelled.').places).toEqual(['Dunmore']);
	});
});

describe('a name whose people or mayor the sentence names', () => {
	it('is a town: "the mayor of Dunvar", "Ostrel\'s mayor", "Brask\'s villagers"', () => {
		expect(names('The mayor of Dunvar resigned.').places).toEqual(['Dunvar']);
		expect(names('Ostrel\'s mayor resigned.').places).toEqual(['Ostrel']);
		expect(names('Brask\'s villagers fled before the water rose.').places).toEqual(['Brask']);
	});

	it('is no place where the owner is a first name or a word of the language', () => {
		expect(names('Emma\'s residents association met.').places).toEqual([]);
	});
});

describe('a way from a place to a name', () => {
	it('ends at a place: "flights from Kelby to Marnock"', () => {
		expect(names('Flights from Kelby to Marnock resumed.')).toEqual({people: [], organizations: [], places: ['Kelby', 'Marnock']});
	});

	it('ends at a person where the first name says so ("from Alice to Bob")', () => {
		expect(names('He handed the letter from Alice to Bob.').people).toEqual(['Bob']);
	});
});

describe('a name after "outside"', () => {
	it('is a place where nothing else reads it: "protests spread outside Tarrowby"', () => {
		expect(names('Protests spread outside Tarrowby.').places).toEqual(['Tarrowby']);
	});
});

describe('a name a place noun describes', () => {
	it('is a place: "Vennick, a town of 5,000 people", "the capital, Sorvik", "her hometown of Brellick"', () => {
		expect(names('Vennick, a town of 5,000 people, flooded.').places).toEqual(['Vennick']);
		expect(names('The capital, Sorvik, was quiet.')).toEqual({people: [], organizations: [], places: ['Sorvik']});
		expect(names('She returned to her hometown of Brellick in 1990.')).toEqual({people: [], organizations: [], places: ['Brellick']});
	});

	it('is a person where the apposition is a role ("Jones, a city councillor")', () => {
		expect(names('Jones, a city councillor, spoke.')).toEqual({people: ['Jones'], organizations: [], places: []});
	});
});
