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
    $ summit-tui map [--width N]          the story's places on a map drawn in text
    $ summit-tui validate FILE ...        check story files and list every problem
    $ summit-tui ingest ARTICLE ... [-o FILE]
                                          import articles (plain text, Markdown, saved web pages,
                                          http(s) URLs) into one story file (JSON to stdout, or
                                          to FILE); "-" reads stdin
    $ summit-tui ARTICLE.txt ...          import articles in memory and open the dashboard
                                          (an ARTICLE may be a saved .html page or an http(s) URL)

  Options
    --data DIR        load every *.json story in DIR (default: the bundled data/)
    --plain           the whole story as readable text
    --markdown        the whole story as Markdown
    --json            the story (or search results) as JSON
    --output, -o FILE write the --plain, --markdown or --json output to FILE (whole or not at all);
                      a link is written through to its file, a terminal or pipe written directly
    --force           let --output replace an existing file (also one a link points to)
    --limit N         at most N search results (default 20)
    --width N         map: the width in columns (default: the terminal's, else 80)
    --max-size SIZE   stop reading any input past SIZE (default 50M; e.g. 200M, 2G)
    --timeout SECONDS give up on a URL that has not fully arrived after SECONDS (default 30)
    --outlet NAME     ingest: the outlet of every article given (else its header or URL)
    --published DATE  ingest: publication date YYYY-MM-DD, which relative dates count from
    --title T, --url U
                      ingest: the article's title and address
    --no-color        no colours (NO_COLOR is respected too)
    --verbose         ingest: list the page clutter left out of each article, and why
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

export const commands = ['search', 'show', 'validate', 'ingest', 'map'] as const;

type FlagSpec = {type: 'string' | 'boolean' | 'number'; shortFlag?: string};

const flagSpecs: Record<string, FlagSpec> = {
	data: {type: 'string'},
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
			const letters = token.slice(1);
			const unknown = [...letters].find(letter => !shortNames.has(letter));
			if (unknown !== undefined) return `unknown option -${unknown}`;
			const last = shortNames.get(letters.at(-1)!)!;
			name = last.name;
			spec = last.spec;
		}
		if (spec.type !== 'boolean' && !hasValue) {
			const next = argv[index + 1];
			if (next === undefined || (next.startsWith('-') && next !== '-')) return `--${name} needs a value`;
			index++;
		}
	}
	return undefined;
}

/** Parses the command line with meow; never exits: help, version and usage errors come back as values. */
export function parseArguments(argv: readonly string[], version: string): ParsedArguments {
	const problem = checkTokens(argv);
	if (problem) return {kind: 'usage', message: problem};
	const cli = meow(helpText, {
		importMeta: import.meta,
		argv,
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
