import {describe, expect, it} from 'vitest';
import {ingestText, namesOf} from '../helpers/ingest-text.js';
import {repairSpans} from '../../source/ingest/name-tagger/span-repairs.js';
import {analyseParagraph} from '../../source/ingest/tokens.js';
import {namesServiceDistrict, serviceDistrictWhole} from '../../source/ingest/name-tagger/kind-overrides.js';
import {nameOpeningName} from '../../source/ingest/name-tagger/names-within-names.js';

// Bodies, crafts and streets as a reader takes them (name-runs.ts, organization-rules.ts, kind-overrides.ts,
// names-of-things.ts), on invented sentences.
const names = (text: string) => namesOf(ingestText({text}));

describe('an emergency service named by its area and two service words is one body', () => {
	it('"Harbour Fire and Rescue", "Kestrel Fire and Emergency": one body, not two places', () => {
		const found = names('Crews from Brindle Fire and Rescue reached the barn at noon, and Kestrel Fire and Emergency sent two more trucks.');
		expect(found.organizations).toEqual(expect.arrayContaining(['Brindle Fire and Rescue', 'Kestrel Fire and Emergency']));
		expect(found.places).not.toContain('Rescue');
		expect(found.places).not.toContain('Brindle Fire');
	});

	it('a person named after "and" is a second name, not a part of the body\'s: "the Ministry of Health and Karim al-Sayed"', () => {
		const found = names('Officials from the Ministry of Health and Karim al-Sayed spoke on Monday.');
		expect(found.organizations).toEqual(['Ministry of Health']);
		expect(found.people).toEqual(['Karim al-Sayed']);
	});
});

describe('a craft called by a service and a number is no body', () => {
	it('"aboard Air Force One", "Marine One landed": the call sign names no air force and no marines', () => {
		const found = names('The president flew to Denver aboard Air Force One on Tuesday, and Marine One landed on the lawn.');
		expect(found.organizations).toEqual([]);
		expect(found.places).toEqual(['Denver']);
	});

	it('the service itself is still a body', () => {
		expect(names('The Air Force said the jet had landed safely.').organizations).toContain('Air Force');
	});
});

describe('a street or a ground is a place, though its words read like a person\'s name', () => {
	it('"Santa Monica Boulevard", "Lisbeth Avenue" are places, no people', () => {
		const found = names('Police closed Marlo Vance Boulevard and Lisbeth Avenue on Friday after the parade.');
		expect(found.people).toEqual([]);
		expect(found.places).toEqual(expect.arrayContaining(['Marlo Vance Boulevard', 'Lisbeth Avenue']));
	});
});

describe('a building\'s name runs on over its building word, where the tagger stopped short', () => {
	const spanOf = (sentence: string, first: string, words: number, kind: 'place' | 'organization' | 'person' = 'place') => {
		const tokens = analyseParagraph(sentence)[0]!.tokens;
		const start = tokens.findIndex(token => token.text === first);
		return {tokens, start, repaired: repairSpans([{start, end: start + words, kind}], tokens, sentence).map(({start, end, kind}) => [start, end, kind] as const)};
	};

	it('over one or two capitalised words after it that end in a building\'s or ground\'s word ("Memorial Hall", "Metropolitan Area")', () => {
		const hall = spanOf('The trains stop at Tallis Memorial Hall every hour.', 'Tallis', 2);
		expect(hall.repaired).toEqual([[hall.start, hall.start + 3, 'place']]);
		const area = spanOf('Towns joined to form the Greater Varnholm Metropolitan Area that year.', 'Greater', 2);
		expect(area.repaired).toEqual([[area.start, area.start + 4, 'place']]);
	});

	it('and a span that ends in one takes the capitalised word before it ("the Oakland Bay Bridge")', () => {
		const bridge = spanOf('Traffic on the Orrin Bay Bridge stopped.', 'Bay', 2);
		expect(bridge.repaired).toEqual([[bridge.start - 1, bridge.start + 2, 'place']]);
	});

	it('not over a lower-case word, a comma or a person\'s name, nor taking a title or a date\'s word', () => {
		expect(spanOf('They met at Tallis Memorial hall later.', 'Tallis', 2).repaired.map(span => span[1] - span[0])).toEqual([2]);
		expect(spanOf('They met at Tallis Memorial, Hall said.', 'Tallis', 2).repaired.map(span => span[1] - span[0])).toEqual([2]);
		expect(spanOf('They asked Dana Tallis Hall about it.', 'Dana', 2, 'person').repaired.map(span => span[1] - span[0])).toEqual([2]);
		const titled = spanOf('They thanked Mayor Orrin Bridge on Monday.', 'Orrin', 2);
		expect(titled.repaired).toEqual([[titled.start, titled.start + 2, 'place']]);
	});
});

