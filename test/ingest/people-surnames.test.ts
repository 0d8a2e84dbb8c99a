import {describe, expect, it} from 'vitest';
import {parseArticleText} from '../../source/ingest/article-input.js';
import {analyseArticles} from '../../source/ingest/analyse.js';
import {groupEntities, type NameOccurrence} from '../../source/ingest/entities.js';
import {surnamesAsFullNames} from '../../source/ingest/name-tagger/full-names.js';
import {personHeadKind} from '../../source/ingest/name-tagger/person-evidence.js';
import {repairSpans} from '../../source/ingest/name-tagger/span-repairs.js';
import {analyseParagraph, normaliseName} from '../../source/ingest/tokens.js';

// A person's surname alone and a person's name cut short, on invented sentences.

/** The tagger's span over `words` (its first and last word) in `text`, repaired; the words each span ends up with. */
function repaired(text: string, first: string, last: string): string[] {
	const {tokens} = analyseParagraph(text)[0]!;
	const start = tokens.findIndex(token => token.text === first);
	const end = tokens.findIndex((token, index) => index >= start && token.text === last) + 1;
	return repairSpans([{start, end, kind: 'person'}], tokens, text).map(span => tokens.slice(span.start, span.end).map(token => token.text).join(' '));
}

describe('a person\'s name the tagger cut short', () => {
	it('takes back a given name no list knows, right before a surname read alone ("trained under Oskor Vantreel")', () => {
		expect(repaired('As a young painter she trained under Oskor Vantreel in the north.', 'Vantreel', 'Vantreel')).toEqual(['Oskor Vantreel']);
		// After a possessive the run of capitals before it is the owner's, not the person's.
		expect(repaired("The slate's Doruvo Kestane won a seat.", 'Kestane', 'Kestane')).toEqual(['Doruvo Kestane']);
		// Not a word the sentence capitalises, one of a longer run of capitals or a word of the language.
		expect(repaired('Lately Vantreel has painted less.', 'Vantreel', 'Vantreel')).toEqual(['Vantreel']);
		expect(repaired('She met Director Gunnar Vantreel there.', 'Vantreel', 'Vantreel')).toEqual(['Vantreel']);
		expect(repaired('She studied at Orvane Kessel Vantreel then.', 'Vantreel', 'Vantreel')).toEqual(['Vantreel']);
		expect(repaired('They said Hopefully Vantreel would come.', 'Vantreel', 'Vantreel')).toEqual(['Vantreel']);
	});

	it('runs a given name on over a middle initial and a surname ("Marta J. Okonkwo")', () => {
		expect(repaired('The linguist Marta J. Okonkwo (born 1950) wrote the grammar.', 'Marta', 'Marta')).toEqual(['Marta J Okonkwo']);
		// Not into a longer run of capitals (a body's name).
		expect(repaired('The prize went to Marta J. Okonkwo Foundation staff.', 'Marta', 'Marta')).toEqual(['Marta']);
	});
});

describe('a first name read apart from the rest of the name', () => {
	const read = (text: string) => {
		const {tokens} = analyseParagraph(text)[0]!;
		const at = (word: string) => tokens.findIndex(token => token.text === word);
		const spans = repairSpans([{start: at('Maren'), end: at('Maren') + 1, kind: 'person'}, {start: at('Maren') + 1, end: at('Maren') + 3, kind: 'place'}], tokens, text);
		return spans.map(span => `${span.kind}: ${tokens.slice(span.start, span.end).map(token => token.text).join(' ')}`);
	};

	it('is one person with the words after it that the tagger read as a place ("Maren Ashby Hill")', () => {
		expect(read('The professor Maren Ashby Hill spoke first.')).toEqual(['person: Maren Ashby Hill']);
		// Not where the words end in a building's or body's head, or are a well-known place.
		expect(read('They met Maren Ashby Hotel staff.')).toEqual(['person: Maren', 'place: Ashby Hotel']);
		expect(read('They told Maren South Africa was far.')).toEqual(['person: Maren', 'place: South Africa']);
	});
});

