import {describe, expect, it} from 'vitest';
import {isCommonInitialism} from '../../source/ingest/common-initialisms.js';
import {namesLand, namesNeitherBodyNorPlace, namesVenue} from '../../source/ingest/name-tagger/kind-overrides.js';
import {initialismsAsNames} from '../../source/ingest/name-tagger/names-within-names.js';
import {analyseParagraph} from '../../source/ingest/tokens.js';
import {ingestText, namesOf} from '../helpers/ingest-text.js';

// Reading-time corrections of places and bodies (source/ingest/name-tagger/kind-overrides.ts), on invented sentences.
const names = (text: string) => namesOf(ingestText({text}));

describe('places and bodies as a reader takes them', () => {
	it('a city or country opening a longer name (not a body\'s) is named there too: "the Berlin Film Festival", "Manila Bay"', () => {
		expect(names('Her film won the top prize at the Berlin Film Festival on Sunday.').places).toContain('Berlin');
		expect(names('The convoy sailed out of Manila Bay at dawn.').places).toContain('Manila');
	});

	it('not where the words after it only say what kind of place it is, nor a country\'s initialism opening a body\'s name, nor in a person\'s name', () => {
		expect(names('The recall was announced by the U.S. Consumer Product Safety Commission on Thursday.').places).toEqual([]);
		expect(names('Flights to the Chatham Islands resumed on Monday.').places).not.toContain('Chatham');
		expect(names('The story was first reported by the Washington Post on Monday.').places).not.toContain('Washington');
		expect(names('Paris Hilton arrived late, the organisers said.').places).not.toContain('Paris');
	});

	it('a word of the language opening a headline or sentence before a place noun modifies it, and names no place: "Harbour city crush: …"', () => {
		for (const headline of ['Harbour city crush: Anna Verhoeven-Lind named as new port chief', 'Storm town chaos: Anna Verhoeven-Lind named as new port chief']) {
			const found = names(`${headline}\n\nThe ministry named Anna Verhoeven-Lind on Monday, as the Skarvik peninsula was evacuated.`);
			expect(found.places).toEqual(['Skarvik']);
			expect(found.people).toEqual(['Anna Verhoeven-Lind']);
		}
	});

	it('a building or ground one visits is a place, whatever body runs it: "Science Center", "Scenic Reserve", "Airport"', () => {
		const found = names('Visitors crowd the Harbourside Science Center, and buses run on to the Korimako Scenic Reserve and Tallis Regional Airport.');
		expect(found.places).toEqual(expect.arrayContaining(['Harbourside Science Center', 'Korimako Scenic Reserve', 'Tallis Regional Airport']));
		expect(found.organizations).not.toContain('Harbourside Science Center');
	});

	it('halls, towers, resorts, streets and areas are places one visits too ("Carnegie Hall", "Trump Tower", "Greater Phoenix Metropolitan Area")', () => {
		for (const name of ['Federal Hall', 'Century City Towers', 'Desert Ridge Marriott Resort', 'Greater Phoenix Metropolitan Area', 'Bourbon Street', 'Marlow Road']) expect(namesVenue(name), name).toBe(true);
		expect(namesVenue('Hall')).toBe(false);
		expect(namesVenue('Marlow Holdings')).toBe(false);
	});

	it('a factory or an archive is a building one visits too, not the firm or office that keeps it ("the Kellan Steel Factory", "the Ostrava Regional Archives")', () => {
		expect(names('Workers at the Kellan Steel Factory walked out on Monday.')).toEqual({people: [], organizations: [], places: ['Kellan Steel Factory']});
		const found = names('Her letters are kept in the Ostrava Regional Archives, which opened them in 2001.');
		expect(found.places).toContain('Ostrava Regional Archives');
		expect(found.organizations).toEqual([]);
	});

	it('a group of people\'s possessive opens the body\'s name after it: "the Women\'s Tennis Association", "the Children\'s Hospital of Philadelphia"', () => {
		const found = names('The Women\'s Tennis Association fined her, and the Children\'s Hospital of Philadelphia treated him.');
		expect(found.organizations).toEqual(['Women\'s Tennis Association', 'Children\'s Hospital of Philadelphia']);
		expect(found.places).toEqual(['Philadelphia']);
	});

	it('a centre of research or advice stays a body, and so does a central bank\'s reserve', () => {
		const found = names('The Halvard Research Center published the figures, and the Federal Reserve said rates would hold.');
		expect(found.places).not.toContain('Halvard Research Center');
		expect(found.places).not.toContain('Federal Reserve');
	});

	it('a visitors\' centre, or an information desk named after the building it stands in, is a place; an information centre alone may be a body', () => {
		expect(names('Leaflets are handed out at the Harbour Station Information Centre on weekdays.')).toEqual({people: [], organizations: [], places: ['Harbour Station Information Centre']});
		expect(names('Trail maps are sold at the Marnock Wetland Research & Visitor Centre.').places).toEqual(['Marnock Wetland Research & Visitor Centre']);
		expect(namesVenue('Tresk Tourist Information Centre')).toBe(true);
		expect(namesVenue('Varn Information Center')).toBe(false);
	});

	it('a town\'s quarter is a place, its words everyday ones or not ("the Weavers Quarter", "the Old Quarter"); a quarter of the year is none', () => {
		expect(names('Her pottery studio sits in the Weavers Quarter, beside the dye works.')).toEqual({people: [], organizations: [], places: ['Weavers Quarter']});
		expect(names('Tourists crowd the Old Quarter in summer.').places).toEqual(['Old Quarter']);
		expect(names('Sales rose in the Third Quarter, the firm said.').places).toEqual([]);
	});

	it('a seat one goes to or stands outside is the building: "took the choir to the White House", "protesters outside the Kremlin"', () => {
		expect(names('In May the mayor took the school choir to the White House to sing.').places).toEqual(['White House']);
		expect(names('Hundreds of protesters gathered outside the Kremlin on Sunday.')).toEqual({people: [], organizations: [], places: ['Kremlin']});
		// A letter to the seat goes to the body; where the seat also acts in the story, it is the body, as before.
		expect(names('She sent a letter to the White House last year.').organizations).toEqual(['White House']);
		expect(names('The envoy went to the Kremlin on Monday, and the Kremlin said the talks were useful.')).toEqual({people: [], organizations: ['Kremlin'], places: []});
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

describe('initialisms, documents and units', () => {
	it('an initialism opening a longer name is the body too: "the KVTU Research Station", "NASA Glenn Visitors Center"', () => {
		const found = names('Samples went to the KVTU Research Station in the north, where engineers tested them on Monday.');
		expect(found.organizations).toContain('KVTU');
	});

	it('a gathering, document or prize is neither a body nor a place, but a place opening its name is: "the Istanbul Summit"', () => {
		const found = names('Delegates met at the Istanbul Summit in June, and the Riga Summit followed.');
		expect(found.places).toEqual(['Istanbul', 'Riga']);
		expect(found.organizations).toEqual([]);
		expect(namesNeitherBodyNorPlace('Harbour Development Goals')).toBe(true);
		expect(namesNeitherBodyNorPlace('Teen Choice Awards')).toBe(true);
		// A body's head word inside keeps the name: "Office of Science and Technology Policy".
		expect(namesNeitherBodyNorPlace('Office of Marine Policy')).toBe(false);
	});

	it('an initialism right after a number is a currency or unit, not a body; after a year it is still a name', () => {
		const at = (text: string, surface: string) => ({surface, start: text.indexOf(surface), end: text.indexOf(surface) + surface.length});
		const fare = 'A day pass costs 70 DKK at the harbour.';
		expect(isCommonInitialism(at(fare, 'DKK'), fare, new Set())).toBe(true);
		const year = 'In 2019 NATO said it would expand.';
		expect(isCommonInitialism(at(year, 'NATO'), year, new Set())).toBe(false);
	});
});

describe('bodies across "of", teams, and states named in bodies', () => {
	it('a body\'s name runs on over "of" into the name after it, which keeps its own reading', () => {
		const found = names('Volunteer group Comic Corps of Canada collected books for children. The Senate of the United States voted on Monday.');
		expect(found.organizations).toEqual(['Comic Corps of Canada', 'Senate of the United States']);
		expect(found.places).toEqual(['Canada', 'United States']);
	});

	it('a city and a plural in capitals is a team: "the Cleveland Browns"; a plural that ends a place\'s name is not', () => {
		const found = names('The Cleveland Browns beat the Phoenix Suns fans in a charity game, and the Chatham Islands sent a team.');
		expect(found.organizations).toEqual(['Cleveland Browns', 'Phoenix Suns']);
		expect(found.places).toEqual(expect.arrayContaining(['Cleveland', 'Phoenix', 'Chatham Islands']));
		expect(found.places).not.toContain('Chatham');
	});
});

describe('lands and polities', () => {
	it('a land qualified by a nationality or direction, or a polity, is a place; a common noun before a country makes a body', () => {
		expect(namesLand('Latin America')).toBe(true);
		expect(namesLand('Spanish Netherlands')).toBe(true);
		expect(namesLand('Holy Roman Empire')).toBe(true);
		expect(namesLand('Statistics Norway')).toBe(false);
		expect(namesLand('Air Canada')).toBe(false);
		// A division's own name, whatever its last word heads elsewhere ("Bank").
		expect(names('Troops raided a camp in the West Bank on Monday, and rockets were fired from the Gaza Strip.')).toMatchObject({organizations: [], places: ['West Bank', 'Gaza Strip']});
		const found = names('Migrants come from all over Latin America, and traders sailed from the Spanish Netherlands to the Ottoman Empire.');
		expect(found.places).toEqual(['Latin America', 'Spanish Netherlands', 'Ottoman Empire']);
		expect(found.organizations).toEqual([]);
	});
});

describe('roads by their numbers', () => {
	it('a road\'s number is a place where the sentence speaks of roads: "the M1 northbound", "Route 66"; a paper size is not', () => {
		expect(names('Drivers coming from Leeds leave the M1 northbound at exit 40 and follow the A64 eastbound into town.').places).toEqual(expect.arrayContaining(['M1', 'A64']));
		expect(names('The crash closed Route 66 near the border for hours, and traffic backed up on Interstate 40.').places).toEqual(['Route 66', 'Interstate 40']);
		expect(names('Print the form on an A4 sheet and bring it along.').places).toEqual([]);
	});
});

describe('names inside runs no one reads as a name, and initialisms used as names', () => {
	it('a place opening a run of capitals that is no entity (an event) is named all the same', () => {
		expect(names('Years later he sat on the panel of the 41st Berlin International Film Festival.').places).toEqual(['Berlin']);
		const publication = names('The story ran in the New York Times on Monday, and Paris Hilton read it.');
		expect(publication.places).toEqual([]);
	});

	it('an initialism used more than once and standing as a name is a body; a common noun\'s initialism or a numeral is not', () => {
		const counts = new Map([['kvtu', 3], ['ceo', 2], ['ii', 2]]);
		const tokensOf = (text: string) => analyseParagraph(text).flatMap(sentence => sentence.tokens);
		const found = (text: string) => initialismsAsNames(tokensOf(text), counts, []).map(occurrence => occurrence.surface);
		expect(found('Workers walked out. The KVTU said the offer was too low.')).toEqual(['KVTU']);
		expect(found('The offer was put to the KVTU’s members.')).toEqual(['KVTU']);
		expect(found('Engineers liked the KVTU tool.')).toEqual([]);
		expect(found('The CEO said talks would go on.')).toEqual([]);
		expect(found('The II said nothing.')).toEqual([]);
		// Used once, the tagger's reading stands.
		expect(initialismsAsNames(tokensOf('The ZNRT said no.'), new Map([['znrt', 1]]), [])).toEqual([]);
	});
});
