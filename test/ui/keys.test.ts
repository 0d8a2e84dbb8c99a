import {describe, expect, it} from 'vitest';
import {keyStrokesOf} from '../../source/ui/key-input.js';
import {commandFor, footerHints, keysOf, keyTable, type Context} from '../../source/ui/keys.js';
import {pickerContexts} from '../../source/ui/picker/picker-input.js';
import {helpLines} from '../../source/ui/help-lines.js';

const contexts: Context[] = ['list', 'detail', 'find', 'search', 'help', 'picker', 'pickerFilter'];

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
			['detail', {name: 'tab'}, 'nextLink'],
			['detail', {name: 'tab', shift: true}, 'previousLink'],
			['detail', {name: 'j'}, 'moveDown'],
			['detail', {name: 'g'}, 'moveFirst'],
			['detail', {name: '/'}, 'findInView'],
			['detail', {name: 'n'}, 'nextMatch'],
			['detail', {name: 'N', shift: true}, 'previousMatch'],
			['find', {name: 'return'}, 'confirmFind'],
			['list', {name: '4'}, 'focusPane4'],
			['list', {name: '6'}, 'focusPane6'],
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
		for (const context of ['search', 'find'] as const) for (const name of ['q', 'j', 'k', 'g', 'n', '1', '?', '/']) expect(commandFor({name}, context)).toBeUndefined();
	});

	it('shows in the footer only keys that work in the context', () => {
		const labels = (context: Context) => footerHints(context).map(hint => hint.label);
		expect(labels('list')).toContain('q/Ctrl-c quit');
		expect(labels('search')).toContain('Ctrl-c quit');
		expect(labels('search')).not.toContain('/ search');
		expect(labels('detail')).toEqual(expect.arrayContaining(['Tab link', 'Enter follow', '/ find', '↑↓/jk scroll']));
		expect(labels('find')).toContain('Enter done');
	});

	it('generates the help overlay from the same table', () => {
		// Every command is in the dashboard's help or the story picker's (each lists the keys that work there).
		const both = (width: number) => [...helpLines(width), ...helpLines(width, keyTable, pickerContexts)];
		const text = both(300).map(line => line.map(cell => cell.text).join('')).join('\n');
		for (const entry of keyTable) expect(text).toContain(entry.description);
		expect(helpLines(300).map(line => line.map(cell => cell.text).join('')).join('\n')).not.toContain('rename the selected story');
		// Narrow, descriptions wrap under their column: every word still whole, no line too wide.
		const narrow = both(50).map(line => line.map(cell => cell.text).join(''));
		for (const line of narrow) expect(line.length).toBeLessThanOrEqual(50);
		const words = new Set(narrow.flatMap(line => line.split(/\s+/)));
		for (const entry of keyTable) for (const word of entry.description.split(/\s+/)) expect(words.has(word), word).toBe(true);
		expect(text).toMatch(/Shift-Tab/);
		expect(text).toMatch(/Ctrl-n, ↓/);
	});
});

describe('turning terminal input into key strokes', () => {
	it('names special keys, with their modifiers', () => {
		expect(keyStrokesOf('\u001B[Z')).toEqual([{name: 'tab', shift: true}]);
		expect(keyStrokesOf('\u001B')).toEqual([{name: 'escape'}]);
		expect(keyStrokesOf('\u000E')).toEqual([{name: 'n', ctrl: true}]);
		expect(keyStrokesOf('G')).toEqual([{name: 'G', shift: true, text: 'G'}]);
		expect(keyStrokesOf('\u001B[A')).toEqual([{name: 'up'}]);
		expect(keyStrokesOf('\u001BOB')).toEqual([{name: 'down'}]);
		expect(keyStrokesOf('\u001B[6~')).toEqual([{name: 'pagedown'}]);
		expect(keyStrokesOf('\u001B[1;5C')).toEqual([{name: 'right', ctrl: true}]);
		expect(keyStrokesOf('\u001Bb')).toEqual([{name: 'b', meta: true}]);
	});

	it('splits a run of characters read at once into separate keys', () => {
		expect(keyStrokesOf('jj\r')).toEqual([
			{name: 'j', text: 'j'},
			{name: 'j', text: 'j'},
			{name: 'return'},
		]);
		expect(keyStrokesOf('a\u007F').map(stroke => stroke.name)).toEqual(['a', 'backspace']);
	});

	it('keeps a Korean or emoji character whole', () => {
		expect(keyStrokesOf('김정은👍').map(stroke => stroke.text)).toEqual(['김', '정', '은', '👍']);
	});

	it('gives no text for a sequence that names no key: F5, Ctrl-F1, an unknown CSI, a mouse report', () => {
		for (const sequence of ['\u001B[15~', '\u001B[1;5P', '\u001B[99~', '\u001B[1;2Q', '\u001B[200~', '\u001B[<0;3;4M', '\u001B[?1u', '\u001BOX', '\u009B']) {
			const strokes = keyStrokesOf(sequence);
			expect(strokes, JSON.stringify(sequence)).toHaveLength(1);
			expect(strokes[0]!.text, JSON.stringify(sequence)).toBeUndefined();
			for (const context of contexts) expect(commandFor(strokes[0]!, context), JSON.stringify(sequence)).toBeUndefined();
		}
	});
});
