import {chosenFormat, type FormatFlags, type OutputFormat} from '../report/output-formats.js';
import type {Command, CommandTable} from './command.js';
import {flagTable, formatFlags, globalFlags, kebab, type FlagName, type FlagSpec} from './flags.js';
import {closestMatch} from './suggest.js';

// From the words typed to the command that runs: its path through the table (`feeds add`), the words
// left for it, and whether every option typed is one it takes. Pure: whether a word names a file is
// asked of the caller.

export type FoundCommand = {command: Command; path: string[]; args: string[]};

/**
 * The command the words name, else `fallback` with all the words (the dashboard opens files); a first
 * word that names no file but is a letter or two from a command is taken for a slip ("serch").
 * `names`: every command's name, when `table` holds only the rows loaded (table.ts loads on use).
 */
export function findCommand(
	table: CommandTable,
	words: readonly string[],
	options: {fallback?: Command; isFile?: (word: string) => boolean; names?: readonly string[]} = {},
): FoundCommand | {problem: string; path: string[]} {
	const [first, ...rest] = words;
	const named = first !== undefined && Object.hasOwn(table, first) ? table[first]! : undefined;
	if (named) return within(named, [first!], rest);
	if (options.fallback && first !== undefined && first !== '-' && !/[./\\]/.test(first) && !options.isFile?.(first)) {
		const near = closestMatch(first, options.names ?? Object.keys(table));
		if (near) return {problem: `unknown command '${first}'; did you mean '${near}'?`, path: []};
	}
	if (options.fallback) return {command: options.fallback, path: [], args: [...words]};
	if (first === undefined) return {problem: `give a command: ${Object.keys(table).join(', ')}`, path: []};
	const near = closestMatch(first, Object.keys(table));
	return {problem: `unknown command '${first}'${near ? `; did you mean '${near}'?` : ''}`, path: []};
}

/** Down through sub-commands: `feeds add URL` is the `add` of `feeds` with ["URL"]. */
function within(command: Command, path: string[], words: string[]): FoundCommand | {problem: string; path: string[]} {
	if (!command.subcommands) return {command, path, args: words};
	const [first, ...rest] = words;
	if (first !== undefined && Object.hasOwn(command.subcommands, first)) return within(command.subcommands[first]!, [...path, first], rest);
	if (command.run) return {command, path, args: words};
	const names = Object.keys(command.subcommands);
	if (first === undefined) return {problem: `${path.join(' ')} needs one of: ${names.join(', ')}`, path};
	const near = closestMatch(first, names);
	return {problem: `${path.join(' ')} has no '${first}'${near ? `; did you mean '${near}'?` : ` (it has: ${names.join(', ')})`}`, path};
}

/** The name a message uses for a command: `search`, `feeds add`, or the program itself for the dashboard. */
export const commandName = (path: readonly string[]) => (path.length > 0 ? path.join(' ') : 'summit-tui');

/**
 * The one check of the options typed against the command: each is global or one the command takes,
 * formats are ones it prints, and no two of an exclusive group are given. Returns the format asked
 * for, or the first problem.
 */
export function checkOptions(table: CommandTable, found: FoundCommand, given: readonly FlagName[], flags: FormatFlags): {format?: OutputFormat} | {problem: string} {
	const {command, path} = found;
	const name = path.length > 0 ? path.join(' ') : 'summit-tui';
	// One refusal for every option a command has no use for: what the command does instead, and which take it.
	const refuse = (option: string, flag: FlagName) => {
		const takers = commandsTaking(table, flag);
		return {problem: `${option} does not go with ${name}: ${name} ${command.prints}${takers.length > 0 ? ` (${option} goes with ${takers.join(', ')})` : ''}`};
	};
	for (const flag of given) {
		if (globalFlags.includes(flag) || command.flags.includes(flag)) continue;
		if (formatFlags.includes(flag) && command.formats) continue;
		return refuse(`--${(flagTable[flag] as FlagSpec).negated ? 'no-' : ''}${kebab(flag)}`, flag);
	}
	const chosen = chosenFormat(flags);
	if ('problem' in chosen) return chosen;
	if (chosen.format && !command.formats?.includes(chosen.format)) return refuse(flags.format === undefined ? `--${chosen.format}` : `--format ${chosen.format}`, chosen.format);
	for (const group of command.exclusive ?? []) {
		const typed = group.filter(flag => given.includes(flag));
		if (typed.length > 1) return {problem: `choose one of ${group.map(mention).join(', ').replace(/, ([^,]*)$/, ' and $1')}`};
	}
	return chosen;
}

/** An option as a message names it: by its short form when it has one (`-o FILE`), else `--save`. */
function mention(flag: FlagName): string {
	const spec: FlagSpec = flagTable[flag];
	return spec.shortFlag ? `-${spec.shortFlag}${spec.value ? ` ${spec.value}` : ''}` : `--${spec.negated ? 'no-' : ''}${kebab(flag)}`;
}

/** The commands (and sub-commands, as `feeds add`) that take an option, for the hint when one does not. */
function commandsTaking(table: CommandTable, flag: FlagName, path: readonly string[] = []): string[] {
	return Object.entries(table).flatMap(([word, command]) => [
		...(command.flags.includes(flag) || command.formats?.includes(flag as OutputFormat) || (flag === 'format' && command.formats) ? [[...path, word].join(' ')] : []),
		...(command.subcommands ? commandsTaking(command.subcommands, flag, [...path, word]) : []),
	]);
}
