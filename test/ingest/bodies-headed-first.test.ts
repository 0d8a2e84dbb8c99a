import {describe, expect, it} from 'vitest';
import {ingestText, namesOf} from '../helpers/ingest-text.js';
import {bodiesOfMembers} from '../../source/ingest/name-tagger/bodies-headed-first.js';
import {kindOf} from '../../source/ingest/entity-groups.js';
import {analyseParagraph} from '../../source/ingest/tokens.js';

// A body named head first, before "of (the)", "for" or "on" (name-tagger/bodies-headed-first.ts); invented sentences.

describe('a body named head first, before "of (the)", "for" or "on"', () => {
	const organizations = (text: string) => namesOf(ingestText({text})).organizations;

	it('"the Society of the Friendly Anglers" is one body, not "Friendly Anglers"', () => {
		expect(organizations('She joined the Society of the Friendly Anglers in 1890 and fished every summer.')).toEqual(['Society of the Friendly Anglers']);
	});

	it('"the Guild of Marine Surveyors" is the body, not a person "Marine Surveyors"', () => {
		const found = namesOf(ingestText({text: 'He later led the Guild of Marine Surveyors for a decade.'}));
		expect(found.organizations).toEqual(['Guild of Marine Surveyors']);
		expect(found.people).toEqual([]);
	});

	it('a place after "of the" is the body\'s (not the place itself), an honour is no body, and a date after "on" is no part of a name', () => {
		const found = namesOf(ingestText({text: 'The Daughters of the Silver Lake met in the hall. The Order of the Garter was given to him. The Council on Monday voted to close the pool.'}));
		expect(found.organizations).toContain('Daughters of the Silver Lake');
		expect(found.places).not.toContain('Silver Lake');
		expect(found.organizations.some(name => name.includes('Garter') || name.includes('Monday'))).toBe(false);
	});

	it('friends of a titled person are no body ("Friends of Mr. Ralston")', () => {
		expect(organizations('The campaign was thin, but friends said otherwise. Friends of Mr. Ralston said he would run again.')).toEqual([]);
	});

	it('a venue named after such a body is the place whole', () => {
		const found = namesOf(ingestText({text: 'Later that spring they gathered at the Daughters of the Silver Lake Memorial Hall.'}));
		expect(found.places).toEqual(['Daughters of the Silver Lake Memorial Hall']);
		expect(found.organizations).toEqual([]);
	});
});

describe('the body a person is "of"', () => {
	it('"Mara Lind of the Free Greens" names a party; "of New York" stays a place and one word after "of" no body', () => {
		const found = namesOf(ingestText({text: 'Mara Lind of the Free Greens lost her seat on Sunday. Dana Morrow of New York won it.'}));
		expect(found.organizations).toEqual(['Free Greens']);
		expect(found.places).toContain('New York');
		// The rule itself makes no body of one word after "of" (an estate); what the tagger reads there is its own.
		const text = 'Alexander Gordon of Auchintoul fought at Killiecrankie.';
		const person = {surface: 'Alexander Gordon', key: 'alexander gordon', tokenCount: 2, start: 0, end: 16, votes: {person: 4, organization: 0, place: 0}, acronym: false, rules: []};
		const read = bodiesOfMembers([person], analyseParagraph(text)[0]!.tokens, text);
		expect(read.filter(occurrence => kindOf(occurrence.votes) === 'organization')).toEqual([]);
	});

	it('a heading run into the next sentence ends the body before its first word ("of Quorn Vale In the west …")', () => {
		expect(namesOf(ingestText({text: 'Ann Lee of Quorn Vale In the west constituency, councillors were re-elected.'})).organizations).toEqual(['Quorn Vale']);
	});
});
