import {describe, expect, it} from 'vitest';
import {placesAcrossTrailingOf, placesAfterPrepositions, placesBeforeTheirKind, placesListedWithPlaces} from '../../source/ingest/name-tagger/places-by-context.js';
import {quotedTitles} from '../../source/ingest/name-tagger/span-repairs.js';
import {analyseParagraph} from '../../source/ingest/tokens.js';
import {ingestText, namesOf} from '../helpers/ingest-text.js';

// Places no table knows, read by the words around them, on invented sentences.
const names = (text: string) => namesOf(ingestText({text}));
const tokensOf = (text: string) => analyseParagraph(text).flatMap(sentence => sentence.tokens);
const afterPrepositions = (text: string, lowerCase: string[] = []) => placesAfterPrepositions(tokensOf(text), text, [], {lowerCaseWords: new Set(lowerCase), titles: quotedTitles(tokensOf(text))}).map(place => place.surface);

describe('a name after a preposition of place', () => {
	it('is a place where nothing else reads it: "a pilgrimage through Vardmoria", "a cabin in the Quellic"', () => {
		expect(afterPrepositions('In his youth he made a long pilgrimage through Vardmoria on foot.')).toEqual(['Vardmoria']);
		expect(afterPrepositions('Her uncle kept a small cabin in the Quellic until he was ninety.')).toEqual(['Quellic']);
		const found = names('Her uncle kept a small cabin on a lake in the Quellic until he was ninety. The two cousins later drove through Thraxe and the valleys towards northern Syria.');
		expect(found.places).toEqual(expect.arrayContaining(['Quellic', 'Thraxe', 'Syria']));
	});

	it('is no place where the words say otherwise: a belief, a language, a charter, an owner, a modifier, a source, a group of people', () => {
		expect(afterPrepositions('She converted to Vornism upon marriage and wrote only in English.')).toEqual([]);
		expect(afterPrepositions('The theme recurs in Haldane\'s fiction and in the Meroven period.')).toEqual([]);
		expect(afterPrepositions('The site ranks tenth according to Statlix, he said.')).toEqual([]);
		expect(afterPrepositions('They appealed to Senators before the vote.')).toEqual([]);
		expect(afterPrepositions('She won the “Claim to Fame Contest” in 1999.')).toEqual([]);
	});

	it('is a place ending in "s" where its letters are none of English ("a ferry to Vårs"): no plural of a group of people', () => {
		expect(afterPrepositions('Her grandmother moved to Vårs after the war.')).toEqual(['Vårs']);
		expect(names('Her grandmother moved to Vårs on Mølland after the war.').places).toEqual(['Vårs', 'Mølland']);
	});

	it('is no place when the text writes the word in lower case elsewhere ("the Floor" beside "the floor")', () => {
		expect(afterPrepositions('He brought the bill to the Floor.', ['floor'])).toEqual([]);
		expect(afterPrepositions('He brought the bill to the Floor.')).toEqual(['Floor']);
	});

	it('is no place when a name read there covers it, or when the run of capitals goes on', () => {
		const text = 'They flew to Kestrel Harbour Fine Arts Gallery on Monday.';
		expect(afterPrepositions(text)).toEqual([]);
	});
});

describe('a name listed with a place', () => {
	const listed = (text: string, place: string) => {
		const start = text.indexOf(place);
		const read = [{surface: place, key: place.toLowerCase(), tokenCount: place.split(' ').length, start, end: start + place.length, votes: {person: 0, organization: 0, place: 2}, acronym: false}];
		return placesListedWithPlaces(tokensOf(text), text, read).map(found => found.surface).toSorted();
	};

	it('is a place: "from Luzon and the Varnas", "with Tenholm, Varnshire and south-eastern Scotland"', () => {
		expect(listed('Many came from Luzon and the Varnas to work.', 'Luzon')).toEqual(['Varnas']);
		expect(listed('The roads link the city with Tenholm, Varnshire and south-eastern Scotland.', 'Scotland')).toEqual(['Tenholm', 'Varnshire']);
	});

	it('is not where a comma alone ends a phrase before the place ("On board the Varnwind, Paris said")', () => {
		expect(listed('On board the Varnwind, Paris said she worked long hours.', 'Paris')).toEqual([]);
	});

	it('reaches the story: the towns of a list beside a country are places', () => {
		const found = names('Ferries link the mainland with Tenholm, Varnshire and southern Norway every day.');
		expect(found.places).toEqual(expect.arrayContaining(['Tenholm', 'Varnshire', 'Norway']));
	});
});