describe('"and" between two known places after a body\'s "of" lists the places, not one name', () => {
	it('"the University of Birmingham and London": the university and London, not one body', () => {
		const found = names('She studied at the University of Birmingham and London before the war.');
		expect(found.organizations).toEqual(['University of Birmingham']);
		expect(found.places).toEqual(expect.arrayContaining(['Birmingham', 'London']));
	});

	it('a body whose name goes on after the place is still one name ("Bank of Varnholm and Trade")', () => {
		expect(names('The Ministry of Trade and Industry met the Bank of Varnholm and Trade on Monday.').organizations).toEqual(expect.arrayContaining(['Ministry of Trade and Industry']));
	});
});

describe('a building\'s name does not run on into a bracket', () => {
	it('"Orrin Palace (The Hall" is not one name', () => {
		const tokens = analyseParagraph('We walked to Orrin Palace (The Tallis Hall) at noon.')[0]!.tokens;
		const start = tokens.findIndex(token => token.text === 'Orrin');
		expect(repairSpans([{start, end: start + 2, kind: 'place'}], tokens, '').map(({start, end}) => [start, end])).toEqual([[start, start + 2]]);
		const tallis = tokens.findIndex(token => token.text === 'Tallis');
		expect(repairSpans([{start: tallis, end: tallis + 2, kind: 'place'}], tokens, '').map(({start, end}) => [start, end])).toEqual([[tallis, tallis + 2]]);
	});
});

describe('a work\'s title is neither body nor place', () => {
	it('after a word for a work ("the drama Orrin Abbey") or before its year alone in brackets ("Cemetery Lane (2010)")', () => {
		const found = names('Her breakthrough came in the period drama Orrin Abbey, and later films include Tallis Junction (2010) and Varn Harbour (2012).');
		expect([...found.organizations, ...found.places]).toEqual([]);
	});

	it('a magazine\'s or journal\'s title may be a body: it stays', () => {
		expect(names('She wrote for the magazine Harbour Monthly for a decade.').organizations).toEqual(['Harbour Monthly']);
	});
});

describe('a body\'s span run on over "and" into a second known place is cut there', () => {
	it('"University of Birmingham and London" read as one span is the university and London', () => {
		const sentence = 'She studied at the University of Birmingham and London before the war.';
		const tokens = analyseParagraph(sentence)[0]!.tokens;
		const start = tokens.findIndex(token => token.text === 'University');
		expect(repairSpans([{start, end: start + 5, kind: 'organization'}], tokens, sentence).map(({start, end, kind}) => [start, end, kind])).toEqual([[start, start + 3, 'organization'], [start + 4, start + 5, 'place']]);
	});
});

describe('a body named before its staff, and a land read as a person', () => {
	it('"Korvan staff", "Lestra employees": the body that employs them; not a known city\'s workers', () => {
		const found = names('At the airport, Korvan staff said the flight was full. On Monday, Lestra employees walked out, and Chicago workers joined them.');
		expect(found.organizations).toEqual(expect.arrayContaining(['Korvan', 'Lestra']));
		expect(found.organizations).not.toContain('Chicago');
	});

	it('"Roman Britain" is a land, whatever the tagger reads', () => {
		const found = names('Forts were built across Roman Britain in the second century.');
		expect(found.people).toEqual([]);
		expect(found.places).toContain('Roman Britain');
	});
});

