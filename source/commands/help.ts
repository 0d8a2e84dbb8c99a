import type {Command, CommandTable} from './command.js';
import {usage} from './errors.js';
import {findCommand} from './find-command.js';

/** The command whose name the words are the help for, and the program's own name for the dashboard. */
export const defaultCommandName = 'dashboard';

/** The help as a command; it is given (a loader of) the table it belongs to (table.ts), which it cannot import back. */
export const helpCommandOf = (loadTable: () => Promise<CommandTable>): Command => ({
	name: 'help',
	summary: 'this help; help COMMAND: one command, the options it takes',
	usage: ['[COMMAND]'],
	flags: [],
	prints: 'prints the help',
	async run(context, words) {
		const {commandHelp, programHelp} = await import('./help-text.js');
		const table = await loadTable();
		if (words.length === 0) {
			context.io.stdout.write(programHelp(table, defaultCommandName));
			return 0;
		}
		const found = findCommand(table, words);
		if ('problem' in found) return usage(found.problem);
		if (found.args.length > 0) usage(`help takes a command's name, not "${words.join(' ')}"`);
		context.io.stdout.write(commandHelp(found.command, found.command.name === defaultCommandName ? [] : found.path));
		return 0;
	},
});
