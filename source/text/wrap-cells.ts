import {cellWidth, type Cell} from './text-fit.js';

// Wrapping styled text at word boundaries: each word keeps its tone, a line breaks only between words,
// and a word is split only when it alone is wider than the line (a URL in a narrow pane).

type Piece = {text: string; tone?: Cell['tone']; bold?: boolean; space: boolean};

function piecesOf(cells: Cell[]): Piece[] {
	const pieces: Piece[] = [];
	for (const cell of cells) {
		for (const part of cell.text.split(/(\s+)/)) {
			if (part === '') continue;
			pieces.push({text: /^\s+$/.test(part) ? ' ' : part, tone: cell.tone, bold: cell.bold, space: /^\s+$/.test(part)});
		}
	}
	return pieces;
}

/** Joins neighbouring pieces of the same style into one cell, so that lines stay few cells long. */
function merge(pieces: Piece[]): Cell[] {
	const cells: Cell[] = [];
	for (const piece of pieces) {
		const last = cells.at(-1);
		if (last && last.tone === piece.tone && last.bold === piece.bold) last.text += piece.text;
		else cells.push({text: piece.text, tone: piece.tone, bold: piece.bold});
	}
	return cells;
}

/** Splits a word wider than the line into parts that fit, grapheme by grapheme. */
function splitWord(piece: Piece, width: number): Piece[] {
	const parts: Piece[] = [];
	let current = '';
	for (const character of Array.from(piece.text)) {
		if (current !== '' && cellWidth(current + character) > width) {
			parts.push({...piece, text: current});
			current = '';
		}
		current += character;
	}
	if (current !== '') parts.push({...piece, text: current});
	return parts;
}

/**
 * Wraps cells to lines of at most `width` cells, breaking between words. Leading and trailing spaces of
 * each line are dropped, as a reader expects.
 */
export function wrapCells(cells: Cell[], width: number): Cell[][] {
	if (width <= 0) return [];
	const lines: Piece[][] = [];
	let line: Piece[] = [];
	let used = 0;
	const finish = () => {
		while (line.at(-1)?.space) line.pop();
		lines.push(line);
		line = [];
		used = 0;
	};
	for (const piece of piecesOf(cells)) {
		if (piece.space) {
			if (line.length > 0) {
				line.push(piece);
				used += 1;
			}
			continue;
		}
		const words = cellWidth(piece.text) > width ? splitWord(piece, width) : [piece];
		for (const word of words) {
			const wordWidth = cellWidth(word.text);
			// The space before the word counts; at a break it is dropped with the line's end.
			if (line.length > 0 && used + wordWidth > width) finish();
			line.push(word);
			used += wordWidth;
		}
	}
	if (line.length > 0 || lines.length === 0) finish();
	return lines.map(merge);
}

/**
 * At most `limit` wrapped lines; when the text goes on, the last line is rewrapped to leave room for
 * " …", so that the mark follows a whole word instead of cutting one.
 */
export function wrapCellsLimited(cells: Cell[], width: number, limit: number): {lines: Cell[][]; cut: boolean} {
	const all = wrapCells(cells, width);
	if (all.length <= limit) return {lines: all, cut: false};
	const kept = all.slice(0, Math.max(0, limit - 1));
	const rest = all.slice(kept.length).flat();
	const last = wrapCells(rest, Math.max(1, width - 2))[0] ?? [];
	return {lines: [...kept, [...last, {text: ' …', tone: 'muted'}]], cut: true};
}
