import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {withConfigDefaults} from './commands/config-defaults.js';
import {CommandContext, type CliIo, type Installation} from './commands/context.js';
import {defaultFlags, type CliFlags} from './commands/default-flags.js';
import {ProblemsError, UsageError} from './commands/errors.js';
import {checkOptions, commandName, findCommand} from './commands/find-command.js';
import type {FlagName} from './commands/flags.js';
import {defaultCommandName} from './commands/help.js';
import {readSimpleArguments} from './commands/simple-arguments.js';
import {checkArticleFlags} from './commands/story-input.js';
import {commandNames, loadCommand, loadCommandTable} from './commands/table.js';
import type {TrustedEntry, TrustedStories} from './model/read-stories.js';
import {sanitiseText} from './model/sanitise.js';

// The command line as a function: main(argv, io) → exit code. It parses the words, looks the command
// up in the table (source/commands/), checks the options against it and runs it; commands return an
// exit code or end with a usage error or problems, which only main turns into text and a code. The
// entry (cli.tsx) only connects it to the process.

export type {CliIo, DashboardOptions, OutputStream} from './commands/context.js';

export const version = typeof SUMMIT_TUI_VERSION === 'string' ? SUMMIT_TUI_VERSION : '0.0.0-source';
declare const SUMMIT_TUI_VERSION: string;

/** The program's own files sit beside the bundle (dist/), and beside this file when run from source. */
const installation: Installation = {
	version,
	bundledDataFolder: fileURLToPath(new URL('../data/', import.meta.url)),
	/** Stories the build validated, and its copies of their files' bytes (see source/build.mjs); none when running from source. */
	trustedStories(): TrustedStories {
		try {
			const entries = JSON.parse(readFileSync(new URL('trusted-stories.json', import.meta.url), 'utf8')) as TrustedEntry[];
			return {folder: fileURLToPath(new URL('.', import.meta.url)), entries};
		} catch {
			return {};
		}
	},
};

type Parsed = {flags: CliFlags & {help?: boolean; version?: boolean}; input: string[]; given: FlagName[]};

/**
 * The words as flags and positional words; with none there is nothing to parse, and the common lines of
 * words and switches are read without loading meow (simple-arguments.ts), which reads all the others.
 */
async function parse(argv: readonly string[]): Promise<Parsed> {
	if (argv.length === 0) return {flags: {...defaultFlags}, input: [], given: []};
	const parsed = readSimpleArguments(argv) ?? (await import('./commands/parse-arguments.js')).parseArguments(argv, version);
	if (parsed.kind === 'usage') throw new UsageError(parsed.message);
	return parsed;
}

/** The whole command line: parses argv, runs the command, prints what it says, returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
	let debug = (io.env['DEBUG'] ?? '').split(',').includes('summit-tui') || argv.includes('--debug');
	// The command the words name, once known: a usage error points to its help.
	let path: string[] | undefined;
	try {
		const {flags, input, given} = await parse(argv);
		debug ||= flags.debug;
		// Only the command the first word names is loaded (else the dashboard, which opens files).
		const first = input[0];
		const named = first !== undefined && commandNames.includes(first) ? first : undefined;
		const loaded = named ? {[named]: await loadCommand(named)} : {};
		const found = findCommand(loaded, input, {fallback: named ? undefined : await loadCommand(defaultCommandName), isFile: existsSync, names: commandNames});
		path = found.path;
		if ('problem' in found) throw new UsageError(found.problem);
		if (flags.help) {
			const {commandHelp, programHelp} = await import('./commands/help-text.js');
			io.stdout.write(found.path.length === 0 ? programHelp(await loadCommandTable(), defaultCommandName) : commandHelp(found.command, found.path));
			return 0;
		}
		if (flags.version) {
			io.stdout.write(`${version}\n`);
			return 0;
		}
		let checked = checkOptions(loaded, found, given, flags);
		// A refusal names the commands that do take the option: for that, every command is loaded.
		if ('problem' in checked) checked = checkOptions(await loadCommandTable(), found, given, flags);
		if ('problem' in checked) throw new UsageError(checked.problem);
		const context = new CommandContext(await withConfigDefaults(flags, argv, io.env), io, installation, checked.format);
		// Fault injection for the test of --debug; nothing else sets it.
		if (io.env['SUMMIT_TUI_FAULT'] === 'cli') throw new Error('injected fault (SUMMIT_TUI_FAULT=cli)');
		await checkArticleFlags(context);
		if (input.includes('-') && io.stdin.isTTY) io.stderr.write('summit-tui: reading from the terminal; end with Ctrl-D\n');
		return await found.command.run!(context, found.args);
	} catch (error) {
		if (error instanceof UsageError) {
			const help = path && path.length > 0 ? `summit-tui help ${commandName(path)}` : 'summit-tui --help';
			io.stderr.write(`summit-tui: ${sanitiseText(error.message)}\nRun "${help}" for usage.\n`);
			return 2;
		}
		if (error instanceof ProblemsError) {
			io.stderr.write(error.format());
			return 1;
		}
		if (debug) io.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
		else io.stderr.write(`summit-tui: internal error: ${sanitiseText((error as Error).message)} (run with --debug for details)\n`);
		return 1;
	}
}
