import {describe, expect, it} from 'vitest';
import {ingestText, namesOf} from '../helpers/ingest-text.js';

// A one-word name the article gives as a party's or movement's is that body wherever it stands, not a
// person the tagger reads from a bare capitalised word. Invented sentences.

describe('names given as a party', () => {
	it('a party called by its members with an adjective ("the Social Democrats", "the Free Democrats") is the party', () => {
		const story = ingestText({text: 'Title: Count ends\n\nThe Social Democrats won the most seats on Sunday, ahead of the Free Democrats, who lost four.'});
		expect(namesOf(story).organizations).toEqual(expect.arrayContaining(['Social Democrats', 'Free Democrats']));
	});

	it('a word written as "the X party" is the party elsewhere too', () => {
		const story = ingestText({
			text: 'Title: Coalition talks stall\n\nIn 2011, voters elected a government led by the Korvanu party, a movement with deep roots in the south.\n\nKorvanu stepped down two years later. "Korvanu is responsible for this," said Lena Marsh, an analyst in the capital.',
		});
		const {people, organizations} = namesOf(story);
		expect(people).not.toContain('Korvanu');
		expect(organizations).toContain('Korvanu');
		expect(people).toContain('Lena Marsh');
	});

	it('a word of a person\'s full name before "movement" says whose it is, and the person stays a person', () => {
		const story = ingestText({
			text: 'Title: Rally\n\nSupporters of the Orvikson movement gathered on Sunday in the square.\n\nDaniel Orvikson spoke first. "We will win," Orvikson said.',
		});
		const {people, organizations} = namesOf(story);
		expect(people).toContain('Daniel Orvikson');
		expect(organizations).not.toContain('Orvikson');
	});
});
