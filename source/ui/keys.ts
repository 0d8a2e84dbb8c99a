// The key table: one entry per command, with the keys that trigger it in each context and the text the
// footer and the help overlay show. Input handling, footer and help all read this table, so they cannot
// drift apart (the shape of gemini-cli's keyBindings and lazygit's per-view bindings). It is a record by
// command, so a command without an entry does not compile.

/**
 * `detail`: a detail or the reader is open; `find`: typing a search inside it. `picker`: the story
 * picker of the library; `pickerFilter`: typing its filter.
 */
export type Context = 'list' | 'detail' | 'find' | 'search' | 'help' | 'picker' | 'pickerFilter';

export type Command =
	| 'focusNextPane'
	| 'focusPreviousPane'
	| 'focusPane1'
	| 'focusPane2'
	| 'focusPane3'
	| 'focusPane4'
	| 'focusPane5'
	| 'focusPane6'
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
	| 'focusSearch'
	| 'nextResult'
	| 'previousResult'
	| 'chooseResult'
	| 'deletePreviousCharacter'
	| 'deletePreviousWord'
	| 'clearQuery'
	| 'toggleHelp'
	| 'toggleNewOnly'
	| 'leaveStory'
	| 'filterStories'
	| 'openStory'
	| 'leaveFilter'
	| 'quit';

/** A key press reduced to what the table matches on: a name ("tab", "up", "a", "?") and modifiers. */
export type KeyStroke = {name: string; ctrl?: boolean; shift?: boolean; meta?: boolean; text?: string};

type Binding = {keys: KeyStroke[]; contexts: Context[]};

export type KeyCategory = 'Panes' | 'Moving' | 'Detail and reader' | 'Search' | 'General' | 'Story picker';

export type KeyTableEntry = {
	command: Command;
	category: KeyCategory;
	description: string;
	/** Footer label per context; "{keys}" becomes the keys that work there. */
	footer?: Partial<Record<Context, string>>;
	/** Which hints the footer keeps when it is short of room: higher stays longer. */
	importance?: number;
	bindings: Binding[];
};

const key = (name: string, modifiers: Omit<KeyStroke, 'name'> = {}): KeyStroke => ({name, ...modifiers});
const ctrl = (name: string) => key(name, {ctrl: true});

const browsing: Context[] = ['list', 'detail'];
const typing: Context[] = ['search', 'find'];
const every: Context[] = ['list', 'detail', 'find', 'search', 'help'];
const picking: Context[] = ['picker', 'pickerFilter'];

const pane = (number: number, name: string): Omit<KeyTableEntry, 'command'> => ({
	category: 'Panes',
	description: `${name} pane`,
	...(number === 1 ? {footer: {list: '1-6 panes'}, importance: 3} : {}),
	bindings: [{keys: [key(String(number))], contexts: browsing}],
});

