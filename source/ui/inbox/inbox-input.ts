import {sanitiseText} from '../../model/sanitise.js';
import {commandFor, keyTable, type Context, type KeyStroke, type KeyTableEntry} from '../keys.js';

// The inbox screen's keys as a pure function, as the picker's: (screen, key) → next screen and the
// effects it asks for. Nothing changes without a question on the bottom line first: a title for a new
// story, the story to add to, or yes/no before a dismissal.

/** A group as the screen shows it (texts already safe for the terminal). */
export type InboxGroupLine = {key: string; title: string; details: string; names: string};

export type StoryChoice = {id: string; title: string};

export type InboxAsk = {kind: 'save'; key: string; text: string} | {kind: 'dismiss'; key: string; title: string} | {kind: 'add'; key: string; title: string; selected: number};

export type InboxScreen = {
	groups: InboxGroupLine[];
	selected: number;
	/** The stories a group can be added to (the user's own that load). */
	stories: StoryChoice[];
	ask?: InboxAsk;
	message?: string;
	helpOpen?: boolean;
};

export type InboxEffect = {type: 'saveGroup'; key: string; title: string} | {type: 'addGroup'; key: string; story: string} | {type: 'dismissGroup'; key: string} | {type: 'leaveInbox'} | {type: 'refreshFeeds'} | {type: 'quit'};

export type InboxUpdate = {screen: InboxScreen; effects: InboxEffect[]};

export function inboxContext(screen: InboxScreen): Context {
	if (screen.helpOpen) return 'help';
	if (!screen.ask) return 'inbox';
	return screen.ask.kind === 'save' ? 'inboxPrompt' : screen.ask.kind === 'dismiss' ? 'inboxConfirm' : 'inboxChoose';
}

const isText = (stroke: KeyStroke) => !stroke.ctrl && !stroke.meta && stroke.text !== undefined && stroke.text !== '' && !/[\u0000-\u001F\u007F-\u009F]/.test(stroke.text);
const clamp = (value: number, count: number) => Math.max(0, Math.min(Math.max(0, count - 1), value));

export function inboxKey(screen: InboxScreen, stroke: KeyStroke, table: readonly KeyTableEntry[] = keyTable): InboxUpdate {
	const command = commandFor(stroke, inboxContext(screen), table);
	const current: InboxScreen = {...screen, message: undefined};
	const stay = (next: InboxScreen): InboxUpdate => ({screen: next, effects: []});
	if (command === 'quit') return {screen: current, effects: [{type: 'quit'}]};
	if (screen.helpOpen) return stay(command === 'back' || command === 'toggleHelp' ? {...current, helpOpen: false} : current);
	if (screen.ask) return askKey(current, screen.ask, stroke, command);
	const group = screen.groups[screen.selected];
	switch (command) {
		case 'moveUp':
			return stay({...current, selected: clamp(screen.selected - 1, screen.groups.length)});
		case 'moveDown':
			return stay({...current, selected: clamp(screen.selected + 1, screen.groups.length)});
		case 'toggleHelp':
			return stay({...current, helpOpen: true});
		case 'leaveInbox':
			return {screen: current, effects: [{type: 'leaveInbox'}]};
		case 'refreshFeeds':
			return {screen: current, effects: [{type: 'refreshFeeds'}]};
		case 'saveGroup':
			return stay(group ? {...current, ask: {kind: 'save', key: group.key, text: group.title}} : current);
		case 'dismissGroup':
			return stay(group ? {...current, ask: {kind: 'dismiss', key: group.key, title: group.title}} : current);
		case 'addGroup':
			if (!group) return stay(current);
			if (screen.stories.length === 0) return stay({...current, message: 'the library has no story of yours to add it to: s starts one'});
			return stay({...current, ask: {kind: 'add', key: group.key, title: group.title, selected: 0}});
		default:
			return stay(current);
	}
}

/** A key while the bottom line asks: the title typed, the story chosen, or yes/no. */
function askKey(current: InboxScreen, ask: InboxAsk, stroke: KeyStroke, command: ReturnType<typeof commandFor>): InboxUpdate {
	const {ask: _, ...closed} = current;
	const stay = (next: InboxScreen): InboxUpdate => ({screen: next, effects: []});
	switch (command) {
		case 'cancelPrompt':
			return stay({...closed, message: ask.kind === 'save' ? 'no story started' : ask.kind === 'add' ? 'not added' : 'not dismissed'});
		case 'confirmPrompt':
			if (ask.kind === 'dismiss') return {screen: closed, effects: [{type: 'dismissGroup', key: ask.key}]};
			if (ask.kind === 'add') return {screen: closed, effects: [{type: 'addGroup', key: ask.key, story: current.stories[ask.selected]!.id}]};
			if (ask.text.trim() === '') return stay({...current, message: 'a story needs a title'});
			return {screen: closed, effects: [{type: 'saveGroup', key: ask.key, title: ask.text.trim()}]};
	}
	if (ask.kind === 'add') {
		if (command === 'moveUp' || command === 'moveDown') return stay({...current, ask: {...ask, selected: clamp(ask.selected + (command === 'moveUp' ? -1 : 1), current.stories.length)}});
		return stay(current);
	}
	if (ask.kind === 'dismiss') return stay(current);
	const edit = (text: string) => stay({...current, ask: {...ask, text}});
	if (command === 'deletePreviousCharacter') return edit(Array.from(ask.text).slice(0, -1).join(''));
	if (command === 'deletePreviousWord') return edit(ask.text.replace(/\S*\s*$/, ''));
	if (command === 'clearQuery') return edit('');
	if (isText(stroke)) return edit(ask.text + sanitiseText(stroke.text!));
	return stay(current);
}
