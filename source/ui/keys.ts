// The key table: one entry per command, with the keys that trigger it in each context and the text the
// footer and the help overlay show. Input handling, footer and help all read this table, so they cannot
// drift apart (the shape of gemini-cli's keyBindings and lazygit's per-view bindings).

export type Context = 'list' | 'detail' | 'search' | 'help';

export type Command =
	| 'focusNextPane'
	| 'focusPreviousPane'
	| 'focusPane1'
	| 'focusPane2'
	| 'focusPane3'
	| 'focusPane4'
	| 'focusPane5'
	| 'moveUp'
	| 'moveDown'
	| 'pageUp'
	| 'pageDown'
	| 'halfPageUp'
	| 'halfPageDown'
	| 'moveFirst'
	| 'moveLast'
	| 'openSelected'
	| 'back'
	| 'focusSearch'
	| 'nextResult'
	| 'previousResult'
	| 'chooseResult'
	| 'deletePreviousCharacter'
	| 'deletePreviousWord'
	| 'clearQuery'
	| 'toggleHelp'
	| 'quit';

/** A key press reduced to what the table matches on: a name ("tab", "up", "a", "?") and modifiers. */
export type KeyStroke = {name: string; ctrl?: boolean; shift?: boolean; meta?: boolean; text?: string};

type Binding = {keys: KeyStroke[]; contexts: Context[]};

export type KeyTableEntry = {
	command: Command;
	category: 'Panes' | 'Moving' | 'Detail' | 'Search' | 'General';
	description: string;
	/** Short label for the footer; "{keys}" becomes the keys that work in the current context. */
	footer?: string;
	bindings: Binding[];
};

const key = (name: string, modifiers: Omit<KeyStroke, 'name'> = {}): KeyStroke => ({name, ...modifiers});
const ctrl = (name: string) => key(name, {ctrl: true});

const browsing: Context[] = ['list', 'detail'];

export const keyTable: KeyTableEntry[] = [
	{command: 'focusNextPane', category: 'Panes', description: 'next pane', footer: 'Tab pane', bindings: [{keys: [key('tab')], contexts: ['list', 'search']}]},
	{command: 'focusPreviousPane', category: 'Panes', description: 'previous pane', bindings: [{keys: [key('tab', {shift: true})], contexts: ['list', 'search']}]},
	{command: 'focusPane1', category: 'Panes', description: 'Key facts pane', footer: '1-5 jump', bindings: [{keys: [key('1')], contexts: browsing}]},
	{command: 'focusPane2', category: 'Panes', description: 'Timeline pane', bindings: [{keys: [key('2')], contexts: browsing}]},
	{command: 'focusPane3', category: 'Panes', description: 'People pane (organisations, places)', bindings: [{keys: [key('3')], contexts: browsing}]},
	{command: 'focusPane4', category: 'Panes', description: 'Sources pane', bindings: [{keys: [key('4')], contexts: browsing}]},
	{command: 'focusPane5', category: 'Panes', description: 'Search pane', bindings: [{keys: [key('5')], contexts: browsing}]},
	{command: 'moveUp', category: 'Moving', description: 'move up', footer: '↑↓/jk move', bindings: [{keys: [key('up'), key('k')], contexts: [...browsing, 'help']}]},
	{command: 'moveDown', category: 'Moving', description: 'move down', bindings: [{keys: [key('down'), key('j')], contexts: [...browsing, 'help']}]},
	{command: 'pageUp', category: 'Moving', description: 'a page up', bindings: [{keys: [key('pageup')], contexts: [...browsing, 'search', 'help']}]},
	{command: 'pageDown', category: 'Moving', description: 'a page down', bindings: [{keys: [key('pagedown')], contexts: [...browsing, 'search', 'help']}]},
	{command: 'halfPageUp', category: 'Moving', description: 'half a page up', bindings: [{keys: [ctrl('u')], contexts: [...browsing, 'help']}]},
	{command: 'halfPageDown', category: 'Moving', description: 'half a page down', bindings: [{keys: [ctrl('d')], contexts: [...browsing, 'help']}]},
	{command: 'moveFirst', category: 'Moving', description: 'first item', bindings: [{keys: [key('g'), key('home')], contexts: [...browsing, 'help']}, {keys: [key('home')], contexts: ['search']}]},
	{command: 'moveLast', category: 'Moving', description: 'last item', bindings: [{keys: [key('G', {shift: true}), key('end')], contexts: [...browsing, 'help']}, {keys: [key('end')], contexts: ['search']}]},
	{command: 'openSelected', category: 'Detail', description: 'open the selected item (in detail: follow the link)', footer: 'Enter open', bindings: [{keys: [key('return')], contexts: browsing}]},
	{command: 'back', category: 'Detail', description: 'close detail, leave search, clear the query (in that order)', footer: 'Esc back', bindings: [{keys: [key('escape')], contexts: ['list', 'detail', 'search', 'help']}]},
	{command: 'focusSearch', category: 'Search', description: 'search: type to filter live', footer: '/ search', bindings: [{keys: [key('/')], contexts: browsing}]},
	{command: 'nextResult', category: 'Search', description: 'next result', footer: '↑↓ ^n^p results', bindings: [{keys: [ctrl('n'), key('down')], contexts: ['search']}]},
	{command: 'previousResult', category: 'Search', description: 'previous result', bindings: [{keys: [ctrl('p'), key('up')], contexts: ['search']}]},
	{command: 'chooseResult', category: 'Search', description: 'jump to the result in its pane and open it', footer: 'Enter jump', bindings: [{keys: [key('return')], contexts: ['search']}]},
	{command: 'deletePreviousCharacter', category: 'Search', description: 'delete a character', bindings: [{keys: [key('backspace'), key('delete')], contexts: ['search']}]},
	{command: 'deletePreviousWord', category: 'Search', description: 'delete a word', bindings: [{keys: [ctrl('w')], contexts: ['search']}]},
	{command: 'clearQuery', category: 'Search', description: 'clear the query', bindings: [{keys: [ctrl('u')], contexts: ['search']}]},
	{command: 'toggleHelp', category: 'General', description: 'this help', footer: '? help', bindings: [{keys: [key('?')], contexts: [...browsing, 'help']}]},
	{command: 'quit', category: 'General', description: 'quit (q types a letter in the search box)', footer: '{keys} quit', bindings: [{keys: [key('q')], contexts: [...browsing, 'help']}, {keys: [ctrl('c')], contexts: ['list', 'detail', 'search', 'help']}]},
];

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

