import meow from 'meow';
import {defaultFlags, type CliFlags} from './cli-defaults.js';
import {closestMatch} from './cli-suggest.js';

const helpText = `
  Usage
    $ summit-tui [FILE ...]                open the dashboard (default: the bundled story)
    $ summit-tui --plain | --markdown | --json
                                          print the story instead (text, Markdown, normalised JSON)
    $ summit-tui search QUERY [--limit N] [--json]
                                          fuzzy search, best match first, one result a line
    $ summit-tui show ID [--json]         one item with its citations and links (ids as search prints them)
    $ summit-tui map [--width N] [--json] the story's places on a map drawn in text (--json: the
                                          places, coordinates, markers and steps, for scripts)
    $ summit-tui validate FILE ...        check story files and list every problem
    $ summit-tui ingest ARTICLE ... [-o FILE]
                                          import articles (plain text, Markdown, saved web pages,
                                          http(s) URLs) into one story file (JSON to stdout, or
                                          to FILE); "-" reads stdin
    $ summit-tui ARTICLE.txt ...          import articles in memory and open the dashboard
                                          (an ARTICLE may be a saved .html page or an http(s) URL)
    $ summit-tui library [--json]         the stories in the library, newest update first
    $ summit-tui ingest ARTICLE ... --save
                                          save the imported articles as a new story in the library
    $ summit-tui ingest ARTICLE ... --into FILE|STORY-ID
                                          add the articles to a story (FILE.bak keeps the old one)
    $ summit-tui --plain --since DATE     only what was added to the story since DATE
    $ summit-tui search QUERY --library   search every story of the library

  Options
    --data DIR        load every *.json story in DIR (default: the bundled data/)
    --library DIR     the library folder (default: $XDG_DATA_HOME/summit-tui/stories, with the
                      bundled story as a sample); files with one story id are parts of one story
    --save            ingest: write the story into the library (a new file, never over one)
    --into FILE|ID    ingest: add the articles to an existing story file or library story
    --no-backup       ingest --into: keep no FILE.bak
    --since DATE      with --plain or --json: only what was added on or after DATE (YYYY-MM-DD)
    --plain           the whole story as readable text
    --markdown        the whole story as Markdown
    --json            the story (or search results) as JSON
    --output, -o FILE write the --plain, --markdown or --json output to FILE (whole or not at all);
                      a link is written through to its file, a terminal or pipe written directly
    --force           let --output replace an existing file (also one a link points to)
    --limit N         at most N search results (default 20)
    --width N         map: the width in columns (default: the terminal's, else 80)
    --max-size SIZE   stop reading any input past SIZE (default 50M, article text 1M; max 512M)
    --timeout SECONDS give up on a URL that has not fully arrived after SECONDS (default 30)
    --outlet NAME     ingest: the outlet of every article given (else its header or URL)
    --published DATE  ingest: publication date YYYY-MM-DD, which relative dates count from
    --title T, --url U
                      ingest: the article's title and address
    --no-color        no colours (NO_COLOR is respected too)
    --query, -q Q     open the dashboard with the search box filled
    --no-mouse        do not switch on mouse reporting (wheel, click, double-click)
    --no-osc52        y does not copy to the clipboard (for terminals that refuse OSC 52)
    --no-history      keep no history of search queries
    --config FILE     the config file (default $XDG_CONFIG_HOME/summit-tui/config.json)
    --print-config    print the effective config (keys, theme, switches, defaults) as JSON
    --verbose         ingest: list the page clutter left out of each article, and why
    --explain         ingest: print on stderr which rules decided each name and quote
    --debug           print stack traces of internal errors
    --help, -h        this help
    --version         the version number

  "-" reads standard input wherever a file is expected.

  Search syntax (fzf-style)
    peskv             fuzzy: typos are tolerated
    'khasan           exact substring      ^vlad   starts with     train$   ends with
    !train            must not contain     kim putin   both terms  trump | moon   either

  Exit codes
    0 success · 1 bad data or no search result · 2 bad usage

  Examples
    $ summit-tui
    $ summit-tui search peskv
    $ summit-tui --plain | less
    $ summit-tui validate my-story.json
    $ summit-tui ingest article.txt --outlet Reuters --published 2024-03-05 -o story.json
    $ summit-tui first.txt second.md

  Article header (optional; flags win): lines at the top, then a blank line
    Title: …   Outlet: …   URL: …   Published: 2024-03-05
`;

export const commands = ['search', 'show', 'validate', 'ingest', 'map', 'library'] as const;

/** `optionalValue`: a string flag that may stand alone (`search QUERY --library`). */
type FlagSpec = {type: 'string' | 'boolean' | 'number'; shortFlag?: string; optionalValue?: boolean};

const flagSpecs: Record<string, FlagSpec> = {
	data: {type: 'string'},
	library: {type: 'string', optionalValue: true},
	save: {type: 'boolean'},
	into: {type: 'string'},
	since: {type: 'string'},
	backup: {type: 'boolean'},
	plain: {type: 'boolean'},
	markdown: {type: 'boolean'},
	json: {type: 'boolean'},
	limit: {type: 'number'},
	width: {type: 'number'},
	output: {type: 'string', shortFlag: 'o'},
	force: {type: 'boolean'},
	maxSize: {type: 'string'},
	timeout: {type: 'string'},
	outlet: {type: 'string'},
	published: {type: 'string'},
	title: {type: 'string'},
	url: {type: 'string'},
	color: {type: 'boolean'},
	debug: {type: 'boolean'},
	verbose: {type: 'boolean'},
	explain: {type: 'boolean'},
	query: {type: 'string', shortFlag: 'q'},
	mouse: {type: 'boolean'},
	osc52: {type: 'boolean'},
	history: {type: 'boolean'},
	config: {type: 'string'},
	printConfig: {type: 'boolean'},
	help: {type: 'boolean', shortFlag: 'h'},
	version: {type: 'boolean'},
};

