// The open details and readers in the dashboard state: opening one, scrolling, links and the search
// inside its text. Pure, beside the reducer in state.ts.
import type {ViewTarget} from './document.js';
import type {Command} from './keys.js';
import type {Environment, OpenView, UiState} from './state-types.js';
import {openPosition, scrollBy, stepLink, stepMatch} from './view-navigation.js';

export const topView = (state: UiState) => state.views.at(-1)!;
export const replaceTop = (state: UiState, view: OpenView): UiState => ({...state, views: [...state.views.slice(0, -1), view]});

export function openView(state: UiState, target: ViewTarget, env: Environment, base: OpenView[] = state.views): UiState {
	const position = openPosition(env.view(target), env.pageSize);
	return {...state, views: [...base, {target, ...position, find: ''}], finding: false};
}

/** Typed text in a view's search: the view moves to the first match from where it is. */
export function withFind(state: UiState, find: string, env: Environment): UiState {
	const view = topView(state);
	if (find === view.find) return state;
	const shape = env.view(view.target);
	const moved = find.trim() === '' ? {match: undefined} : stepMatch(view, 1, find, shape, env.pageSize, false);
	return replaceTop(state, {...view, ...moved, find});
}

/** Scrolls the open view by a movement (lines, a page, to an end). */
export function scrollView(state: UiState, step: number | 'first' | 'last', env: Environment): UiState {
	const view = topView(state);
	return replaceTop(state, {...view, ...scrollBy(view, step, env.view(view.target), env.pageSize)});
}

/** What a command does inside an open detail or reader, or undefined when it is none of the view's. */
export function applyViewCommand(state: UiState, command: Command, env: Environment): UiState | undefined {
	switch (command) {
		case 'nextLink':
		case 'previousLink': {
			const view = topView(state);
			return replaceTop(state, {...view, ...stepLink(view, command === 'nextLink' ? 1 : -1, env.view(view.target), env.pageSize)});
		}
		case 'nextMatch':
		case 'previousMatch': {
			const view = topView(state);
			const direction = command === 'nextMatch' ? 1 : -1;
			const shape = env.view(view.target);
			// Without a search in the view, n and N choose links, as Tab does.
			const moved = view.find.trim() ? stepMatch(view, direction, view.find, shape, env.pageSize) : stepLink(view, direction, shape, env.pageSize);
			return replaceTop(state, {...view, ...moved});
		}
		case 'findInView':
			return {...replaceTop(state, {...topView(state), find: '', match: undefined}), finding: true};
		case 'confirmFind':
			return {...state, finding: false};
		default:
			return undefined;
	}
}
