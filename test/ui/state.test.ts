import {describe, expect, it} from 'vitest';
import type {ViewTarget} from '../../source/ui/document.js';
import type {KeyStroke} from '../../source/ui/keys.js';
import type {PaneShape} from '../../source/ui/list-window.js';
import type {SearchHit} from '../../source/search/search.js';
import {contextOf, initialState, reduce, reduceKey, type Effect, type Environment, type UiState} from '../../source/ui/state.js';
import type {ViewShape} from '../../source/ui/view-navigation.js';

/** A list whose items are rows 1…n under one heading at row 0, each one line tall. */
const pane = (ids: string[]): PaneShape => ({
	ids,
	rowOf: ids.map((_, index) => index + 1),
	rowCount: ids.length + 1,
	isHeading: row => row === 0,
	headingOf: () => 0,
	linesOf: () => 1,
});

const item = (id: string): ViewTarget => ({kind: 'item', id});
const links: Record<string, ViewTarget[]> = {f1: [item('p1'), item('a1')], p1: [item('f1')]};
// f1: 30 lines, links on lines 2 and 25–26; p1: 3 lines, one link; long: 100 lines, "kim" on 10, 50, 90.
const shapes: Record<string, ViewShape> = {
	f1: {lineCount: 30, linkSpans: [{first: 2, last: 2}, {first: 25, last: 26}], anchor: 0, matchLines: () => []},
	p1: {lineCount: 3, linkSpans: [{first: 1, last: 1}], anchor: 0, matchLines: () => []},
	long: {lineCount: 100, linkSpans: [], anchor: 0, matchLines: query => (query === 'kim' ? [10, 50, 90] : [])},
};
const none: ViewShape = {lineCount: 1, linkSpans: [], anchor: 0, matchLines: () => []};

const env: Environment = {
	panes: {facts: pane(['f1', 'f2', 'long']), timeline: pane(['e1', 'e2']), people: pane(['p1', 'p2', 'p3', 'p4']), quotes: pane(['q1']), sources: pane(['a1'])},
	locate: id => (id === 'p2' ? {pane: 'people', index: 1} : id === 'q1' ? {pane: 'quotes', index: 0} : id === 'f3' ? {pane: 'facts', index: 2} : undefined),
	openTarget: id => (id === 'a1' ? {kind: 'reader', article: 'a1'} : item(id)),
	links: target => (target.kind === 'item' ? (links[target.id] ?? []) : []),
	view: target => (target.kind === 'item' ? (shapes[target.id] ?? none) : none),
	helpLines: 15,
	pageSize: 10,
};

const key = (name: string, modifiers: Partial<KeyStroke> = {}): KeyStroke => ({name, ...modifiers});
const typed = (text: string): KeyStroke => ({name: text, text});
/** The state after the keys, with every effect they asked for. */
type Pressed = UiState & {effects: Effect[]};
const press = (state: UiState, ...strokes: KeyStroke[]): Pressed =>
	strokes.reduce<Pressed>(
		(current, stroke) => {
			const {effects: earlier, ...before} = current;
			const update = reduceKey(before, stroke, env);
			return {...update.state, effects: [...earlier, ...update.effects]};
		},
		{...state, effects: []},
	);
