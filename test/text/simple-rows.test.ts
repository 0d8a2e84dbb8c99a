import * as ansiTokenize from '@alcalzone/ansi-tokenize';
import fc from 'fast-check';
import sliceAnsi from 'slice-ansi';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
// Ink's own Output, which the bundle replaces (source/build.mjs); Ink's exports do not name the file.
import InkOutput from '../../node_modules/ink/build/output.js';
import {keptOutput, type OutputText} from '../../source/text/kept-output.js';
import {simpleRows} from '../../source/text/simple-rows.js';
import {fastSliceAnsi} from '../../source/text/slice-cells.js';
import {fastStyledChars} from '../../source/text/styled-chars.js';

// Rows of plain ASCII with styles are built from runs instead of cells (simple-rows.ts): the frames must
// stay Ink's byte for byte, and the runs must be what builds most rows of such frames (else the test
// would pass by always falling back to cells).

type Step = {x: number; y: number; text: string; clip?: {x1: number; x2: number}};

const getEndCode = (code: string) => (ansiTokenize.tokenize(code)[0] as {endCode: string}).endCode;
const fast = fastStyledChars({...ansiTokenize, loadTokenize: () => ansiTokenize.tokenize, getEndCode});
const rowsBuilt = {simple: 0, all: 0};
const simpleRowText = simpleRows({...ansiTokenize, getEndCode});
const counted: typeof simpleRowText = (writes, width) => {
	const text = simpleRowText(writes, width);
	rowsBuilt.all++;
	if (text !== undefined) rowsBuilt.simple++;
	return text;
};
const bundleText = {sliceAnsi: fastSliceAnsi(() => sliceAnsi), stringWidth, ...fast, simpleRowText: counted} as unknown as OutputText;

// Narrow characters beyond ASCII (box drawing, middle dot, ambiguous width, Cyrillic) take the runs as
// well; wide, combining and astral ones, and controls, the cells.
const pieces = ['a', 'word ', ' ', '  ', 'Zz9', '|', '~', '─', '·', '…', 'Ж', 'é', '▸', '北', 'e\u0301', '🙂', '\u0007'];
const styles = ['\u001B[31m', '\u001B[39m', '\u001B[1m', '\u001B[22m', '\u001B[2m', '\u001B[7m', '\u001B[27m', '\u001B[0m', '\u001B[38;5;208m', '\u001B[48;2;10;20;30m', '\u001B[1;31m', '\u001B[m'];
const line = fc.array(fc.oneof({weight: 3, arbitrary: fc.constantFrom(...pieces)}, {weight: 2, arbitrary: fc.constantFrom(...styles)}), {maxLength: 12}).map(parts => parts.join(''));
const step: fc.Arbitrary<Step> = fc.record(
	{x: fc.oneof({weight: 4, arbitrary: fc.integer({min: 0, max: 12})}, {weight: 1, arbitrary: fc.constantFrom(-2, 1.5)}), y: fc.integer({min: 0, max: 6}), text: fc.array(line, {minLength: 1, maxLength: 3}).map(lines => lines.join('\n')), clip: fc.record({x1: fc.integer({min: 0, max: 6}), x2: fc.integer({min: 4, max: 30})})},
	{requiredKeys: ['x', 'y', 'text']},
);

type AnyOutput = {write(x: number, y: number, text: string, options: {transformers: unknown[]}): void; clip(clip: object): void; unclip(): void; get(): {output: string; height: number}};
function draw(output: AnyOutput, steps: Step[]) {
	for (const {x, y, text, clip} of steps) {
		if (clip) output.clip(clip);
		output.write(x, y, text, {transformers: []});
		if (clip) output.unclip();
	}
	return output.get();
}

describe('rows of plain text built from runs', () => {
	it("give Ink's frames, and build most rows of plain frames", () => {
		const Kept = keptOutput(bundleText);
		fc.assert(
			fc.property(fc.integer({min: 0, max: 40}), fc.integer({min: 1, max: 7}), fc.array(fc.array(step, {maxLength: 10}), {minLength: 1, maxLength: 4}), (width, height, frames) => {
				for (const steps of frames) expect(draw(new Kept({width, height}), steps)).toEqual(draw(new InkOutput({width, height}) as unknown as AnyOutput, steps));
			}),
			{numRuns: 250},
		);
		expect(rowsBuilt.simple).toBeGreaterThan(rowsBuilt.all / 2);
		expect(rowsBuilt.simple).toBeLessThan(rowsBuilt.all);
	});

	it('a styled list row over a blank row: the codes only where the style changes, undone at the end', () => {
		expect(simpleRowText([0, '\u001B[7m> one\u001B[27m', 6, '\u001B[2mtwo\u001B[22m'], 12)).toBe('\u001B[7m> one\u001B[27m \u001B[2mtwo\u001B[22m');
		// Laid over each other: the later write wins its columns, the earlier keeps the rest.
		expect(simpleRowText([0, 'abcdef', 2, '\u001B[1mXY\u001B[22m'], 8)).toBe('ab\u001B[1mXY\u001B[22mef');
		expect(simpleRowText([0, '── Жé · …'], 12)).toBe('── Жé · …');
	});

	it('leaves to the cells what it cannot tell: wide or combining characters, links, lines past the edge', () => {
		expect(simpleRowText([0, '北京'], 10)).toBeUndefined();
		expect(simpleRowText([0, 'e\u0301'], 10)).toBeUndefined();
		expect(simpleRowText([0, 'a🙂'], 10)).toBeUndefined();
		expect(simpleRowText([0, 'a\u001B[2Kb'], 10)).toBeUndefined();
		expect(simpleRowText([0, '\u001B]8;;https://example.org/\u0007link\u001B]8;;\u0007'], 10)).toBeUndefined();
		expect(simpleRowText([8, 'abc'], 10)).toBeUndefined();
		expect(simpleRowText([1.5, 'abc'], 10)).toBeUndefined();
	});
});
