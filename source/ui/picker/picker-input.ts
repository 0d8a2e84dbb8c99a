import {moveSelection, moveToEnd, nextSort, openSelection, selectedRow, setQuery as setQueryOf, setSort, type ItemSearch, type PickerModel} from '../../library/picker-model.js';
import {sanitiseText} from '../../model/sanitise.js';
import {commandFor, keyTable, type Context, type KeyStroke, type KeyTableEntry} from '../keys.js';

// The picker's keys as a pure function: (screen state, key) → next screen state and the effects it asks
// for (open, rename or remove a story, quit), as the dashboard's reducer returns them. The model does the
// filtering and the selection; this decides which key means what, from the key table in force (the
// config's when it rebinds keys).

/** A question on the bottom line, as lazygit asks before it changes anything: a new title, or yes/no. */
export type PickerPrompt = {kind: 'rename'; id: string; title: string; text: string} | {kind: 'remove'; id: string; title: string};

export type PickerScreen = {
	model: PickerModel;
	/** Typing the filter after `/`. */
	filtering: boolean;
	/** Why the last Enter opened nothing (a broken story), or what the last change did, until the next key. */
	message?: string;
	prompt?: PickerPrompt;
	/** The help (?): the picker's keys, as bound now. */
	helpOpen?: boolean;
};

/** What the picker asks the library's root to do: load a story's files, rename or remove one, or quit. */
export type PickerEffect = {type: 'loadStory'; files: string[]} | {type: 'renameStory'; id: string; title: string} | {type: 'removeStory'; id: string} | {type: 'openInbox'} | {type: 'refreshFeeds'} | {type: 'quit'};

export type PickerUpdate = {screen: PickerScreen; effects: PickerEffect[]};

export const pickerScreen = (model: PickerModel): PickerScreen => ({model, filtering: false});

export function pickerContext(screen: PickerScreen): Context {
	if (screen.helpOpen) return 'help';
	if (screen.prompt) return screen.prompt.kind === 'rename' ? 'pickerPrompt' : 'pickerConfirm';
	return screen.filtering ? 'pickerFilter' : 'picker';
}

/** The contexts whose keys the picker's help lists. */
export const pickerContexts: readonly Context[] = ['picker', 'pickerFilter', 'pickerPrompt', 'pickerConfirm', 'inbox', 'inboxPrompt', 'inboxConfirm', 'inboxChoose'];

const isText = (stroke: KeyStroke) => !stroke.ctrl && !stroke.meta && stroke.text !== undefined && stroke.text !== '' && !/[\u0000-\u001F\u007F-\u009F]/.test(stroke.text);

const deleteWord = (text: string) => text.replace(/\S*\s*$/, '');
const deleteCharacter = (text: string) => Array.from(text).slice(0, -1).join('');

/** `table`: the key table in force; the default one unless the config rebinds keys. */
export function pickerKey(screen: PickerScreen, stroke: KeyStroke, pageSize: number, searchItems?: ItemSearch, table: readonly KeyTableEntry[] = keyTable): PickerUpdate {
	const next = pickerScreenAfter(screen, stroke, pageSize, searchItems, table);
	return 'effects' in next ? next : {screen: next, effects: []};
}

function pickerScreenAfter(screen: PickerScreen, stroke: KeyStroke, pageSize: number, searchItems: ItemSearch | undefined, table: readonly KeyTableEntry[]): PickerScreen | PickerUpdate {
	const command = commandFor(stroke, pickerContext(screen), table);
	const current = {...screen, message: undefined};
	if (screen.helpOpen) return command === 'quit' ? {screen: current, effects: [{type: 'quit'}]} : command === 'back' || command === 'toggleHelp' ? {...current, helpOpen: false} : current;
	if (screen.prompt) return promptKey(current, screen.prompt, stroke, command);
	const setQuery = (model: PickerModel, query: string) => setQueryOf(model, query, searchItems);
	const {model} = current;
	const page = Math.max(1, pageSize);
	const selected = selectedRow(model);
	switch (command) {
		case 'moveUp':
			return {...current, model: moveSelection(model, -1)};
		case 'moveDown':
			return {...current, model: moveSelection(model, 1)};
		case 'pageUp':
			return {...current, model: moveSelection(model, -page)};
		case 'pageDown':
			return {...current, model: moveSelection(model, page)};
		case 'moveFirst':
			return {...current, model: moveToEnd(model, 'first')};
		case 'moveLast':
			return {...current, model: moveToEnd(model, 'last')};
		case 'sortStories':
			return {...current, model: setSort(model, nextSort(model.sort))};
		case 'toggleHelp':
			return {...current, helpOpen: true};
		case 'refreshFeeds':
			return {screen: current, effects: [{type: 'refreshFeeds'}]};
		case 'renameStory':
			if (selected?.kind === 'inbox') return {...current, message: 'the inbox is not a story: Enter opens it'};
			if (!selected || selected.problem || selected.sample) return {...current, message: selected?.sample ? 'the sample is not yours to rename' : selected ? 'a broken story cannot be renamed' : undefined};
			return {...current, prompt: {kind: 'rename', id: selected.id, title: selected.title, text: selected.title}};
		case 'removeStory':
			if (selected?.kind === 'inbox') return {...current, message: 'the inbox is not a story: Enter opens it, and d there dismisses a group'};
			if (!selected || selected.problem || selected.sample) return {...current, message: selected?.sample ? 'the sample is not in your library: nothing to remove' : selected ? 'a broken file is not a story the library can remove; move it away by hand' : undefined};
			return {...current, prompt: {kind: 'remove', id: selected.id, title: selected.title}};
		case 'filterStories':
			return {...current, filtering: true};
		case 'leaveFilter':
			// Esc first ends typing and keeps the filter; Esc again clears it.
			return screen.filtering ? {...current, filtering: false} : {...current, model: setQuery(model, '')};
		case 'deletePreviousCharacter':
			return {...current, model: setQuery(model, deleteCharacter(model.query))};
		case 'deletePreviousWord':
			return {...current, model: setQuery(model, deleteWord(model.query))};
		case 'clearQuery':
			return {...current, model: setQuery(model, '')};
		case 'openStory': {
			if (selected?.kind === 'inbox') return {screen: {...current, filtering: false}, effects: [{type: 'openInbox'}]};
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

/** A key while the bottom line asks: type the new title, or answer yes or no. */
function promptKey(current: PickerScreen, prompt: PickerPrompt, stroke: KeyStroke, command: ReturnType<typeof commandFor>): PickerScreen | PickerUpdate {
	const {prompt: _, ...closed} = current;
	switch (command) {
		case 'cancelPrompt':
			return {...closed, message: prompt.kind === 'rename' ? 'not renamed' : 'not removed'};
		case 'quit':
			return {screen: closed, effects: [{type: 'quit'}]};
		case 'confirmPrompt':
			if (prompt.kind === 'remove') return {screen: closed, effects: [{type: 'removeStory', id: prompt.id}]};
			if (prompt.text.trim() === prompt.title) return {...closed, message: 'the title is as it was: not renamed'};
			return {screen: closed, effects: [{type: 'renameStory', id: prompt.id, title: prompt.text}]};
	}
	if (prompt.kind === 'remove') return current;
	const edit = (text: string) => ({...current, prompt: {...prompt, text}});
	if (command === 'deletePreviousCharacter') return edit(deleteCharacter(prompt.text));
	if (command === 'deletePreviousWord') return edit(deleteWord(prompt.text));
	if (command === 'clearQuery') return edit('');
	if (isText(stroke)) return edit(prompt.text + sanitiseText(stroke.text!));
	return current;
}
