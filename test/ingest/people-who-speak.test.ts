import {describe, expect, it} from 'vitest';
import {ingestText, namesOf, speakersOf} from '../helpers/ingest-text.js';
import {personHeadKind} from '../../source/ingest/name-tagger/person-evidence.js';
import {analyseParagraph} from '../../source/ingest/tokens.js';
import {isTitleCase} from '../../source/ingest/analyse.js';

// People the speaker rules could not find because the name reader lost them (issue 22, people12), on
// invented sentences through the whole importer.

describe('a titled person before "and" is a person, not the start of a body\'s name', () => {
	it('"Ambassador X Y and Z News …" names a person and a body, and the person\'s quotes are theirs', () => {
		const story = ingestText({text: 'Title: Envoys differ\n\nFormer Ambassador Ivo Varnick and Harbour News editor Dr. Lena Ostrow both criticised the plan on Thursday.\n\n"It is a bad plan," Varnick said.'});
		const found = namesOf(story);
		expect(found.people).toEqual(expect.arrayContaining(['Ivo Varnick', 'Lena Ostrow']));
		expect(found.organizations).toEqual(['Harbour News']);
		expect(speakersOf(story)).toEqual([['It is a bad plan,', 'Ivo Varnick']]);
		const senator = namesOf(ingestText({text: 'On Monday Senator Ivo Varnick and Harbour News host Ana Reyes argued about the budget.'}));
		expect(senator.people).toEqual(expect.arrayContaining(['Ivo Varnick', 'Ana Reyes']));
		expect(senator.organizations).toEqual(['Harbour News']);
		// The file's first import also loads the tagger's weights: seconds on a loaded machine.
	}, 60_000);

	it('a body\'s own name across "and" stays whole', () => {
		const found = namesOf(ingestText({text: 'The Harbour Fire and Rescue Service and the Minister for Trade and Industry met on Monday.'}));
		expect(found.organizations).toContain('Harbour Fire and Rescue Service');
		expect(found.people).toEqual([]);
	});
});

describe('a name a title of address stands before is a person\'s, whatever kind the tagger guessed', () => {
	// The tagger's span as it may come: its words and the kind it guessed.
	const read = (text: string, words: string, kind: 'place' | 'organization') => {
		const tokens = analyseParagraph(text)[0]!.tokens;
		const parts = words.split(' ');
		const start = tokens.findIndex((_token, index) => parts.every((word, offset) => tokens[index + offset]?.text === word));
		const span = personHeadKind({start, end: start + parts.length, kind}, tokens);
		return span && {kind: span.kind, name: tokens.slice(span.start, span.end).map(token => token.text).join(' ')};
	};

	it('"Mr. X", "Gov. X", "Sen. X" read as a place or a body are the person X', () => {
		expect(read('The anger is so open that Mr. Varnick was asked about it.', 'Mr Varnick', 'place')).toEqual({kind: 'person', name: 'Varnick'});
		expect(read('The anger is so open that Mr. Varnick was asked about it.', 'Varnick', 'place')).toEqual({kind: 'person', name: 'Varnick'});
		expect(read('"We will not sign," Gov. Oldenhove replied.', 'Oldenhove', 'organization')).toEqual({kind: 'person', name: 'Oldenhove'});
		expect(read('The bill was sent to Sen. Ana Reyes on Monday.', 'Sen Ana Reyes', 'organization')).toEqual({kind: 'person', name: 'Ana Reyes'});
		// An office title written out before one word of no common use.
		expect(read('The plan was praised by Senator Oldenhove on Monday.', 'Senator Oldenhove', 'place')).toEqual({kind: 'person', name: 'Oldenhove'});
	});

	it('titles alone name nobody, "Madam" among them', () => {
		const tokens = analyseParagraph('Thank you, Madam Speaker, for the time.')[0]!.tokens;
		const start = tokens.findIndex(token => token.text === 'Madam');
		expect(personHeadKind({start, end: start + 2, kind: 'person'}, tokens)).toBeUndefined();
	});

	it('not a body or place a title word opens, nor one whose last word is a place\'s or body\'s head', () => {
		expect(read('Shares of General Motors rose on Monday.', 'General Motors', 'organization')).toEqual({kind: 'organization', name: 'General Motors'});
		expect(read('She was treated at the Dr. Varnick Hospital in June.', 'Dr Varnick Hospital', 'organization')).toEqual({kind: 'organization', name: 'Dr Varnick Hospital'});
		expect(read('The Health Ministry and Chancellor Street were named.', 'Chancellor Street', 'place')).toEqual({kind: 'place', name: 'Chancellor Street'});
	});
});