describe('names before the plural of their kind', () => {
	const before = (text: string) => placesBeforeTheirKind(tokensOf(text), text, []).map(place => place.surface).toSorted();

	it('are places: "Barrow and Kelvagan lakes", "the Tessin, Varn and Oster rivers"', () => {
		expect(before('Barrow and Kelvagan lakes are both stunning spots for a swim.')).toEqual(['Barrow', 'Kelvagan']);
		expect(before('Boats ply the Tessin, Varn and Oster rivers all summer.')).toEqual(['Oster', 'Tessin', 'Varn']);
	});

	it('are not when one name alone stands before the noun ("the Varn rivers" are a body\'s brand) or the noun is no land', () => {
		expect(before('The Varn rivers brand sells boats.')).toEqual([]);
		expect(before('Barrow and Kelvagan fans are both loud.')).toEqual([]);
	});

	it('reaches the story', () => {
		const found = names('The island is ringed by cliffs. Barrow and Kelvagan lakes are both stunning spots for a swim.');
		expect(found.places).toEqual(expect.arrayContaining(['Barrow', 'Kelvagan']));
	});
});

describe('a name after "on" right after a place', () => {
	it('is a place too: the island a town is on, the street a road runs on', () => {
		const found = names('There is a ferry from Marstrand on Ostervik twice a day. A second ferry leaves from Marstrand at noon.');
		expect(found.places).toEqual(expect.arrayContaining(['Marstrand', 'Ostervik']));
	});

	it('is not after a name of another kind, nor after "on" alone ("worked on Kestrel")', () => {
		expect(afterPrepositions('She worked on Kestrel for years.')).toEqual([]);
	});
});

describe('a place read up to "of"', () => {
	const occurrence = (text: string, surface: string, kind: 'place' | 'person') => {
		const start = text.indexOf(surface);
		return {surface, key: surface.toLowerCase(), tokenCount: surface.split(' ').length, start, end: start + surface.length, votes: {person: 0, organization: 0, place: 0, [kind]: 2}, acronym: false};
	};

	it('is one place with the name right after it ("Cape of" and "Good Hope"), and loses the "of" where none follows', () => {
		const text = 'He sailed round the Cape of Good Hope twice, then reached the Isle of on foot.';
		const joined = placesAcrossTrailingOf([occurrence(text, 'Cape of', 'place'), occurrence(text, 'Good Hope', 'place'), occurrence(text, 'Isle of', 'place')], text);
		expect(joined.map(place => place.surface)).toEqual(['Cape of Good Hope', 'Isle']);
	});

	it('leaves a person after it alone', () => {
		const text = 'The Bay of Anna Kessel said nothing.';
		expect(placesAcrossTrailingOf([occurrence(text, 'Bay of', 'place'), occurrence(text, 'Anna Kessel', 'person')], text).map(place => place.surface)).toEqual(['Bay', 'Anna Kessel']);
	});
});

describe('a place written once with a Cyrillic letter among Latin ones', () => {
	it('is the same place ("Vorlansk Сosmodrome" with a Cyrillic "С" beside "Vorlansk Cosmodrome")', () => {
		const story = ingestText({text: 'Kim Hale toured the Vorlansk Cosmodrome on Monday.\n\nShe signed the book during the visit to the Vorlansk \u0421osmodrome, officials said.'});
		expect(story.places.filter(place => /osmodrome/u.test(place.name))).toHaveLength(1);
	});
});
