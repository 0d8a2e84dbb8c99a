// The search line as a pure editor: a text and a cursor, and the readline commands fzf users expect
// (Emacs keys, Home/End, Delete forward, Ctrl-k/Ctrl-w/Ctrl-u kills). The cursor moves by grapheme
// clusters, so "é" written as e + combining accent, a flag or a family emoji is one step, never split.
import type {KeyStroke} from './keys.js';

/** `cursor` is an offset into `text` in UTF-16 code units, always at a grapheme boundary. */
export type LineState = {text: string; cursor: number};

export type LineEdit =
	| {type: 'insert'; text: string}
	| {
			type:
				| 'left'
				| 'right'
				| 'wordLeft'
				| 'wordRight'
				| 'start'
				| 'end'
				| 'deleteBackward'
				| 'deleteForward'
				| 'killToEnd'
				| 'killWordBackward'
				| 'killToStart';
	  };

export const emptyLine: LineState = {text: '', cursor: 0};

/** A line with the cursor at its end, as a query given on the command line opens. */
export function lineOf(text: string): LineState {
	return {text, cursor: text.length};
}

let segmenter: Intl.Segmenter | undefined;

/** Offsets of every grapheme boundary, 0 and text.length included. */
function boundaries(text: string): number[] {
	// Printable ASCII is one cluster per character (CR LF is the only ASCII pair that joins, and
	// controls never reach the line): skip the segmenter for it.
	if (/^[\u0020-\u007E]*$/.test(text)) return Array.from({length: text.length + 1}, (_, index) => index);
	segmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'});
	const offsets = [...segmenter.segment(text)].map(segment => segment.index);
	offsets.push(text.length);
	return offsets;
}

function previousBoundary(text: string, cursor: number): number {
	return boundaries(text).findLast(offset => offset < cursor) ?? 0;
}

function nextBoundary(text: string, cursor: number): number {
	return boundaries(text).find(offset => offset > cursor) ?? text.length;
}

const wordCharacter = /[\p{L}\p{N}\p{M}_']/u;

/** readline's backward-word: to the start of the word before the cursor (skipping the gap first). */
function wordStartBefore(text: string, cursor: number): number {
	let index = cursor;
	while (index > 0 && !wordCharacter.test(text[index - 1]!)) index--;
	while (index > 0 && wordCharacter.test(text[index - 1]!)) index--;
	return index;
}

/** readline's forward-word: to the end of the word after the cursor. */
function wordEndAfter(text: string, cursor: number): number {
	let index = cursor;
	while (index < text.length && !wordCharacter.test(text[index]!)) index++;
	while (index < text.length && wordCharacter.test(text[index]!)) index++;
	return index;
}

/** Ctrl-w as in a shell (unix-word-rubout): back over spaces, then over everything but spaces. */
function spaceWordStartBefore(text: string, cursor: number): number {
	let index = cursor;
	while (index > 0 && /\s/.test(text[index - 1]!)) index--;
	while (index > 0 && !/\s/.test(text[index - 1]!)) index--;
	return index;
}

/** Text as the line may hold it: one line, no control characters (a pasted newline is a space). */
export function lineText(text: string): string {
	// eslint-disable-next-line no-control-regex
	return text.replaceAll(/\r\n|[\r\n\t]/g, ' ').replaceAll(/[\u0000-\u001F\u007F-\u009F]/g, '');
}

const cut = (state: LineState, from: number, to: number, cursor: number): LineState => ({text: state.text.slice(0, from) + state.text.slice(to), cursor});

export function applyLineEdit(state: LineState, edit: LineEdit): LineState {
	const {text, cursor} = state;
	switch (edit.type) {
		case 'insert': {
			const inserted = lineText(edit.text);
			return inserted === '' ? state : {text: text.slice(0, cursor) + inserted + text.slice(cursor), cursor: cursor + inserted.length};
		}
		case 'left':
			return {text, cursor: previousBoundary(text, cursor)};
		case 'right':
			return {text, cursor: nextBoundary(text, cursor)};
		case 'wordLeft':
			return {text, cursor: wordStartBefore(text, cursor)};
		case 'wordRight':
			return {text, cursor: wordEndAfter(text, cursor)};
		case 'start':
			return {text, cursor: 0};
		case 'end':
			return {text, cursor: text.length};
		case 'deleteBackward': {
			const from = previousBoundary(text, cursor);
			return cut(state, from, cursor, from);
		}
		case 'deleteForward':
			return cut(state, cursor, nextBoundary(text, cursor), cursor);
		case 'killToEnd':
			return {text: text.slice(0, cursor), cursor};
		case 'killWordBackward': {
			const from = spaceWordStartBefore(text, cursor);
			return cut(state, from, cursor, from);
		}
		case 'killToStart':
			return {text: text.slice(cursor), cursor: 0};
	}
}

/**
 * The edit a key stroke makes on the line, or undefined for keys the line leaves to the key table
 * (Enter, Esc, ↑↓, Tab). `key` names are those of keys.ts's KeyStroke.
 */
export function lineEditFor(stroke: KeyStroke): LineEdit | undefined {
	const {name, ctrl, meta} = stroke;
	if (ctrl && !meta) {
		const byControl: Record<string, LineEdit['type']> = {b: 'left', f: 'right', a: 'start', e: 'end', k: 'killToEnd', w: 'killWordBackward', u: 'killToStart', h: 'deleteBackward', d: 'deleteForward', left: 'wordLeft', right: 'wordRight'};
		const type = byControl[name];
		return type ? ({type} as LineEdit) : undefined;
	}
	if (meta && !ctrl) {
		const byMeta: Record<string, LineEdit['type']> = {b: 'wordLeft', f: 'wordRight', left: 'wordLeft', right: 'wordRight', backspace: 'killWordBackward'};
		const type = byMeta[name];
		return type ? ({type} as LineEdit) : undefined;
	}
	const plain: Record<string, LineEdit['type']> = {left: 'left', right: 'right', home: 'start', end: 'end', backspace: 'deleteBackward', delete: 'deleteForward'};
	const type = plain[name];
	if (type) return {type} as LineEdit;
	if (stroke.text && !ctrl && !meta) return {type: 'insert', text: stroke.text};
	return undefined;
}

/** The line as cells to draw: text before the cursor, the character under it (a space at the end), the rest. */
export function splitAtCursor(state: LineState): {before: string; under: string; after: string} {
	const end = nextBoundary(state.text, state.cursor);
	return {before: state.text.slice(0, state.cursor), under: state.text.slice(state.cursor, end) || ' ', after: state.text.slice(end)};
}
