import {describe, expect, it} from 'vitest';
import {familiesNamed} from '../../source/ingest/name-tagger/bodies-unread.js';
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

	it('a member the story names is a person beside the family', () => {
		const found = names('The Haldane family\'s shares were sold on Friday. Mira Haldane, a granddaughter, said the family was sad.');
		expect(found.organizations).toEqual(['Haldane family']);
		expect(found.people).toEqual(['Mira Haldane']);
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
