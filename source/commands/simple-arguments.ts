import {defaultFlags} from './default-flags.js';
import {flagTable, type FlagName} from './flags.js';
import type {ParsedArguments} from './parse-arguments.js';

// The command lines people type most (`summit-tui STORY`, `summit-tui --plain`, `summit-tui STORY --json
// --no-color`, `summit-tui --library DIR`, `summit-tui ingest ARTICLE --output FILE`) read without loading meow, whose bundled
// dependencies take some 25-60 ms to evaluate on every start with arguments. meow stays the parser of record: this reads only
// words and a few switches that take no value and four options that take a folder, file or story, each at most once, and anything else (another option, a value, `-`, `--`, and the
// words true and false, which meow reads as a switch's value) goes to meow. test/commands/simple-arguments.test.ts holds the two to the same results.

/** Switches read here, as typed, with the flag each sets and its value. */
const switches = new Map<string, {name: FlagName; value: boolean}>([
	['--plain', {name: 'plain', value: true}],
	['--markdown', {name: 'markdown', value: true}],
	['--json', {name: 'json', value: true}],
	['--no-color', {name: 'color', value: false}],
	['--debug', {name: 'debug', value: true}],
	['--no-mouse', {name: 'mouse', value: false}],
	['--no-history', {name: 'history', value: false}],
	['--force', {name: 'force', value: true}],
	['--save', {name: 'save', value: true}],
]);

// meow gives every switch without a default the value false.
const unsetSwitches = Object.fromEntries(Object.entries(flagTable).flatMap(([name, spec]) => (spec.type === 'boolean' && !(name in defaultFlags) ? [[name, false]] : [])));

/**
 * Options with a folder, file or story after them, read here when the next word is one (not an option, not
 * empty): the library's folders, and the importer's `--output FILE` and `--into STORY` (`summit-tui ingest
 * ARTICLE --output story.json` was meow's to read, some 30 ms of a 1.5 s import's CPU in a profile).
 */
const folderOptions = new Map<string, FlagName>([
	['--library', 'library'],
	['--data', 'data'],
	['--output', 'output'],
	['--into', 'into'],
]);

const isWord = (token: string | undefined): token is string => token !== undefined && !token.startsWith('-') && token !== '' && token !== 'true' && token !== 'false';

/** meow's reading of argv when it is only words, the switches and folder options above, each once; otherwise undefined (ask meow). */
export function readSimpleArguments(argv: readonly string[]): Extract<ParsedArguments, {kind: 'run'}> | undefined {
	const flags: Record<string, unknown> = {...unsetSwitches, ...defaultFlags};
	const input: string[] = [];
	const given: FlagName[] = [];
	for (let index = 0; index < argv.length; index++) {
		const token = argv[index]!;
		const known = switches.get(token);
		const folder = folderOptions.get(token);
		if (known) {
			if (given.includes(known.name)) return undefined;
			flags[known.name] = known.value;
			given.push(known.name);
		} else if (folder) {
			const value = argv[index + 1];
			if (given.includes(folder) || !isWord(value)) return undefined;
			flags[folder] = value;
			given.push(folder);
			index++;
		} else if (isWord(token)) input.push(token);
		else return undefined;
	}
	return {kind: 'run', input, flags: flags as Extract<ParsedArguments, {kind: 'run'}>['flags'], given};
}
