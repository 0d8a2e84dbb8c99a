import {describe, expect, it} from 'vitest';
import {isCreditLine} from '../../source/ingest/clutter-shapes.js';
import {headlineFullNames} from '../../source/ingest/name-tagger/tag-names.js';
import {ingestText, namesOf, speakersOf} from '../helpers/ingest-text.js';

// Names as the reader means them (issue 22, point 3) and a place's exact name first (point 5), each on
// invented sentences through the whole importer.

const all = (text: string) => {
	const found = namesOf(ingestText({text}));
	return [...found.people, ...found.organizations, ...found.places];
};

describe('names as the reader means them', () => {
	it('a surname alone is the full name only the headline gives, and its quote has that speaker', () => {
		const story = ingestText({text: 'Title: Ravi Hale quits as coach\n\nThe coach resigned on Monday.\n\n"It was time to go," Hale said.'});
		expect(namesOf(story).people).toEqual(['Ravi Hale']);
		expect(speakersOf(story)).toEqual([['It was time to go,', 'Ravi Hale']]);
		expect(headlineFullNames('Ravi Hale quits as coach', new Set(['hale']))).toEqual(['Ravi Hale']);
		expect(headlineFullNames('Fans cheer Hale', new Set(['hale']))).toEqual([]);
		// A title-case headline capitalises every word: no name runs across "In", "For" or a possessive.
		expect(headlineFullNames('Ravi Hale Arrives In Delhi For Kumar Talks', new Set(['kumar']))).toEqual([]);
		expect(headlineFullNames('Nepal’s Ravi Hale Quits', new Set(['hale']))).toEqual(['Ravi Hale']);
	});

	it('"and" or "on" inside a body\'s name keeps it one name; between two places it does not', () => {
		expect(namesOf(ingestText({text: 'The Harbour Fire and Rescue Service said two people were hurt in the blaze.'})).organizations).toEqual(['Harbour Fire and Rescue Service']);
		expect(namesOf(ingestText({text: 'A report by the Centre on Housing and Work was published on Monday.'})).organizations).toEqual(['Centre on Housing and Work']);
		// Two bodies listed: each name already ends in its head word before the "and".
		expect(namesOf(ingestText({text: 'Flights are run by Northway Airlines and Bluefin Airlines from the new terminal.'})).organizations).toEqual(['Northway Airlines', 'Bluefin Airlines']);
		const places = namesOf(ingestText({text: 'Talks between Russia and China resumed in Geneva on Monday.'})).places;
		expect(places).toEqual(expect.arrayContaining(['Russia', 'China']));
		expect(places.join('|')).not.toContain(' and ');
	});

	it('al-, bin and van der stay inside a name', () => {
		const people = namesOf(ingestText({text: 'Officials said Abu Bakr al-Baghdadi had fled. Osama bin Laden was long dead. Rafael van der Vaart played on.'})).people;
		expect(people).toEqual(expect.arrayContaining(['Abu Bakr al-Baghdadi', 'Osama bin Laden', 'Rafael van der Vaart']));
		expect(people).not.toContain('Baghdadi');
	});

	it('a particle joined by a hyphen stays inside a name that a title opens', () => {
		expect(namesOf(ingestText({text: 'The general Abd al-Karim Qasim took power in July. Qasim ruled for five years.'})).people).toEqual(['Abd al-Karim Qasim']);
	});

	it('"St." opens the name after it; a comma ends a name; a country with "and" in its name is one place', () => {
		expect(namesOf(ingestText({text: 'He moved to St. Petersburg in 1725 and later to St. Louis.'})).places).toEqual(['St. Petersburg', 'St. Louis']);
		expect(namesOf(ingestText({text: 'The town lies in the province of Palawan, Philippines, on a large island.'})).places).toEqual(['Palawan', 'Philippines']);
		const places = namesOf(ingestText({text: 'Visitors from Bosnia and Herzegovina, Antigua and Barbuda and Saint Vincent and the Grenadines need no visa.'})).places;
		expect(places).toEqual(['Bosnia and Herzegovina', 'Antigua and Barbuda', 'Saint Vincent and the Grenadines']);
	});

	it('a list item is a place like any other', () => {
		expect(namesOf(ingestText({text: 'The happiest countries this year are:\n\n1. Finland\n\n2. Norway\n\n3. Iceland'})).places).toEqual(['Finland', 'Norway', 'Iceland']);
	});

	it('a platform is no entity without evidence; a sentence-initial word neither', () => {
		expect(all('Also on Monday, users of Twitter complained about the delays.')).toEqual([]);
		expect(namesOf(ingestText({text: 'The company Twitter said on Monday that it would appeal.'})).organizations).toContain('Twitter');
	});

	it('an initialism used once as a modifier is no name; one the text keeps using is an organisation', () => {
		expect(all('Officials said the QXV tool was ready.')).toEqual([]);
		expect(all('Engineers tested the QV 100 on Monday.')).toEqual([]);
		// Once, standing as a name rather than before a noun it qualifies.
		expect(namesOf(ingestText({text: 'She joined the BBC in 1990 as a reporter.'})).organizations).toEqual(['BBC']);
	});

	it('an initialism counted with "a"/"an" is a thing, not a body', () => {
		expect(all('The test of an ICBM was watched closely by the crowd.')).toEqual([]);
		// Counting the noun it qualifies, it still names the body.
		expect(namesOf(ingestText({text: 'The FBI opened a case, and an FBI agent said the suspect fled.'})).organizations).toEqual(['FBI']);
	});

	it('a country is a place also when its name has a body\'s word in it or it acts', () => {
		const found = namesOf(ingestText({text: 'The rocket was built in Kazakhstan, and the Soviet Union launched it in 1957.'}));
		expect(found.places).toEqual(expect.arrayContaining(['Soviet Union', 'Kazakhstan']));
		expect(found.organizations).toEqual([]);
	});

	it('a sentence\'s opening "The" is no part of a name, after a dateline too, and a dateline\'s capitals are no alias', () => {
		const story = ingestText({text: 'LONDON, March 5 - The Bank of England held rates on Thursday. Traders in London were calm.\n\nThe Bank of England will meet again in May.'});
		expect(namesOf(story).organizations).toEqual(['Bank of England']);
		expect(story.places.map(place => [place.name, place.aliases])).toEqual([['London', []]]);
		// A place whose name has "The" in it keeps it.
		expect(namesOf(ingestText({text: 'The court sits in The Hague, and delegates flew in on Monday.'})).places).toEqual(['The Hague']);
	});

	it('a museum or hotel one visits is a place; a body named after its city also names the city', () => {
		expect(namesOf(ingestText({text: 'We spent the day at the Metropolitan Museum of Art and slept at the Ritz Hotel.'})).places).toEqual(['Metropolitan Museum of Art', 'Ritz Hotel']);
		const found = namesOf(ingestText({text: 'She studied at the University of Paris and taught at the Hebrew University of Jerusalem.'}));
		expect(found.organizations).toEqual(['University of Paris', 'Hebrew University of Jerusalem']);
		expect(found.places).toEqual(['Paris', 'Jerusalem']);
		// Not a body named after a field ("of Art") or a place the gazetteer does not have by that name.
		expect(namesOf(ingestText({text: 'The Institute of Advanced Studies hired her in 2001.'})).places).toEqual([]);
	});

	it('a law is no person, and "the Act" alone names nothing; an opening "The" is not a body', () => {
		expect(all('Doctors said the Mental Health Act had failed patients. Under the Act, a patient may appeal.')).toEqual([]);
		expect(all('The committee met on Monday. The new rules take effect next year, officials said.')).toEqual([]);
	});

	it('a body\'s name runs on over "of" into the capitalised words after it', () => {
		const found = namesOf(ingestText({text: 'The bill passed the House of Representatives on Monday, and the General Assembly of the United Nations met.'}));
		expect(found.organizations).toEqual(expect.arrayContaining(['General Assembly of the United Nations']));
		expect([...found.organizations, ...found.places]).toContain('House of Representatives');
		const other = namesOf(ingestText({text: 'She spoke to the Senate of Kenya on Monday, and the President of France replied.'}));
		expect(other.organizations).toEqual(['Senate of Kenya']);
		expect(other.places).toEqual(expect.arrayContaining(['Kenya', 'France']));
		expect(other.people).toEqual([]);
	});

	it('a body named in a person\'s title is a body of the story too ("Metropolitan Police Commissioner X")', () => {
		const found = namesOf(ingestText({text: 'The Harbour Police Chief Ivo Dahl spoke on Monday, and Labour Party Leader Ana Lind agreed.'}));
		expect(found.people).toEqual(['Ivo Dahl', 'Ana Lind']);
		expect(found.organizations).toEqual(['Harbour Police', 'Labour Party']);
		expect(namesOf(ingestText({text: 'Police Commissioner Ivo Dahl and Finance Minister Ana Lind spoke.'})).organizations).toEqual([]);
	});

	it('captions\' photo credits give no names', () => {
		expect(all('Crowds gathered in Lisbon on Sunday.\n\nPhoto: Marta Sousa/Reuters\n\nThe mayor spoke later.')).toEqual(['Lisbon']);
		expect(isCreditLine('Image credit: Marta Sousa')).toBe(true);
		expect(isCreditLine('Marta Sousa said the port would reopen.')).toBe(false);
		// Unlabelled: names around a slash alone on their line.
		expect(all('Crowds gathered in Lisbon on Sunday.\n\nMarta Sousa/Pool via Reuters\n\nThe mayor spoke later.')).toEqual(['Lisbon']);
		expect(all('Crowds gathered in Lisbon on Sunday.\n\nLUSA/VIA REUTERS\n\nThe mayor spoke later.')).toEqual(['Lisbon']);
		expect(isCreditLine('Marta Sousa/Reuters')).toBe(true);
		expect(isCreditLine('The Lisbon/Porto line reopened on Sunday.')).toBe(false);
	});

	it('a first name and a surname before a colon that opens a quotation are a person, and the surname alone is theirs', () => {
		const found = namesOf(ingestText({text: 'Pollsters were divided after the vote.\n\nWhy the polls missed - Tom Hale: “Keep contacting voters late.”\n\nMore from Hale: “The caucus broke its record.”'}));
		expect(found.people).toEqual(['Tom Hale']);
		expect([...found.organizations, ...found.places]).toEqual([]);
	});

	it('an apposition headed by a place noun makes the name a place: "X, one of the villages hit", "X, a village in …"', () => {
		expect(namesOf(ingestText({text: 'Aid trucks could not get to Talat Amir, one of the hill villages worst hit by the floods, until Sunday.'})).places).toEqual(['Talat Amir']);
		expect(namesOf(ingestText({text: 'Aid reached Sidi Hassan, a village in the hills, on Monday.'})).places).toEqual(['Sidi Hassan']);
		expect(namesOf(ingestText({text: 'The storm flattened Port Edwin, one of the fishing towns on the coast.'})).places).toEqual(['Port Edwin']);
		// A role with a place noun in it is still a person's.
		expect(namesOf(ingestText({text: 'The motion was backed by Ana Ruiz, a city councillor, on Monday.'})).people).toEqual(['Ana Ruiz']);
	});

	it('an initialism the text spells out in lower case is a common noun, and one before a number is a model', () => {
		const missile = all('Army engineers built an intercontinental ballistic missile (ICBM) site outside the village. That ICBM site closed decades ago.');
		expect(missile).not.toContain('ICBM');
		expect(all('The plant builds the Superjet (SJ 100) airliner, and engineers tested the SJ 100 on Monday.')).not.toContain('SJ');
		// A body's initialism spelled out in capitals stays a name.
		expect(all('The North Atlantic Treaty Organization (NATO) met in Brussels. NATO said on Monday it would act.')).toContain('North Atlantic Treaty Organization');
	});
});

