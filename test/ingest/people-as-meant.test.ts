import {describe, expect, it} from 'vitest';
import {ingestText, namesOf, speakersOf} from '../helpers/ingest-text.js';

// People as the reader means them (issue 22, point 3), on invented sentences through the whole importer.

const people = (text: string) => namesOf(ingestText({text})).people;

describe('people as the reader means them', () => {
	it('a middle initial stays inside the name, wherever the name stands', () => {
		expect(people('Title: Trade bill\n\n"We have the votes," said Rep. Sander M. Levin of Michigan.')).toEqual(['Sander M. Levin']);
		expect(people('Title: Talks\n\nJohn F. Kerry arrived in Geneva on Monday.')).toEqual(['John F. Kerry']);
		expect(people('Title: Budget\n\nThe plan was praised by Maria P. Costa and George W. Bush.')).toEqual(['Maria P. Costa', 'George W. Bush']);
	});

	it('a surname alone that is also a town is the person the story names in full, in the text or only in the headline', () => {
		const story = ingestText({text: 'Title: Talks fail\n\nJohn Bolton spoke on Monday.\n\n"They failed," Bolton said.'});
		expect(namesOf(story)).toEqual({people: ['John Bolton'], organizations: [], places: []});
		expect(speakersOf(story)).toEqual([['They failed,', 'John Bolton']]);
		const headlineOnly = ingestText({text: 'Title: John Bolton says talks failed\n\n"They failed," Bolton said on Monday.'});
		expect(namesOf(headlineOnly)).toEqual({people: ['John Bolton'], organizations: [], places: []});
		expect(speakersOf(headlineOnly)).toEqual([['They failed,', 'John Bolton']]);
	});

	it('an unknown two-word name that speaks is a person ("said Te Kaurinui")', () => {
		const story = ingestText({text: 'Title: Hui opens\n\n"We welcome all," said Te Kaurinui, a kaumatua from the region.'});
		expect(namesOf(story).people).toEqual(['Te Kaurinui']);
		expect(speakersOf(story)).toEqual([['We welcome all,', 'Te Kaurinui']]);
		expect(people('Title: Hui\n\nRangi Te Kani told reporters the vote mattered.')).toEqual(['Rangi Te Kani']);
	});

	it('a name right before an award, a building or a statue is that thing, no person ("the César Award", "the Lotfollah Mosque")', () => {
		expect(people('Title: Film\n\nMoreau won the César Award in 1975 for the role.')).toEqual(['Moreau']);
		expect(people('Title: TV\n\nThe actor later won an Emmy Award for the series.')).toEqual([]);
		expect(namesOf(ingestText({text: 'Title: Trip\n\nVisitors walk to the Lotfollah Mosque before lunch.'}))).toEqual({people: [], organizations: [], places: ['Lotfollah Mosque']});
		// A head word that is also a common surname says nothing.
		expect(people('Title: Talk\n\n"It was fine," said Stuart Hall, the sociologist.')).toEqual(['Stuart Hall']);
	});

	it('one word the language knows only as a word is no person without a rule\'s evidence, unless it ends a full name of the story', () => {
		expect(people('Title: Music\n\nRock was what he played; Smack was his band.')).not.toContain('Rock');
		expect(people('Title: Vote\n\nMike Pence spoke first. Pence said the vote would pass.')).toEqual(['Mike Pence']);
	});
});
