import {describe, expect, it} from 'vitest';
import {ingestText} from '../helpers/ingest-text.js';

// Who did what, as a reader of a court or strike report expects it in the people pane and on the timeline
// (invented articles, each fact one general pattern).

const roles = (text: string) => Object.fromEntries(ingestText({text}).people.map(person => [person.name, person.role]));

describe('roles', () => {
	it('a court title before the name is the role: "Prosecutor X", "Coroner X"', () => {
		const found = roles('Verdict\n\nProsecutor Ilse Brandvold said the case was a warning. Coroner Tomas Ekker opened the inquest.');
		expect(found['Ilse Brandvold']).toBe('Prosecutor');
		expect(found['Tomas Ekker']).toBe('Coroner');
	});

	it('a body\'s role in apposition before the name, the body owning it: "Dunmore Mill\'s former director, X,"', () => {
		// compromise reads the "'s" as "is": the possessive stands all the same.
		const found = roles("Mill case\n\nThe trial ended on Monday. Dunmore Mill's former finance director, Ola Brekke, admitted fraud.");
		expect(found['Ola Brekke']).toBe("Dunmore Mill's former finance director");
	});
});

describe('event titles that open with "he" or "she"', () => {
	it('name the one person the paragraph named before; with two named, the pronoun stays', () => {
		// Published on a Tuesday.
		const one = ingestText({text: 'Strike\n\nHarbour Minister Sanna Lehto urged both sides to talk. “Nobody wins a strike,” she told a radio station on Monday.', published: '2026-03-10'});
		expect(one.events.map(event => event.title)).toEqual(['Sanna Lehto told a radio station on Monday']);
		const two = ingestText({text: 'Strike\n\nHarbour Minister Sanna Lehto met union leader Mira Kask. “Nobody wins a strike,” she told a radio station on Monday.', published: '2026-03-10'});
		expect(two.events.map(event => event.title)).toEqual(['She told a radio station on Monday']);
		// "she" after a man's name is someone else, named earlier in the article.
		const other = ingestText({text: 'Strike\n\nHarbour Minister Jonas Lehto urged both sides to talk. “Nobody wins a strike,” she told a radio station on Monday.', published: '2026-03-10'});
		expect(other.events.map(event => event.title)).toEqual(['She told a radio station on Monday']);
	});
});
