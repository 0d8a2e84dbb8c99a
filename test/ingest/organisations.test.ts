import {describe, expect, it} from 'vitest';
import {ingestText, namesOf, speakersOf} from '../helpers/ingest-text.js';
import {namesNewspaper, newspaperAfterTown} from '../../source/ingest/name-tagger/names-of-things.js';

const organisations = (text: string) => namesOf(ingestText({text})).organizations;

describe('organisation cues', () => {
	it('"the Nigerian government said": a country\'s institution by its nationality, and it speaks', () => {
		const story = ingestText({text: '“The roads will reopen,” the Nigerian government said on Monday.'});
		expect(namesOf(story).organizations).toEqual(['Nigerian government']);
		expect(speakersOf(story)).toEqual([['The roads will reopen,', 'Nigerian government']]);
	});

	it('not when the noun only modifies another: "Nigerian government sources"', () => {
		expect(organisations('The report cited Nigerian government sources on Monday.')).toEqual([]);
	});

	it('an institution named by its common noun alone, and a party by its members', () => {
		expect(organisations('The vote in Parliament was delayed, and Prime Minister Ana Ruiz\'s Conservatives walked out.')).toEqual(expect.arrayContaining(['Parliament', 'Conservatives']));
	});

	it('"the Quirinal on Monday announced": a single name with an article that speaks, a few words on', () => {
		expect(organisations('The Quirinal on Monday announced a new decree.')).toEqual(['Quirinal']);
	});

	it('a plural possessive inside a name: "the Miners\' Union of Zambia"', () => {
		expect(organisations('Talks with the Miners\' Union of Zambia resumed.')).toEqual(["Miners' Union of Zambia"]);
	});

	it('a title and its portfolio are a role, not a body: "Minister of Fisheries Ana Ruiz"', () => {
		const story = ingestText({text: 'Minister of Fisheries Ana Ruiz visited the port.'});
		expect(namesOf(story).organizations).toEqual([]);
	});

	it('a title word after a body\'s head and its connector is part of the body: "Ministry of Foreign Affairs"', () => {
		const story = ingestText({text: 'The Ministry of Foreign Affairs summoned the envoy, and the Institute for Foreign Trade said it was surprised.'});
		expect(namesOf(story).organizations).toEqual(['Ministry of Foreign Affairs', 'Institute for Foreign Trade']);
		expect(namesOf(story).people).toEqual([]);
		// A title before the name still makes a person: "Foreign Minister Ana Ruiz".
		expect(namesOf(ingestText({text: 'Foreign Minister Ana Ruiz flew home on Monday.'})).people).toEqual(['Ana Ruiz']);
	});

	it('a factory is a body: "the Tema Steel Plant"', () => {
		expect(organisations('Workers at the Tema Steel Plant went on strike.')).toEqual(['Tema Steel Plant']);
	});

	it('a last word that heads institutions outranks the word before "of": "the Port of Lagos Authority"', () => {
		expect(organisations('A spokesperson for the Port of Lagos Authority said queues were growing.')).toEqual(['Port of Lagos Authority']);
	});

	it('who someone works for, with the role word opening the sentence: "Analysts at Quill Partners said"', () => {
		expect(organisations('Analysts at Quill Partners said the deal was sound.')).toEqual(['Quill Partners']);
	});
});

describe('initialisms that are no body, whoever reads them', () => {
	it('a common noun\'s, unit\'s or currency\'s initialism is no organisation, however often the text uses it ("IQ", "VHF", "DKK")', () => {
		expect(organisations('Her IQ was tested twice, and the IQ results surprised the Marlow Institute.')).toEqual(['Marlow Institute']);
		expect(organisations('Guests should carry a VHF radio; VHF channel 16 is monitored by the Danish Coast Guard. Prices are quoted in DKK.')).toEqual(['Danish Coast Guard']);
	});
});

describe('military units and corps are bodies', () => {
	it('"the Corps of Engineers", "the Ninth Legion", "the Orvane Regiment" end in a unit\'s word, as "Army" and "Brigade" do', () => {
		expect(organisations('In 1802 she served as a surgeon with the Corps of Engineers at the coast.')).toEqual(['Corps of Engineers']);
		expect(organisations('Varnholm was home first to the Ninth Legion, whose men built the walls.')).toEqual(['Ninth Legion']);
		expect(organisations('He served in the Orvane Regiment until 1916.')).toEqual(['Orvane Regiment']);
	});
});

