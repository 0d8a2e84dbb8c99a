import {defaultFlags, type CliFlags} from './default-flags.js';
import {flagTable, kebab, type FlagName, type FlagSpec} from './flags.js';
import {closestMatch} from './suggest.js';

// The command line's words to flags and positional words, never exiting: unknown options and options
// missing their value are refused first (with "did you mean"), and which options were typed is kept, so
// that the command can say which of them it does not take. The reading itself is the few rules below,
// the ones meow (yargs-parser) applied to what the checks let through; meow cost some 30 ms of every
// start with arguments (its bundled dependencies), more than the rest of --plain's own work.

const flagSpecs: Record<string, FlagSpec> = flagTable;

const defaults: Record<string, unknown> = {...defaultFlags, help: false, version: false};
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

/** A value typed for a flag, as its type reads it: numbers as Number() reads them ("0x10", "1e3"; "" is 0). */
function typedValue(spec: FlagSpec, value: string): unknown {
	if (spec.type === 'number') return Number(value);
	if (spec.type === 'boolean') return value === 'true';
	return value;
}

/** Parses the command line; never exits: usage errors come back as values. */
export function parseArguments(argv: readonly string[], version: string): ParsedArguments {
	void version;
	const given: FlagName[] = [];
	const problem = checkTokens(argv, given);
	if (problem) return {kind: 'usage', message: problem};
	const words = withOptionalValues(argv);
	const input: string[] = [];
	const values: Record<string, unknown> = {};
	const typedOnce = new Set<string>();
	const set = (name: string, spec: FlagSpec, value: unknown): string | undefined => {
		const key = flagNames.get(name)!;
		// A switch may be flipped again (--no-backup --backup: the last wins); a value given twice is a slip.
		if (spec.type !== 'boolean' && typedOnce.has(key)) return `--${name} is given twice`;
		typedOnce.add(key);
		values[key] = value;
		return undefined;
	};
	for (let index = 0; index < words.length; index++) {
		const token = words[index]!;
		if (token === '--') {
			input.push(...words.slice(index + 1));
			break;
		}
		// A word that names no option is a positional word: "-" (standard input), a negative number
		// left over where an optional value was not taken (--library -1).
		if (!token.startsWith('-') || token === '-' || !isOption(token)) {
			input.push(token);
			continue;
		}
		let name: string;
		let spec: FlagSpec;
		let attached: string | undefined;
		if (token.startsWith('--')) {
			const equals = token.indexOf('=');
			name = equals === -1 ? token.slice(2) : token.slice(2, equals);
			attached = equals === -1 ? undefined : token.slice(equals + 1);
			if (!longNames.has(name)) {
				// --no-NAME of a switch (checkTokens let no other through).
				if (attached !== undefined) return {kind: 'usage', message: `--${name} takes no value`};
				const problem = set(name.slice(3), longNames.get(name.slice(3))!, false);
				if (problem) return {kind: 'usage', message: problem};
				continue;
			}
			spec = longNames.get(name)!;
		} else {
			const letters = token.slice(1);
			for (const letter of letters.slice(0, -1)) set(shortNames.get(letter)!.name, shortNames.get(letter)!.spec, true);
			({name, spec} = shortNames.get(letters.at(-1)!)!);
		}
		let value: unknown;
		if (attached !== undefined) value = typedValue(spec, attached);
		else if (spec.type === 'boolean') {
			// A switch reads a following "true" or "false" as its value, as meow did.
			const next = words[index + 1];
			value = next === 'true' || next === 'false' ? (index++, next === 'true') : true;
		} else value = typedValue(spec, words[++index]!);
		const problem = set(name, spec, value);
		if (problem) return {kind: 'usage', message: problem};
	}
	const flags = {...defaults, ...Object.fromEntries(Object.entries(flagSpecs).filter(([name, spec]) => spec.type === 'boolean' && !(name in defaults)).map(([name]) => [name, false])), ...values} as unknown as CliFlags & {help: boolean; version: boolean};
	if (Number.isNaN(flags.limit)) return {kind: 'usage', message: '--limit takes a whole number of 1 or more'};
	return {kind: 'run', input, flags, given: [...new Set(given)]};
}
