// Every option of the command line, once: meow's flag list, the token checks, the help's option lines
// and which commands take which option all read this table. Commands name the options they take
// (command.ts); the global ones below go with every command.

export type FlagSpec = {
	type: 'string' | 'boolean' | 'number';
	shortFlag?: string;
	/** A string flag that may stand alone (`search QUERY --library`). */
	optionalValue?: boolean;
	/** How the help shows the value: `--data DIR`. */
	value?: string;
	/** Shown as `--no-NAME` (a switch that is on unless turned off). */
	negated?: boolean;
	help: string;
};

export const flagTable = {
	data: {type: 'string', value: 'DIR', help: 'load every *.json story in DIR (default: the bundled data/)'},
	library: {type: 'string', value: 'DIR', optionalValue: true, help: 'the library folder (default: $XDG_DATA_HOME/summit-tui/stories, with the bundled story as a sample); files with one story id are parts of one story'},
	format: {type: 'string', value: 'FORMAT', help: 'print instead of opening the dashboard: plain (readable text), markdown or json'},
	plain: {type: 'boolean', help: 'the same as --format plain: the whole story as readable text'},
	markdown: {type: 'boolean', help: 'the same as --format markdown: the whole story as Markdown'},
	json: {type: 'boolean', help: 'the same as --format json: the story (or search results, an item, the map, the library) as JSON'},
	output: {type: 'string', shortFlag: 'o', value: 'FILE', help: 'write the output to FILE (whole or not at all); a link is written through to its file, a terminal or pipe written directly'},
	force: {type: 'boolean', help: 'let --output replace an existing file (also one a link points to)'},
	since: {type: 'string', value: 'DATE', help: 'with --plain or --json: only what is new since DATE (YYYY-MM-DD, YYYY-MM-DDTHH:MM: that day) or last-visit'},
	save: {type: 'boolean', help: 'write the story into the library (a new file, never over one)'},
	story: {type: 'string', value: 'ID', help: 'feeds add: the library story the feed brings its articles to (without it: placed by content, or the inbox)'},
	into: {type: 'string', value: 'FILE|ID', help: 'add the articles to an existing story file or library story'},
	backup: {type: 'boolean', negated: true, help: 'with --into: keep no FILE.bak'},
	limit: {type: 'number', value: 'N', help: 'at most N search results (default 20)'},
	width: {type: 'number', value: 'N', help: "the map's width in columns (default: the terminal's, else 80)"},
	maxSize: {type: 'string', value: 'SIZE', help: 'stop reading any input past SIZE (default 50M, article text 1M; max 512M)'},
	timeout: {type: 'string', value: 'SECONDS', help: 'give up on a URL that has not fully arrived after SECONDS (default 30)'},
	outlet: {type: 'string', value: 'NAME', help: 'the outlet of every article given (else its header or URL)'},
	published: {type: 'string', value: 'DATE', help: 'publication date YYYY-MM-DD, which relative dates count from'},
	title: {type: 'string', value: 'T', help: "the article's title"},
	url: {type: 'string', value: 'U', help: "the article's address"},
	verbose: {type: 'boolean', help: 'list the page clutter left out of each article, and why'},
	explain: {type: 'boolean', help: 'print on stderr which rules decided each name and quote'},
	query: {type: 'string', shortFlag: 'q', value: 'Q', help: 'open the dashboard with the search box filled'},
	mouse: {type: 'boolean', negated: true, help: 'do not switch on mouse reporting (wheel, click, double-click)'},
	osc52: {type: 'boolean', negated: true, help: 'y does not copy to the clipboard (for terminals that refuse OSC 52)'},
	history: {type: 'boolean', negated: true, help: 'keep no history of search queries'},
	printConfig: {type: 'boolean', help: 'print the effective config (keys, theme, switches, defaults) as JSON'},
	config: {type: 'string', value: 'FILE', help: 'the config file (default $XDG_CONFIG_HOME/summit-tui/config.json)'},
	color: {type: 'boolean', negated: true, help: 'no colours (NO_COLOR is respected too)'},
	debug: {type: 'boolean', help: 'print stack traces of internal errors'},
	help: {type: 'boolean', shortFlag: 'h', help: 'this help; with a command, that command\'s help'},
	version: {type: 'boolean', help: 'the version number'},
} as const satisfies Record<string, FlagSpec>;

export type FlagName = keyof typeof flagTable;

/** Options every command takes. */
export const globalFlags: readonly FlagName[] = ['config', 'color', 'debug', 'help', 'version'];

/** The options that choose an output format: --format and its aliases (report/output-formats.ts). */
export const formatFlags: readonly FlagName[] = ['format', 'plain', 'markdown', 'json'];

/** `maxSize` -> `max-size`, as typed. */
export const kebab = (name: string) => name.replace(/[A-Z]/g, letter => `-${letter.toLowerCase()}`);

/** How an option is shown: `--data DIR`, `--output, -o FILE`, `--no-color`. */
export function flagLabel(name: FlagName): string {
	const spec: FlagSpec = flagTable[name];
	const long = `--${spec.negated ? 'no-' : ''}${kebab(name)}`;
	return `${long}${spec.shortFlag ? `, -${spec.shortFlag}` : ''}${spec.value ? ` ${spec.value}` : ''}`;
}
