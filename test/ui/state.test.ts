import {describe, expect, it} from 'vitest';
import type {KeyStroke} from '../../source/ui/keys.js';
import {contextOf, initialState, reduceKey, type Environment, type UiState} from '../../source/ui/state.js';

const env: Environment = {
	paneIds: {facts: ['f1', 'f2', 'f3'], timeline: ['e1', 'e2'], people: ['p1', 'p2', 'p3', 'p4'], sources: ['a1']},
	resultIds: query => (query === 'pe' ? ['p2', 'q1'] : query ? ['f3'] : []),
	locate: id => (id === 'p2' || id === 'q1' ? {pane: 'people', index: 1} : id === 'f3' ? {pane: 'facts', index: 2} : undefined),
	links: id => (id === 'f1' ? ['p1', 'a1'] : id === 'p1' ? ['f1'] : []),
	detailOverflow: 0,
	helpOverflow: 5,
	pageSize: 2,
};

const key = (name: string, modifiers: Partial<KeyStroke> = {}): KeyStroke => ({name, ...modifiers});
const typed = (text: string): KeyStroke => ({name: text, text});
const press = (state: UiState, ...strokes: KeyStroke[]) => strokes.reduce((current, stroke) => reduceKey(current, stroke, env), state);

describe('the dashboard state', () => {
	it('moves the selection within the focused pane and stops at the ends', () => {
		let state = press(initialState(), key('j'), key('down'), key('j'), key('j'));
		expect(state.selection.facts).toBe(2);
		state = press(state, key('k'), key('g'));
		expect(state.selection.facts).toBe(0);
		state = press(state, key('G', {shift: true}));
		expect(state.selection.facts).toBe(2);
		state = press(state, key('pageup'));
		expect(state.selection.facts).toBe(0);
	});

	it('cycles panes with Tab and Shift-Tab, and jumps by number', () => {
		expect(press(initialState(), key('tab')).focus).toBe('timeline');
		expect(press(initialState(), key('tab', {shift: true})).focus).toBe('search');
		expect(press(initialState(), key('3')).focus).toBe('people');
		expect(press(initialState(), key('tab'), key('tab'), key('tab'), key('tab'), key('tab')).focus).toBe('facts');
	});

	it('opens a detail with Enter, follows links, and goes back with Esc', () => {
		let state = press(initialState(), key('return'));
		expect(state.detail.map(entry => entry.id)).toEqual(['f1']);
		expect(contextOf(state)).toBe('detail');
		state = press(state, key('return'));
		expect(state.detail.map(entry => entry.id)).toEqual(['f1', 'p1']);
		state = press(state, key('escape'));
		expect(state.detail.map(entry => entry.id)).toEqual(['f1']);
		state = press(state, key('j'), key('return'));
		expect(state.detail.map(entry => entry.id)).toEqual(['f1', 'a1']);
		state = press(state, key('escape'), key('escape'));
		expect(state.detail).toEqual([]);
		expect(state.focus).toBe('facts');
	});

	it('types into the search box, where q is a letter, and deletes', () => {
		let state = press(initialState(), key('/'), typed('q'), typed('p'), typed('e'));
		expect(state.query).toBe('qpe');
		expect(state.quit).toBe(false);
		state = press(state, key('backspace'), key('backspace'), key('backspace'), typed('p'), typed('e'));
		expect(state.query).toBe('pe');
		state = press(state, key('w', {ctrl: true}));
		expect(state.query).toBe('');
	});

	it('moves through results while typing, and Enter jumps to the item in its pane with its detail open', () => {
		let state = press(initialState(), key('/'), typed('p'), typed('e'), key('n', {ctrl: true}));
		expect(state.resultIndex).toBe(1);
		state = press(state, key('p', {ctrl: true}), key('return'));
		expect(state.focus).toBe('people');
		expect(state.selection.people).toBe(1);
		expect(state.detail.map(entry => entry.id)).toEqual(['p2']);
	});

	it('unwinds Esc: detail, then search, then the query', () => {
		let state = press(initialState(), key('/'), typed('p'), typed('e'), key('return'));
		expect(contextOf(state)).toBe('detail');
		state = press(state, key('escape'));
		expect(contextOf(state)).toBe('list');
		expect(state.query).toBe('pe');
		state = press(state, key('escape'));
		expect(state.query).toBe('');

		state = press(initialState(), key('2'), key('/'), typed('x'), key('escape'));
		expect(state.focus).toBe('timeline');
		expect(state.query).toBe('x');
	});

	it('ignores control characters and escape-sequence leftovers typed into the search box', () => {
		const state = press(initialState(), key('/'), typed('\u0007'), typed('[A'));
		expect(state.query).toBe('[A');
		expect(press(initialState(), key('/'), {name: 'x', text: 'x', meta: true}).query).toBe('');
		// A pasted bidi override would make the footer read differently than the query is.
		expect(press(initialState(), key('/'), typed('\u202Eabc'), typed('\u2066d')).query).toBe('abcd');
	});

	it('quits with q outside the search box and with Ctrl-C anywhere', () => {
		expect(press(initialState(), key('q')).quit).toBe(true);
		expect(press(initialState(), key('/'), key('c', {ctrl: true})).quit).toBe(true);
		expect(press(initialState(), key('return'), key('q')).quit).toBe(true);
	});

	it('opens and closes the help overlay, which scrolls within its length', () => {
		let state = press(initialState(), key('?'));
		expect(contextOf(state)).toBe('help');
		state = press(state, key('j'), key('j'), key('G', {shift: true}));
		expect(state.help.scroll).toBe(5);
		expect(press(state, key('escape')).help.open).toBe(false);
		expect(press(state, key('?')).help.open).toBe(false);
	});

	it('does nothing for keys it does not know, and never leaves a list', () => {
		const start = initialState();
		expect(press(start, key('x'), key('f5'), key('left'))).toEqual(start);
		const emptyEnv = {...env, paneIds: {facts: [], timeline: [], people: [], sources: []}};
		const state = reduceKey(reduceKey(start, key('j'), emptyEnv), key('return'), emptyEnv);
		expect(state.selection.facts).toBe(0);
		expect(state.detail).toEqual([]);
	});
});