/** The footer's hints for a context: each command usable there that has a footer label. */
export function footerHints(context: Context): string[] {
	return keyTable
		.filter(entry => entry.footer && keysOf(entry, context).length > 0)
		.map(entry => entry.footer!.replace('{keys}', keysOf(entry, context).map(keyLabel).join('/')));
}

/** Minimal shape of Ink's key object: the flags this table reads. */
export type InkKey = {
	upArrow: boolean;
	downArrow: boolean;
	leftArrow: boolean;
	rightArrow: boolean;
	pageDown: boolean;
	pageUp: boolean;
	home?: boolean;
	end?: boolean;
	return: boolean;
	escape: boolean;
	ctrl: boolean;
	shift: boolean;
	tab: boolean;
	backspace: boolean;
	delete: boolean;
	meta: boolean;
};

/** Turns Ink's (input, key) pair into a KeyStroke. Printable text keeps its characters in `text`. */
export function toKeyStroke(input: string, inkKey: InkKey): KeyStroke {
	const named = (name: string, modifiers: Omit<KeyStroke, 'name'> = {}) => ({name, ...modifiers});
	if (inkKey.upArrow) return named('up');
	if (inkKey.downArrow) return named('down');
	if (inkKey.leftArrow) return named('left');
	if (inkKey.rightArrow) return named('right');
	if (inkKey.pageUp) return named('pageup');
	if (inkKey.pageDown) return named('pagedown');
	if (inkKey.home) return named('home');
	if (inkKey.end) return named('end');
	if (inkKey.tab) return named('tab', {shift: inkKey.shift});
	if (inkKey.return) return named('return');
	if (inkKey.escape && input === '') return named('escape');
	if (inkKey.backspace) return named('backspace');
	if (inkKey.delete) return named('delete');
	if (inkKey.ctrl && input.length === 1) return named(input.toLowerCase(), {ctrl: true});
	if (inkKey.meta && input.length === 1) return named(input, {meta: true});
	return {name: input, shift: input.length === 1 && /[A-Z]/.test(input), text: input};
}

/**
 * Ink delivers a run of plain characters read in one go ("jj\r" from key repeat, fast typing or a
 * paste) as one input. Split it back into key strokes so that no key press is lost.
 */
export function toKeyStrokes(input: string, inkKey: InkKey): KeyStroke[] {
	const characters = Array.from(input);
	const special = inkKey.upArrow || inkKey.downArrow || inkKey.leftArrow || inkKey.rightArrow || inkKey.pageUp || inkKey.pageDown || inkKey.home || inkKey.end || inkKey.tab || inkKey.escape || inkKey.ctrl || inkKey.meta;
	if (characters.length <= 1 || special) return [toKeyStroke(input, inkKey)];
	return characters.map(character => {
		if (character === '\r' || character === '\n') return {name: 'return'};
		if (character === '\t') return {name: 'tab'};
		if (character === '\u007F' || character === '\b') return {name: 'backspace'};
		const code = character.codePointAt(0)!;
		if (code < 0x20) return {name: String.fromCodePoint(code + 0x60), ctrl: true};
		return {name: character, shift: /[A-Z]/.test(character), text: character};
	});
}
