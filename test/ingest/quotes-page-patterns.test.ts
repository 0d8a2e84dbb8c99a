import {describe, expect, it} from 'vitest';
import {fullNamesOfSurnames} from '../../source/ingest/stage-quotes.js';
import {ingestText, speakersOf} from '../helpers/ingest-text.js';

// Patterns seen on real saved pages (html-dev), told here in invented sentences: a heading line with a
// word in marks, a passive "described as “…” by X", "the company" long after the only company named,
// and a term of one to three words in marks that nobody is said to have said.

const speakers = (...paragraphs: string[]) => speakersOf(ingestText({text: paragraphs.join('\n\n')}));

describe('a heading line is no quotation', () => {
	it('a short line of its own, no sentence, with a word in marks (a crosshead) lists no quote', () => {
		expect(speakers('Seals came ashore at Lumo Bay on Monday, the third time this year.', '‘Record’ landings', 'Mayor Ivo Dahl said the colony was “doing well.”')).toEqual([['doing well.', 'Ivo Dahl']]);
	});

	it('a short paragraph that is a sentence with a verb of saying keeps its quote', () => {
		expect(speakers('Mayor Ivo Dahl spoke on Monday.', 'He said it was “a record”')).toEqual([['a record', 'Ivo Dahl']]);
	});
});

describe('the agent of a passive after the quotation', () => {
	it('"described as “…” by the X department" is the department’s word', () => {
		expect(speakers('The Lumo Department of Fisheries counted 40 seals on the beach on Monday.', 'The rise in landings has been described as “worrying” by the fisheries department.')).toEqual([['worrying', 'Lumo Department of Fisheries']]);
	});

	it('"called “…” by X" with a person named', () => {
		expect(speakers('The plan was called “a bold step” by Mayor Ana Ruiz on Monday.')).toEqual([['a bold step', 'Ana Ruiz']]);
	});
});

describe('"the company" is a company named not long before', () => {
	it('a company named only many paragraphs back is not who "the company" is', () => {
		const filler = Array.from({length: 5}, (_, index) => `Shoppers in the valley compared prices for the ${['fifth', 'sixth', 'seventh', 'eighth', 'ninth'][index]} week running.`);
		const found = speakers('Analyst Tom Hale of the Harbor Research Company follows grocers.', ...filler, 'At the same time, the company claims its deals saved customers “millions of dollars” last year.');
		expect(found).toEqual([['millions of dollars', null]]);
	});

	it('"the company said" right after the company is named is still the company', () => {
		expect(speakers('Lumo Shipping Company cut its fares on Monday.', 'The company said the cut was “long overdue.”')).toEqual([['long overdue.', 'Lumo Shipping Company']]);
	});
});

describe('a person before the role that names their body', () => {
	it('"X, senior lecturer in public law at the University of Y, said" is the person, however long the role', () => {
		expect(speakers('Tom Hale, senior lecturer in public law at the University of Lumo Valley, said rural towns such as Keene “get heard more often.”')).toEqual([['get heard more often.', 'Tom Hale']]);
	});

	it('"X, president and CEO of Y stated" (no comma after the body) is the person', () => {
		expect(speakers('Ana Ruiz, president and CEO of Lumo Restaurant Association stated, “It is not a political problem.”')).toEqual([['It is not a political problem.', 'Ana Ruiz']]);
	});
});

describe('words between the speaker and the verb', () => {
	it('"X however said" is X', () => {
		expect(speakers('Defence Secretary Ash Carter met officials on Monday.', 'Carter however said he would welcome a “principled security network” for Asia.')).toEqual([['principled security network', 'Ash Carter']]);
	});

	it('a role whose noun the tagger reads as a verb ("director for the Ruiz campaign") still names the person before it', () => {
		expect(speakers('Tom Hale, communications director for the Ana Ruiz campaign, said the result was “a clear win.”')).toEqual([['a clear win.', 'Tom Hale']]);
	});
});

describe('a person read with an honorific as a name of their own', () => {
	it('"Mr. Hale" stands for the one Hale of the article, and for the man where a woman shares the surname', () => {
		const kinds = ['person', 'person', 'person'] as const;
		expect([...fullNamesOfSurnames([...kinds], ['Tom J. Hale', 'Mr. Hale', 'Lumo Bank'].slice(0, 2))]).toEqual([[1, 0]]);
		expect([...fullNamesOfSurnames([...kinds], ['Tom Hale', 'Anna Hale', 'Mr. Hale'])]).toEqual([[2, 0]]);
		expect([...fullNamesOfSurnames([...kinds], ['Tom Hale', 'Anna Hale', 'Mrs. Hale'])]).toEqual([[2, 1]]);
		// "Dr. Hale" says no sex: with two Hales it stays apart.
		expect([...fullNamesOfSurnames([...kinds], ['Tom Hale', 'Anna Hale', 'Dr. Hale'])]).toEqual([]);
	});
});

describe('a word of saying that is a plural noun before a verb', () => {
	it('"the X shares being left …" names no speaker of the terms beside it', () => {
		const found = speakers('Lumo Holdings will sell its port business to Kestrel Group for $2 billion.', 'Owners get a say only when a firm parts with “all” or “substantially all” of what it holds. The port arm is nowhere near “substantially all” of Lumo – the Kestrel shares being kept by the parent are worth far more than the port.');
		expect(found.map(([text]) => text)).toContain('substantially all');
		expect(found.filter(([, speaker]) => speaker !== null)).toEqual([]);
	});

	it('"X shares his plan" before a quotation is still a verb of saying', () => {
		expect(speakers('Mayor Ivo Dahl shares his view: “The port must stay open.”')).toEqual([['The port must stay open.', 'Ivo Dahl']]);
	});
});
