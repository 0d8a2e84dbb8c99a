import type {Command, CommandTable} from './command.js';
import {helpCommandOf} from './help.js';

// Every command, once: main dispatches through this record, the help lists it in this order, "did you
// mean" suggests from its keys. The first word of the command line picks a row; words that name no
// command open the dashboard (its row is reached by name too: `summit-tui help dashboard`).
//
// Each row loads its command's module when the command is used, so that starting one command costs
// only its own module (and what that imports), never every command's. To add a command, add a row of
// the same shape:   feeds: () => import('./feeds.js').then(module => module.feedsCommand),

export const commandLoaders: Readonly<Record<string, () => Promise<Command>>> = {
	dashboard: () => import('./dashboard.js').then(module => module.dashboardCommand),
	search: () => import('./search.js').then(module => module.searchCommand),
	show: () => import('./show.js').then(module => module.showCommand),
	map: () => import('./map.js').then(module => module.mapCommand),
	validate: () => import('./validate.js').then(module => module.validateCommand),
	ingest: () => import('./ingest.js').then(module => module.ingestCommand),
	library: () => import('./library.js').then(module => module.libraryCommand),
	inbox: () => import('./inbox.js').then(module => module.inboxCommand),
	feeds: () => import('./feeds.js').then(module => module.feedsCommand),
	refresh: () => import('./refresh.js').then(module => module.refreshCommand),
	help: async () => helpCommandOf(loadCommandTable),
};

/** The names of the commands, in the table's order, without loading any. */
export const commandNames: readonly string[] = Object.keys(commandLoaders);

/** One command by its name (a key of the table). */
export const loadCommand = (name: string): Promise<Command> => commandLoaders[name]!();

/** The whole table, every command loaded: for the help and for the hint naming which commands take an option. */
export async function loadCommandTable(): Promise<CommandTable> {
	const commands = await Promise.all(commandNames.map(loadCommand));
	return Object.fromEntries(commandNames.map((name, index) => [name, commands[index]!]));
}
