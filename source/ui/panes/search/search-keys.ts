import {ctrl, key, type KeyRow} from '../../key-rows.js';

// The search pane's own rows of the key table: `/` opens it from the panes, and the results' keys.
// The search line's editing keys are the shared table's (the find inside a detail uses them too).

export type SearchCommand = 'focusSearch' | 'nextResult' | 'previousResult' | 'chooseResult';

export const searchKeys: Record<SearchCommand, KeyRow> = {
	focusSearch: {category: 'Search', description: 'search the story: type to filter live', footer: {list: '/ search'}, importance: 7, bindings: [{keys: [key('/')], contexts: ['list', 'map']}]},
	nextResult: {category: 'Search', description: 'next result', footer: {search: '↑↓ results'}, importance: 5, bindings: [{keys: [ctrl('n'), key('down')], contexts: ['search']}]},
	previousResult: {category: 'Search', description: 'previous result', bindings: [{keys: [ctrl('p'), key('up')], contexts: ['search']}]},
	chooseResult: {category: 'Search', description: 'jump to the result in its pane and open it', footer: {search: 'Enter open'}, importance: 9, bindings: [{keys: [key('return')], contexts: ['search']}]},
};
