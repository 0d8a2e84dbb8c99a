import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {fitCells, fitText, lineWidth, padText, wrapText} from '../../source/text/text-fit.js';

const samples = ['김정은 위원장이 러시아에 도착했다', 'Владимир Путин встретился с Ким Чен Ыном', 'Summit 🚂🤝🇷🇺🇰🇵 train', 'Zemlianichenko e\u0301e\u0301 combining', '東方経済フォーラム ウラジオストク'];

describe('fitting text into cells', () => {
	it('never returns more cells than asked, for wide, combining and emoji text', () => {
		for (const text of samples) {
			for (let width = 1; width <= 40; width++) {
				expect(stringWidth(fitText(text, width)), `${text} @${width}`).toBeLessThanOrEqual(width);
				expect(lineWidth(fitCells([{text: 'x '}, {text}], width)), `${text} @${width}`).toBeLessThanOrEqual(width);
				for (const line of wrapText(text, width)) expect(stringWidth(line), `${text} @${width}`).toBeLessThanOrEqual(width);
			}
		}
	});

	it('marks cut text with an ellipsis and leaves fitting text alone', () => {
		expect(fitText('Vladivostok', 6)).toBe('Vladi…');
		expect(fitText('Vladivostok', 11)).toBe('Vladivostok');
		expect(fitCells([{text: 'ab'}, {text: 'cdef', tone: 'muted'}], 4)).toEqual([{text: 'ab'}, {text: 'c', tone: 'muted'}, {text: '…', tone: 'muted'}]);
	});

	it('does not split a double-width character', () => {
		const fitted = fitCells([{text: '김정은'}], 4);
		expect(fitted.map(cell => cell.text).join('')).toBe('김…');
	});

	it('pads to an exact width', () => {
		expect(stringWidth(padText('김정은', 9))).toBe(9);
	});

	it('wraps at word boundaries', () => {
		expect(wrapText('Kim crossed into Russia on Tuesday morning', 16)).toEqual(['Kim crossed into', 'Russia on', 'Tuesday morning']);
	});
});

describe('cutting a line after a whole word', () => {
	it('ends a cut line after a word, then "…", and leaves a fitting line alone', async () => {
		const {fitCellsAtWord} = await import('../../source/text/text-fit.js');
		const join = (cells: Array<{text: string}>) => cells.map(cell => cell.text).join('');
		expect(join(fitCellsAtWord([{text: 'F '}, {text: 'Kim is travelling on his private armored train'}], 36))).toBe('F Kim is travelling on his private …');
		expect(join(fitCellsAtWord([{text: 'short line'}], 36))).toBe('short line');
		// One long word is still cut: there is no word boundary to keep.
		expect(join(fitCellsAtWord([{text: 'Zemlianichenko-Alexandrovich'}], 12))).toBe('Zemlianiche…');
		for (const width of [10, 20, 33, 47]) expect(join(fitCellsAtWord([{text: 'The Kremlin said on Monday that Kim is visiting at Putin’s invitation'}], width)).length).toBeLessThanOrEqual(width);
	});
});
