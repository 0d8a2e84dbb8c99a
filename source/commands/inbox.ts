import {plural} from '../model/labels.js';
import {sanitiseText} from '../model/sanitise.js';
import type {Command, CommandTable} from './command.js';
import type {CommandContext} from './context.js';
import {usage} from './errors.js';

// `summit-tui inbox`: the articles feeds brought that belong to no followed story, grouped by the
// happening they report; `inbox show|save|add|dismiss N` act on group N of that listing (or on a group
// by its key, the id of its first article, which stays while the inbox changes around it).

async function inboxOf(context: CommandContext) {
	const actions = await import('../feeds/inbox-actions.js');
	const view = actions.readInbox(context.library);
	context.warn(view.problems.map(problem => `${problem.file}: ${problem.message} (left in the inbox, not listed)`));
	return {actions, view};
}

const oneGroup = (name: string, args: string[]): string => {
	if (args.length !== 1) usage(`inbox ${name} takes the number of one group: summit-tui inbox ${name} 2`);
	return args[0]!;
};

const showCommand: Command = {
	name: 'show',
	summary: 'the articles of one group: date, outlet, title and address (--explain: why each joined)',
	usage: ['N [--json] [--explain]'],
	flags: ['data', 'library', 'maxSize', 'explain'],
	formats: ['json'],
	prints: 'prints the group and its articles',
	async run(context, args) {
		const {actions, view} = await inboxOf(context);
		const group = context.settle(actions.pickGroup(view, oneGroup('show', args), 'show'));
		const report = await import('../feeds/inbox-report.js');
		context.io.stdout.write(context.format === 'json' ? report.inboxJson(view, [group]) : report.formatInboxGroup(view, group, view.groups.indexOf(group) + 1, context.flags.explain === true));
		return 0;
	},
};

const saveCommand: Command = {
	name: 'save',
	summary: 'start a new story of the library from a group (its articles leave the inbox)',
	usage: ['N [--title T]'],
	flags: ['data', 'library', 'maxSize', 'title'],
	prints: 'writes the new story into the library',
	async run(context, args) {
		const {actions, view} = await inboxOf(context);
		const group = context.settle(actions.pickGroup(view, oneGroup('save', args), 'save'));
		const {localDay} = await import('../library/save-story.js');
		const saved = context.settle(await actions.saveGroup(context.library, view, group, localDay(), context.flags.title));
		context.io.stderr.write(`summit-tui: saved "${sanitiseText(saved.title)}" (${plural(group.members.length, 'article')}) as ${sanitiseText(saved.file)}; its id is ${sanitiseText(saved.id)}\n`);
		return 0;
	},
};

const addCommand: Command = {
	name: 'add',
	summary: "add a group's articles to a story of the library, as ingest --into does (they leave the inbox)",
	usage: ['N --into STORY-ID|FILE [--force] [--no-backup]'],
	flags: ['data', 'library', 'maxSize', 'into', 'force', 'backup'],
	prints: 'adds the articles to the story, keeping FILE.bak',
	async run(context, args) {
		if (context.flags.into === undefined) usage('inbox add needs --into STORY: summit-tui inbox add 2 --into kim-putin');
		const {actions, view} = await inboxOf(context);
		const group = context.settle(actions.pickGroup(view, oneGroup('add', args), 'add'));
		const {localDay, unrelatedMessage} = await import('../library/save-story.js');
		const added = context.settle(await actions.addGroup(context.library, view, group, context.flags.into!, {today: localDay(), backup: context.flags.backup, force: context.flags.force}));
		for (const stranger of added.unrelated) context.io.stderr.write(`summit-tui: warning: ${sanitiseText(unrelatedMessage(stranger, added.title))}; added because of --force\n`);
		const already = group.members.length - added.added.articles;
		context.io.stderr.write(`summit-tui: added ${plural(added.added.articles, 'article')} to "${sanitiseText(added.title)}" in ${sanitiseText(added.file)}${already > 0 ? ` (${already} it had already)` : ''}${added.confirmed > 0 ? `, ${plural(added.confirmed, 'item')} confirmed` : ''}\n`);
		return 0;
	},
};

const dismissCommand: Command = {
	name: 'dismiss',
	summary: "take a group out of the inbox (its articles are kept in the inbox's dismissed folder)",
	usage: ['N'],
	flags: ['data', 'library', 'maxSize'],
	prints: 'moves the articles to the dismissed folder',
	async run(context, args) {
		const {actions, view} = await inboxOf(context);
		const group = context.settle(actions.pickGroup(view, oneGroup('dismiss', args), 'dismiss'));
		const dismissed = context.settle(actions.dismissGroup(context.library, group));
		const {dismissedFolderOf} = await import('../feeds/inbox-store.js');
		context.io.stderr.write(`summit-tui: dismissed "${sanitiseText(group.title)}" (${plural(dismissed.dismissed.length, 'article')}; kept in ${sanitiseText(dismissedFolderOf(actions.libraryFolderOf(context.library)))})\n`);
		return 0;
	},
};

const inboxSubcommands: CommandTable = {show: showCommand, save: saveCommand, add: addCommand, dismiss: dismissCommand};

export const inboxCommand: Command = {
	name: 'inbox',
	summary: 'new articles from feeds that belong to no story yet, grouped by the happening they report',
	usage: ['[--json]'],
	flags: ['data', 'library', 'maxSize'],
	formats: ['json'],
	prints: 'prints the groups, numbered, with their outlets and dates, or as JSON with --json',
	subcommands: inboxSubcommands,
	async run(context, rest) {
		if (rest.length > 0) usage(`inbox takes no arguments, or one of show, save, add, dismiss; not "${rest[0]}"`);
		const {view} = await inboxOf(context);
		const report = await import('../feeds/inbox-report.js');
		context.io.stdout.write(context.format === 'json' ? report.inboxJson(view) : report.formatInboxList(view));
		return 0;
	},
};
