import {describe, expect, it} from 'vitest';
import {namesDoctrine, namesInhabitants, namesProduct, workTitlesOfDocument} from '../../source/ingest/name-tagger/names-of-things.js';
import {analyseParagraph} from '../../source/ingest/tokens.js';
import {ingestText, namesOf} from '../helpers/ingest-text.js';

// Places and bodies misread in real pages (html-dev single imports), as general patterns on invented sentences.
const names = (text: string) => namesOf(ingestText({text}));

describe('what a place or body is named beside', () => {
	it('a name before "-owned" or "-run" is the body that owns it, though elsewhere it stands where a place would ("with the likes of X")', () => {
		const found = names('The fish was sold at Halvorsen-owned Fresco stores in the region last week. Shoppers compare Marlow and Halvorsen for a bigger slice of the market.');
		expect(found.organizations).toContain('Halvorsen');
		expect(found.places).not.toContain('Halvorsen');
	});

	it('a land named by its side in lower case, or a division of the country that owns it, is a place ("eastern X", "New Zealand\'s Northland")', () => {
		expect(names('Floods cut roads across eastern Varnholm on Monday.').places).toEqual(['Varnholm']);
		const found = names('Whales beached in New Zealand’s Northland on Monday. The elder belongs to a tribe of eastern Northland.');
		expect(found.places).toContain('Northland');
		expect(found.organizations).not.toContain('Northland');
	});

	it('a capitalised word seen in lower case still opens a sentence\'s name where the text writes the two together inside a sentence', () => {
		const found = names('Shoppers like the prices at Whole Grains, a whole paycheck less. Whole Grains co-founder Dana Reyes said prices would fall.');
		expect(found.organizations).toEqual(['Whole Grains']);
		expect(found.organizations).not.toContain('Grains');
	});
});

describe('buildings, people of a place, things named after places, products', () => {
	it('a building opened by a possessive is one place ("Fisherman\'s Terminal", "St Peter\'s Square"); locks and canals one visits are places', () => {
		const found = names('The boat left Fisherman’s Terminal in Seattle and went through the Ballard Locks on Tuesday. Pilgrims filled St Peter’s Square.');
		expect(found.places).toEqual(expect.arrayContaining(['Fisherman’s Terminal', 'Ballard Locks', 'St Peter’s Square']));
		expect([...found.people, ...found.places]).not.toContain('Fisherman');
		expect(found.organizations).toEqual([]);
	});

	it('not where the owner is a known place or a body: "Seattle\'s Pioneer Square" names Seattle', () => {
		expect(names('Crowds gathered in Seattle’s Pioneer Square on Monday.').places).toContain('Seattle');
	});

	it('the people of a place, named by a plural, are neither the place nor a body ("New Zealanders", "Londoners", "Texans")', () => {
		expect(names('The practice still horrifies some New Zealanders, and Londoners were not impressed either, officials in Wellington said.').places).toEqual(['Wellington']);
		expect(namesInhabitants('New Zealanders')).toBe(true);
		expect(namesInhabitants('Texans')).toBe(true);
		expect(namesInhabitants('Canadians')).toBe(true);
		// A team keeps its name: no well-known place is "Rang".
		expect(namesInhabitants('Rangers')).toBe(false);
		expect(namesInhabitants('Chatham Islands')).toBe(false);
	});

	it('a thing named after where it comes from does not name the place ("Epsom salts", "Dijon mustard"); the place named on its own does', () => {
		const found = names('The store sells everything from coffee pods to Epsom salts, and Dijon mustard is cheaper. Flights to Brussels resumed.');
		expect(found.places).toEqual(['Brussels']);
	});

	it('a product sold under a brand is neither a body nor a place ("Rice Krispies Treats")', () => {
		expect(names('She tried to buy the ingredients for Crispo Puffs Treats at the store.').organizations).toEqual([]);
		expect(namesProduct('Crispo Puffs Treats')).toBe(true);
		expect(namesProduct('Halvorsen Foods')).toBe(false);
	});
});

