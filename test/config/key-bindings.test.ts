import {describe, expect, it} from 'vitest';
import {keySpecOf, parseKeySpec, tableConflicts} from '../../source/config/key-bindings.js';
import {keyStrokesOf} from '../../source/ui/key-input.js';
import {keyTable, type KeyStroke} from '../../source/ui/keys.js';

/** The stroke a terminal's bytes for a key become. */
const sent = (bytes: string) => keyStrokesOf(bytes)[0]!;

/** A stroke as the key table compares it (keys.ts's sameKey): name and the three modifiers. */
const matched = (stroke: KeyStroke | {problem: string}) => ('problem' in stroke ? stroke : {name: stroke.name, ctrl: Boolean(stroke.ctrl), shift: Boolean(stroke.shift), meta: Boolean(stroke.meta)});

describe('key specs in the config', () => {
	it('read as the strokes the terminal sends', () => {
		const pairs: Array<[string, string]> = [
			['x', 'x'],
			['G', 'G'],
			['shift+g', 'G'],
			['ctrl+X', '\u0018'],
			['alt+b', '\u001Bb'],
			['shift+tab', '\u001B[Z'],
			['enter', '\r'],
			['esc', '\u001B'],
			['pagedown', '\u001B[6~'],
			['delete', '\u001B[3~'],
			['backspace', '\u007F'],
		];
		for (const [spec, bytes] of pairs) expect(matched(parseKeySpec(spec)), spec).toEqual(matched(sent(bytes)));
	});

	it('refuse what no terminal sends', () => {
		for (const spec of ['', 'ctrl+1', 'super+x', 'shift+enter', 'flurb', 'ctrl+alt+x']) expect(parseKeySpec(spec)).toHaveProperty('problem');
	});

	it('write back as they were read', () => {
		for (const spec of ['x', 'G', 'ctrl+x', 'alt+b', 'shift+tab', 'enter', 'esc', 'pagedown', 'space']) {
			const stroke = parseKeySpec(spec);
			expect('problem' in stroke ? stroke : keySpecOf(stroke)).toBe(spec);
		}
	});
});

describe('the default key table', () => {
	it('binds no key to two commands in one context', () => {
		expect(tableConflicts(keyTable)).toEqual([]);
	});
});
