import meow from 'meow';
import {defaultFlags, type CliFlags} from './default-flags.js';
import {flagTable, kebab, type FlagName, type FlagSpec} from './flags.js';
import {closestMatch} from './suggest.js';

// The command line's words to flags and positional words, with meow, never exiting: what meow lets
// through (unknown options, options missing their value) is checked here first, and which options
// were typed is kept, so that the command can say which of them it does not take.

const flagSpecs: Record<string, FlagSpec> = flagTable;

const defaults: Record<string, unknown> = {...defaultFlags, help: false, version: false};
// The same table drives meow and the checks below.
const meowFlags = Object.fromEntries(
	Object.entries(flagSpecs).map(([name, spec]) => [name, {type: spec.type, ...(spec.shortFlag ? {shortFlag: spec.shortFlag} : {}), ...(name in defaults ? {default: defaults[name]} : {})}]),
) as Record<string, {type: 'string'}>;

const longNames = new Map(Object.entries(flagSpecs).map(([name, spec]) => [kebab(name), spec]));
const flagNames = new Map(Object.keys(flagSpecs).map(name => [kebab(name), name as FlagName]));
const shortNames = new Map(Object.entries(flagSpecs).flatMap(([name, spec]) => (spec.shortFlag ? [[spec.shortFlag, {name: kebab(name), spec}] as const] : [])));

/** `given`: the options typed, by name (`--no-color` is color), in order, for the command's check. */
export type ParsedArguments = {kind: 'run'; input: string[]; flags: CliFlags & {help: boolean; version: boolean}; given: FlagName[]} | {kind: 'usage'; message: string};

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
function checkTokens(argv: readonly string[], given: FlagName[]): string | undefined {
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
			spec = longNames.get(name) ?? (name.startsWith('no-') && longNames.get(name.slice(3))?.type === 'boolean' ? longNames.get(name.slice(3)) : undefined);
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
			for (const letter of letters.slice(0, -1)) given.push(flagNames.get(shortNames.get(letter)!.name)!);
		}
		given.push(flagNames.get(name) ?? flagNames.get(name.slice(3))!);
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

/** Parses the command line with meow; never exits: usage errors come back as values. */
export function parseArguments(argv: readonly string[], version: string): ParsedArguments {
	const given: FlagName[] = [];
	const problem = checkTokens(argv, given);
	if (problem) return {kind: 'usage', message: problem};
	let cli;
	try {
		cli = readWithMeow(argv, version);
	} catch (error) {
		// meow throws on a flag given twice that takes one value: the user's mistake, said as such.
		return {kind: 'usage', message: error instanceof Error ? error.message : String(error)};
	}
	const flags = cli.flags as unknown as CliFlags & {help: boolean; version: boolean};
	if (Number.isNaN(flags.limit)) return {kind: 'usage', message: '--limit takes a whole number of 1 or more'};
	return {kind: 'run', input: cli.input, flags, given: [...new Set(given)]};
}

function readWithMeow(argv: readonly string[], version: string) {
	return meow('', {
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
}