const table: Record<Command, Omit<KeyTableEntry, 'command'>> = {
	focusNextPane: {category: 'Panes', description: 'next pane', footer: {list: 'Tab pane'}, importance: 5, bindings: [{keys: [key('tab')], contexts: ['list', 'search']}]},
	focusPreviousPane: {category: 'Panes', description: 'previous pane', bindings: [{keys: [key('tab', {shift: true})], contexts: ['list', 'search']}]},
	focusPane1: pane(1, 'Key facts'),
	focusPane2: pane(2, 'Timeline'),
	focusPane3: pane(3, 'People (organisations, places)'),
	focusPane4: pane(4, 'Quotes (by speaker)'),
	focusPane5: pane(5, 'Sources (articles, differences)'),
	focusPane6: pane(6, 'Search'),
	moveUp: {
		category: 'Moving',
		description: 'up a line (in a list: the selection)',
		footer: {list: '↑↓/jk move', detail: '↑↓/jk scroll', picker: '↑↓/jk move', pickerFilter: '↑↓ move'},
		importance: 2,
		bindings: [{keys: [key('up'), key('k')], contexts: [...browsing, 'help', 'picker']}, {keys: [key('up')], contexts: ['pickerFilter']}],
	},
	moveDown: {category: 'Moving', description: 'down a line', bindings: [{keys: [key('down'), key('j')], contexts: [...browsing, 'help', 'picker']}, {keys: [key('down')], contexts: ['pickerFilter']}]},
	pageUp: {category: 'Moving', description: 'a page up', bindings: [{keys: [key('pageup')], contexts: [...browsing, 'search', 'help', ...picking]}]},
	pageDown: {category: 'Moving', description: 'a page down', footer: {detail: 'PgDn page'}, importance: 1, bindings: [{keys: [key('pagedown')], contexts: [...browsing, 'search', 'help', ...picking]}]},
	halfPageUp: {category: 'Moving', description: 'half a page up', bindings: [{keys: [ctrl('u')], contexts: [...browsing, 'help']}]},
	halfPageDown: {category: 'Moving', description: 'half a page down', bindings: [{keys: [ctrl('d')], contexts: [...browsing, 'help']}]},
	moveFirst: {category: 'Moving', description: 'the top (first item, first line)', bindings: [{keys: [key('g'), key('home')], contexts: [...browsing, 'help']}, {keys: [key('home')], contexts: ['search']}]},
	moveLast: {category: 'Moving', description: 'the end (last item, last line)', footer: {detail: 'g/G ends'}, importance: 1, bindings: [{keys: [key('G', {shift: true}), key('end')], contexts: [...browsing, 'help']}, {keys: [key('end')], contexts: ['search']}]},
	nextLink: {category: 'Detail and reader', description: 'choose the next link', footer: {detail: 'Tab link'}, importance: 7, bindings: [{keys: [key('tab')], contexts: ['detail']}]},
	previousLink: {category: 'Detail and reader', description: 'choose the previous link', bindings: [{keys: [key('tab', {shift: true})], contexts: ['detail']}]},
	openSelected: {category: 'Detail and reader', description: 'open the selected item; in a detail, follow the chosen link (a citation opens the reader)', footer: {list: 'Enter open', detail: 'Enter follow'}, importance: 9, bindings: [{keys: [key('return')], contexts: browsing}]},
	back: {category: 'Detail and reader', description: 'close the reader or detail, leave search, clear the query (in that order)', footer: {list: 'Esc back', detail: 'Esc back', search: 'Esc leave', find: 'Esc cancel', help: 'Esc close'}, importance: 8, bindings: [{keys: [key('escape')], contexts: every}]},
	findInView: {category: 'Detail and reader', description: 'search the text of the open detail or reader', footer: {detail: '/ find'}, importance: 6, bindings: [{keys: [key('/')], contexts: ['detail']}]},
	confirmFind: {category: 'Detail and reader', description: 'go to the first match and keep the search for n/N', footer: {find: 'Enter done'}, importance: 9, bindings: [{keys: [key('return')], contexts: ['find']}]},
	nextMatch: {category: 'Detail and reader', description: 'next match (without a search: next link)', footer: {detail: 'n/N next'}, importance: 4, bindings: [{keys: [key('n')], contexts: ['detail']}]},
	previousMatch: {category: 'Detail and reader', description: 'previous match (without a search: previous link)', bindings: [{keys: [key('N', {shift: true})], contexts: ['detail']}]},
	focusSearch: {category: 'Search', description: 'search the story: type to filter live', footer: {list: '/ search'}, importance: 7, bindings: [{keys: [key('/')], contexts: ['list']}]},
	nextResult: {category: 'Search', description: 'next result', footer: {search: '↑↓ results'}, importance: 5, bindings: [{keys: [ctrl('n'), key('down')], contexts: ['search']}]},
	previousResult: {category: 'Search', description: 'previous result', bindings: [{keys: [ctrl('p'), key('up')], contexts: ['search']}]},
	chooseResult: {category: 'Search', description: 'jump to the result in its pane and open it', footer: {search: 'Enter open'}, importance: 9, bindings: [{keys: [key('return')], contexts: ['search']}]},
	deletePreviousCharacter: {category: 'Search', description: 'delete a character', bindings: [{keys: [key('backspace'), key('delete')], contexts: [...typing, 'pickerFilter']}]},
	deletePreviousWord: {category: 'Search', description: 'delete a word', footer: {search: 'Ctrl-w word'}, importance: 1, bindings: [{keys: [ctrl('w')], contexts: [...typing, 'pickerFilter']}]},
	clearQuery: {category: 'Search', description: 'clear what is typed', bindings: [{keys: [ctrl('u')], contexts: [...typing, 'pickerFilter']}]},
	toggleHelp: {category: 'General', description: 'this help', footer: {list: '? help', detail: '? help'}, importance: 8, bindings: [{keys: [key('?')], contexts: [...browsing, 'help']}]},
	// `+` is the marker new items carry, so the key that keeps only them is the same sign.
	toggleNewOnly: {category: 'General', description: 'show only what is new since your last visit (again: everything)', footer: {list: '+ new only'}, importance: 4, bindings: [{keys: [key('+')], contexts: ['list']}]},
	leaveStory: {category: 'General', description: 'back to the story picker (Esc too, when nothing is open)', footer: {list: 'Backspace stories'}, importance: 3, bindings: [{keys: [key('backspace')], contexts: ['list']}]},
	filterStories: {category: 'Story picker', description: 'filter the stories: type to narrow the list', footer: {picker: '/ filter'}, importance: 7, bindings: [{keys: [key('/')], contexts: ['picker']}]},
	openStory: {category: 'Story picker', description: 'open the selected story', footer: {picker: 'Enter open', pickerFilter: 'Enter open'}, importance: 9, bindings: [{keys: [key('return')], contexts: picking}]},
	leaveFilter: {category: 'Story picker', description: 'stop typing the filter; again: clear it', footer: {picker: 'Esc clear', pickerFilter: 'Esc done'}, importance: 8, bindings: [{keys: [key('escape')], contexts: picking}]},
	quit: {
		category: 'General',
		description: 'quit (q types a letter in the search box)',
		footer: {list: '{keys} quit', detail: '{keys} quit', search: '{keys} quit', find: '{keys} quit', help: '{keys} quit', picker: '{keys} quit', pickerFilter: '{keys} quit'},
		importance: 6,
		bindings: [{keys: [key('q')], contexts: [...browsing, 'help', 'picker']}, {keys: [ctrl('c')], contexts: [...every, ...picking]}],
	},
};

export const keyTable: KeyTableEntry[] = (Object.keys(table) as Command[]).map(command => ({command, ...table[command]}));

function sameKey(a: KeyStroke, b: KeyStroke): boolean {
	return a.name === b.name && Boolean(a.ctrl) === Boolean(b.ctrl) && Boolean(a.shift) === Boolean(b.shift) && Boolean(a.meta) === Boolean(b.meta);
}

export function commandFor(stroke: KeyStroke, context: Context): Command | undefined {
	for (const entry of keyTable) {
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

export type FooterHint = {label: string; importance: number};

/** The footer's hints for a context, in table order: each command usable there with a label for it (`omit`: commands that do nothing here). */
export function footerHints(context: Context, omit: Command[] = []): FooterHint[] {
	return keyTable.flatMap(entry => {
		const label = omit.includes(entry.command) ? undefined : entry.footer?.[context];
		if (!label || keysOf(entry, context).length === 0) return [];
		return [{label: label.replace('{keys}', keysOf(entry, context).map(keyLabel).join('/')), importance: entry.importance ?? 0}];
	});
}
