import {describe, expect, it} from 'vitest';
import {ingestText, namesOf} from '../helpers/ingest-text.js';
import {isTitleCase} from '../../source/ingest/analyse.js';
import {analyseParagraph} from '../../source/ingest/tokens.js';
import {personOverPlaceLookup} from '../../source/ingest/name-tagger/person-shapes.js';
import {namesAStorm} from '../../source/ingest/name-tagger/named-events.js';

// Things that bear a person's name are no person, and a person's name is read as one where lookups of its
// last word said "place" (issue 22: people). Invented sentences, through the whole importer.

const names = (text: string) => namesOf(ingestText({text: `Title: Notes on the week\n\n${text}`}));

describe('things named after people, and people named like places', () => {
	it('a storm is no person, whether its word opens the name or stands before it', () => {
		expect(names('Hurricane Ida struck the coast on Sunday, and residents fled.').people).toEqual([]);
		expect(names('Storm Brenna brought floods to the valley.').people).toEqual([]);
		expect(names('Typhoon Mirae killed four people in the north.').people).toEqual([]);
		// A person of the same name is still one.
		expect(names('Ida Marlow said the storm had passed.').people).toEqual(['Ida Marlow']);
		// A body a storm's word opens is still read.
		expect(namesAStorm({start: 1, end: 3}, analyseParagraph('The Hurricane Center warned of floods.')[0]!.tokens)).toBe(false);
		expect(namesAStorm({start: 1, end: 3}, analyseParagraph('Then Hurricane Ida struck.')[0]!.tokens)).toBe(true);
	});

	it('a name before the head word of an event or a plan is that event or plan, no person', () => {
		expect(names('The Harlan Festival opens on Friday in the old town.').people).toEqual([]);
		expect(names('The Karlov Plan was adopted by parliament on Monday.').people).toEqual([]);
		expect(names('The Jeff Harlow Experience drew crowds in Eureka.').people).toEqual([]);
	});

	it('a title and a given name opening a work\'s or an event\'s name make no person ("the series Inspector X Mysteries")', () => {
		expect(names('He starred in the series Inspector Marten Mysteries last year.').people).toEqual([]);
		expect(names('Inspector Marten Mysteries drew ten million viewers.').people).toEqual([]);
		expect(names('Mayor Jan van der Berg opened the bridge.').people).toEqual(['Jan van der Berg']);
	});

	it('a person owning a work keeps the name ("Dana Allen\'s Harbour Lights" is hers, no harbour)', () => {
		expect(names("She acted in Dana Allen's Harbour Lights (2004) and two plays.")).toEqual({people: ['Dana Allen'], organizations: [], places: []});
	});

	it('a given name and a surname that is also a town are a person where only the town\'s lookup said place', () => {
		const [sentence] = analyseParagraph("Critics praised Leo Dallas's Quiet Water.");
		const words = sentence!.tokens.slice(2, 4);
		const lookedUp = {votes: {person: 0, organization: 0, place: 3}, rules: ['place-tagged-head']};
		expect(personOverPlaceLookup(words, lookedUp)).toBe(true);
		// Evidence of how the text uses the name decides, and so does a place the gazetteer knows whole.
		expect(personOverPlaceLookup(words, {...lookedUp, rules: ['place-tagged-head', 'place-preposition']})).toBe(false);
		expect(personOverPlaceLookup(analyseParagraph('They drove to Santa Barbara.')[0]!.tokens.slice(3, 5), lookedUp)).toBe(false);
	});

	it('sentences full of names that run into a heading are prose, and their people are read', () => {
		const paragraph = 'Reyes has been with Amara Lumo since 2005. They married in 2014. They have two daughters, Maria Elena Reyes and Tiana Rosa Reyes, and a son, Tomas Reyes. Career';
		expect(isTitleCase(paragraph)).toBe(false);
		expect(names(paragraph).people).toEqual(expect.arrayContaining(['Amara Lumo', 'Maria Elena Reyes', 'Tomas Reyes']));
		// A heading stays one, also with a date or an abbreviation in it.
		expect(isTitleCase('Interview With The Founder Of Harbour Books Sunday, May 28, 2006')).toBe(true);
		expect(isTitleCase('Spouse(s) Ana Lumo (m. 1949; div. 1964) Tomas Reyes (m. 1977; div. 1979)')).toBe(true);
	});
});
