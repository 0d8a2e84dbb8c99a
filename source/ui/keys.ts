// The key table: one entry per command, with the keys that trigger it in each context and the text the
// footer and the help overlay show. Input handling, footer and help all read this table, so they cannot
// drift apart (the shape of gemini-cli's keyBindings and lazygit's per-view bindings). It is a record by
// command, so a command without an entry does not compile.

/**
 * `detail`: a detail or the reader is open; `find`: typing a search inside it. `map`: the map pane.
 * `picker`: the story picker of the library; `pickerFilter`: typing its filter.
 */
export type Context = 'list' | 'map' | 'detail' | 'find' | 'search' | 'help' | 'picker' | 'pickerFilter';

export type Command =
	| 'focusNextPane'
	| 'focusPreviousPane'
	| 'focusPane1'
	| 'focusPane2'
	| 'focusPane3'
	| 'focusPane4'
	| 'focusPane5'
	| 'focusPane6'
	| 'zoomIn'
	| 'zoomOut'
	| 'panLeft'
	| 'panRight'
	| 'panUp'
	| 'panDown'
	| 'fitMap'
	| 'nextStep'
	| 'previousStep'
	| 'showOnMap'
	| 'nextPlace'
	| 'previousPlace'
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
	| 'quit';

/** A key press reduced to what the table matches on: a name ("tab", "up", "a", "?") and modifiers. */
export type KeyStroke = {name: string; ctrl?: boolean; shift?: boolean; meta?: boolean; text?: string};

type Binding = {keys: KeyStroke[]; contexts: Context[]};

export type KeyCategory = 'Panes' | 'Moving' | 'Map' | 'Detail and reader' | 'Search' | 'Search line' | 'General' | 'Story picker';

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
const alt = (name: string) => key(name, {meta: true});
/** A readline command of the search line (the in-view find appends only). */
const line = (description: string, keys: KeyStroke[], footer?: string): Omit<KeyTableEntry, 'command'> => ({category: 'Search line', description, ...(footer ? {footer: {search: footer}, importance: 0} : {}), bindings: [{keys, contexts: ['search']}]});

/** The panes: the lists and the map, which share the keys that are not about rows or lines. */
const panes: Context[] = ['list', 'map'];
const browsing: Context[] = ['list', 'map', 'detail'];
const typing: Context[] = ['search', 'find'];
const every: Context[] = ['list', 'map', 'detail', 'find', 'search', 'help'];
const onMap = (description: string, keys: KeyStroke[], footer?: string, importance = 0): Omit<KeyTableEntry, 'command'> => ({category: 'Map', description, ...(footer ? {footer: {map: footer}, importance} : {}), bindings: [{keys, contexts: ['map']}]});
const picking: Context[] = ['picker', 'pickerFilter'];

const pane = (number: number, name: string): Omit<KeyTableEntry, 'command'> => ({
	category: 'Panes',
	description: `${name} pane`,
	...(number === 1 ? {footer: {list: '1-6 panes', map: '1-6 panes'}, importance: 3} : {}),
	bindings: [{keys: [key(String(number))], contexts: browsing}],
});

