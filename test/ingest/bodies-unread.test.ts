import {describe, expect, it} from 'vitest';
import {bodiesOpeningSentences, familiesNamed} from '../../source/ingest/name-tagger/bodies-unread.js';
import {analyseParagraph} from '../../source/ingest/tokens.js';
import {ingestText, namesOf, speakersOf} from '../helpers/ingest-text.js';

// Bodies the tagger left unread or read as a person (bodies-unread.ts), from a new-user trial, on invented sentences.
const names = (text: string) => namesOf(ingestText({text}));

describe('"the X family" is one group, an organisation', () => {
	it('the family is named "X family", and no person "X" comes of it', () => {
		const found = names('The Tarrow family has kept bees on the moor for a century. The Tarrow family said it would appeal.');
		expect(found.organizations).toEqual(['Tarrow family']);
		expect(found.people).toEqual([]);
	});

	it('a member the story names is a person beside the family, and the surname alone is that member, not the family', () => {
		const found = names('The Haldane family\'s shares were sold on Friday. Mira Haldane, a granddaughter, said the family was sad.');
		expect(found.organizations).toEqual(['Haldane family']);
		expect(found.people).toEqual(['Mira Haldane']);
		const story = ingestText({text: 'Mira Haldane spoke on Monday. The Haldane family said it would appeal. Haldane added that the farm was sold.'});
		expect(story.people.map(person => [person.name, person.aliases])).toEqual([['Mira Haldane', ['Haldane']]]);
	});

	it('not a nationality\'s family, nor "family" modifying a noun after it (the farm is meant)', () => {
		const words = (text: string) => familiesNamed(analyseParagraph(text)[0]!.tokens, text).map(found => found.surface);
		expect(words('They met the Iraqi family at the gate.')).toEqual([]);
		expect(words('The Tarrow family farm was sold.')).toEqual([]);
		expect(words('They met the Tarrow family at the gate.')).toEqual(['Tarrow family']);
	});
});

describe('a team named by a plural after its town, opening a sentence', () => {
	it('"Harrow Gulls were founded in 1894" is a body; a place whose name ends in a plural is still a place ("Niagara Falls are lit up")', () => {
		expect(names('Harrow Gulls were founded in 1894 and have played at the same ground since. The club drew on Saturday.').organizations).toEqual(['Harrow Gulls']);
		const found = names('Niagara Falls are lit up at night.');
		expect(found.organizations).toEqual([]);
		expect(found.places).toEqual(['Niagara Falls']);
	});
});

describe('an initialism that speaks is a body, though compromise reads it as a title\'s abbreviation', () => {
	it('"CPL said …" opening a sentence, and as a quotation\'s speaker; not a common noun\'s initialism ("the CEO said")', () => {
		expect(names('CPL said the strike would end on Monday. The union represents 4,000 workers.').organizations).toEqual(['CPL']);
		const story = ingestText({text: '“We will not move,” PVT said on Monday.'});
		expect(namesOf(story).organizations).toEqual(['PVT']);
		expect(speakersOf(story)).toEqual([['We will not move,', 'PVT']]);
		expect(names('The CEO said the strike would end on Monday.').organizations).toEqual([]);
	});
});

describe('a body named by a common word and a place, opening a sentence', () => {
	it('"Air Tarrow flies five days a week" is an airline, though the rules leave a sentence\'s first common word out of names', () => {
		expect(names('Air Tarrow flies five days a week from Oslo.').organizations).toEqual(['Air Tarrow']);
	});

	it('"Team Estonia had to rebuild": where the place alone was read (surely, by the gazetteer), the team is read whole in its place', () => {
		const text = 'Team Estonia had to rebuild their robot.';
		const tokens = analyseParagraph(text)[0]!.tokens;
		const estonia = {surface: 'Estonia', key: 'estonia', tokenCount: 1, start: 5, end: 12, votes: {person: 0, organization: 0, place: 5}, acronym: false};
		expect(bodiesOpeningSentences([estonia], tokens, text).map(found => [found.surface, found.votes.organization > found.votes.place ? 'body' : 'place'])).toEqual([['Team Estonia', 'body']]);
		// Not a preposition or an adverb before the country ("In Estonia, …").
		const other = 'Meanwhile Estonia had to rebuild their robot.';
		expect(bodiesOpeningSentences([{...estonia, start: 10, end: 17}], analyseParagraph(other)[0]!.tokens, other).map(found => found.surface)).toEqual(['Estonia']);
	});
});

describe('the names of a list that a plural word for bodies introduces are bodies', () => {
	it('"publishers such as …", "such bands as …", "fan groups included …"; not "cities such as Paris"', () => {
		expect(names('The music came from such bands as The Velvet Underground.')).toEqual({people: [], organizations: ['Velvet Underground'], places: []});
		expect(names('Other fan groups included The Ontario Ghostbusters and the Harbour Knitting Circle.').organizations).toEqual(['Ontario Ghostbusters', 'Harbour Knitting Circle']);
		expect(names('He lived in cities such as Paris and Lyon.').places).toEqual(['Paris', 'Lyon']);
	});
});

describe('a name after a lower-case word for a body, which the tagger left unread, is the body', () => {
	it('"the Internet security firm Quellix.com has said"; the tagger\'s longer reading keeps its boundaries ("the Dutch team Ravens of Delft")', () => {
		expect(names('The Internet security firm Quellix.com has said the flaw is serious.').organizations).toEqual(['Quellix.com']);
		expect(names('The final saw the Dutch team Ravens of Delft win on Sunday.').organizations).toEqual(['Ravens of Delft']);
	});
});
