import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import {isSimpleText} from './cell-width.js';

// Fitting text into terminal cells. Widths are measured with string-width, so CJK, emoji and combining
// characters count as the cells a terminal gives them, never as string length.

export type Tone = 'normal' | 'muted' | 'accent' | 'match' | 'happened' | 'expected' | 'historical' | 'warning' | 'heading';

export type Cell = {text: string; tone?: Tone; bold?: boolean};

// Created on first need: building a segmenter loads ICU data (about 10 ms), and most text never needs it.
let graphemes: Intl.Segmenter | undefined;

/** The grapheme clusters of a text; simple text (see cell-width.ts) is one cluster a code point. */
function clustersOf(text: string): Iterable<string> {
	if (isSimpleText(text)) return text;
	graphemes ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'});
	return Array.from(graphemes.segment(text), ({segment}) => segment);
}

// Printable ASCII is one cell a character: most text, and no need for Unicode tables.
const printableAscii = /^[\u0020-\u007E]*$/;

export function cellWidth(text: string): number {
	return printableAscii.test(text) ? text.length : stringWidth(text);
}

/** Cuts text to at most `width` cells, ending in "…" when cut. */
export function fitText(text: string, width: number): string {
	if (stringWidth(text) <= width) return text;
	return fitCells([{text}], width)
		.map(cell => cell.text)
		.join('');
}

/** Pads (or cuts) text to exactly `width` cells. */
export function padText(text: string, width: number): string {
	const fitted = fitText(text, width);
	return fitted + ' '.repeat(Math.max(0, width - stringWidth(fitted)));
}

/**
 * Cuts a line made of styled cells to at most `width` terminal cells, grapheme by grapheme so that no
 * wide character is split, and marks the cut with "…".
 */
export function fitCells(cells: Cell[], width: number): Cell[] {
	const total = cells.reduce((sum, cell) => sum + cellWidth(cell.text), 0);
	if (total <= width) return cells;
	if (width <= 0) return [];
	const budget = width - 1;
	const fitted: Cell[] = [];
	let used = 0;
	for (const cell of cells) {
		let text = '';
		if (printableAscii.test(cell.text)) {
			text = cell.text.slice(0, Math.max(0, budget - used));
			used += text.length;
		} else {
			for (const segment of clustersOf(cell.text)) {
				const segmentWidth = stringWidth(segment);
				if (used + segmentWidth > budget) break;
				text += segment;
				used += segmentWidth;
			}
		}
		if (text !== '') fitted.push({...cell, text});
		if (text !== cell.text) break;
	}
	const last = fitted.at(-1);
	fitted.push({text: '…', tone: last?.tone ?? 'muted'});
	return fitted;
}

/** Wraps text to lines of at most `width` cells, breaking inside words only when a word is too long. */
export function wrapText(text: string, width: number): string[] {
	if (width <= 0) return [];
	return text
		.split('\n')
		.flatMap(paragraph => wrapAnsi(paragraph, width, {hard: true, trim: true}).split('\n'))
		.map(line => fitText(line, width));
}

export function lineWidth(cells: Cell[]): number {
	return cells.reduce((sum, cell) => sum + cellWidth(cell.text), 0);
}

/**
 * Like fitCells, but a cut line ends after a whole word and then "…", so that no word is shown cut
 * ("his private …", not "his private armo…"). A single word too long for the line is still cut.
 */
export function fitCellsAtWord(cells: Cell[], width: number): Cell[] {
	const fitted = fitCells(cells, width);
	if (fitted === cells || fitted.length === 0) return fitted;
	const kept = fitted.slice(0, -1);
	const full = cells.map(cell => cell.text).join('');
	const shownLength = kept.reduce((sum, cell) => sum + cell.text.length, 0);
	// The last break between words, within the shown text, that leaves room for " …".
	let cut = -1;
	for (let at = Math.min(shownLength, full.length - 1); at > 0; at--) {
		if (/\s/.test(full[at]!) && !/\s/.test(full[at - 1]!) && cellWidth(full.slice(0, at)) + 2 <= width) {
			cut = at;
			break;
		}
	}
	// No such break, or one that would leave under half the line: cut the word after all.
	if (cut < 0 || cellWidth(full.slice(0, cut)) < width / 2) return fitted;
	let remaining = cut;
	const result: Cell[] = [];
	for (const cell of kept) {
		if (remaining <= 0) break;
		result.push({...cell, text: cell.text.slice(0, remaining)});
		remaining -= cell.text.length;
	}
	return [...trimEnd(result), {text: ' …', tone: 'muted'}];
}

function trimEnd(cells: Cell[]): Cell[] {
	const result = [...cells];
	while (result.length > 0) {
		const last = result.at(-1)!;
		const trimmed = last.text.trimEnd();
		if (trimmed !== '') {
			result[result.length - 1] = {...last, text: trimmed};
			break;
		}
		result.pop();
	}
	return result;
}

/** The end of a text being typed, where the cursor is, with "…" for what scrolled off to the left. */
export function tailThatFits(text: string, width: number): string {
	if (cellWidth(text) <= width) return text;
	const characters = Array.from(text);
	let tail = '';
	for (let index = characters.length - 1; index >= 0 && cellWidth(`…${characters[index]}${tail}`) <= width; index--) tail = characters[index] + tail;
	return `…${tail}`;
}