describe('a name after a word for a relation between people', () => {
	const read = (text: string, first: string, last: string) => {
		const {tokens} = analyseParagraph(text)[0]!;
		const start = tokens.findIndex(token => token.text === first);
		const end = tokens.findIndex(token => token.text === last) + 1;
		return personHeadKind({start, end, kind: 'organization'}, tokens)?.kind;
	};

	it('is a person, though the tagger read a body ("a loyal friend of Leona Marsh")', () => {
		expect(read('In those years the painter stayed a loyal friend of Leona Marsh.', 'Leona', 'Marsh')).toBe('person');
		expect(read('The letters went to the widow of Tomas Hall last year.', 'Tomas', 'Hall')).toBe('person');
		// Not where no first name opens it or a body's head ends it.
		expect(read('She was a friend of Varnholt Industries for years.', 'Varnholt', 'Industries')).toBe('organization');
		expect(read('He was a friend of Leona Marsh Foundation staff.', 'Leona', 'Foundation')).toBe('organization');
	});
});

describe('a surname alone that nothing read as a name', () => {
	const occurrencesOf = (text: string, fullName: string) => {
		const paragraphs = analyseArticles([parseArticleText(text, 'article-1.txt', {published: '2024-03-06', outlet: 'Outlet'})]);
		const where = paragraphs.find(paragraph => paragraph.text.includes(fullName))!;
		const start = where.text.indexOf(fullName);
		const full: NameOccurrence = {surface: fullName, key: normaliseName(fullName), tokenCount: 2, article: 0, paragraph: where.paragraph, start, end: start + fullName.length, votes: {person: 2, organization: 0, place: 0}, acronym: false, rules: ['name-tagger-person']};
		return surnamesAsFullNames([full], [undefined], paragraphs).map(occurrence => `${occurrence.paragraph}:${occurrence.surface}`);
	};

	it('is the person the article names in full ending with it', () => {
		const text = 'Title: Bridges\n\nThe design came from Anselm Quirrow, an engineer.\n\nBy spring Brandt had checked the loads that Quirrow drew (Quirrow 1751).';
		expect(occurrencesOf(text, 'Anselm Quirrow')).toEqual(['1:Anselm Quirrow', '2:Quirrow', '2:Quirrow']);
		// Not a word of the language, nor a word in a longer run of capitals.
		const other = 'Title: Bridges\n\nThe design came from Anselm Young, an engineer.\n\nYoung people and the Quirrow Young Society checked the loads.';
		expect(occurrencesOf(other, 'Anselm Young')).toEqual(['1:Anselm Young']);
		// Nor a caption's label the tagger read into a name.
		const captioned = 'Title: Fair\n\nCrowds at the stand of Ovo Image on Friday.\n\nThe gate at noon. Image: Ren Sato.';
		expect(occurrencesOf(captioned, 'Ovo Image')).toEqual(['1:Ovo Image']);
	});
});

describe('a person\'s two names in both orders', () => {
	const person = (surface: string, paragraph: number): NameOccurrence => ({surface, key: normaliseName(surface), tokenCount: 2, article: 0, paragraph, start: 0, end: surface.length, votes: {person: 2, organization: 0, place: 0}, acronym: false, rules: ['name-tagger-person']});

	it('are one person, named as the story writes it more often ("Tanabe Kiyo", "Kiyo Tanabe")', () => {
		const people = groupEntities([person('Tanabe Kiyo', 1), person('Kiyo Tanabe', 2), person('Tanabe Kiyo', 3), person('Ana Lima', 3)]);
		expect(people.map(entity => [entity.name, entity.aliases])).toEqual([
			['Tanabe Kiyo', ['Kiyo Tanabe']],
			['Ana Lima', []],
		]);
	});
});
