import type {OutputFormat} from '../report/output-formats.js';
import type {CommandContext} from './context.js';
import type {FlagName} from './flags.js';

// A command of the command line as data (gh's pkg/cmd/ shape): its name, what the help says of it, the
// options it takes and how it runs. One table of these (table.ts) drives dispatch, the help, "did you
// mean" and the check that every option given is one the command takes.

export type Command = {
	name: string;
	/** One line for the list of commands. */
	summary: string;
	/** What it prints or writes, after its name: "map prints the map as text, or …" (the help, and the refusal of an option). */
	prints: string;
	/** Its synopsis lines, without the program's name: `search QUERY [--limit N] [--json]`. */
	usage: readonly string[];
	/** The options it takes besides the global ones (flags.ts). */
	flags: readonly FlagName[];
	/** The formats it can print with --format (or --plain, --markdown, --json); none: it takes none of them. */
	formats?: readonly OutputFormat[];
	/** Pairs or groups of its options that exclude each other: `choose one of -o FILE, --save and --into`. */
	exclusive?: ReadonlyArray<readonly FlagName[]>;
	/** More help, after the options (search syntax, examples). */
	details?: string;
	/** A command with sub-commands (`feeds add`): the word after its name picks one. */
	subcommands?: CommandTable;
	/** Runs it with the words after its name; resolves to the exit code. Absent on a group of sub-commands. */
	run?: (context: CommandContext, args: string[]) => Promise<number>;
};

export type CommandTable = Readonly<Record<string, Command>>;
