import UFuzzy from '@leeoniya/ufuzzy';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {buildSearchDocuments} from '../../source/search/search-documents.js';
import {firstStageOptions, positionsByLength} from '../../source/search/search.js';
import {wordStageOptions} from '../../source/search/first-stage.js';
import {createWordIndex, isWordTerm, textsWithWords} from '../../source/search/word-index.js';
import {generateStory} from '../bench/generate-story.js';

const filter = new UFuzzy(firstStageOptions);

function indexOf(texts: string[]) {
	const index = createWordIndex();
	texts.forEach((text, position) => index.add(text, position));
	return index;
}

/** The word index's answer and uFuzzy's answer over the whole texts, for one term. */
function both(texts: string[], term: string, within?: number[]) {
	const index = indexOf(texts);
	return [textsWithWords(index, filter.filter(index.words, term) ?? [], within), filter.filter(texts, term, within) ?? []];
}

describe('the word index of the first search stage', () => {
	it('finds exactly the texts uFuzzy finds, for terms with typos over a synthetic story', () => {
		const texts = buildSearchDocuments(generateStory(3000, 11)).map(document => [document.name, ...document.aliases, document.role, document.text, document.speaker].join(' '));
		const index = indexOf(texts);
		const words = [...new Set(texts.join(' ').toLowerCase().split(/[^\p{L}']+/u).filter(word => word.length >= 2))].slice(0, 500);
		fc.assert(
			fc.property(fc.constantFrom(...words), fc.nat(), fc.constantFrom('ins', 'del', 'sub', 'swap', 'prefix', 'none'), (word, at, kind) => {
				const index_ = at % word.length;
				const term =
					kind === 'ins' ? word.slice(0, index_) + 'e' + word.slice(index_) : kind === 'del' ? word.slice(0, index_) + word.slice(index_ + 1) : kind === 'sub' ? word.slice(0, index_) + 'x' + word.slice(index_ + 1) : kind === 'swap' && index_ + 1 < word.length ? word.slice(0, index_) + word[index_ + 1] + word[index_] + word.slice(index_ + 2) : kind === 'prefix' ? word.slice(0, index_ + 1) : word;
				if (!isWordTerm(term)) return;
				expect(textsWithWords(index, filter.filter(index.words, term) ?? [])).toEqual(filter.filter(texts, term) ?? []);
			}),
			{numRuns: 400},
		);
	}, 60_000);

	it('agrees on texts with apostrophes, underscores, digits, capitals and other scripts', () => {
		const texts = ["O'Brien's deal", 'snake_case_name', 'Covid-19 and 2019', 'ВЛАДИВОСТОК порт', '김정은 위원장', 'l’été à Paris', 'DeLegation', 'x', ''];
		const letters = fc.constantFrom(...'abcdeilnoprstxвлдикорт김정은éà'.split(''));
		fc.assert(
			fc.property(fc.array(letters, {minLength: 1, maxLength: 8}).map(chars => chars.join('')), fc.subarray([0, 1, 2, 3, 4, 5, 6, 7, 8]), (term, within) => {
				const [fromWords, fromTexts] = both(texts, term, within);
				expect(fromWords).toEqual(fromTexts);
			}),
			{numRuns: 500},
		);
		expect(both(texts, 'brien', undefined)).toEqual([[0], [0]]);
		// A typo slot may hold an apostrophe or a digit: "obrien" finds "O'Brien's", "ministry" "minis1try".
		expect(both(texts, 'obrien', undefined)).toEqual([[0], [0]]);
		expect(both([...texts, 'the minis1try'], 'ministry', undefined)).toEqual([[9], [9]]);
		expect(both(texts, 'delegation', undefined)).toEqual([[6], [6]]);
	});

	it('agrees with uFuzzy among given texts, whether it reads the postings (a rare term) or the texts (a common one)', () => {
		const texts = buildSearchDocuments(generateStory(3000, 13)).map(document => [document.name, ...document.aliases, document.role, document.text, document.speaker].join(' '));
		const index = indexOf(texts);
		fc.assert(
			fc.property(fc.constantFrom('m', 'mi', 'de', 'a', 'vladivostk', 'smirnof', 'ministy', 'hoffman', 'pyongyagn'), fc.uniqueArray(fc.nat(texts.length - 1), {maxLength: 400}), (term, picked) => {
				const within = picked.sort((a, b) => a - b);
				expect(textsWithWords(index, filter.filter(index.words, term) ?? [], within)).toEqual(filter.filter(texts, term, within) ?? []);
			}),
			{numRuns: 200},
		);
	}, 60_000);
});

describe("the word stage's matcher (a cheaper pattern for words)", () => {
	const wordFilter = new UFuzzy(wordStageOptions);
	// What a word of the index can hold: letters of several scripts and cases, digits, apostrophes, underscores.
	const wordCharacters = fc.constantFrom(..."abcdeilnoprstxABDLвлдикортВЛ김정은éàÉß'_0159".split(''));
	const word = fc.array(wordCharacters, {minLength: 1, maxLength: 12}).map(chars => chars.join(''));

	it('finds the same words as the first-stage matcher: words one typo away from the term, of any characters a word holds', () => {
		const letters = fc.array(fc.constantFrom(...'abdeilnorstвлдикор김éß'.split('')), {minLength: 1, maxLength: 10}).map(chars => chars.join(''));
		const edit = fc.record({kind: fc.constantFrom('ins', 'sub', 'del', 'none'), at: fc.nat(), character: wordCharacters, before: fc.array(wordCharacters, {maxLength: 3}), after: fc.array(wordCharacters, {maxLength: 3})});
		fc.assert(
			fc.property(letters, fc.array(edit, {minLength: 1, maxLength: 20}), fc.array(word, {maxLength: 10}), (term, edits, others) => {
				// Words made from the term by one edit (with a letter, digit, apostrophe or underscore), inside other characters.
				const words = edits.map(({kind, at, character, before, after}) => {
					const place = at % term.length;
					const edited = kind === 'ins' ? term.slice(0, place) + character + term.slice(place) : kind === 'sub' ? term.slice(0, place) + character + term.slice(place + 1) : kind === 'del' ? term.slice(0, place) + term.slice(place + 1) : term;
					return before.join('') + edited + after.join('');
				});
				const all = [...words, ...others].filter(each => each !== '');
				expect(wordFilter.filter(all, term) ?? []).toEqual(filter.filter(all, term) ?? []);
			}),
			{numRuns: 150},
		);
	});

	it("finds the same words as the first-stage matcher among a story's words, for terms with typos", () => {
		const index = indexOf(buildSearchDocuments(generateStory(3000, 11)).map(document => [document.name, ...document.aliases, document.role, document.text, document.speaker].join(' ')));
		for (const term of ['delegatoin', 'vladivostk', 'smirnof', 'pyongyagn', 'hoffman', 'ministy', 'sanctinos', 'councl', 'trasnport', 'мария', 'петрв', 'elodie', 'zoe', 'd', 'de', 'del']) {
			for (let length = 1; length <= term.length; length++) {
				const prefix = term.slice(0, length);
				expect(wordFilter.filter(index.words, prefix) ?? [], prefix).toEqual(filter.filter(index.words, prefix) ?? []);
			}
		}
	});
});

describe('the order candidates are taken in', () => {
	it('is shortest text first, ties in story order, lengths past 1023 counted as 1023', () => {
		const long = 'x'.repeat(1500);
		const longer = 'y'.repeat(2000);
		expect([...positionsByLength(['ccc', 'a', longer, 'bb', 'd', long, ''])]).toEqual([6, 1, 4, 3, 0, 2, 5]);
	});
});
