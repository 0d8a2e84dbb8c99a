import {alt, ctrl, key, sameKey, type Context, type FooterHint, type KeyRow, type KeyStroke, type KeyTableEntry as Entry} from './key-rows.js';
import {numberedPanes, panes as paneList, type PaneCommand} from './panes/pane-list.js';

// The key table: one entry per command, with the keys that trigger it in each context and the text the
// footer and the help overlay show. Input handling, footer and help all read this table, so they cannot
// drift apart (the shape of gemini-cli's keyBindings and lazygit's per-view bindings). The shared rows
// are a record by command, and each pane brings its own rows as a record by its commands (panes/), so a
// command without an entry does not compile; the number keys are made from the list of panes.

export type {Binding, Context, FooterHint, KeyCategory, KeyStroke} from './key-rows.js';
import {inboxKeyRows, type InboxCommand} from './inbox/inbox-keys.js';

type SharedCommand =
	| 'focusNextPane'
	| 'focusPreviousPane'
	| 'moveUp'
	| 'moveDown'
	| 'pageUp'
	| 'pageDown'
	| 'halfPageUp'
	| 'halfPageDown'
	| 'moveFirst'
	| 'moveLast'
	| 'nextLink'
	| 'previousLink'
	| 'openSelected'
	| 'back'
	| 'findInView'
	| 'confirmFind'
	| 'nextMatch'
	| 'previousMatch'
	| 'deletePreviousCharacter'
	| 'deletePreviousWord'
	| 'clearQuery'
	| 'cursorLeft'
	| 'cursorRight'
	| 'cursorWordLeft'
	| 'cursorWordRight'
	| 'cursorStart'
	| 'cursorEnd'
	| 'deleteNextCharacter'
	| 'deleteToEnd'
	| 'recallQuery'
	| 'copySelected'
	| 'openLink'
	| 'toggleHelp'
	| 'toggleNewOnly'
	| 'leaveStory'
	| 'filterStories'
	| 'openStory'
	| 'leaveFilter'
	| 'sortStories'
	| 'renameStory'
	| 'removeStory'
	| 'confirmPrompt'
	| 'cancelPrompt'
	| InboxCommand
	| 'quit';

/** Focuses the pane of that number (1 the first of the list of panes). */
export type FocusCommand = `focusPane${number}`;

export type Command = SharedCommand | PaneCommand | FocusCommand;

export type KeyTableEntry = Entry<Command>;

/** A readline command of the search line (the in-view find appends only). */
const line = (description: string, keys: KeyStroke[], footer?: string): KeyRow => ({category: 'Search line', description, ...(footer ? {footer: {search: footer}, importance: 0} : {}), bindings: [{keys, contexts: ['search']}]});

/** The panes: the lists and the map, which share the keys that are not about rows or lines. */
const panes: Context[] = ['list', 'map'];
const browsing: Context[] = ['list', 'map', 'detail'];
const typing: Context[] = ['search', 'find'];
const every: Context[] = ['list', 'map', 'detail', 'find', 'search', 'help'];
const picking: Context[] = ['picker', 'pickerFilter'];
/** The picker's prompts: a new title typed, or a yes/no before a removal. */
const prompts: Context[] = ['pickerPrompt', 'pickerConfirm'];
/** The inbox's screens: its groups, and the questions it asks before it changes anything. */
const inboxAsking: Context[] = ['inboxPrompt', 'inboxConfirm', 'inboxChoose'];

