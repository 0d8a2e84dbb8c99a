import {describe, expect, it} from 'vitest';
import {ingestText, namesOf, speakersOf} from '../helpers/ingest-text.js';

// People the speaker rules could not find because the name reader lost them (issue 22, people12), on
// invented sentences through the whole importer.

describe('a titled person before "and" is a person, not the start of a body\'s name', () => {
	it('"Ambassador X Y and Z News …" names a person and a body, and the person\'s quotes are theirs', () => {
		const story = ingestText({text: 'Title: Envoys differ\n\nFormer Ambassador Ivo Varnick and Harbour News editor Dr. Lena Ostrow both criticised the plan on Thursday.\n\n"It is a bad plan," Varnick said.'});
		const found = namesOf(story);
		expect(found.people).toEqual(expect.arrayContaining(['Ivo Varnick', 'Lena Ostrow']));
		expect(found.organizations).toEqual(['Harbour News']);
		expect(speakersOf(story)).toEqual([['It is a bad plan,', 'Ivo Varnick']]);
		const senator = namesOf(ingestText({text: 'On Monday Senator Ivo Varnick and Harbour News host Ana Reyes argued about the budget.'}));
		expect(senator.people).toEqual(expect.arrayContaining(['Ivo Varnick', 'Ana Reyes']));
		expect(senator.organizations).toEqual(['Harbour News']);
	});

	it('a body\'s own name across "and" stays whole', () => {
		const found = namesOf(ingestText({text: 'The Harbour Fire and Rescue Service and the Minister for Trade and Industry met on Monday.'}));
		expect(found.organizations).toContain('Harbour Fire and Rescue Service');
		expect(found.people).toEqual([]);
	});
});
