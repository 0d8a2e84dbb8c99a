import * as ansiTokenize from '@alcalzone/ansi-tokenize';
import fc from 'fast-check';
import sliceAnsi from 'slice-ansi';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
// Ink's own Output, which the bundle replaces (source/build.mjs); Ink's exports do not name the file.
import InkOutput from '../../node_modules/ink/build/output.js';
import {keptOutput, type OutputText} from '../../source/text/kept-output.js';
import {fastSliceAnsi} from '../../source/text/slice-cells.js';
import {fastStyledChars} from '../../source/text/styled-chars.js';

// The bundle draws every frame through kept-output.ts instead of Ink's output.js: for any sequence of
// frames (sizes that change, writes that overlap, clip, run past the edges, carry styles, wide characters
// and transformers) it must give Ink's text byte for byte, frame after frame, while keeping its grid.

type Transformer = (line: string, index: number) => string;
type Step = {kind: 'write'; x: number; y: number; text: string; transform: number} | {kind: 'clip'; x1?: number; x2?: number; y1?: number; y2?: number} | {kind: 'unclip'};
type Frame = {width: number; height: number; steps: Step[]};

const packageText = {sliceAnsi, stringWidth, ...ansiTokenize} as unknown as OutputText;
const fast = fastStyledChars({...ansiTokenize, loadTokenize: () => ansiTokenize.tokenize, getEndCode: code => (ansiTokenize.tokenize(code)[0] as {endCode: string}).endCode});
// What the bundle hands it: the stand-ins for the packages (source/text/*-bundled.ts).
const bundleText = {sliceAnsi: fastSliceAnsi(() => sliceAnsi), stringWidth, ...fast} as unknown as OutputText;

// Ink's Text transformers: a style around the line, a line-numbering one, and the identity.
const transformers: Transformer[][] = [[], [line => `\u001B[1m${line}\u001B[22m`], [(line, index) => `${index}:${line}`], [line => line.toUpperCase(), line => `\u001B[36m${line}\u001B[39m`]];

const pieces = ['a', 'word ', ' ', '  ', 'Ж', 'é', 'e\u0301', '北京', '한', '🙂', '👍🏽', '╔═', '▸', '…', 'ｶﾞ', '\u3000', '\u00A0'];
const styles = ['\u001B[31m', '\u001B[39m', '\u001B[1m', '\u001B[22m', '\u001B[2m', '\u001B[7m', '\u001B[27m', '\u001B[0m', '\u001B[38;5;208m', '\u001B[48;2;10;20;30m', '\u001B]8;;https://example.org/\u0007', '\u001B]8;;\u0007'];
const line = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...styles)), {maxLength: 12}).map(parts => parts.join(''));
const block = fc.array(line, {minLength: 1, maxLength: 4}).map(lines => lines.join('\n'));
const coordinate = fc.oneof(fc.integer({min: -3, max: 14}), fc.constant(0));
const step: fc.Arbitrary<Step> = fc.oneof(
	{weight: 6, arbitrary: fc.record({kind: fc.constant('write' as const), x: coordinate, y: coordinate, text: fc.oneof(block, fc.constant('')), transform: fc.integer({min: 0, max: transformers.length - 1})})},
	{weight: 1, arbitrary: fc.record({kind: fc.constant('clip' as const), x1: coordinate, x2: coordinate, y1: coordinate, y2: coordinate}, {requiredKeys: ['kind']})},
	{weight: 1, arbitrary: fc.constant({kind: 'unclip' as const})},
);
const frame = (width: fc.Arbitrary<number>, height: fc.Arbitrary<number>): fc.Arbitrary<Frame> => fc.record({width, height, steps: fc.array(step, {maxLength: 10})});

type AnyOutput = {write(x: number, y: number, text: string, options: {transformers: Transformer[]}): void; clip(clip: object): void; unclip(): void; get(): {output: string; height: number}};
function draw(output: AnyOutput, steps: Step[]) {
	for (const step of steps) {
		if (step.kind === 'write') output.write(step.x, step.y, step.text, {transformers: transformers[step.transform]!});
		else if (step.kind === 'clip') output.clip(Object.fromEntries(Object.entries(step).filter(([key]) => key !== 'kind')));
		else output.unclip();
	}
	return output.get();
}

/** Each frame through Ink's Output and through one kept Output class (new instances per frame, as Ink makes them). */
function expectSameFrames(frames: Frame[], text: OutputText) {
	const Kept = keptOutput(text);
	for (const {width, height, steps} of frames) {
		const expected = draw(new InkOutput({width, height}) as unknown as AnyOutput, steps);
		expect(draw(new Kept({width, height}), steps)).toEqual(expected);
	}
}

describe("the kept Output gives Ink's frames", () => {
	for (const [name, text] of [
		['with the packages', packageText],
		["with the bundle's stand-ins for them", bundleText],
	] as const) {
		it(`for sequences of frames of one size, ${name}`, () => {
			fc.assert(
				fc.property(fc.integer({min: 0, max: 12}), fc.integer({min: 0, max: 8}), fc.array(fc.array(step, {maxLength: 10}), {minLength: 1, maxLength: 6}), (width, height, frames) => {
					expectSameFrames(
						frames.map(steps => ({width, height, steps})),
						text,
					);
				}),
				{numRuns: 300},
			);
		});

		it(`when the terminal is resized between frames, ${name}`, () => {
			fc.assert(
				fc.property(fc.array(frame(fc.integer({min: 0, max: 12}), fc.integer({min: 0, max: 8})), {minLength: 1, maxLength: 6}), frames => expectSameFrames(frames, text)),
				{numRuns: 150},
			);
		});
	}

	it('when a frame repeats the last one but for one row, as moving a selection does', () => {
		const rows = Array.from({length: 30}, (_, index) => `\u001B[2m${index}\u001B[22m · Владимир Путин 北京 ${'·'.repeat(index % 7)}`);
		const frames = Array.from({length: 8}, (_, selected): Frame => ({
			width: 60,
			height: 32,
			steps: [
				{kind: 'write', x: 0, y: 0, text: '╔══ story ══╗', transform: 0},
				{kind: 'clip', x1: 0, x2: 58, y1: 1, y2: 31},
				...rows.map((text, index): Step => ({kind: 'write', x: 2, y: index + 1, text: index === selected ? `\u001B[7m${text}\u001B[27m` : text, transform: 0})),
				{kind: 'unclip'},
				{kind: 'write', x: 0, y: 31, text: `search: ${'q'.repeat(selected)}`, transform: 1},
			],
		}));
		expectSameFrames([...frames, ...frames.reverse()], bundleText);
	});

	it('when fractional or wild sizes and positions come in', () => {
		expectSameFrames(
			[
				{width: 10.5, height: 2.5, steps: [{kind: 'write', x: 1.5, y: 0, text: 'abc', transform: 0}, {kind: 'write', x: 0, y: 1, text: 'xyz\nmore', transform: 0}]},
				{width: 10.5, height: 2.5, steps: [{kind: 'write', x: 8, y: 2, text: '北京北京', transform: 0}]},
				{width: -1, height: 3, steps: [{kind: 'write', x: 0, y: 0, text: 'abc', transform: 0}]},
				{width: 4, height: 3, steps: [{kind: 'write', x: 0, y: -1, text: 'a\nb\nc', transform: 0}, {kind: 'write', x: 6, y: 1, text: 'far', transform: 2}]},
			],
			packageText,
		);
	});
});
