import {describe, expect, it} from 'vitest';
import type {SearchHit} from '../../source/search/search.js';
import type {KeyStroke} from '../../source/ui/keys.js';
import type {PaneShape} from '../../source/ui/list-window.js';
import type {MouseEvent} from '../../source/ui/mouse.js';
import type {ScreenGeometry} from '../../source/ui/screen-shape.js';
import {initialState, reduce, type Action, type Environment, type UiState} from '../../source/ui/state.js';

// The reducer answers every action with the next state and the effects it asks for; nothing is done
// by diffing the state afterwards. A mouse event is an action like a key.

const pane = (ids: string[]): PaneShape => ({ids, rowOf: ids.map((_, index) => index + 1), rowCount: ids.length + 1, isHeading: row => row === 0, headingOf: () => 0, linesOf: () => 1});
const shape = {lineCount: 3, linkSpans: [], anchor: 0, matchLines: () => []};
/** Search results drawn from the main area's third line (under the frame's border and title), two of them. */
const searchScreen: ScreenGeometry = {top: 3, height: 20, shows: 'search', columns: [], results: {x: 0, width: 60, first: 0, count: 2}};
const env: Environment = {
	panes: {facts: pane(['f1']), timeline: pane([]), people: pane(['p1', 'p2']), quotes: pane(['q1']), sources: pane([])},
	locate: id => (id === 'p2' ? {pane: 'people', index: 1} : id === 'q1' ? {pane: 'quotes', index: 0} : undefined),
	openTarget: id => ({kind: 'item', id}),
	links: () => [],
	view: () => shape,
	helpLines: 10,
	pageSize: 10,
	screen: () => searchScreen,
};

const key = (name: string, modifiers: Partial<KeyStroke> = {}): Action => ({type: 'key', stroke: {name, ...modifiers}});
const typed = (text: string): Action => ({type: 'key', stroke: {name: text, text}});
const hit = (id: string): SearchHit => ({id, kind: 'fact', label: id, score: 0, labelRanges: []});
const click = (row: number, at: number): Action => ({type: 'mouse', event: {type: 'press', button: 'left', column: 5, row, shift: false, alt: false, ctrl: false} satisfies MouseEvent, at});
const run = (state: UiState, ...actions: Action[]) =>
	actions.reduce(
		(current, action) => {
			const update = reduce(current.state, action, env);
			return {state: update.state, effects: [...current.effects, ...update.effects]};
		},
		{state, effects: [] as ReturnType<typeof reduce>['effects']},
	);

describe('effects as values', () => {
	it('asks for the results of the query as the search opens and as each letter is typed', () => {
		expect(run(initialState(), key('/')).effects).toEqual([{type: 'runSearch', query: ''}]);
		expect(run(initialState(), key('/'), typed('p'), typed('e')).effects).toEqual([
			{type: 'runSearch', query: ''},
			{type: 'runSearch', query: 'p'},
			{type: 'runSearch', query: 'pe'},
		]);
		// Moving in a list asks for nothing.
		expect(run(initialState(), key('j'), key('tab')).effects).toEqual([]);
	});

	it('quits with q, and goes back to the picker with Backspace, as effects', () => {
		expect(run(initialState(), key('q')).effects).toEqual([{type: 'quit'}]);
		expect(run(initialState(), key('backspace')).effects).toEqual([{type: 'leave'}]);
		expect(run(initialState(), key('escape')).effects).toEqual([{type: 'leave'}]);
	});

	it('asks to copy the selected item with y, and says so when nothing is selected', () => {
		expect(run(initialState(), key('y')).effects).toEqual([{type: 'copy', target: {kind: 'item', id: 'f1'}}]);
		const empty = run(initialState(), key('2'), key('y'));
		expect(empty.effects).toEqual([]);
		expect(empty.state.notice).toBe('nothing selected to copy');
	});

	it('takes a click on a result like a key: it selects it, and a second click opens it and saves the query', () => {
		const searched = run(initialState(), key('/'), typed('p'), {type: 'results', query: 'p', hits: [hit('q1'), hit('p2')]}).state;
		// The second result is on the frame's fourth line: border, title, first result.
		const selected = run(searched, click(3 + 3, 1000));
		expect(selected.state.resultIndex).toBe(1);
		expect(selected.effects).toEqual([]);
		const opened = run(selected.state, click(3 + 3, 5000));
		expect(opened.state.focus).toBe('people');
		expect(opened.state.views.map(view => view.target)).toEqual([{kind: 'item', id: 'p2'}]);
		expect(opened.effects).toEqual([{type: 'saveHistory', entries: ['p']}]);
	});
});
