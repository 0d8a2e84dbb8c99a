import {describe, expect, it} from 'vitest';
import {applyLineEdit, emptyLine, lineEditFor, lineOf, splitAtCursor, type LineState} from '../../source/ui/line-editor.js';
import type {KeyStroke} from '../../source/ui/keys.js';

/** Types keys into a line as a user would: printable text, or a named key with modifiers. */
function press(state: LineState, ...strokes: Array<string | KeyStroke>): LineState {
	let line = state;
	for (const stroke of strokes) {
		const keyStroke = typeof stroke === 'string' ? {name: stroke, text: stroke} : stroke;
		const edit = lineEditFor(keyStroke);
		if (edit) line = applyLineEdit(line, edit);
	}
	return line;
}

const left: KeyStroke = {name: 'left'};
const right: KeyStroke = {name: 'right'};
const ctrl = (name: string): KeyStroke => ({name, ctrl: true});
const alt = (name: string): KeyStroke => ({name, meta: true});

describe('the search line editor', () => {
	it('inserts at the cursor after moving left (the "/peskov ← ← X" of the issue)', () => {
		const line = press(lineOf('peskov'), left, left, 'X');
		expect(line).toEqual({text: 'peskXov', cursor: 5});
	});

	it('moves with Ctrl-b/Ctrl-f, Ctrl-a/Ctrl-e and Home/End', () => {
		expect(press(lineOf('kim jong'), ctrl('a'), '^').text).toBe('^kim jong');
		expect(press(lineOf('kim'), {name: 'home'}, ctrl('e'), '$').text).toBe('kim$');
		expect(press(lineOf('kim'), ctrl('b'), ctrl('b'), ctrl('f'), '_').text).toBe('ki_m');
		expect(press(lineOf('kim'), {name: 'home'}, {name: 'end'}).cursor).toBe(3);
	});

	it('moves by words with Alt-b/Alt-f', () => {
		const atStart = press(lineOf('kim jong-un summit'), alt('b'));
		expect(atStart.cursor).toBe('kim jong-un '.length);
		expect(press(atStart, alt('b'), alt('b')).cursor).toBe('kim '.length);
		expect(press({text: 'kim jong-un summit', cursor: 0}, alt('f')).cursor).toBe(3);
		expect(press({text: 'kim jong-un summit', cursor: 3}, alt('f')).cursor).toBe('kim jong'.length);
	});

	it('deletes forward with Delete and backward with Backspace', () => {
		const middle = {text: 'peskov', cursor: 2};
		expect(press(middle, {name: 'delete'})).toEqual({text: 'pekov', cursor: 2});
		expect(press(middle, {name: 'backspace'})).toEqual({text: 'pskov', cursor: 1});
		expect(press(lineOf('ab'), {name: 'delete'})).toEqual(lineOf('ab'));
		expect(press({text: 'ab', cursor: 0}, {name: 'backspace'})).toEqual({text: 'ab', cursor: 0});
	});

	it('kills to the end with Ctrl-k, a word back with Ctrl-w, to the start with Ctrl-u', () => {
		const line = {text: 'kim jong un', cursor: 'kim jong'.length};
		expect(press(line, ctrl('k'))).toEqual({text: 'kim jong', cursor: 8});
		expect(press(line, ctrl('w'))).toEqual({text: 'kim  un', cursor: 4});
		expect(press(lineOf('kim   '), ctrl('w'))).toEqual(emptyLine);
		expect(press(line, ctrl('u'))).toEqual({text: ' un', cursor: 0});
	});

	it('steps over a whole grapheme cluster: combining accents, flags, joined emoji', () => {
		const text = 'e\u0301🇰🇷👩‍👩‍👧x';
		let line = lineOf(text);
		const seen: number[] = [];
		for (let step = 0; step < 5; step++) {
			line = press(line, left);
			seen.push(line.cursor);
		}
		expect(seen).toEqual([text.length - 1, text.length - 1 - '👩‍👩‍👧'.length, 2, 0, 0]);
		expect(press({text, cursor: 2}, {name: 'delete'}).text).toBe('e\u0301👩‍👩‍👧x');
		expect(press({text, cursor: 2}, {name: 'backspace'}).text).toBe('🇰🇷👩‍👩‍👧x');
		expect(press({text, cursor: 0}, right).cursor).toBe(2);
	});

	it('inserts pasted text as one line without control characters', () => {
		const line = applyLineEdit({text: 'kim ', cursor: 4}, {type: 'insert', text: 'jong\r\nun\u0007'});
		expect(line).toEqual({text: 'kim jong un', cursor: 11});
	});

	it('leaves Enter, Esc, ↑↓ and Tab to the key table', () => {
		for (const name of ['return', 'escape', 'up', 'down', 'tab']) expect(lineEditFor({name})).toBeUndefined();
	});

	it('splits the line at the cursor for drawing, with a space under a cursor at the end', () => {
		expect(splitAtCursor({text: 'kim', cursor: 1})).toEqual({before: 'k', under: 'i', after: 'm'});
		expect(splitAtCursor(lineOf('kim'))).toEqual({before: 'kim', under: ' ', after: ''});
	});
});
