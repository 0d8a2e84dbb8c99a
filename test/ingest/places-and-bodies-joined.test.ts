import {describe, expect, it} from 'vitest';
import {ingestText, namesOf} from '../helpers/ingest-text.js';

// Names read across joiners, places named inside bodies' names, and companies named like places, on invented sentences.
const names = (text: string) => namesOf(ingestText({text}));
const all = (found: ReturnType<typeof names>) => [...found.people, ...found.organizations, ...found.places];

describe('one name across a hyphen, "&" or "and"', () => {
	it('a name runs on across a hyphen and "&": "Make-A-Wish Foundation", "Mary & Leigh Block Museum of Art"', () => {
		const found = all(names('The Brellin-A-Dream Foundation raised money, and the Tessa & Ovid Marsh Museum of Art gave a painting.'));
		expect(found).toContain('Brellin-A-Dream Foundation');
		expect(found).toContain('Tessa & Ovid Marsh Museum of Art');
		expect(found).not.toContain('Dream Foundation');
	});

	it('across "and" where a word or two with no head of its own go before words that have one: "the Salt and Verde Rivers"', () => {
		const found = names('Farmers drew water from the Quell and Verrin Rivers for centuries.');
		expect(found.places).toContain('Quell and Verrin Rivers');
		expect(found.places).not.toContain('Quell');
	});

	it('a first name owning words that end in a head is one name with them ("Sam\'s Club"), a place owning a body is not', () => {
		const found = names("Shoppers at Sam's Club in Tacoma were unimpressed. Britain's Labour Party met on Monday.");
		expect(found.organizations).toEqual(expect.arrayContaining(["Sam's Club", 'Labour Party']));
		expect(found.places).not.toContain('Sam');
		expect(found.places).toContain('Britain');
	});

	it('a number word opening a place\'s name is part of it: "Ninety Mile Beach"', () => {
		const found = names('Tourists drove along Ninety Mile Beach before the tide came in.');
		expect(found.places).toContain('Ninety Mile Beach');
		expect(found.places).not.toContain('Mile Beach');
	});

	it('not two places, nor two whole names of bodies, joined by "and"', () => {
		const found = all(names('She lived in Birmingham and London Bridge was her favourite walk. Students of Yale University and Harvard Law School met on Monday.'));
		expect(found).toContain('Birmingham');
		expect(found).not.toContain('Birmingham and London Bridge');
		expect(found).not.toContain('Yale University and Harvard Law School');
		// A second part opened by its head is a name of its own.
		const bodies = names('Both treaties were drafted with help from the United Nations and Council of Europe lawyers.').organizations;
		expect(bodies).toEqual(expect.arrayContaining(['United Nations', 'Council of Europe']));
	});

	it('a university\'s name runs on over "at" into its campus\'s place, which is named too', () => {
		const found = names('Visitors came to the University of North Carolina at Greensboro and to the University of North Carolina at Chapel Hill.');
		expect(found.organizations).toEqual(['University of North Carolina at Greensboro', 'University of North Carolina at Chapel Hill']);
		expect(found.places).toEqual(expect.arrayContaining(['Greensboro', 'Chapel Hill']));
	});
});

describe('places named in bodies\' names', () => {
	it('a state a body is named after is named there too: "the University of Michigan"', () => {
		expect(names('In 1943 she received her doctorate from the University of Michigan.').places).toContain('Michigan');
	});

	it('a place read as one beside two bodies named after it stays a place, not dropped as ambiguous between them', () => {
		const found = names('He studied at the University of Oregon and later at Southern Oregon Hill University. He became pastor of a church in Salem, Oregon in 1950.');
		expect(found.places).toContain('Oregon');
	});
});

describe('companies named like places', () => {
	it('a name with a company\'s words around it (founder, shares, headquarters, acquired by) is the company', () => {
		const found = names('Orinoco founder Dana Reyes said on Tuesday that shares of Orinoco would be split. Orinoco has grown for years, and Orinoco will hire 2,000 people in Seattle.');
		expect(found.organizations).toContain('Orinoco');
		expect(found.places).not.toContain('Orinoco');
		expect(found.places).toContain('Seattle');
	});

	it('a country keeps its reading whatever company words stand near it', () => {
		expect(names('Shares in Norway rose on Monday as Norway acquired new fields.').places).toContain('Norway');
	});
});

describe('a country before a body\'s word', () => {
	it('"the US team Cloud9": the country says whose the team is and stays a place, named also as a modifier', () => {
		const found = names('The finals saw US team Brightwave beat the Harriers, from Brazil.');
		expect(found.places).toEqual(expect.arrayContaining(['US', 'Brazil']));
		expect(found.organizations).not.toContain('US');
	});
});
