import {describe, expect, it} from 'vitest';
import {ingestText, namesOf} from '../helpers/ingest-text.js';
import {hyphenatedGivenNames} from '../../source/ingest/name-tagger/person-shapes.js';
import {analyseParagraph} from '../../source/ingest/tokens.js';
import {repairSpans} from '../../source/ingest/name-tagger/span-repairs.js';

// People known by the shape of their names (person-shapes.ts), on invented sentences.

const people = (text: string) => namesOf(ingestText({text})).people;
const shaped = (text: string) => analyseParagraph(text).flatMap(sentence => hyphenatedGivenNames(sentence.tokens).map(({start, end}) => sentence.tokens.slice(start, end).map(token => token.text).join(' ')));

describe('people by the shape of their names', () => {
	it('a surname and a given name of two syllables joined by a hyphen is one person ("Lau Siu-lai")', () => {
		expect(people('Title: Vote\n\nCandidates were Kwok Ka-ki and Andrew Wan.')).toEqual(['Kwok Ka-ki', 'Andrew Wan']);
		expect(shaped('Lau Siu-lai won the seat.')).toEqual(['Lau Siu lai']);
		// A compound after a place, or a capitalised word opening it, is no given name.
		expect(shaped('The Hong Kong-based firm built a Tudor-style house. The Ka-ki group met.')).toEqual([]);
	});

	it('a name after a possessive starts at its first word, with no space before it', () => {
		expect(people("Title: Vote\n\nThe seat went to the camp's Kwok Ka-ki and Andrew Wan.")).toEqual(['Kwok Ka-ki', 'Andrew Wan']);
	});

	it('an epithet or a regnal number after a ruler\'s name is part of it; a ruler\'s title is not', () => {
		expect(people('Title: Russia\n\nHe became a close friend of Tsar Peter the Great. He served under Tsar Aleksei I, and later under Peter the Great.')).toEqual(['Peter the Great', 'Aleksei I']);
		expect(people('Title: Varn\n\nThe abbey was endowed by Pope Orsinus I, who died in 511, and later King Harald the Great was crowned there.')).toEqual(['Orsinus I', 'Harald the Great']);
		// Not "I" the pronoun, nor "the Great" opening another name.
		expect(people('Title: Talk\n\nWhen Peter I said no, she left.')).toEqual(['Peter']);
		expect(namesOf(ingestText({text: 'Title: Trip\n\nThey sailed across the Great Lakes in June.'})).places).toEqual(['Great Lakes']);
	});

	it('a capitalised word hyphened right before a person\'s name is its first part ("Anatole-Désiré Varnier")', () => {
		const text = 'Her father, Anatole-Désiré Varnier, was a cook.';
		const {tokens} = analyseParagraph(text)[0]!;
		const at = (word: string) => tokens.findIndex(token => token.text === word);
		const read = (start: number, end: number, kind: 'person' | 'organization') => repairSpans([{start, end, kind}], tokens, text).map(span => tokens.slice(span.start, span.end).map(token => token.text).join(' '));
		expect(read(at('Désiré'), at('Varnier') + 1, 'person')).toEqual(['Anatole Désiré Varnier']);
		// A hyphened pair after another capitalised word belongs to that longer name, and only people take the word.
		const other = 'The Kessler-Harlow Administration met.';
		const otherTokens = analyseParagraph(other)[0]!.tokens;
		expect(repairSpans([{start: 2, end: 3, kind: 'person'}], otherTokens, other).map(span => span.start)).toEqual([2]);
		expect(read(at('Désiré'), at('Varnier') + 1, 'organization')).toEqual(['Désiré Varnier']);
	});

	it('honours and seats written in capitals after a person\'s name are no part of it ("Dame X DBE RA", "X MP")', () => {
		expect(people('Title: Design\n\nDame Amara Lumo DBE RA was an architect.')).toEqual(['Amara Lumo']);
		expect(people('Title: Vote\n\nThe bill was backed by Tom Varnholt MP and two others.')).toEqual(['Tom Varnholt']);
	});
});
