import type {CommandTable} from './command.js';
import {dashboardCommand} from './dashboard.js';
import {feedsCommand} from './feeds.js';
import {helpCommandOf} from './help.js';
import {inboxCommand} from './inbox.js';
import {ingestCommand} from './ingest.js';
import {libraryCommand} from './library.js';
import {mapCommand} from './map.js';
import {refreshCommand} from './refresh.js';
import {searchCommand} from './search.js';
import {showCommand} from './show.js';
import {validateCommand} from './validate.js';

// Every command, once: main dispatches through this record, the help lists it in this order, "did you
// mean" suggests from its keys. The first word of the command line picks a row; words that name no
// command open the dashboard (its row is reached by name too: `summit-tui help dashboard`).

export const commandTable: CommandTable = {
	dashboard: dashboardCommand,
	search: searchCommand,
	show: showCommand,
	map: mapCommand,
	validate: validateCommand,
	ingest: ingestCommand,
	library: libraryCommand,
	inbox: inboxCommand,
	feeds: feedsCommand,
	refresh: refreshCommand,
	help: helpCommandOf(() => commandTable),
};
