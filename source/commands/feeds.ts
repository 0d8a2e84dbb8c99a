import {sanitiseText} from '../model/sanitise.js';
import type {Command, CommandTable} from './command.js';
import type {CommandContext} from './context.js';
import {usage} from './errors.js';
import {closestMatch} from './suggest.js';

// `summit-tui feeds add|list|remove|import|export`: the feeds followed (source/feeds/feeds-cli.ts does
// the work; loaded only when a feeds command runs).

async function feedsContext(context: CommandContext) {
	const {stateFolder} = await import('../library/library-folders.js');
	return {...context.library, timeoutMs: context.timeoutMs, stateFolder: stateFolder(context.io.env), ...(context.flags.maxSize === undefined ? {} : {maxFeedBytes: context.maxBytes})};
}

const addCommand: Command = {
	name: 'add',
	summary: 'follow a feed (RSS, RDF, Atom, JSON Feed, or a page that announces one); --story ties it to a story',
	usage: ['URL [--story ID]'],
	flags: ['story', 'data', 'library', 'maxSize', 'timeout'],
	prints: 'adds the feed to the feeds followed ($XDG_DATA_HOME/summit-tui/feeds.json)',
	async run(context, args) {
		if (args.length !== 1) usage('feeds add takes one feed address: summit-tui feeds add https://example.org/feed.xml [--story ID]');
		const {addFeed} = await import('../feeds/feeds-cli.js');
		const added = context.settle(await addFeed(await feedsContext(context), args[0]!, context.flags.story));
		const where = added.story ? `into the story ${added.story}` : 'to the inbox';
		const found = added.announcedBy ? ` (announced by ${added.announcedBy})` : '';
		const said = added.already === 'same' ? 'already following' : added.already === 'retied' ? 'now following' : 'following';
		context.io.stderr.write(`summit-tui: ${said} ${sanitiseText(added.url)}${added.title ? ` "${sanitiseText(added.title)}"` : ''}${sanitiseText(found)}; its new articles go ${sanitiseText(where)}\n`);
		return 0;
	},
};

const listCommand: Command = {
	name: 'list',
	summary: 'the feeds followed, where their articles go, and when they were last refreshed',
	usage: ['[--json]'],
	flags: [],
	formats: ['json'],
	prints: 'prints the feeds, one a line, or as JSON with --json',
	async run(context, args) {
		if (args.length > 0) usage(`feeds list takes no arguments, not "${args[0]}"`);
		const {listFeeds} = await import('../feeds/feeds-cli.js');
		context.io.stdout.write(context.settle(listFeeds(await feedsContext(context), context.format === 'json')));
		return 0;
	},
};

const removeCommand: Command = {
	name: 'remove',
	summary: 'stop following a feed (the articles it brought stay)',
	usage: ['URL'],
	flags: [],
	prints: 'removes the feed from the feeds followed',
	async run(context, args) {
		if (args.length !== 1) usage('feeds remove takes the address of one feed (summit-tui feeds list shows them)');
		const {removeFeed} = await import('../feeds/feeds-cli.js');
		const removed = context.settle(removeFeed(await feedsContext(context), args[0]!));
		context.io.stderr.write(`summit-tui: no longer following ${sanitiseText(removed.url)}${removed.title ? ` "${sanitiseText(removed.title)}"` : ''}\n`);
		return 0;
	},
};

const importCommand: Command = {
	name: 'import',
	summary: "follow every feed of an OPML file (another reader's export)",
	usage: ['FILE.opml'],
	flags: ['maxSize'],
	prints: 'adds the feeds of the file to the feeds followed',
	async run(context, args) {
		if (args.length !== 1) usage('feeds import takes one OPML file: summit-tui feeds import subscriptions.opml');
		const {importOpmlFile} = await import('../feeds/feeds-cli.js');
		const imported = context.settle(importOpmlFile(await feedsContext(context), args[0]!));
		context.io.stderr.write(`summit-tui: following ${imported.added} new feed${imported.added === 1 ? '' : 's'} from ${sanitiseText(args[0]!)}${imported.known > 0 ? ` (${imported.known} already followed)` : ''}\n`);
		return 0;
	},
};

const exportCommand: Command = {
	name: 'export',
	summary: 'the feeds followed as OPML, for another reader',
	usage: ['[-o FILE]'],
	flags: ['output', 'force'],
	prints: 'writes OPML to standard output or to -o FILE',
	async run(context, args) {
		if (args.length > 0) usage(`feeds export takes no arguments (write to a file with -o FILE), not "${args[0]}"`);
		const {exportOpml} = await import('../feeds/feeds-cli.js');
		if ((await context.output(context.settle(exportOpml(await feedsContext(context))), [])) === 'file') context.io.stderr.write(`summit-tui: wrote ${sanitiseText(context.flags.output!)}\n`);
		return 0;
	},
};

const feedsSubcommands: CommandTable = {add: addCommand, list: listCommand, remove: removeCommand, import: importCommand, export: exportCommand};

export const feedsCommand: Command = {
	name: 'feeds',
	summary: 'the feeds followed: add, list, remove, import and export (OPML)',
	usage: ['[--json]'],
	flags: [],
	formats: ['json'],
	prints: 'prints the feeds followed (the same as feeds list)',
	subcommands: feedsSubcommands,
	async run(context, args) {
		// Alone it lists; a word after it that names no sub-command is a typo of one, said as such.
		if (args.length > 0) {
			const near = closestMatch(args[0]!, Object.keys(feedsSubcommands));
			usage(`feeds has no '${args[0]}'${near ? `; did you mean '${near}'?` : ` (it has: ${Object.keys(feedsSubcommands).join(', ')})`}`);
		}
		return listCommand.run!(context, args);
	},
};