describe('"and" and a known place owning what follows', () => {
	it('"the University of Birmingham and London\'s Orrin Academy": the university, London and the academy', () => {
		const found = names('She studied at the University of Birmingham and London\'s Orrin Academy of Dramatic Art.');
		expect(found.organizations).toContain('University of Birmingham');
		expect(found.organizations).not.toContain('University of Birmingham and London');
	});
});

describe('a festival names its town, however small', () => {
	const opened = (surface: string) => nameOpeningName({surface, key: surface.toLowerCase(), tokenCount: surface.split(' ').length, start: 0, end: surface.length, votes: {person: 0, organization: 2, place: 0}, acronym: false})?.surface;
	it('"the Avignon Festival", "Cannes Film Festival": the town is named there though under 100,000 people; not without a gathering\'s word', () => {
		expect(opened('Avignon Festival')).toBe('Avignon');
		expect(opened('Cannes Film Festival')).toBe('Cannes');
		expect(opened('Avignon Players')).toBeUndefined();
	});
});

describe('districts, sites and lists', () => {
	it('a district a service names is a body ("the Varnholm Independent School District"), a district alone stays a place', () => {
		expect(namesServiceDistrict('Varnholm Independent School District')).toBe(true);
		expect(namesServiceDistrict('Metro Water District')).toBe(true);
		expect(namesServiceDistrict('Orrin District')).toBe(false);
		expect(names('Teachers at the Varnholm Independent School District went on strike.').places).not.toContain('Varnholm Independent School District');
	});

	it('a heritage site is a place, the list it is on no body ("the UNESCO World Heritage List")', () => {
		const found = names('The old town became a UNESCO World Heritage Site in 1979, and the bridge joined the UNESCO World Heritage List later.');
		expect(found.places).toContain('UNESCO World Heritage Site');
		expect(found.organizations).not.toContain('UNESCO World Heritage List');
		expect(found.organizations).not.toContain('UNESCO World Heritage Site');
	});
});

describe('"Air" opens an airline\'s name', () => {
	it('"Air Varnholm" is the airline, not the place, also opening a sentence', () => {
		const sentence = 'Air Varnholm flies there five days a week.';
		const tokens = analyseParagraph(sentence)[0]!.tokens;
		expect(repairSpans([{start: 1, end: 2, kind: 'place'}], tokens, sentence)).toEqual([{start: 0, end: 2, kind: 'organization'}]);
	});
});

describe('an initialism before what a broadcaster or studio makes is the body that made it', () => {
	it('"the ZTV production", "the QRN series" name the broadcasters, once each; "the QXV tool" names nothing', () => {
		expect(names('She played the lead in the ZTV production Harbour Lights, and later joined the QRN series The Tide.').organizations).toEqual(['ZTV', 'QRN']);
		expect(names('He used the QXV tool to fix it.').organizations).toEqual([]);
	});
});

describe('a service district read short of its last word', () => {
	const body = (surface: string, start: number) => ({surface, key: surface.toLowerCase(), tokenCount: surface.split(' ').length, start, end: start + surface.length, votes: {person: 0, organization: 2, place: 0}, acronym: false});
	it('a body ending in a service a district runs, right before a capitalised "District", is the district whole ("the Varnell Independent School District")', () => {
		const text = 'Both the Varnell Independent School District and the police said so.';
		const read = serviceDistrictWhole(body('Varnell Independent School', 9), text);
		expect(read.surface).toBe('Varnell Independent School District');
		expect(text.slice(read.start, read.end)).toBe(read.surface);
	});

	it('not a body that names no service, nor a lower-case district ("the Varnell School district office")', () => {
		expect(serviceDistrictWhole(body('Varnell Bank', 4), 'The Varnell Bank District branch').surface).toBe('Varnell Bank');
		expect(serviceDistrictWhole(body('Varnell School', 4), 'The Varnell School district office').surface).toBe('Varnell School');
	});
});
