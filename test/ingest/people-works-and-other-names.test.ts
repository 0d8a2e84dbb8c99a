import {describe, expect, it} from 'vitest';
import {ingestText, namesOf} from '../helpers/ingest-text.js';
import {analyseParagraph} from '../../source/ingest/tokens.js';
import {isForeignArticle, isWork} from '../../source/ingest/name-tagger/works-and-parties.js';

// What a person made is no person, a person's other name is no second person, and a street named after a queen
// is no queen (issue 22: people). Invented
// sentences, through the whole importer where it reads them so.

const names = (text: string) => namesOf(ingestText({text: `Title: Notes on the week\n\n${text}`}));
const people = (text: string) => names(text).people;
/** Each person's forms (the name and its aliases), sorted. */
const forms = (text: string) => ingestText({text: `Title: Notes on the week\n\n${text}`}).people.map(person => [person.name, ...person.aliases].toSorted());

/** isWork for the capitalised words from `first` to `last` of one sentence. */
const workAt = (sentence: string, first: string, last = first) => {
	const tokens = analyseParagraph(sentence)[0]!.tokens;
	const start = tokens.findIndex(token => token.text === first);
	const end = tokens.findIndex((token, index) => index >= start && token.text === last) + 1;
	return isWork({start, end}, tokens);
};

describe("people's works and people's other names", () => {
	it("the title after a person's possessive is the person's work, no person", () => {
		expect(people("After that she played in Paul Varenne's Marie Galante and in Hugo Brandt's Anna Karst.")).toEqual(['Paul Varenne', 'Hugo Brandt']);
		expect(people("She toured in Lena Corvo's Winter Harbour and later in Tomas Brandt's Iron Orchard.")).toEqual(['Lena Corvo', 'Tomas Brandt']);
		// After a body's possessive a person follows as often: that person stays.
		expect(people("The Labour party's Ann Kell spoke first.")).toEqual(['Ann Kell']);
	});

	it("a work's title read only in part is still the work's, back over its capitals and particles", () => {
		expect(workAt('Her poems appeared in the magazine Kaze no Tomoe in 1890.', 'Tomoe')).toBe(true);
		expect(workAt("Her next role is in a sequel, The Duke's Lady, shot in Prague.", 'Lady')).toBe(true);
		// A particle opens no title, and "of" joins a work's word to its author.
		expect(workAt('The lead in the novel of Jane Austen was cast.', 'Jane', 'Austen')).toBe(false);
		expect(workAt('Ana Reyes starred in the film de Luca made.', 'Luca')).toBe(false);
	});

	it("a title's foreign article read alone is no name, though a surname of that shape is", () => {
		expect(['La', 'Il', 'Los', 'Der'].map(isForeignArticle)).toEqual([true, true, true, true]);
		expect(['Le', 'De', 'Lao', 'Dieter'].map(isForeignArticle)).toEqual([false, false, false, false]);
	});

	it('a name given after ", known as" is the person named before it', () => {
		expect(forms('Rosa Kell (1840 – 1901), better known as Rosalind Kell, was a poet. Rosalind Kell wrote six books.')).toEqual([['Rosa Kell', 'Rosalind Kell']]);
		expect(people('Rosa Kell was a poet and a translator, also known as Rosalind Kell.')).toEqual(['Rosa Kell']);
		// Another verb between says someone else is named.
		expect(people('Tomas Rell met the drummer, known as Jo Kaster, in 1990.')).toEqual(['Tomas Rell', 'Jo Kaster']);
	});

	it('a royal title and a word for a place name a street, park or town after royalty, no person', () => {
		expect(names('They walked down Queen Street to King Park and then to Prince Bay.')).toEqual({people: [], organizations: [], places: ['Queen Street', 'King Park', 'Prince Bay']});
		expect(names('The town of King Creek grew fast.')).toEqual({people: [], organizations: [], places: ['King Creek']});
		// Royals keep their given names, and other titles their surnames ("President Park").
		expect(people('President Park met King Harald and Queen Sonja in Oslo.')).toEqual(['Park', 'Harald', 'Sonja']);
	});
});