describe('bodies named by what they are', () => {
	it('an apposition headed by a word for a body makes the name before it a body, also opening a sentence', () => {
		expect(organisations('Tarnwell, the union representing most dock workers, called the offer an insult.')).toEqual(['Tarnwell']);
		expect(organisations('On Monday, Harfang, a regional broadcaster, said the talks had failed.')).toEqual(['Harfang']);
		// A word for a body before a role, or owning one, describes a person.
		expect(organisations('Tomas Ashby, the company chairman, resigned on Friday.')).toEqual([]);
		// The tail of a longer name after "of" is not the body the apposition describes.
		expect(organisations('She carved the seal of the Guild of the Lantern, a union of old sailors.')).not.toContain('Lantern');
	});

	it('a company named by its trade in the plural ("Foods", "Brands", "Logistics"), even after a word that is also a first name', () => {
		const story = ingestText({text: 'Kestrel Foods said on Wednesday it would close a bakery and cut 400 jobs.\n\nShares in Kestrel Foods fell 6%.'});
		expect(namesOf(story).organizations).toEqual(['Kestrel Foods']);
		expect(namesOf(story).people).toEqual([]);
	});

	it('a word opening a body\'s name, used alone with no title or role, is the body\'s short form, not a person ("Kestrel employs …")', () => {
		const story = ingestText({
			text: "Kestrel Foods to cut jobs\n\nKestrel Foods said on Wednesday it would close its bakery.\n\nAccording to the company's annual report, Kestrel employs 6,200 people across 14 sites.\n\nKestrel was founded in 1952 by a baker.",
		});
		expect(namesOf(story).organizations).toEqual(['Kestrel Foods']);
		expect(namesOf(story).people).not.toContain('Kestrel');
		// With a title it is a person of that name.
		expect(namesOf(ingestText({text: 'Vessa Foods cut jobs on Monday. Mr. Vessa, its founder, said he was sorry.'})).people).toEqual(['Vessa']);
	});
});

describe('newspapers named by their town', () => {
	it('a known town and a masthead word after it are the newspaper, not a place or a person ("the Tulsa Examiner", "the Reno Sentinel")', () => {
		const found = namesOf(ingestText({text: 'In an interview with the Tulsa Examiner, she said the plan had failed. Copies of the Reno Sentinel and the Boise Ledger were sold out.'}));
		expect(found.organizations).toEqual(expect.arrayContaining(['Tulsa Examiner', 'Reno Sentinel', 'Boise Ledger']));
		expect([...found.people, ...found.places]).not.toEqual(expect.arrayContaining(['Tulsa Examiner']));
		expect(found.people).toEqual([]);
	});

	it('reads the masthead after modifiers and a hyphen, and only after a town the gazetteer knows', () => {
		expect(['Detroit Free Press', 'Chicago Sun-Times', 'The Fresno Bee', 'Dallas Morning News'].filter(namesNewspaper)).toHaveLength(4);
		expect(['Lone Star', 'Varnholt Courier', 'Morning Star', 'Northern Star', 'Republic Sun', 'Boise'].filter(namesNewspaper)).toEqual([]);
	});

	it('where the town alone was read, the newspaper is read whole beside it; not before a third capitalised word ("Boston Post Road")', () => {
		const town = (surface: string, text: string) => {
			const start = text.indexOf(surface);
			return newspaperAfterTown({surface, key: surface.toLowerCase(), tokenCount: 1, start, end: start + surface.length, votes: {person: 0, organization: 0, place: 2}, acronym: false}, text);
		};
		expect(town('Fresno', 'It first ran in the Fresno Bee on Monday.')?.surface).toBe('Fresno Bee');
		expect(town('Dallas', 'The Dallas Morning News said so.')?.surface).toBe('Dallas Morning News');
		expect(town('Boston', 'They drove down Boston Post Road.')).toBeUndefined();
		expect(town('Fresno', 'He met in Fresno Monday.')).toBeUndefined();
	});
});