describe('names seen misread in new-user trials, as general patterns', () => {
	it('a body\'s name followed by a country is another body, its branch: the name alone is not grouped under it', () => {
		const story = ingestText({text: 'Corvana Japan said on Monday it would close the service. The firm is separate from Corvana, which sold its stake in 2019. Shares of Corvana fell.'});
		const branch = story.organizations.find(body => body.name === 'Corvana Japan');
		expect(branch?.aliases).toEqual([]);
		expect(namesOf(story).people).toEqual([]);
	});

	it('a single unknown word the text uses as an actor and as a body led by someone is a body, not a person', () => {
		const found = namesOf(ingestText({text: 'Veltrana said it would boycott the vote. The leader of Veltrana, Rached Ghannouchi, was arrested in April.'}));
		expect(found.organizations).toEqual(['Veltrana']);
		expect(found.people).toEqual(['Rached Ghannouchi']);
	});

	it('a name opened by the word for supporters, front or party in another language is a body', () => {
		const found = namesOf(ingestText({text: 'Ansar al-Qadar claimed the attack. Officials said Ansar al-Qadar had fighters across the city, and the Partido Verdiano denied any link.'}));
		expect(found.organizations).toEqual(expect.arrayContaining(['Ansar al-Qadar', 'Partido Verdiano']));
		expect(found.people).toEqual([]);
		// Opening a sentence that is not the first.
		expect(namesOf(ingestText({text: 'Floods hit the town on Monday, officials said. Ansar al-Qadar claimed an attack in the south.'})).organizations).toEqual(['Ansar al-Qadar']);
	});

	it('a state named by a belief is the movement that proclaims it, not a place', () => {
		const found = namesOf(ingestText({text: 'The Islamic State claimed responsibility for the bombing. Fighters of Islamic State fled the town.'}));
		expect(found.organizations).toEqual(['Islamic State']);
		expect(found.places).toEqual([]);
	});

	it('a nationality adjective before a place only says whose it is; a place named so keeps it', () => {
		expect(namesOf(ingestText({text: 'Floods hit Russian Tuva on Monday, and hundreds of homes were lost.'})).places).toEqual(['Tuva']);
		expect(namesOf(ingestText({text: 'Ships sailed from American Samoa on Monday.'})).places).toEqual(['American Samoa']);
	});

	it('a work\'s title in quotation marks names no person', () => {
		const found = namesOf(ingestText({text: 'Nintendo released “Super Mario Run” for phones on Thursday, and Lena Morrow said “Castle of Ravi Hale” would follow.'}));
		expect(found.people).toEqual(['Lena Morrow']);
		expect(found.organizations).toEqual(['Nintendo']);
	});
});

describe('places: an exact name beats a longer one containing it', () => {
	it('a name that only says what kind of place it is names the same place ("Republic of Albania" is Albania)', () => {
		const places = ingestText({text: 'The Republic of Albania joined the alliance in 2009. Albania has grown fast since.'}).places;
		expect(places.map(place => [place.name, place.aliases])).toEqual([['Republic of Albania', ['Albania']]]);
	});

	it('Sudan is not South Sudan', () => {
		const story = ingestText({text: 'Refugees crossed from South Sudan into Sudan on Monday. Officials in Sudan said the border was open.'});
		const sudan = story.places.find(place => place.name === 'Sudan');
		const south = story.places.find(place => place.name === 'South Sudan');
		expect(sudan).toBeDefined();
		expect(south).toBeDefined();
		expect(south!.aliases).not.toContain('Sudan');
		expect(sudan!.coordinates).not.toEqual(south!.coordinates);
	});
});