describe('an encyclopedia\'s reference marks', () => {
	const article = (body: string) => `Title: A life on stage\n\nShe acted for fifty years.\n\n${body}`;

	it('a paragraph of names ending in a reference mark is prose, not a heading, and its names are read', () => {
		expect(names(article('His last film took the Orlov Prize at the 30th Moscow International Film Festival. [4]')).places).toEqual(['Moscow']);
	});

	it('a reference mark between two sentences does not join them into one', () => {
		const found = names(article('Years later he sat on the panel of the 41st Berlin International Film Festival. [3] His last film took the Orlov Prize at the 30th Moscow International Film Festival.'));
		expect(found.places).toEqual(['Berlin', 'Moscow']);
	});
});

describe('lists and lands by their side', () => {
	it('the names of one list are of one kind: where two or more read names agree on bodies, the others are bodies too', () => {
		// A label and the list it introduces is prose too, not a heading: its names are read.
		const found = names('Title: Flights\n\nThe airport is busy.\n\nTerminal 4: Aerovia, Air Canada, British Airways, Pelican, Norvia');
		expect(found.organizations).toEqual(expect.arrayContaining(['Aerovia', 'Air Canada', 'British Airways', 'Pelican', 'Norvia']));
		expect(found.people).toEqual([]);
	});

	it('a list of places keeps countries whose names hold "and" whole, and a body\'s name with places in it stays whole', () => {
		const found = names('Citizens of Antigua and Barbuda, Barbados, Bosnia and Herzegovina and Serbia need no visa.');
		expect(found.places).toEqual(['Antigua and Barbuda', 'Barbados', 'Bosnia and Herzegovina', 'Serbia']);
		expect(names('Scholarships went to the University of North Carolina at Chapel Hill, to Duke University and to Yale University.').organizations).toEqual(['University of North Carolina at Chapel Hill', 'Duke University', 'Yale University']);
	});

	it('a state by its side is a land, named inside a body\'s name too ("University of Southern California")', () => {
		const found = names('He studied at the University of Southern California and later moved to Southern California for good.');
		expect(found.organizations).toEqual(['University of Southern California']);
		expect(found.places).toEqual(['Southern California']);
	});
});

describe('models of craft, things called after places, laws, bodies called so by the words around them', () => {
	it('a name right before a craft\'s noun is its model, no body, place or person ("the Horizon MS-07 cargo craft", "a Horizon cargo ship"); a body owning the craft stays', () => {
		const text = [
			'An uncrewed supply capsule bound for the orbiting laboratory burned up above Siberia early on Friday, officials of the national space agency reported.',
			'Tracking showed the Horizon MS-07 cargo craft coming apart roughly 200 kilometres over the Tuva area.',
			'Launch crews in Kazakhstan had sent the Horizon cargo ship up on time. Years earlier a Horizon cargo ship came down in the Pacific Ocean. A Coast Guard vessel searched the area.',
		].join('\n\n');
		const found = names(text);
		expect([...found.people, ...found.organizations, ...found.places]).not.toContain('Horizon');
		expect(found.places).toEqual(expect.arrayContaining(['Siberia', 'Kazakhstan', 'Pacific Ocean']));
		expect(found.organizations).toContain('Coast Guard');
	});

	it('a place\'s name after a capital "The" inside a sentence names something called after it, not the place ("at The Lisbon Thursday"); "The Hague" stays', () => {
		const found = names('The dress was taken from her room at The Lisbon on Thursday. Deputies were at The Lisbon again on Friday, before flying to The Hague.');
		expect(found.places).not.toContain('Lisbon');
		expect(found.places).toContain('The Hague');
		// A short sentence has several capitals and is still no title: "Sheriff's deputies were at The Lisbon Thursday morning."
		expect(names('Sheriff’s deputies were at The Lisbon Thursday morning. They searched the manager’s office.').places).toEqual([]);
		// Opening a sentence, "The" is only the article: the place is named.
		expect(names('The Lisbon police said the dress was found. Officials in Lisbon agreed.').places).toContain('Lisbon');
		// A country keeps its name however its article is written.
		expect(names('We thank the people of The Republic of Korea and The United States for their help.').places).toEqual(['Republic of Korea', 'United States']);
		// So after a dateline's dash: "Lisbon City" opens the festival's name.
		expect(names('Lisbon, Portugal — The Lisbon City Light Festival opened on Saturday.').places).toContain('Lisbon City');
	});

	it('a law is a document, whatever bodies its name holds ("the Investment Company Act")', () => {
		const found = names('Such funds are regulated under the Holding Company Act of 1940, lawyers for Verano Group said.');
		expect(found.organizations).not.toContain('Holding Company Act');
		expect(found.organizations).toContain('Verano Group');
	});

	it('a one-word name that the words around it call a body is that body, however often the tagger guesses a person ("the Korvel party … Korvel left office")', () => {
		const text = [
			'In 2019, voters put a coalition led by the Korvel party in power, a movement that grew out of the dock unions.',
			'A year later the economy stalled, and Korvel left office, making way for a caretaker cabinet.',
			'The caretaker cabinet still has one Korvel minister.',
			'“Korvel has failed the harbour towns,” said Mira Dossou, an opposition lawmaker.',
			'The head of Korvel, Tarik Bennani, rejected the charge.',
			'Sami Audran, who sits on Korvel’s executive board, said the vote would bring people together. “Our members are not afraid,” he said of the party.',
		].join('\n\n');
		const found = names(text);
		expect(found.organizations).toContain('Korvel');
		expect(found.people).not.toContain('Korvel');
		expect(found.people).toEqual(expect.arrayContaining(['Mira Dossou', 'Tarik Bennani']));
	});
});

