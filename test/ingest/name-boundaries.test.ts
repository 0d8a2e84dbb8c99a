import {describe, expect, it} from 'vitest';
import {ingestText, namesOf} from '../helpers/ingest-text.js';

const names = (...paragraphs: string[]) => namesOf(ingestText({text: paragraphs.join('\n\n')}));

describe('where a name ends', () => {
	it('a body run straight into a person: "the African Union Sarah Mensah" is the union and Sarah Mensah', () => {
		const found = names('The envoy to the African Union Sarah Mensah said the talks would resume.');
		expect(found.people).toEqual(['Sarah Mensah']);
		expect(found.people.join()).not.toContain('Union');
	});

	it('a place run straight into a person: "the Volta Region Peter Owusu"', () => {
		const found = names('She was met by the governor of the Volta Region Peter Owusu on Monday.');
		expect(found.people).toContain('Peter Owusu');
		expect([...found.people, ...found.organizations, ...found.places].join('|')).not.toContain('Region Peter');
	});

	it('a common word run into a person: "Trade and Industry Maria Lopez" gives Maria Lopez alone', () => {
		const found = names('The Minister of Trade and Industry Maria Lopez arrived in Quito.');
		expect(found.people).toContain('Maria Lopez');
		expect(found.people).not.toContain('Industry Maria Lopez');
	});

	it('a first name before the head of a body\'s name is a word of it: "Foxley Hill Hospital", "Sandy Lane School"', () => {
		const found = names('Nurses at Foxley Hill Hospital walked out on Monday.', 'Pupils from Sandy Lane School sang at the gates.');
		const all = [...found.people, ...found.organizations, ...found.places];
		expect(all).toContain('Foxley Hill Hospital');
		expect(all).toContain('Sandy Lane School');
		expect(all).not.toContain('Hill Hospital');
		expect(all).not.toContain('Lane School');
		// "Royal" is a listed first name too; an infirmary is a body's head like a hospital.
		expect(names('Pickets gathered outside Leeds Royal Infirmary at dawn.').organizations).toEqual(['Leeds Royal Infirmary']);
	});

	it('a title in the run is the role, not the name: "Comrade"', () => {
		const story = ingestText({text: 'State radio praised Beloved Comrade Anan Osei for the harvest.'});
		expect(story.people.map(person => person.name)).toEqual(['Anan Osei']);
	});
});

describe('middle initials', () => {
	it('stay inside the name: "Ellen M. Smith", "the Dana F. Besecker Company"', () => {
		expect(names('Ellen M. Smith said the Dana F. Besecker Company was sold on Monday. It was Plan B. The rest followed.')).toEqual({
			people: ['Ellen M. Smith'],
			organizations: ['Dana F. Besecker Company'],
			places: [],
		});
	});
});

describe('words that are never entities', () => {
	it('nationality and region adjectives before a noun: "Moroccan state television", "the North African country"', () => {
		const found = names('Moroccan state television said the North African country had opened its roads, and the Far Eastern Russian city was calm.');
		expect([...found.places, ...found.organizations]).toEqual([]);
	});

	it('a time zone after a clock time, and sentence adverbs', () => {
		const found = names('The probe landed at 6.04 pm IST in Bengaluru. However, Everyone cheered.');
		expect(found.places).not.toContain('IST');
		expect([...found.people, ...found.organizations, ...found.places]).not.toContain('However');
	});

	it('groups of people by faith or origin: "radical Muslims", "Kurds"', () => {
		const found = names('Officials said radical Muslims and Kurds had joined the protest in Ankara.');
		expect([...found.people, ...found.organizations]).toEqual([]);
	});

	it('keeps countries and cities whose names end like adjectives', () => {
		expect(names('Officials in Japan and Michigan spoke to reporters in Milan.').places).toEqual(expect.arrayContaining(['Japan', 'Milan']));
	});

	it('a nationality made from a country of the gazetteer: "Kenyan", "Ugandan", "Pakistani" (not "Mark Cuban")', () => {
		const found = names('The Kenyan government said Ugandan officials and Pakistani diplomats would meet Mark Cuban in Nairobi.');
		expect(found).toEqual({people: ['Mark Cuban'], organizations: ['Kenyan government'], places: ['Nairobi']});
	});
});

describe('two places joined by a hyphen', () => {
	it('are two places, not one: "the Chile-Argentina border", "Japan-South Korea talks"', () => {
		const found = names('Trucks queued at the Chile-Argentina border on Monday.', 'Officials prepared Japan-South Korea talks in Busan.');
		expect(found.places).toEqual(expect.arrayContaining(['Chile', 'Argentina', 'Japan', 'South Korea']));
		expect(found.places.join('|')).not.toMatch(/-/);
	});

	it('leave a hyphenated name that is one place whole: "Komsomolsk-on-Amur", "Guinea-Bissau"', () => {
		const found = names('The plant at Komsomolsk-on-Amur builds jets, a minister from Guinea-Bissau said.');
		expect(found.places).toEqual(expect.arrayContaining(['Komsomolsk-on-Amur', 'Guinea-Bissau']));
		expect(found.places).not.toContain('Guinea');
	});
});