const shared: Record<SharedCommand, KeyRow> = {
	focusNextPane: {category: 'Panes', description: 'next pane', footer: {list: 'Tab pane'}, importance: 5, bindings: [{keys: [key('tab')], contexts: [...panes, 'search']}]},
	focusPreviousPane: {category: 'Panes', description: 'previous pane', bindings: [{keys: [key('tab', {shift: true})], contexts: [...panes, 'search']}]},
	moveUp: {
		category: 'Moving',
		description: 'up a line (in a list: the selection)',
		footer: {list: '↑↓/jk move', detail: '↑↓/jk scroll', picker: '{keys} {keys:moveDown} move', pickerFilter: '{keys} {keys:moveDown} move', inbox: '{keys} {keys:moveDown} move', inboxChoose: '{keys} {keys:moveDown} move'},
		importance: 2,
		bindings: [{keys: [key('up'), key('k')], contexts: ['list', 'detail', 'help', 'picker', 'inbox', 'inboxChoose']}, {keys: [key('up')], contexts: ['pickerFilter']}],
	},
	moveDown: {category: 'Moving', description: 'down a line', bindings: [{keys: [key('down'), key('j')], contexts: ['list', 'detail', 'help', 'picker', 'inbox', 'inboxChoose']}, {keys: [key('down')], contexts: ['pickerFilter']}]},
	pageUp: {category: 'Moving', description: 'a page up', bindings: [{keys: [key('pageup')], contexts: [...browsing, 'search', 'help', ...picking]}]},
	pageDown: {category: 'Moving', description: 'a page down', footer: {detail: 'PgDn page'}, importance: 1, bindings: [{keys: [key('pagedown')], contexts: [...browsing, 'search', 'help', ...picking]}]},
	halfPageUp: {category: 'Moving', description: 'half a page up', bindings: [{keys: [ctrl('u')], contexts: [...browsing, 'help']}]},
	halfPageDown: {category: 'Moving', description: 'half a page down', bindings: [{keys: [ctrl('d')], contexts: [...browsing, 'help']}]},
	moveFirst: {category: 'Moving', description: 'the top (first item, first line)', bindings: [{keys: [key('g'), key('home')], contexts: [...browsing, 'help', 'picker']}, {keys: [key('home')], contexts: ['pickerFilter']}]},
	moveLast: {category: 'Moving', description: 'the end (last item, last line)', footer: {detail: 'g/G ends'}, importance: 1, bindings: [{keys: [key('G', {shift: true}), key('end')], contexts: [...browsing, 'help', 'picker']}, {keys: [key('end')], contexts: ['pickerFilter']}]},
	nextLink: {category: 'Detail and reader', description: 'choose the next link', footer: {detail: 'Tab link'}, importance: 7, bindings: [{keys: [key('tab')], contexts: ['detail']}]},
	previousLink: {category: 'Detail and reader', description: 'choose the previous link', bindings: [{keys: [key('tab', {shift: true})], contexts: ['detail']}]},
	openSelected: {category: 'Detail and reader', description: 'open the selected item; in a detail, follow the chosen link (a citation opens the reader)', footer: {list: 'Enter open', map: 'Enter open', detail: 'Enter follow'}, importance: 9, bindings: [{keys: [key('return')], contexts: browsing}]},
	back: {category: 'Detail and reader', description: 'close the reader or detail, leave search or the map, clear the query (in that order); in this help, q closes it too', footer: {list: 'Esc back', map: 'Esc back', detail: 'Esc back', search: 'Esc leave', find: 'Esc cancel', help: 'q/Esc close'}, importance: 8, bindings: [{keys: [key('escape')], contexts: every}, {keys: [key('q')], contexts: ['help']}]},
	findInView: {category: 'Detail and reader', description: 'search the text of the open detail or reader', footer: {detail: '/ find'}, importance: 6, bindings: [{keys: [key('/')], contexts: ['detail']}]},
	confirmFind: {category: 'Detail and reader', description: 'go to the first match and keep the search for n/N', footer: {find: 'Enter done'}, importance: 9, bindings: [{keys: [key('return')], contexts: ['find']}]},
	nextMatch: {category: 'Detail and reader', description: 'next match (without a search: next link)', footer: {detail: 'n/N next'}, importance: 4, bindings: [{keys: [key('n')], contexts: ['detail']}]},
	previousMatch: {category: 'Detail and reader', description: 'previous match (without a search: previous link)', bindings: [{keys: [key('N', {shift: true})], contexts: ['detail']}]},
	deletePreviousCharacter: {category: 'Search line', description: 'delete the character before the cursor (Delete too, in a search of a detail, which only appends)', bindings: [{keys: [key('backspace')], contexts: [...typing, 'pickerFilter', 'pickerPrompt', 'inboxPrompt']}, {keys: [key('delete')], contexts: ['find']}]},
	deletePreviousWord: {category: 'Search line', description: 'delete the word before the cursor', footer: {search: 'Ctrl-w word'}, importance: 1, bindings: [{keys: [ctrl('w')], contexts: [...typing, 'pickerFilter', 'pickerPrompt', 'inboxPrompt']}]},
	clearQuery: {category: 'Search line', description: 'delete everything before the cursor (all of it at the end)', bindings: [{keys: [ctrl('u')], contexts: [...typing, 'pickerFilter', 'pickerPrompt', 'inboxPrompt']}]},
	cursorLeft: line('cursor a character left', [key('left'), ctrl('b')], '←→ edit'),
	cursorRight: line('cursor a character right', [key('right'), ctrl('f')]),
	cursorWordLeft: line('cursor a word left', [alt('b'), key('left', {meta: true}), key('left', {ctrl: true})]),
	cursorWordRight: line('cursor a word right', [alt('f'), key('right', {meta: true}), key('right', {ctrl: true})]),
	cursorStart: line('cursor to the start', [ctrl('a'), key('home')]),
	cursorEnd: line('cursor to the end', [ctrl('e'), key('end')]),
	deleteNextCharacter: line('delete the character under the cursor', [key('delete'), ctrl('d')]),
	deleteToEnd: line('delete from the cursor to the end', [ctrl('k')]),
	recallQuery: line('an earlier query (again: one before it); ↑ on the first result too', [ctrl('r')], 'Ctrl-r history'),
	copySelected: {category: 'General', description: 'copy the selected item (text, speaker, citations) to the clipboard', bindings: [{keys: [key('y')], contexts: browsing}]},
	openLink: {category: 'General', description: "open the item's article in the web browser", bindings: [{keys: [key('o')], contexts: browsing}]},
	toggleHelp: {category: 'General', description: 'this help', footer: {list: '? help', map: '? help', detail: '? help', picker: '{keys} help', inbox: '{keys} help'}, importance: 8, bindings: [{keys: [key('?')], contexts: [...browsing, 'help', 'picker', 'inbox']}]},
	// `+` is the marker new items carry, so the key that keeps only them is the same sign.
	toggleNewOnly: {category: 'General', description: 'show only what is new since your last visit (again: everything)', footer: {list: '+ new only'}, importance: 4, bindings: [{keys: [key('+')], contexts: ['list']}]},
	leaveStory: {category: 'General', description: 'back to the story picker (Esc too, when nothing is open)', footer: {list: 'Backspace stories'}, importance: 3, bindings: [{keys: [key('backspace')], contexts: panes}]},
	filterStories: {category: 'Story picker', description: 'filter the stories: type to narrow the list', footer: {picker: '{keys} filter'}, importance: 7, bindings: [{keys: [key('/')], contexts: ['picker']}]},
	openStory: {category: 'Story picker', description: 'open the selected story', footer: {picker: '{keys} open', pickerFilter: '{keys} open'}, importance: 9, bindings: [{keys: [key('return')], contexts: picking}]},
	leaveFilter: {category: 'Story picker', description: 'stop typing the filter; again: clear it', footer: {picker: '{keys} clear', pickerFilter: '{keys} done'}, importance: 8, bindings: [{keys: [key('escape')], contexts: picking}]},
	sortStories: {category: 'Story picker', description: 'sort the stories by last update, title or first date (the next of these)', footer: {picker: '{keys} sort'}, importance: 5, bindings: [{keys: [key('s')], contexts: ['picker']}]},
	renameStory: {category: 'Story picker', description: 'rename the selected story (its title; the id stays)', footer: {picker: '{keys} rename'}, importance: 4, bindings: [{keys: [key('r')], contexts: ['picker']}]},
	removeStory: {category: 'Story picker', description: "remove the selected story to the library's trash, after a yes (summit-tui library restore brings it back)", footer: {picker: '{keys} remove'}, importance: 4, bindings: [{keys: [key('d'), key('delete')], contexts: ['picker']}]},
	confirmPrompt: {category: 'Story picker', description: 'yes: rename or remove the story as the line at the bottom says', footer: {pickerPrompt: '{keys} save', pickerConfirm: '{keys} yes', inboxPrompt: '{keys} save', inboxConfirm: '{keys} yes', inboxChoose: '{keys} add'}, importance: 9, bindings: [{keys: [key('return')], contexts: [...prompts, ...inboxAsking]}, {keys: [key('y')], contexts: ['pickerConfirm', 'inboxConfirm']}]},
	cancelPrompt: {category: 'Story picker', description: 'no: leave the story as it is', footer: {pickerPrompt: '{keys} cancel', pickerConfirm: '{keys} no', inboxPrompt: '{keys} cancel', inboxConfirm: '{keys} no', inboxChoose: '{keys} cancel'}, importance: 8, bindings: [{keys: [key('escape')], contexts: [...prompts, ...inboxAsking]}, {keys: [key('n')], contexts: ['pickerConfirm', 'inboxConfirm']}]},
	...inboxKeyRows,
	quit: {
		category: 'General',
		description: 'quit (in the search box a letter is typed, not a key)',
		footer: {list: '{keys} quit', map: '{keys} quit', detail: '{keys} quit', search: '{keys} quit', find: '{keys} quit', help: '{keys} quit', picker: '{keys} quit', pickerFilter: '{keys} quit', inbox: '{keys} quit'},
		importance: 6,
		bindings: [{keys: [key('q')], contexts: [...browsing, 'picker', 'inbox']}, {keys: [ctrl('c')], contexts: [...every, ...picking, ...prompts, 'inbox', ...inboxAsking]}],
	},
};

