import * as ansiTokenize from '@alcalzone/ansi-tokenize';
import fc from 'fast-check';
import sliceAnsi from 'slice-ansi';
import {describe, expect, it} from 'vitest';
import {fastSliceAnsi} from '../../source/text/slice-cells.js';
import {fastStyledChars} from '../../source/text/styled-chars.js';

// The stand-ins for @alcalzone/ansi-tokenize and slice-ansi that the bundle gives Ink (source/build.mjs)
// must give the packages' own answers for every text: Ink draws every frame through them. They may only
// be faster, and load the packages' grapheme segmenters only for text that needs one.

let tokenizerLoads = 0;
let sliceLoads = 0;
const standIns = () => ({
	styled: fastStyledChars({
		...ansiTokenize,
		loadTokenize: () => {
			tokenizerLoads++;
			return ansiTokenize.tokenize;
		},
		// Not exported by the package's entry: recovered from its tokenizer (the bundle reads it from the package's file).
		getEndCode: code => (ansiTokenize.tokenize(code)[0] as {endCode: string}).endCode,
	}),
	slice: fastSliceAnsi(() => {
		sliceLoads++;
		return sliceAnsi;
	}),
});
const {styled: fast, slice: fastSlice} = standIns();

// What Ink's lines are made of: colours and styles as chalk writes them (single, compound, 256 and true
// colour, resets), links, and text of every kind, simple or not.
const pieces = ['a', 'word ', ' ', 'Ж', 'é', 'e\u0301', '北', '한', '\u1100\u1161', '🙂', '👍🏽', '🇰🇷', '1\uFE0F\u20E3', '©', '◉', '╔═', '▸', '…', 'ｶﾞ', '\u200B', '\t', '\r\n'];
const styles = ['\u001B[31m', '\u001B[39m', '\u001B[1m', '\u001B[22m', '\u001B[2m', '\u001B[7m', '\u001B[27m', '\u001B[0m', '\u001B[1;31m', '\u001B[38;5;208m', '\u001B[48;2;10;20;30m', '\u001B[4;38;2;1;2;3m', '\u001B[m', '\u001B]8;;https://example.org/\u0007', '\u001B]8;;\u0007', '\u001B[2J', '\u001B'];
const line = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...styles), fc.string({unit: 'grapheme', maxLength: 3})), {maxLength: 16}).map(parts => parts.join(''));

describe("Ink's styled cells without the packages' segmenters", () => {
	it('tokenizes, styles and writes back every line as @alcalzone/ansi-tokenize does', () => {
		fc.assert(
			fc.property(line, fc.option(fc.integer({min: 1, max: 20}), {nil: undefined}), (text, endChar) => {
				const tokens = fast.tokenize(text, endChar);
				expect(tokens).toEqual(ansiTokenize.tokenize(text, endChar));
				const chars = fast.styledCharsFromTokens(tokens);
				expect(chars).toEqual(ansiTokenize.styledCharsFromTokens(tokens));
				expect(fast.styledCharsToString(chars)).toBe(ansiTokenize.styledCharsToString(chars));
			}),
			{numRuns: 4000},
		);
	});

	it('writes back a row of cells of mixed origin (blank cells with their own empty style lists) as the package does', () => {
		fc.assert(
			fc.property(fc.array(line, {minLength: 1, maxLength: 4}), texts => {
				const row = texts.flatMap(text => [...fast.styledCharsFromTokens(fast.tokenize(text)), {type: 'char' as const, value: ' ', fullWidth: false, styles: []}]);
				expect(fast.styledCharsToString(row)).toBe(ansiTokenize.styledCharsToString(row));
			}),
			{numRuns: 2000},
		);
	});

	it('cuts every line by cells as slice-ansi does', () => {
		fc.assert(
			fc.property(line, fc.integer({min: 0, max: 20}), fc.option(fc.integer({min: 0, max: 24}), {nil: undefined}), (text, start, end) => {
				expect(fastSlice(text, start, end)).toBe(sliceAnsi(text, start, end));
			}),
			{numRuns: 4000},
		);
	});

	it("loads neither package's tokenizer for a frame of Latin, Cyrillic, Korean, box drawing and colours", () => {
		const {styled: fast, slice: fastSlice} = standIns();
		tokenizerLoads = 0;
		sliceLoads = 0;
		const frame = ['╔══ \u001B[1mKim Jong Un\u001B[22m ══╗', '▸ \u001B[36mВладимир Путин\u001B[39m · 블라디보스토크 …', '\u001B[2m  12 Sep 2023 · F ¶5\u001B[22m'];
		for (const text of frame) {
			fast.styledCharsToString(fast.styledCharsFromTokens(fast.tokenize(text)));
			fastSlice(text.replaceAll(/\u001B\[[0-9;]*m/g, ''), 2, 12);
		}
		expect([tokenizerLoads, sliceLoads]).toEqual([0, 0]);
		fast.tokenize('e\u0301');
		fastSlice('👍🏽 ok', 0, 2);
		expect([tokenizerLoads, sliceLoads]).toEqual([1, 1]);
	});
});