describe('doctrines', () => {
	it('one word for a faith, doctrine, fear or field of study is no place ("Islam", "Islamophobia", "Freemasonry", "Philosophy"); a place the gazetteer knows stays', () => {
		for (const word of ['Islam', 'Islamophobia', 'Freemasonry', 'Philosophy', 'Theosophy', 'Christianity', 'Buddhism']) expect(namesDoctrine(word), word).toBe(true);
		for (const word of ['Lisbon', 'Sociology Department', 'Varnholm']) expect(namesDoctrine(word), word).toBe(false);
	});
});

describe('kinds of deal named after a case', () => {
	it('"a Morris Trust structure": a name counted with "a" before a word for a deal or legal device names no body; a body\'s volunteer or spokesman keeps it', () => {
		expect(names('The spin-off used a Calloway Trust structure to avoid a large tax bill.').organizations).toEqual([]);
		expect(names('The firms agreed a Reverse Calloway Trust transaction in May.').organizations).toEqual([]);
		expect(names('A Calloway Trust spokesman said the fund would grow.').organizations).toEqual(['Calloway Trust']);
	});
});

describe('a broadcaster', () => {
	it('named by a word for one and another word is a body, not a person: "Channel Nine", "Radio Kestrel"', () => {
		const found = names('The ferry strike led the news on Channel Nine. Radio Kestrel said crews would vote on Monday.');
		expect(found.people).toEqual([]);
		expect(found.organizations).toEqual(['Channel Nine', 'Radio Kestrel']);
	});
});

describe('a title the document writes as a work\'s', () => {
	it('is the work wherever else it stands, no body: "the legal drama The Silent Court" … "The Silent Court ran for seven seasons"', () => {
		const found = names('Lena Dahl played a judge in the legal drama The Silent Court. The Silent Court ran for seven seasons on Channel Nine.');
		expect(found.people).toEqual(['Lena Dahl']);
		// The broadcaster is a body (see above); the drama is none.
		expect(found.organizations).toEqual(['Channel Nine']);
	});

	it('is read after a word for a work, not before a year alone in brackets, which follows a body\'s name too ("joined the Varn Ballet (1950)")', () => {
		const sentences = (text: string) => analyseParagraph(text);
		expect([...workTitlesOfDocument(sentences('He wrote the book Mechanica Fluidorum. Mechanica Fluidorum (1741) sold well.'))]).toEqual(['mechanica fluidorum']);
		expect([...workTitlesOfDocument(sentences('She joined the Varn Ballet (1950) and then the Tessin Opera (1954).'))]).toEqual([]);
		expect([...workTitlesOfDocument(sentences('He read the magazine Harbour Weekly.'))]).toEqual([]);
	});
});