/** The number keys, one a numbered pane: "1" focuses the first. */
function paneKeyRows(): Record<FocusCommand, KeyRow> {
	const rows: Record<FocusCommand, KeyRow> = {};
	numberedPanes.forEach((pane, index) => {
		rows[`focusPane${index + 1}`] = {
			category: 'Panes',
			description: `${paneList.find(each => each.id === pane)!.helpTitle} pane`,
			...(index === 0 ? {footer: {list: `1-${numberedPanes.length} panes`, map: `1-${numberedPanes.length} panes`}, importance: 3} : {}),
			bindings: [{keys: [key(String(index + 1))], contexts: browsing}],
		};
	});
	return rows;
}

const entries = (rows: Partial<Record<Command, KeyRow>>): KeyTableEntry[] => (Object.keys(rows) as Command[]).map(command => ({command, ...rows[command]!}));

/**
 * The table in the order the help and the footer list it: Tab, the number keys, then each pane's own
 * rows (after the row its pane names, else after the number keys), among the shared rows.
 */
function assembleTable(): KeyTableEntry[] {
	const table = entries({focusNextPane: shared.focusNextPane, focusPreviousPane: shared.focusPreviousPane, ...paneKeyRows()});
	const rest = entries(shared).filter(entry => entry.command !== 'focusNextPane' && entry.command !== 'focusPreviousPane');
	for (const pane of paneList) {
		if (pane.kind !== 'whole') continue;
		const own = entries(pane.keys as Partial<Record<Command, KeyRow>>);
		const after = 'keysAfter' in pane ? rest.findIndex(entry => entry.command === pane.keysAfter) : -1;
		if (after >= 0) rest.splice(after + 1, 0, ...own);
		else table.push(...own);
	}
	return [...table, ...rest];
}

