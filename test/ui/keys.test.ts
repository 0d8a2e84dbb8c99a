import {describe, expect, it} from 'vitest';
import {commandFor, footerHints, keysOf, keyTable, toKeyStroke, toKeyStrokes, type Context, type InkKey} from '../../source/ui/keys.js';
import {helpLines} from '../../source/ui/help-lines.js';

const noKey: InkKey = {upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false};
const contexts: Context[] = ['list', 'detail', 'search', 'help'];

describe('the key table', () => {
	it('never binds one key to two commands in the same context', () => {
		for (const context of contexts) {
			const seen = new Map<string, string>();
			for (const entry of keyTable) {
				for (const stroke of keysOf(entry, context)) {
					const id = JSON.stringify([stroke.name, Boolean(stroke.ctrl), Boolean(stroke.shift), Boolean(stroke.meta)]);
					expect(seen.get(id), `${context}: ${id} means ${seen.get(id)} and ${entry.command}`).toBeUndefined();
					seen.set(id, entry.command);
				}
			}
		}
	});

	it('binds every key of the product sheet', () => {
		const expectations: Array<[Context, Parameters<typeof commandFor>[0], string]> = [
			['list', {name: 'tab'}, 'focusNextPane'],
			['list', {name: 'tab', shift: true}, 'focusPreviousPane'],
			['list', {name: '3'}, 'focusPane3'],
			['list', {name: 'k'}, 'moveUp'],
			['list', {name: 'down'}, 'moveDown'],
			['list', {name: 'pagedown'}, 'pageDown'],
			['list', {name: 'u', ctrl: true}, 'halfPageUp'],
			['list', {name: 'd', ctrl: true}, 'halfPageDown'],
			['list', {name: 'g'}, 'moveFirst'],
			['list', {name: 'G', shift: true}, 'moveLast'],
			['list', {name: 'end'}, 'moveLast'],
			['list', {name: 'return'}, 'openSelected'],
			['detail', {name: 'escape'}, 'back'],
			['list', {name: '/'}, 'focusSearch'],
			['search', {name: 'n', ctrl: true}, 'nextResult'],
			['search', {name: 'p', ctrl: true}, 'previousResult'],
			['search', {name: 'up'}, 'previousResult'],
			['search', {name: 'return'}, 'chooseResult'],
			['list', {name: '?'}, 'toggleHelp'],
			['list', {name: 'q'}, 'quit'],
			['search', {name: 'c', ctrl: true}, 'quit'],
		];
		for (const [context, stroke, command] of expectations) expect(commandFor(stroke, context), `${context} ${JSON.stringify(stroke)}`).toBe(command);
	});

	it('lets q, j, k, g and digits type into the search box', () => {
		for (const name of ['q', 'j', 'k', 'g', '1', '?', '/']) expect(commandFor({name}, 'search')).toBeUndefined();
	});

	it('shows in the footer only keys that work in the context', () => {
		expect(footerHints('list')).toContain('q/Ctrl-c quit');
		expect(footerHints('search')).toContain('Ctrl-c quit');
		expect(footerHints('search')).not.toContain('/ search');
	});

	it('generates the help overlay from the same table', () => {
		const text = helpLines(100).map(line => line.map(cell => cell.text).join('')).join('\n');
		for (const entry of keyTable) expect(text).toContain(entry.description);
		expect(text).toMatch(/Shift-Tab/);
		expect(text).toMatch(/Ctrl-n, ↓/);
	});
});

describe('turning Ink input into key strokes', () => {
	it('names special keys', () => {
		expect(toKeyStroke('', {...noKey, tab: true, shift: true})).toEqual({name: 'tab', shift: true});
		expect(toKeyStroke('', {...noKey, escape: true, meta: true})).toEqual({name: 'escape'});
		expect(toKeyStroke('n', {...noKey, ctrl: true})).toEqual({name: 'n', ctrl: true});
		expect(toKeyStroke('G', noKey)).toEqual({name: 'G', shift: true, text: 'G'});
	});

	it('splits a run of characters read at once into separate keys', () => {
		expect(toKeyStrokes('jj\r', noKey)).toEqual([
			{name: 'j', shift: false, text: 'j'},
			{name: 'j', shift: false, text: 'j'},
			{name: 'return'},
		]);
		expect(toKeyStrokes('a\u007F', noKey).map(stroke => stroke.name)).toEqual(['a', 'backspace']);
	});

	it('keeps a Korean or emoji character whole', () => {
		expect(toKeyStrokes('김정은👍', noKey).map(stroke => stroke.text)).toEqual(['김', '정', '은', '👍']);
	});
});
