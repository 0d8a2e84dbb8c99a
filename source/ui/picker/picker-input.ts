import {moveSelection, openSelection, setQuery as setQueryOf, type ItemSearch, type PickerModel} from '../../library/picker-model.js';
import {sanitiseText} from '../../model/sanitise.js';
import {commandFor, type Context, type KeyStroke} from '../keys.js';

// The picker's keys as a pure function: (screen state, key) → next screen state and the effects it asks
// for (open a story, quit), as the dashboard's reducer returns them. The model does the filtering and the
// selection; this decides which key means what, from the key table.

export type PickerScreen = {
	model: PickerModel;
	/** Typing the filter after `/`. */
	filtering: boolean;
	/** Why the last Enter opened nothing (a broken story), until the next key. */
	message?: string;
};

/** What the picker asks the library's root to do: load a story's files, or quit. */
export type PickerEffect = {type: 'loadStory'; files: string[]} | {type: 'quit'};

export type PickerUpdate = {screen: PickerScreen; effects: PickerEffect[]};

export const pickerScreen = (model: PickerModel): PickerScreen => ({model, filtering: false});

export const pickerContext = (screen: PickerScreen): Context => (screen.filtering ? 'pickerFilter' : 'picker');

const isText = (stroke: KeyStroke) => !stroke.ctrl && !stroke.meta && stroke.text !== undefined && stroke.text !== '' && !/[\u0000-\u001F\u007F-\u009F]/.test(stroke.text);

export function pickerKey(screen: PickerScreen, stroke: KeyStroke, pageSize: number, searchItems?: ItemSearch): PickerUpdate {
	const next = pickerScreenAfter(screen, stroke, pageSize, searchItems);
	return 'effects' in next ? next : {screen: next, effects: []};
}

function pickerScreenAfter(screen: PickerScreen, stroke: KeyStroke, pageSize: number, searchItems?: ItemSearch): PickerScreen | PickerUpdate {
	const setQuery = (model: PickerModel, query: string) => setQueryOf(model, query, searchItems);
	const current = {...screen, message: undefined};
	const {model} = current;
	const command = commandFor(stroke, pickerContext(screen));
	const page = Math.max(1, pageSize);
	switch (command) {
		case 'moveUp':
			return {...current, model: moveSelection(model, -1)};
		case 'moveDown':
			return {...current, model: moveSelection(model, 1)};
		case 'pageUp':
			return {...current, model: moveSelection(model, -page)};
		case 'pageDown':
			return {...current, model: moveSelection(model, page)};
		case 'filterStories':
			return {...current, filtering: true};
		case 'leaveFilter':
			// Esc first ends typing and keeps the filter; Esc again clears it.
			return screen.filtering ? {...current, filtering: false} : {...current, model: setQuery(model, '')};
		case 'deletePreviousCharacter':
			return {...current, model: setQuery(model, Array.from(model.query).slice(0, -1).join(''))};
		case 'deletePreviousWord':
			return {...current, model: setQuery(model, model.query.replace(/\S*\s*$/, ''))};
		case 'clearQuery':
			return {...current, model: setQuery(model, '')};
		case 'openStory': {
			const chosen = openSelection(model);
			if (!chosen) return current;
			return 'open' in chosen ? {screen: {...current, filtering: false}, effects: [{type: 'loadStory', files: chosen.open}]} : {...current, message: `cannot open ${chosen.cannot}`};
		}
		case 'quit':
			return {screen: current, effects: [{type: 'quit'}]};
		default:
			if (screen.filtering && isText(stroke)) return {...current, model: setQuery(model, model.query + sanitiseText(stroke.text!))};
			return current;
	}
}
