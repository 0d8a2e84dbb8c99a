import type {Command} from './command.js';
import {usage} from './errors.js';
import {librarySubcommands} from './library-manage.js';

export const libraryCommand: Command = {
	name: 'library',
	summary: 'the stories in the library, newest update first',
	usage: ['[--json]'],
	flags: ['data', 'library', 'maxSize'],
	formats: ['json'],
	prints: 'prints the stories, one a line, or as JSON with --json',
	subcommands: librarySubcommands,
	async run(context, rest) {
		if (rest.length > 0) usage(`library takes no arguments (name the folder with --library DIR), not "${rest[0]}"`);
		const {libraryListing} = await import('../library/library-cli.js');
		context.io.stdout.write(context.settle(await libraryListing(context.library, context.format === 'json')));
		return 0;
	},
};
