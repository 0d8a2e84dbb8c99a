import {describe, expect, it} from 'vitest';
import {editSearchLine, initialHabits, recallEarlierQuery, rememberQuery, requestFor, searchLineEdit, selectedTarget, type HabitState} from '../../source/ui/search-line-state.js';

const habits = (query = '', history: string[] = []): HabitState => ({...initialHabits({query, history}), resultIndex: 3, chooseWhenReady: false});

describe('the search line in the dashboard state', () => {
	it('maps the line commands to edits and nothing else', () => {
		expect(searchLineEdit('cursorWordLeft')).toEqual({type: 'wordLeft'});
		expect(searchLineEdit('clearQuery')).toEqual({type: 'killToStart'});
		expect(searchLineEdit('quit')).toBeUndefined();
	});

	it('starts again at the first result when the text changes, not when only the cursor moves', () => {
		const state = habits('kim');
		expect(editSearchLine(state, {type: 'left'})).toMatchObject({query: 'kim', cursor: 2, resultIndex: 3});
		expect(editSearchLine(state, {type: 'insert', text: '\u202Ex'})).toMatchObject({query: 'kimx', cursor: 4, resultIndex: 0});
	});

	it('walks back through the history and stops at its start, saying so', () => {
		let state = habits('draft', ['peskov', 'khasan']);
		state = recallEarlierQuery(state);
		expect(state).toMatchObject({query: 'khasan', cursor: 6});
		state = recallEarlierQuery(state);
		expect(state.query).toBe('peskov');
		expect(recallEarlierQuery(state).notice).toBe('no earlier query');
		expect(recallEarlierQuery(habits('x')).notice).toBe('no earlier queries yet');
		// An edit ends the walk: the next Ctrl-r starts from the newest again.
		const edited = editSearchLine(state, {type: 'insert', text: '!'});
		expect(recallEarlierQuery(edited).query).toBe('khasan');
	});

	it('keeps a chosen query once', () => {
		const kept = rememberQuery(habits('peskov', ['kim']));
		expect(kept.history.entries).toEqual(['kim', 'peskov']);
		expect(rememberQuery(kept)).toBe(kept);
	});

	it('asks for a copy or an open of what is selected, or says nothing is', () => {
		const panes = {facts: {ids: ['fact-a', 'fact-b']}};
		const target = selectedTarget({views: [], focus: 'facts', resultIndex: 0, results: {hits: []}, selection: {facts: 1}}, {panes});
		expect(target).toEqual({kind: 'item', id: 'fact-b'});
		expect(selectedTarget({views: [{target: {kind: 'reader', article: 'forbes'}}], focus: 'facts', resultIndex: 0, results: {hits: []}, selection: {facts: 1}}, {panes})).toEqual({kind: 'article', id: 'forbes'});
		const asked = requestFor(habits(), 'copy', target);
		expect(asked.effects).toEqual([{type: 'copy', target}]);
		expect(requestFor(asked.state, 'open', target).effects).toEqual([{type: 'open', target}]);
		const nothing = requestFor(habits(), 'open', undefined);
		expect(nothing.state.notice).toBe('nothing selected to open');
		expect(nothing.effects).toEqual([]);
	});
});