describe('a headline\'s full name does not run on over a second person\'s surname', () => {
	it('"Dorothy Tane Defends Varnick" names Dorothy Tane and Varnick, each with their own quotes', () => {
		const story = ingestText({text: 'Title: Harbour Widow Dorothy Tane Defends Varnick On Taxes\n\nThe widow spoke on Monday. "He is right," Tane said of Varnick, who leads the council.\n\nVarnick thanked her.'});
		expect(namesOf(story).people).toEqual(['Dorothy Tane', 'Varnick']);
		expect(speakersOf(story)).toEqual([['He is right,', 'Dorothy Tane']]);
		// A first name the text uses alone is still the headline name's own.
		expect(namesOf(ingestText({text: 'Title: Eugene Varnick\n\nEugene A. Varnick was a linguist. Eugene worked in Peru. Varnick wrote books.'})).people).toEqual(['Eugene A. Varnick']);
	});
});

describe('a headline\'s word of grammar opens no full name, though the name lists hold it', () => {
	it('"… Plan To Lena Ostrow Speech" names Lena Ostrow, and her quotes are hers', () => {
		const story = ingestText({text: 'Title: Senator Compares Tax Plan To Lena Ostrow Speech\n\nThe senator spoke on Wednesday about the plan.\n\n"It was fair," Ostrow said in May.'});
		expect(namesOf(story).people).toEqual(['Lena Ostrow']);
		expect(speakersOf(story)).toEqual([['It was fair,', 'Lena Ostrow']]);
	});
});

describe('a line leading into a quotation is prose, not a heading in Title Case', () => {
	it('"Reporter Tavita Ostrow says:", "According to X, writing for Y:" name their speaker, who speaks the quotation after it', () => {
		expect(isTitleCase('Reporter Tavita Ostrow says:')).toBe(false);
		expect(isTitleCase('According to Ana Reyes, writing for the Harbour Times:')).toBe(false);
		expect(isTitleCase('What Happens Next For Harbour:')).toBe(true);
		expect(isTitleCase('Ten Things To Know About Harbour Taxes:')).toBe(true);
		const story = ingestText({text: 'Title: Talks\n\nThe talks failed on Monday.\n\nReporter Tavita Ostrow says:\n\n"It was a long day for everyone."'});
		expect(namesOf(story).people).toEqual(['Tavita Ostrow']);
		expect(speakersOf(story)).toEqual([['It was a long day for everyone.', 'Tavita Ostrow']]);
	});
});

describe('a first name and a surname the story uses alone for a person are that person', () => {
	it('"Clara Woods" is a person, not a place by its head word, where the text calls her "Woods" again and again', () => {
		const story = ingestText({text: 'Title: Widow speaks\n\nClara Woods, whose son was a medic, spoke at the hall on Monday.\n\n"I am not angry," Woods said. Woods later met the mayor, and Woods thanked him.'});
		expect(namesOf(story)).toEqual({people: ['Clara Woods'], organizations: [], places: []});
		expect(speakersOf(story)).toEqual([['I am not angry,', 'Clara Woods']]);
	});

	it('an initialism before a first name and a surname is the person\'s unit, not part of the name', () => {
		const story = ingestText({text: 'Title: Rescue\n\nThe crew of the Navy SEAL Tom Varnick team arrived. Navy SEAL Tom Varnick led them.\n\n"We found them," Varnick said.'});
		expect(namesOf(story).people).toContain('Tom Varnick');
		expect(speakersOf(story)).toEqual([['We found them,', 'Tom Varnick']]);
	});
});

describe('where a person\'s name ends', () => {
	it('a colon opening a quotation without a space ends the name; "Pastor" is a title, no part of it', () => {
		expect(namesOf(ingestText({text: 'Title: T\n\nThe former minister Ana Rodham Varnick:"We learned that from the start," she said.'})).people).toEqual(['Ana Rodham Varnick']);
		const pastor = ingestText({text: 'Title: T\n\nOn Sunday, Pastor Tomas Ostrow stood at his pulpit. "Pray," Ostrow said.'});
		expect(namesOf(pastor).people).toEqual(['Tomas Ostrow']);
		expect(speakersOf(pastor)).toEqual([['Pray,', 'Tomas Ostrow']]);
	});
});

describe('a title of address settles who the name is across the story', () => {
	it('"Mr. Arad" is a person though a town bears the name and the surname alone is read as it elsewhere; his quote is his', () => {
		const story = ingestText({text: 'Title: Referee speaks\n\nMr. Arad, the referee, said he had felt threatened.\n\n"I never felt like that," Arad said.'});
		expect(namesOf(story).people).toEqual(['Arad']);
		expect(namesOf(story).places).toEqual([]);
		expect(speakersOf(story)).toEqual([['I never felt like that,', 'Arad']]);
	}, 60_000);

	it('an abbreviated office before the name is the person\'s role: "Gov. X" a governor, "Sen. X" a senator; "Mr." names none', () => {
		const story = ingestText({text: 'Title: Vote\n\nGov. Marla Tenny said the count was fair. Sen. Rob Quill disagreed, and Mr. Teo Brand abstained.'});
		const role = (name: string) => story.people.find(person => person.name === name)?.role;
		expect(role('Marla Tenny')).toBe('Governor');
		expect(role('Rob Quill')).toBe('Senator');
		expect(role('Teo Brand')).toBeUndefined();
	}, 60_000);
});
