import {describe, expect, it} from 'vitest';
import {keySpecOf, parseKeySpec, tableConflicts} from '../../source/config/key-bindings.js';
import {keyTable, toKeyStroke, type InkKey, type KeyStroke} from '../../source/ui/keys.js';

const noKey: InkKey = {upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false};

/** A stroke as the key table compares it (keys.ts's sameKey): name and the three modifiers. */
const matched = (stroke: KeyStroke | {problem: string}) => ('problem' in stroke ? stroke : {name: stroke.name, ctrl: Boolean(stroke.ctrl), shift: Boolean(stroke.shift), meta: Boolean(stroke.meta)});

describe('key specs in the config', () => {
	it('read as the strokes the terminal produces', () => {
		// What Ink reports for the same keys, turned into strokes by keys.ts.
		expect(matched(parseKeySpec('x'))).toEqual(matched(toKeyStroke('x', noKey)));
		expect(matched(parseKeySpec('G'))).toEqual(matched(toKeyStroke('G', {...noKey, shift: true})));
		expect(matched(parseKeySpec('shift+g'))).toEqual(matched(toKeyStroke('G', {...noKey, shift: true})));
		expect(matched(parseKeySpec('ctrl+X'))).toEqual(matched(toKeyStroke('x', {...noKey, ctrl: true})));
		expect(matched(parseKeySpec('alt+b'))).toEqual(matched(toKeyStroke('b', {...noKey, meta: true})));
		expect(matched(parseKeySpec('shift+tab'))).toEqual(matched(toKeyStroke('', {...noKey, tab: true, shift: true})));
		expect(matched(parseKeySpec('enter'))).toEqual(matched(toKeyStroke('', {...noKey, return: true})));
		expect(matched(parseKeySpec('pagedown'))).toEqual(matched(toKeyStroke('', {...noKey, pageDown: true})));
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
