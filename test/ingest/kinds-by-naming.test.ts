import {describe, expect, it} from 'vitest';
import {ingestText, namesOf} from '../helpers/ingest-text.js';

const read = (...paragraphs: string[]) => namesOf(ingestText({text: ['Harbour news', ...paragraphs].join('\n\n')}));

describe('names whose kind the words around them state', () => {
	it('takes the kind a naming phrase gives: "a group known as X", "a village called X", "a man named X"', () => {
		const names = read('Investigators blamed a smuggling gang known as the Grey Ospreys for the thefts.', 'The boat ran aground near a fishing village called Porthdrennick on Sunday.');
		expect(names.organizations).toContain('Grey Ospreys');
		expect(names.people).not.toContain('Grey Ospreys');
		expect(names.places).toContain('Porthdrennick');
	});

	it('reads a public service named by its field before the place it serves as the body', () => {
		const names = read('Health Canada said the recall covered four brands.', 'Two walkers were treated at the scene, Ambulance Victoria said.');
		expect(names.organizations).toEqual(expect.arrayContaining(['Health Canada', 'Ambulance Victoria']));
		expect(names.people).toEqual([]);
	});

	it('reads "the X hospital" as the institution, not a person called X', () => {
		const names = read('The injured crew were flown to the Alfred hospital in Melbourne.');
		expect(names.people).toEqual([]);
		expect(names.organizations).toContain('Alfred hospital');
	});

	it('keeps an office\'s body whole: "the Prime Minister\'s Office"', () => {
		const names = read('The complaint went to the Prime Minister\'s Office on Monday, and the Attorney General\'s Department replied.');
		expect(names.organizations).toEqual(expect.arrayContaining(["Prime Minister's Office", "Attorney General's Department"]));
		expect(names.organizations).not.toContain('Office');
	});

	it('reads a name owning what only a place has ("Victoria\'s Premier") as the place, a person\'s possessive as the person', () => {
		const names = read('Victoria\'s Premier, Dara Quill, toured the fire ground on Friday.', 'Lena Marsh\'s lawyer said the case would be appealed.');
		expect(names.places).toContain('Victoria');
		expect(names.people).toEqual(expect.arrayContaining(['Dara Quill', 'Lena Marsh']));
		expect(names.people).not.toContain('Victoria');
	});

	it('reads "the union called X …" as the union\'s verb, not a naming: no body is made of what follows', () => {
		expect(read('The harbour union called Mayor Varga\'s plan a betrayal of the port.').organizations).toEqual([]);
		expect(read('On Tuesday the group called Dornan a liar and walked out.').organizations).toEqual([]);
	});

	it('keeps a name opened by a title\'s or a group\'s possessive whole: "Queen\'s Infirmary", "King\'s Harbour College"', () => {
		const names = read('The skipper was flown to Queen\'s Infirmary in Kelvik after the crash.', 'A surgeon at King\'s Harbour College said he would recover.');
		expect(names.organizations).toEqual(expect.arrayContaining(['Queen\'s Infirmary', 'King\'s Harbour College']));
		// A place's possessive owns a body of its own name.
		expect(read('Norway\'s Fisheries Directorate said it would look into the crash.').places).toContain('Norway');
	});
});