const quits = (state: Pressed) => state.effects.some(effect => effect.type === 'quit');
const hit = (id: string): SearchHit => ({id, kind: 'fact', label: id, score: 0, labelRanges: []});
const results = (state: UiState, query: string, ids: string[]) => reduce(state, {type: 'results', query, hits: ids.map(hit)}, env).state;
const top = (state: UiState) => state.views.at(-1)!;

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

	it('cycles through the six panes and search with Tab and Shift-Tab, and jumps by number', () => {
		expect(press(initialState(), key('tab')).focus).toBe('timeline');
		expect(press(initialState(), key('tab', {shift: true})).focus).toBe('search');
		expect(press(initialState(), key('tab', {shift: true}), key('tab', {shift: true})).focus).toBe('map');
		expect(press(initialState(), key('3')).focus).toBe('people');
		expect(press(initialState(), key('4')).focus).toBe('quotes');
		expect(press(initialState(), key('5')).focus).toBe('sources');
		expect(press(initialState(), key('6')).focus).toBe('map');
		expect(press(initialState(), ...Array.from({length: 7}, () => key('tab'))).focus).toBe('facts');
	});

	it('opens a detail at its top with the first link on screen chosen, follows it, and goes back with Esc', () => {
		let state = press(initialState(), key('return'));
		expect(top(state)).toMatchObject({target: item('f1'), scroll: 0, link: 0});
		expect(contextOf(state)).toBe('detail');
		state = press(state, key('return'));
		expect(state.views.map(view => view.target)).toEqual([item('f1'), item('p1')]);
		state = press(state, key('escape'));
		expect(state.views.map(view => view.target)).toEqual([item('f1')]);
		state = press(state, key('tab'), key('return'));
		expect(state.views.map(view => view.target)).toEqual([item('f1'), item('a1')]);
		state = press(state, key('escape'), key('escape'));
		expect(state.views).toEqual([]);
		expect(state.focus).toBe('facts');
	});

	it('scrolls a detail by lines, pages and to its ends, like less', () => {
		let state = press(initialState(), key('return'));
		state = press(state, key('j'), key('j'), key('down'));
		expect(top(state).scroll).toBe(3);
		state = press(state, key('k'));
		expect(top(state).scroll).toBe(2);
		state = press(state, key('pagedown'));
		expect(top(state).scroll).toBe(12);
		state = press(state, key('d', {ctrl: true}));
		// 30 lines, 10 on screen: the last page starts at line 20.
		expect(top(state).scroll).toBe(17);
		state = press(state, key('G', {shift: true}));
		expect(top(state).scroll).toBe(20);
		state = press(state, key('u', {ctrl: true}), key('pageup'));
		expect(top(state).scroll).toBe(5);
		state = press(state, key('g'));
		expect(top(state).scroll).toBe(0);
	});

	it('keeps the chosen link on screen: Tab scrolls to it, scrolling away chooses one in view', () => {
		let state = press(initialState(), key('return'), key('tab'));
		// The second link is on lines 25–26: the view scrolls just far enough to show both.
		expect(top(state)).toMatchObject({link: 1, scroll: 17});
		state = press(state, key('tab'));
		expect(top(state)).toMatchObject({link: 0, scroll: 2});
		state = press(state, key('j'), key('j'), key('j'));
		expect(top(state).link).toBeUndefined();
		expect(press(state, key('return')).views).toHaveLength(1);
		// Backwards from a screen without links: the nearest link above it.
		state = press(state, key('tab', {shift: true}));
		expect(top(state)).toMatchObject({link: 0, scroll: 2});
		// n and N choose links too while nothing is searched for.
		expect(top(press(state, key('n'))).link).toBe(1);
	});

	it('searches inside the open view: / types, Enter keeps it, n/N go through the matches', () => {
		let state = press(initialState(), key('G', {shift: true}), key('return'), key('/'));
		expect(contextOf(state)).toBe('find');
		state = press(state, typed('k'), typed('i'), typed('m'));
		expect(top(state)).toMatchObject({find: 'kim', match: 10, scroll: 9});
		// q is a letter while typing a search.
		expect(quits(press(state, typed('q')))).toBe(false);
		state = press(state, key('return'));
		expect(contextOf(state)).toBe('detail');
		state = press(state, key('n'));
		expect(top(state)).toMatchObject({match: 50, scroll: 49});
		state = press(state, key('n'), key('n'));
		expect(top(state).match).toBe(10);
		state = press(state, key('N', {shift: true}));
		expect(top(state).match).toBe(90);
		state = press(state, key('/'), typed('x'), key('escape'));
		expect(top(state).find).toBe('');
		expect(contextOf(state)).toBe('detail');
	});

	it('types into the search box, where q is a letter, and deletes', () => {
		let state = press(initialState(), key('/'), typed('q'), typed('p'), typed('e'));
		expect(state.query).toBe('qpe');
		expect(quits(state)).toBe(false);
		state = press(state, key('backspace'), key('backspace'), key('backspace'), typed('p'), typed('e'));
		expect(state.query).toBe('pe');
		state = press(state, key('w', {ctrl: true}));
		expect(state.query).toBe('');
	});

	it('holds the results it is given, and Enter jumps to the chosen one in its pane with its detail open', () => {
		let state = results(press(initialState(), key('/'), typed('p'), typed('e')), 'pe', ['q1', 'p2']);
		state = press(state, key('n', {ctrl: true}));
		expect(state.resultIndex).toBe(1);
		state = press(state, key('p', {ctrl: true}), key('return'));
		expect(state.focus).toBe('quotes');
		expect(state.selection.quotes).toBe(0);
		expect(state.views.map(view => view.target)).toEqual([item('q1')]);
	});

	it('waits for the results of the query typed when Enter comes first', () => {
		let state = results(press(initialState(), key('/'), typed('p')), 'p', ['f3']);
		state = press(state, typed('e'), key('return'));
		expect(state.views).toEqual([]);
		expect(state.chooseWhenReady).toBe(true);
		// Results of an older query do not count.
		expect(results(state, 'p', ['f3']).views).toEqual([]);
		state = results(state, 'pe', ['p2']);
		expect(state.focus).toBe('people');
		expect(state.views.map(view => view.target)).toEqual([item('p2')]);
	});

	it('never lets results of an older query replace those of the query shown', () => {
		let state = results(press(initialState(), key('/'), typed('p'), typed('e')), 'pe', ['p2']);
		// A search for "p" that finishes late (its key came first) changes nothing on screen.
		expect(results(state, 'p', ['f3'])).toBe(state);
		// While "pex" is searched, "pe"'s list stays, marked as not yet the answer (the footer says searching…).
		state = press(state, typed('x'));
		expect(state.results.query).toBe('pe');
		state = results(state, 'pex', ['q1']);
		expect(state.results).toEqual({query: 'pex', hits: [hit('q1')]});
	});

	it('unwinds Esc: detail, then search, then the query', () => {
		let state = results(press(initialState(), key('/'), typed('p'), typed('e')), 'pe', ['p2']);
		state = press(state, key('return'));
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

	it('ignores control characters, unknown keys and escape-sequence leftovers typed into the search box', () => {
		const state = press(initialState(), key('/'), typed('\u0007'), typed('[A'), key('unknown'), key('f5'));
		expect(state.query).toBe('[A');
		expect(press(initialState(), key('/'), {name: 'x', text: 'x', meta: true}).query).toBe('');
		// A pasted bidi override would make the footer read differently than the query is.
		expect(press(initialState(), key('/'), typed('\u202Eabc'), typed('\u2066d')).query).toBe('abcd');
	});

	it('quits with q outside the search box and with Ctrl-C anywhere', () => {
		expect(quits(press(initialState(), key('q')))).toBe(true);
		expect(quits(press(initialState(), key('/'), key('c', {ctrl: true})))).toBe(true);
		expect(quits(press(initialState(), key('return'), key('q')))).toBe(true);
		expect(quits(press(initialState(), key('return'), key('/'), key('c', {ctrl: true})))).toBe(true);
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
		const {effects, ...after} = press(start, key('x'), key('f5'), key('left'), key('unknown'));
		expect(after).toEqual(start);
		expect(effects).toEqual([]);
		const emptyEnv = {...env, panes: {facts: pane([]), timeline: pane([]), people: pane([]), quotes: pane([]), sources: pane([])}};
		const state = reduceKey(reduceKey(start, key('j'), emptyEnv).state, key('return'), emptyEnv).state;
		expect(state.selection.facts).toBe(0);
		expect(state.views).toEqual([]);
	});
});
