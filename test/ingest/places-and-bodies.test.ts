import {describe, expect, it} from 'vitest';
import {ingestText, namesOf} from '../helpers/ingest-text.js';

// Reading-time corrections of places and bodies (source/ingest/name-tagger/kind-overrides.ts), on invented sentences.
const names = (text: string) => namesOf(ingestText({text}));

describe('places and bodies as a reader takes them', () => {
	it('a city or country opening a longer name is named there too: "the Berlin Film Festival", "Manila Bay"', () => {
		expect(names('Her film won the top prize at the Berlin Film Festival on Sunday.').places).toContain('Berlin');
		expect(names('The convoy sailed out of Manila Bay at dawn.').places).toContain('Manila');
	});

	it('not where the words after it only say what kind of place it is, nor in a publication\'s name, nor in a person\'s', () => {
		expect(names('Flights to the Chatham Islands resumed on Monday.').places).not.toContain('Chatham');
		expect(names('The story was first reported by the Washington Post on Monday.').places).not.toContain('Washington');
		expect(names('Paris Hilton arrived late, the organisers said.').places).not.toContain('Paris');
	});

	it('a building or ground one visits is a place, whatever body runs it: "Science Center", "Scenic Reserve", "Airport"', () => {
		const found = names('Visitors crowd the Harbourside Science Center, and buses run on to the Korimako Scenic Reserve and Tallis Regional Airport.');
		expect(found.places).toEqual(expect.arrayContaining(['Harbourside Science Center', 'Korimako Scenic Reserve', 'Tallis Regional Airport']));
		expect(found.organizations).not.toContain('Harbourside Science Center');
	});

	it('a centre of research or advice stays a body, and so does a central bank\'s reserve', () => {
		const found = names('The Halvard Research Center published the figures, and the Federal Reserve said rates would hold.');
		expect(found.places).not.toContain('Halvard Research Center');
		expect(found.places).not.toContain('Federal Reserve');
	});

	it('a body named by its seat or chamber is the body: "the White House said", "the House of Representatives voted"', () => {
		const found = names('The White House said on Monday that the House of Representatives would vote on the bill.');
		expect(found.organizations).toEqual(expect.arrayContaining(['White House', 'House of Representatives']));
		expect(found.places).not.toContain('White House');
		expect(found.places).not.toContain('House of Representatives');
	});

	it('no name is made of small words alone ("of" left between two names)', () => {
		const found = names('Volunteer group Comic Corps of Canada collected books for children in the hospital.');
		expect([...found.people, ...found.organizations, ...found.places].every(name => /\p{Lu}/u.test(name))).toBe(true);
	});
});