const table: Record<Command, Omit<KeyTableEntry, 'command'>> = {
	focusNextPane: {category: 'Panes', description: 'next pane', footer: {list: 'Tab pane'}, importance: 5, bindings: [{keys: [key('tab')], contexts: [...panes, 'search']}]},
	focusPreviousPane: {category: 'Panes', description: 'previous pane', bindings: [{keys: [key('tab', {shift: true})], contexts: [...panes, 'search']}]},
	focusPane1: pane(1, 'Key facts'),
	focusPane2: pane(2, 'Timeline'),
	focusPane3: pane(3, 'People (organisations, places)'),
	focusPane4: pane(4, 'Quotes (by speaker)'),
	focusPane5: pane(5, 'Sources (articles, differences)'),
	focusPane6: pane(6, 'Map (the places)'),
	// On the map the arrows pan, as in a map viewer; j and k still choose (the previous or next place).
	zoomIn: onMap('zoom in', [key('+'), key('=')], '+/- zoom', 7),
	zoomOut: onMap('zoom out', [key('-')]),
	panLeft: onMap('pan west', [key('left'), key('h')], '←→↑↓ pan', 6),
	panRight: onMap('pan east', [key('right'), key('l')]),
	panUp: onMap('pan north', [key('up')]),
	panDown: onMap('pan south', [key('down')]),
	fitMap: onMap("fit the story's places again", [key('0')], '0 fit', 5),
	nextStep: onMap("the next event with a place, in date order (Timeline → map)", [key('n'), key(']')], 'n/N event', 8),
	previousStep: onMap('the previous event with a place', [key('N', {shift: true}), key('[')]),
	showOnMap: {category: 'Map', description: 'show the selected event or place on the map', bindings: [{keys: [key('m')], contexts: ['list', 'detail']}]},
	nextPlace: onMap('choose the next place (g/G: the first, the last; Enter opens it)', [key('j')], 'j/k place', 4),
	previousPlace: onMap('choose the previous place', [key('k')]),
	moveUp: {
		category: 'Moving',
		description: 'up a line (in a list: the selection)',
		footer: {list: '↑↓/jk move', detail: '↑↓/jk scroll', picker: '↑↓/jk move', pickerFilter: '↑↓ move'},
		importance: 2,
		bindings: [{keys: [key('up'), key('k')], contexts: ['list', 'detail', 'help', 'picker']}, {keys: [key('up')], contexts: ['pickerFilter']}],
	},
	moveDown: {category: 'Moving', description: 'down a line', bindings: [{keys: [key('down'), key('j')], contexts: ['list', 'detail', 'help', 'picker']}, {keys: [key('down')], contexts: ['pickerFilter']}]},
	pageUp: {category: 'Moving', description: 'a page up', bindings: [{keys: [key('pageup')], contexts: [...browsing, 'search', 'help', ...picking]}]},
	pageDown: {category: 'Moving', description: 'a page down', footer: {detail: 'PgDn page'}, importance: 1, bindings: [{keys: [key('pagedown')], contexts: [...browsing, 'search', 'help', ...picking]}]},
	halfPageUp: {category: 'Moving', description: 'half a page up', bindings: [{keys: [ctrl('u')], contexts: [...browsing, 'help']}]},
	halfPageDown: {category: 'Moving', description: 'half a page down', bindings: [{keys: [ctrl('d')], contexts: [...browsing, 'help']}]},
	moveFirst: {category: 'Moving', description: 'the top (first item, first line)', bindings: [{keys: [key('g'), key('home')], contexts: [...browsing, 'help']}]},
	moveLast: {category: 'Moving', description: 'the end (last item, last line)', footer: {detail: 'g/G ends'}, importance: 1, bindings: [{keys: [key('G', {shift: true}), key('end')], contexts: [...browsing, 'help']}]},
	nextLink: {category: 'Detail and reader', description: 'choose the next link', footer: {detail: 'Tab link'}, importance: 7, bindings: [{keys: [key('tab')], contexts: ['detail']}]},
	previousLink: {category: 'Detail and reader', description: 'choose the previous link', bindings: [{keys: [key('tab', {shift: true})], contexts: ['detail']}]},
	openSelected: {category: 'Detail and reader', description: 'open the selected item; in a detail, follow the chosen link (a citation opens the reader)', footer: {list: 'Enter open', map: 'Enter open', detail: 'Enter follow'}, importance: 9, bindings: [{keys: [key('return')], contexts: browsing}]},
	back: {category: 'Detail and reader', description: 'close the reader or detail, leave search or the map, clear the query (in that order); in this help, q closes it too', footer: {list: 'Esc back', map: 'Esc back', detail: 'Esc back', search: 'Esc leave', find: 'Esc cancel', help: 'q/Esc close'}, importance: 8, bindings: [{keys: [key('escape')], contexts: every}, {keys: [key('q')], contexts: ['help']}]},
	findInView: {category: 'Detail and reader', description: 'search the text of the open detail or reader', footer: {detail: '/ find'}, importance: 6, bindings: [{keys: [key('/')], contexts: ['detail']}]},
	confirmFind: {category: 'Detail and reader', description: 'go to the first match and keep the search for n/N', footer: {find: 'Enter done'}, importance: 9, bindings: [{keys: [key('return')], contexts: ['find']}]},
	nextMatch: {category: 'Detail and reader', description: 'next match (without a search: next link)', footer: {detail: 'n/N next'}, importance: 4, bindings: [{keys: [key('n')], contexts: ['detail']}]},
	previousMatch: {category: 'Detail and reader', description: 'previous match (without a search: previous link)', bindings: [{keys: [key('N', {shift: true})], contexts: ['detail']}]},
	focusSearch: {category: 'Search', description: 'search the story: type to filter live', footer: {list: '/ search'}, importance: 7, bindings: [{keys: [key('/')], contexts: panes}]},
	nextResult: {category: 'Search', description: 'next result', footer: {search: '↑↓ results'}, importance: 5, bindings: [{keys: [ctrl('n'), key('down')], contexts: ['search']}]},
	previousResult: {category: 'Search', description: 'previous result', bindings: [{keys: [ctrl('p'), key('up')], contexts: ['search']}]},
	chooseResult: {category: 'Search', description: 'jump to the result in its pane and open it', footer: {search: 'Enter open'}, importance: 9, bindings: [{keys: [key('return')], contexts: ['search']}]},
	deletePreviousCharacter: {category: 'Search line', description: 'delete the character before the cursor (Delete too, in a search of a detail, which only appends)', bindings: [{keys: [key('backspace')], contexts: [...typing, 'pickerFilter']}, {keys: [key('delete')], contexts: ['find']}]},
	deletePreviousWord: {category: 'Search line', description: 'delete the word before the cursor', footer: {search: 'Ctrl-w word'}, importance: 1, bindings: [{keys: [ctrl('w')], contexts: [...typing, 'pickerFilter']}]},
	clearQuery: {category: 'Search line', description: 'delete everything before the cursor (all of it at the end)', bindings: [{keys: [ctrl('u')], contexts: [...typing, 'pickerFilter']}]},
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
	toggleHelp: {category: 'General', description: 'this help', footer: {list: '? help', map: '? help', detail: '? help'}, importance: 8, bindings: [{keys: [key('?')], contexts: [...browsing, 'help']}]},
	// `+` is the marker new items carry, so the key that keeps only them is the same sign.
	toggleNewOnly: {category: 'General', description: 'show only what is new since your last visit (again: everything)', footer: {list: '+ new only'}, importance: 4, bindings: [{keys: [key('+')], contexts: ['list']}]},
	leaveStory: {category: 'General', description: 'back to the story picker (Esc too, when nothing is open)', footer: {list: 'Backspace stories'}, importance: 3, bindings: [{keys: [key('backspace')], contexts: panes}]},
	filterStories: {category: 'Story picker', description: 'filter the stories: type to narrow the list', footer: {picker: '/ filter'}, importance: 7, bindings: [{keys: [key('/')], contexts: ['picker']}]},
	openStory: {category: 'Story picker', description: 'open the selected story', footer: {picker: 'Enter open', pickerFilter: 'Enter open'}, importance: 9, bindings: [{keys: [key('return')], contexts: picking}]},
	leaveFilter: {category: 'Story picker', description: 'stop typing the filter; again: clear it', footer: {picker: 'Esc clear', pickerFilter: 'Esc done'}, importance: 8, bindings: [{keys: [key('escape')], contexts: picking}]},
	quit: {
		category: 'General',
		description: 'quit (in the search box a letter is typed, not a key)',
		footer: {list: '{keys} quit', map: '{keys} quit', detail: '{keys} quit', search: '{keys} quit', find: '{keys} quit', help: '{keys} quit', picker: '{keys} quit', pickerFilter: '{keys} quit'},
		importance: 6,
		bindings: [{keys: [key('q')], contexts: [...browsing, 'picker']}, {keys: [ctrl('c')], contexts: [...every, ...picking]}],
	},
};

export const keyTable: KeyTableEntry[] = (Object.keys(table) as Command[]).map(command => ({command, ...table[command]}));

function sameKey(a: KeyStroke, b: KeyStroke): boolean {
	return a.name === b.name && Boolean(a.ctrl) === Boolean(b.ctrl) && Boolean(a.shift) === Boolean(b.shift) && Boolean(a.meta) === Boolean(b.meta);
}

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

export type FooterHint = {label: string; importance: number};

/**
 * The footer's hints for a context, in table order: each command usable there with a label for it.
 * `omit`: commands that do nothing on this screen (no picker to go back to, nothing new to show).
 */
export function footerHints(context: Context, table: readonly KeyTableEntry[] = keyTable, omit: readonly Command[] = []): FooterHint[] {
	return table.flatMap(entry => {
		const label = omit.includes(entry.command) ? undefined : entry.footer?.[context];
		if (!label || keysOf(entry, context).length === 0) return [];
		return [{label: label.replace('{keys}', keysOf(entry, context).map(keyLabel).join('/')), importance: entry.importance ?? 0}];
	});
}
