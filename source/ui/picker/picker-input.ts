import {moveSelection, openSelection, setQuery as setQueryOf, type ItemSearch, type PickerModel} from '../../library/picker-model.js';
import {sanitiseText} from '../../model/sanitise.js';
import {commandFor, type Context, type KeyStroke} from '../keys.js';

// The picker's keys as a pure function: (screen state, key) → next screen state. The model does the
// filtering and the selection; this decides which key means what, from the key table.

export type PickerScreen = {
	model: PickerModel;
	/** Typing the filter after `/`. */
	filtering: boolean;
	/** Why the last Enter opened nothing (a broken story), until the next key. */
	message?: string;
	/** Files to open: the root component opens them and clears this. */
	open?: string[];
	quit: boolean;
};

export const pickerScreen = (model: PickerModel): PickerScreen => ({model, filtering: false, quit: false});

export const pickerContext = (screen: PickerScreen): Context => (screen.filtering ? 'pickerFilter' : 'picker');

const isText = (stroke: KeyStroke) => !stroke.ctrl && !stroke.meta && stroke.text !== undefined && stroke.text !== '' && !/[\u0000-\u001F\u007F-\u009F]/.test(stroke.text);

export function pickerKey(screen: PickerScreen, stroke: KeyStroke, pageSize: number, searchItems?: ItemSearch): PickerScreen {
	const setQuery = (model: PickerModel, query: string) => setQueryOf(model, query, searchItems);
	const current = {...screen, message: undefined, open: undefined};
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
			return 'open' in chosen ? {...current, filtering: false, open: chosen.open} : {...current, message: `cannot open ${chosen.cannot}`};
		}
		case 'quit':
			return {...current, quit: true};
		default:
			if (screen.filtering && isText(stroke)) return {...current, model: setQuery(model, model.query + sanitiseText(stroke.text!))};
			return current;
	}
}
