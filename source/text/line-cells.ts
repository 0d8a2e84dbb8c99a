import {knownSimple, widthOfCodePoint} from './cell-width.js';

// A frame line's cells, each with its character and its style, read from the line's text: what
// frame-diff.ts compares to rewrite only the changed columns of a changed line (the dashboard's panes
// sit side by side, so a move in one pane changes a part of most lines). Only lines this reader is sure
// of are read: SGR styles it knows, and characters whose width every terminal agrees on; for any other
// line it gives undefined and the whole line is written.

/**
 * Per column: the character's code (`continuation` for the second column of a wide one) and its style's
 * number (styleKey gives its codes). Numbers, not strings: a frame's lines are read on every key, and a
 * string per character (box drawing and most letters are two-byte) was garbage on each.
 */
export type LineCells = {chars: number[]; styles: number[]};
export const continuation = -1;

// Style keys by number, for the process: the dashboard's theme makes a few dozen.
const styleKeys: string[] = [''];
const styleNumbers = new Map<string, number>([['', 0]]);
const mostStyles = 4096;

/** The codes of a style number, ';'-joined ('' for none). */
export function styleKey(style: number): string {
	return styleKeys[style]!;
}

// Style slots: colours, then attributes set and reset by their own codes.
const foreground = 0;
const background = 1;
const attributeSlots: Record<string, [slot: number, on: boolean]> = {
	1: [2, true], 2: [3, true], 22: [2, false], 3: [4, true], 23: [4, false], 4: [5, true], 24: [5, false],
	5: [6, true], 25: [6, false], 7: [7, true], 27: [7, false], 8: [8, true], 28: [8, false], 9: [9, true], 29: [9, false],
};
const slotCount = 10;
const sgrAt = /\u001B\[([0-9;]*)m/y;

/** Applies one SGR sequence's parameters to the slots; false for a parameter it does not know. */
function applySgr(slots: string[], parameters: string): boolean {
	const parts = parameters === '' ? ['0'] : parameters.split(';');
	for (let index = 0; index < parts.length; index++) {
		const part = parts[index]!;
		const code = Number(part);
		if (part === '' || code === 0) slots.fill('');
		else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) slots[foreground] = part;
		else if ((code >= 40 && code <= 47) || (code >= 100 && code <= 107)) slots[background] = part;
		else if (code === 39) slots[foreground] = '';
		else if (code === 49) slots[background] = '';
		else if (code === 38 || code === 48) {
			const length = parts[index + 1] === '5' ? 3 : parts[index + 1] === '2' ? 5 : 0;
			if (length === 0 || index + length > parts.length) return false;
			slots[code === 38 ? foreground : background] = parts.slice(index, index + length).join(';');
			index += length - 1;
		} else if (attributeSlots[code]) {
			const [slot, on] = attributeSlots[code]!;
			slots[slot] = on ? part : '';
			// 22 ends both bold and faint.
			if (code === 22) slots[3] = '';
		} else return false;
	}
	return true;
}

/** The SGR sequence that sets a style from nothing (a style's key is its codes, ';'-joined). */
export function styleSequence(key: string): string {
	return key === '' ? '\u001B[0m' : `\u001B[0;${key}m`;
}

/** Characters of one column whose width terminals agree on: letters before the symbols, the frames' own, Hangul and CJK. */
function settledWidth(codePoint: number): number {
	if ((codePoint >= 0x20 && codePoint < 0x7f) || (codePoint >= 0xa0 && codePoint < 0x300) || (codePoint >= 0x370 && codePoint < 0x590)) return 1;
	for (const [from, to] of knownSimple) if (codePoint >= from && codePoint <= to) return 1;
	if ((codePoint >= 0x3040 && codePoint <= 0x9fff) || (codePoint >= 0xac00 && codePoint <= 0xd7a3) || (codePoint >= 0xf900 && codePoint <= 0xfaff)) return widthOfCodePoint(codePoint);
	return 0;
}

/** The cells of a frame line, or undefined when it holds anything this reader is not sure of. */
export function lineCells(line: string): LineCells | undefined {
	const chars: number[] = [];
	const styles: number[] = [];
	const slots: string[] = Array.from({length: slotCount}, () => '');
	let style = 0;
	for (let index = 0; index < line.length; ) {
		const code = line.charCodeAt(index);
		if (code === 0x1b) {
			sgrAt.lastIndex = index;
			const match = sgrAt.exec(line);
			if (!match || !applySgr(slots, match[1]!)) return undefined;
			const key = slots.filter(slot => slot !== '').join(';');
			let known = styleNumbers.get(key);
			if (known === undefined) {
				if (styleKeys.length >= mostStyles) return undefined;
				known = styleKeys.push(key) - 1;
				styleNumbers.set(key, known);
			}
			style = known;
			index = sgrAt.lastIndex;
			continue;
		}
		const width = settledWidth(code);
		if (width === 0) return undefined;
		chars.push(code);
		styles.push(style);
		if (width === 2) {
			chars.push(continuation);
			styles.push(style);
		}
		index++;
	}
	// Ink's Output closes every style at the end of each row; a line that does not is not read.
	return style === 0 ? {chars, styles} : undefined;
}
