import {describe, expect, it} from 'vitest';
import {ingestText, namesOf} from '../helpers/ingest-text.js';

// Where one body's name ends and the next begins across "and", "for the" (name-runs.ts, kind-overrides.ts),
// on invented sentences.
const names = (text: string) => namesOf(ingestText({text}));

describe('a second body after "and": a school\'s or hospital\'s own name, not the end of the first body\'s', () => {
	it('"the Institute for X and Y University" names two bodies', () => {
		const found = names('Scholars from the Varlow Institute for Coastal Studies and Ostrava University signed the letter.');
		expect(found.organizations).toEqual(expect.arrayContaining(['Varlow Institute for Coastal Studies', 'Ostrava University']));
		expect(found.organizations).not.toContain('Varlow Institute for Coastal Studies and Ostrava University');
		// Still one body where a common word opens the words after "and", or they have no head of their own.
		const one = names('The Department of Health and Human Services and the Ministry of Trade and Industry agreed. A report by the Centre on Housing and Work found rents rose.');
		expect(one.organizations).toEqual(expect.arrayContaining(['Department of Health and Human Services', 'Ministry of Trade and Industry', 'Centre on Housing and Work']));
		expect(one.places).toEqual([]);
	});

	it('"the University of A and B Technical University", "the Foundation for X and Y College"', () => {
		const first = names('He taught at the University of Ostrava and Brno Technical University for a decade.');
		expect(first.organizations).toEqual(expect.arrayContaining(['University of Ostrava', 'Brno Technical University']));
		const second = names('The Brindle Foundation for Children and Seaview College opened a school.');
		expect(second.organizations).toEqual(expect.arrayContaining(['Brindle Foundation for Children', 'Seaview College']));
		// A university's campus ends the first body ("at Burlington"); the second is whole.
		const third = names('Before joining the firm she studied at the University of Vermont at Burlington and Tufts University for six years.');
		expect(third.organizations).toEqual(expect.arrayContaining(['University of Vermont at Burlington', 'Tufts University']));
	});
});

describe('a body\'s name runs on over "for the" into the cause it serves', () => {
	it('"the Foundation for the Visual Arts", "the Joint Council for the Welfare of Migrants" are one body each', () => {
		const found = names('A gift came from the Orrin Velk Foundation for the Visual Arts last year, and the Joint Council for the Welfare of Migrants in Leeds backed the campaign.');
		expect(found.organizations).toEqual(expect.arrayContaining(['Orrin Velk Foundation for the Visual Arts', 'Joint Council for the Welfare of Migrants']));
		expect(found.organizations).not.toContain('Visual Arts');
		expect(found.places).toEqual(['Leeds']);
		// Not over a second body, a chamber, a prize or a place after "for the".
		expect(names('He left the Senate for the House in 2004.').organizations).toEqual(expect.arrayContaining(['Senate', 'House']));
		expect(names('She thanked the Brisk Foundation for the Nobel Prize.').organizations).toEqual(['Brisk Foundation']);
		expect(names('The Arts Council for the North East Region opened.').organizations).not.toContain('Arts Council for the North East Region');
	});
});