const defaults: Record<string, unknown> = {...defaultFlags, help: false, version: false};
// The same table drives meow and the checks below.
const meowFlags = Object.fromEntries(
	Object.entries(flagSpecs).map(([name, spec]) => [name, {type: spec.type, ...(spec.shortFlag ? {shortFlag: spec.shortFlag} : {}), ...(name in defaults ? {default: defaults[name]} : {})}]),
) as Record<string, {type: 'string'}>;

const kebab = (name: string) => name.replace(/[A-Z]/g, letter => `-${letter.toLowerCase()}`);
const longNames = new Map(Object.entries(flagSpecs).map(([name, spec]) => [kebab(name), spec]));
const shortNames = new Map(Object.entries(flagSpecs).flatMap(([name, spec]) => (spec.shortFlag ? [[spec.shortFlag, {name: kebab(name), spec}] as const] : [])));

export type ParsedArguments =
	| {kind: 'run'; input: string[]; flags: CliFlags}
	| {kind: 'print'; text: string}
	| {kind: 'usage'; message: string};

/** Whether a token names an option this program knows (so it cannot be the value of the one before). */
function isOption(token: string): boolean {
	if (token.startsWith('--')) {
		const name = token.slice(2).split('=', 1)[0]!;
		return longNames.has(name) || (name.startsWith('no-') && longNames.has(name.slice(3)));
	}
	return /^-[a-zA-Z]+$/.test(token) && [...token.slice(1)].every(letter => shortNames.has(letter));
}

/**
 * Checks what meow lets through: unknown flags (with "did you mean"), and flags that need a value given
 * none (`--limit` at the end, or followed by another flag), which meow would quietly read as empty.
 */
function checkTokens(argv: readonly string[]): string | undefined {
	for (let index = 0; index < argv.length; index++) {
		const token = argv[index]!;
		if (token === '--') return undefined;
		if (!token.startsWith('-') || token === '-') continue;
		let spec: FlagSpec | undefined;
		let name: string;
		let hasValue = false;
		if (token.startsWith('--')) {
			[name] = token.slice(2).split('=', 1) as [string];
			hasValue = token.includes('=');
			spec = longNames.get(name) ?? (name.startsWith('no-') && longNames.get(name.slice(3))?.type === 'boolean' ? {type: 'boolean'} : undefined);
			if (!spec) {
				const near = closestMatch(name, [...longNames.keys()]);
				return `unknown option --${name}${near ? `; did you mean --${near}?` : ''}`;
			}
		} else {
			if (/^-[a-zA-Z]=/.test(token)) return `write ${token.slice(0, 2)} ${token.slice(3)}: a short option takes its value after a space`;
			const letters = token.slice(1);
			const unknown = [...letters].find(letter => !shortNames.has(letter));
			if (unknown !== undefined) return `unknown option -${unknown}`;
			const last = shortNames.get(letters.at(-1)!)!;
			name = last.name;
			spec = last.spec;
		}
		if (spec.type !== 'boolean' && !hasValue) {
			const next = argv[index + 1];
			// A value may start with "-" (--limit -1, --title -5): only another option, or nothing, is no value.
			if (next === undefined || next === '--' || isOption(next)) {
				if (spec.optionalValue) continue;
				return `--${name} needs a value`;
			}
			index++;
		}
	}
	return undefined;
}

/** A flag that may stand alone, given alone, as an explicit empty value: meow would take the next word. */
function withOptionalValues(argv: readonly string[]): string[] {
	const optional = new Set([...longNames].filter(([, spec]) => spec.optionalValue).map(([name]) => `--${name}`));
	const end = argv.indexOf('--');
	return argv.map((token, index) => {
		if (!optional.has(token) || (end !== -1 && index > end)) return token;
		const next = argv[index + 1];
		return next === undefined || (next.startsWith('-') && next !== '-') ? `${token}=` : token;
	});
}

/** Parses the command line with meow; never exits: help, version and usage errors come back as values. */
export function parseArguments(argv: readonly string[], version: string): ParsedArguments {
	const problem = checkTokens(argv);
	if (problem) return {kind: 'usage', message: problem};
	const cli = meow(helpText, {
		importMeta: import.meta,
		argv: withOptionalValues(argv),
		// The version is fixed at build time; meow need not look for package.json.
		pkg: {name: 'summit-tui', version},
		autoHelp: false,
		autoVersion: false,
		// Checked above, with a suggestion; meow's own check would exit the process.
		allowUnknownFlags: true,
		flags: meowFlags,
	});
	const parsed = cli.flags as unknown as CliFlags & {help: boolean; version: boolean};
	if (parsed.help) return {kind: 'print', text: `${cli.help.replace(/^\n/, '')}\n`};
	if (parsed.version) return {kind: 'print', text: `${version}\n`};
	if (Number.isNaN(parsed.limit)) return {kind: 'usage', message: '--limit takes a whole number of 1 or more'};
	const {help: _help, version: _version, ...flags} = parsed;
	return {kind: 'run', input: cli.input, flags};
}