export const keyTable: KeyTableEntry[] = assembleTable();

/** The command a key runs in a context; `table` is the config's table when it rebinds keys. */
export function commandFor(stroke: KeyStroke, context: Context, table: readonly KeyTableEntry[] = keyTable): Command | undefined {
	for (const entry of table) {
		for (const binding of entry.bindings) {
			if (binding.contexts.includes(context) && binding.keys.some(bound => sameKey(bound, stroke))) return entry.command;
		}
	}
	return undefined;
}

const keyNames: Record<string, string> = {
	tab: 'Tab',
	up: '↑',
	down: '↓',
	left: '←',
	right: '→',
	pageup: 'PgUp',
	pagedown: 'PgDn',
	home: 'Home',
	end: 'End',
	return: 'Enter',
	escape: 'Esc',
	backspace: 'Backspace',
	delete: 'Delete',
};

export function keyLabel(stroke: KeyStroke): string {
	const name = keyNames[stroke.name] ?? stroke.name;
	if (stroke.ctrl) return `Ctrl-${name}`;
	if (stroke.meta) return `Alt-${name}`;
	if (stroke.shift && stroke.name === 'tab') return 'Shift-Tab';
	return name;
}

/** Every key of an entry usable in a context, for the help overlay. */
export function keysOf(entry: KeyTableEntry, context?: Context): KeyStroke[] {
	const strokes: KeyStroke[] = [];
	for (const binding of entry.bindings) {
		if (context && !binding.contexts.includes(context)) continue;
		for (const stroke of binding.keys) if (!strokes.some(seen => sameKey(seen, stroke))) strokes.push(stroke);
	}
	return strokes;
}

/**
 * The footer's hints for a context, in table order: each command usable there with a label for it.
 * `omit`: commands that do nothing on this screen (no picker to go back to, nothing new to show).
 */
// A table's hints per context and omitted commands, made once: the dashboard asks on every frame (every
// typed key), and building them (each entry's keys, labels, placeholders) was a share of each key's CPU.
const hintsMade = new WeakMap<readonly KeyTableEntry[], Map<string, FooterHint[]>>();

/** The footer's hints for a context (shared between calls: not to be changed by the caller). */
export function footerHints(context: Context, table: readonly KeyTableEntry[] = keyTable, omit: readonly Command[] = []): FooterHint[] {
	let made = hintsMade.get(table);
	if (!made) hintsMade.set(table, (made = new Map()));
	const key = `${context}\u0000${omit.join(',')}`;
	let hints = made.get(key);
	if (!hints) made.set(key, (hints = hintsOf(context, table, omit)));
	return hints;
}

function hintsOf(context: Context, table: readonly KeyTableEntry[], omit: readonly Command[]): FooterHint[] {
	return table.flatMap(entry => {
		const label = omit.includes(entry.command) ? undefined : entry.footer?.[context];
		if (!label || keysOf(entry, context).length === 0) return [];
		const keysIn = (other: KeyTableEntry) => keysOf(other, context).map(keyLabel).join('/');
		const text = label.replace(/\{keys(?::(\w+))?\}/g, (_, command: string | undefined) => {
			const other = command ? table.find(each => each.command === command) : entry;
			return other ? keysIn(other) : '';
		});
		return [{label: text.replace(/ {2,}/g, ' ').trim(), importance: entry.importance ?? 0}];
	});
}
