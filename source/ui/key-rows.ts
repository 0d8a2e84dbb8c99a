// Rows of the key table, the types and helpers every part that declares keys uses: the shared table
// in keys.ts and each pane's own rows (panes/). Nothing here knows which commands or panes exist.

/**
 * `detail`: a detail or the reader is open; `find`: typing a search inside it. `map`: the map pane.
 * `picker`: the story picker of the library; `pickerFilter`: typing its filter; `pickerPrompt`: typing a
 * story's new title; `pickerConfirm`: the yes/no line before a story is removed. `inbox`: the inbox's
 * groups; `inboxPrompt`: typing a new story's title; `inboxConfirm`: yes/no before a dismissal;
 * `inboxChoose`: choosing the story a group is added to.
 */
export type Context = 'list' | 'map' | 'detail' | 'find' | 'search' | 'help' | 'picker' | 'pickerFilter' | 'pickerPrompt' | 'pickerConfirm' | 'inbox' | 'inboxPrompt' | 'inboxConfirm' | 'inboxChoose';

/** A key press reduced to what the table matches on: a name ("tab", "up", "a", "?") and modifiers. */
export type KeyStroke = {name: string; ctrl?: boolean; shift?: boolean; meta?: boolean; text?: string};

export type Binding = {keys: KeyStroke[]; contexts: Context[]};

export type KeyCategory = 'Panes' | 'Moving' | 'Map' | 'Detail and reader' | 'Search' | 'Search line' | 'General' | 'Story picker' | 'Inbox';

export type KeyTableEntry<C extends string = string> = {
	command: C;
	category: KeyCategory;
	description: string;
	/** Footer label per context; "{keys}" becomes the keys that work there, "{keys:command}" another command's. */
	footer?: Partial<Record<Context, string>>;
	/** Which hints the footer keeps when it is short of room: higher stays longer. */
	importance?: number;
	bindings: Binding[];
};

/** A row of the table before it is put under its command (the tables are records by command). */
export type KeyRow = Omit<KeyTableEntry, 'command'>;

export type FooterHint = {label: string; importance: number};

export const key = (name: string, modifiers: Omit<KeyStroke, 'name'> = {}): KeyStroke => ({name, ...modifiers});
export const ctrl = (name: string) => key(name, {ctrl: true});
export const alt = (name: string) => key(name, {meta: true});
export function sameKey(a: KeyStroke, b: KeyStroke): boolean {
	return a.name === b.name && Boolean(a.ctrl) === Boolean(b.ctrl) && Boolean(a.shift) === Boolean(b.shift) && Boolean(a.meta) === Boolean(b.meta);
}
