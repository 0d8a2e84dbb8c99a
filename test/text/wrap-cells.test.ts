import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {lineWidth} from '../../source/text/text-fit.js';
import {wrapCells, wrapCellsLimited} from '../../source/text/wrap-cells.js';

const text = (cells: Array<{text: string}>) => cells.map(cell => cell.text).join('');

describe('wrapping styled text at words', () => {
	it('breaks between words and keeps each word its tone', () => {
		const lines = wrapCells([{text: 'Kremlin spokesperson '}, {text: 'Dmitry Peskov', tone: 'match'}, {text: ' told reporters'}], 24);
		expect(lines.map(text)).toEqual(['Kremlin spokesperson', 'Dmitry Peskov told', 'reporters']);
		expect(lines[1]![0]).toEqual({text: 'Dmitry Peskov', tone: 'match', bold: undefined});
	});

	it('splits only a word wider than the line, and counts wide characters as two cells', () => {
		expect(wrapCells([{text: 'see https://example.org/a/very/long/path'}], 12).map(text)).toEqual(['see', 'https://exam', 'ple.org/a/ve', 'ry/long/path']);
		expect(wrapCells([{text: '김정은 위원장이 블라디보스토크에'}], 10).map(text)).toEqual(['김정은', '위원장이', '블라디보스', '토크에']);
	});

	it('never loses or cuts a word and never overflows (property)', () => {
		fc.assert(
			fc.property(fc.array(fc.stringMatching(/^[a-zé김👍]{1,9}$/), {maxLength: 40}), fc.integer({min: 18, max: 50}), (words, width) => {
				const lines = wrapCells([{text: words.join(' ')}], width);
				for (const line of lines) expect(lineWidth(line)).toBeLessThanOrEqual(width);
				expect(lines.map(text).join(' ').split(' ').filter(Boolean)).toEqual(words);
			}),
		);
	});

	it('ends a limited wrap with " …" after a whole word', () => {
		const {lines, cut} = wrapCellsLimited([{text: 'the two leaders will hold a press conference after the talks in Vladivostok'}], 20, 2);
		expect(cut).toBe(true);
		expect(lines.map(text)).toEqual(['the two leaders will', 'hold a press …']);
		expect(wrapCellsLimited([{text: 'short'}], 20, 2)).toEqual({lines: [[{text: 'short', tone: undefined, bold: undefined}]], cut: false});
	});
});
