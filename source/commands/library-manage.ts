import {sanitiseText} from '../model/sanitise.js';
import type {Command, CommandTable} from './command.js';
import type {CommandContext} from './context.js';
import {ProblemsError, usage} from './errors.js';

// `summit-tui library rename|remove|restore|read|unread|refresh ID`: the library's stories managed from
// the command line, each named by its id or a unique prefix of it (story-by-id.ts).

const oneId = (name: string, args: string[]): string => {
	if (args.length !== 1) usage(`library ${name} takes one story id (or the start of one): summit-tui library ${name} kim-putin`);
	return args[0]!;
};

const renameCommand: Command = {
	name: 'rename',
	summary: 'set the title of a story (its id stays)',
	usage: ['ID TITLE'],
	flags: ['data', 'library', 'backup', 'maxSize'],
	prints: 'renames the story in its file, keeping FILE.bak',
	async run(context, args) {
		if (args.length < 2) usage('library rename takes a story id and the new title: summit-tui library rename kim-putin "Kim and Putin meet"');
		const {renameStory} = await import('../library/manage-story.js');
		const renamed = context.settle(await renameStory(context.library, args[0]!, args.slice(1).join(' '), {backup: context.flags.backup}));
		context.io.stderr.write(`summit-tui: renamed ${sanitiseText(renamed.id)} from "${sanitiseText(renamed.from)}" to "${sanitiseText(renamed.to)}"\n`);
		return 0;
	},
};

const removeCommand: Command = {
	name: 'remove',
	summary: "move a story to the library's trash (summit-tui library restore brings it back)",
	usage: ['ID'],
	flags: ['data', 'library', 'maxSize'],
	prints: "moves the story's files to the trash folder inside the library",
	async run(context, args) {
		const {removeStory} = await import('../library/manage-story.js');
		const removed = context.settle(await removeStory(context.library, oneId('remove', args)));
		context.io.stderr.write(`summit-tui: removed "${sanitiseText(removed.title)}" to ${sanitiseText(removed.trash)} (summit-tui library restore ${sanitiseText(removed.id)} brings it back)\n`);
		return 0;
	},
};

const restoreCommand: Command = {
	name: 'restore',
	summary: 'bring a removed story back from the trash',
	usage: ['ID'],
	flags: ['data', 'library', 'maxSize'],
	prints: 'moves the story back into the library',
	async run(context, args) {
		const {restoreStory} = await import('../library/manage-story.js');
		const restored = context.settle(await restoreStory(context.library, oneId('restore', args)));
		context.io.stderr.write(`summit-tui: restored ${sanitiseText(restored.id)} as ${restored.files.map(file => sanitiseText(file)).join(', ')}\n`);
		return 0;
	},
};

/** read/unread: what the user has seen of the story, as leaving the dashboard records it. */
function markCommand(name: 'read' | 'unread'): Command {
	return {
		name,
		summary: name === 'read' ? 'mark a story as read: nothing in it is new' : 'mark a story as unread: all of it is new',
		usage: ['ID'],
		flags: ['data', 'library', 'maxSize'],
		prints: `marks the story ${name}`,
		async run(context, args) {
			const {story, id} = await storyOf(context, oneId(name, args));
			const {updateSeenState} = await import('../library/seen-state-file.js');
			const {markStorySeen, markStoryUnseen} = await import('../library/whats-new.js');
			const {stateFolder} = await import('../library/library-folders.js');
			const problem = updateSeenState(stateFolder(context.io.env), seen => (name === 'read' ? markStorySeen(seen, story, new Date()) : markStoryUnseen(seen, story, new Date())));
			if (problem) throw new ProblemsError('nothing marked', [problem]);
			context.io.stderr.write(`summit-tui: marked ${sanitiseText(id)} ${name}\n`);
			return 0;
		},
	};
}

async function storyOf(context: CommandContext, word: string) {
	const {storyFilesOf} = await import('../library/story-by-id.js');
	const files = context.settle(await storyFilesOf(context.library, [word]));
	const story = await context.load(await context.readAll(files));
	return {story, id: story.story.id, files};
}


/** Whether a page fetched again from an article's address is another article now (not a correction of it). */
function isAnotherArticle(before: {title: string; paragraphs?: string[]}, after: {title: string; paragraphs?: string[]} | undefined): boolean {
	if (!after) return true;
	const fold = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
	if (fold(before.title) === fold(after.title)) return false;
	if (!before.paragraphs?.length || !after.paragraphs?.length) return true;
	const now = new Set(after.paragraphs.map(fold));
	// A correction keeps most of its paragraphs; a page that now holds another article keeps few.
	return before.paragraphs.filter(paragraph => now.has(fold(paragraph))).length * 2 < before.paragraphs.length;
}

const refreshCommand: Command = {
	name: 'refresh',
	summary: 'fetch the articles of a story again from their addresses and add what changed (as --into does)',
	usage: ['ID'],
	flags: ['data', 'library', 'backup', 'timeout', 'maxSize'],
	prints: 'adds what changed to the story, keeping FILE.bak',
	async run(context, args) {
		const {resolveIntoTarget, readForUpdate, addToStoryFile, localDay} = await import('../library/save-story.js');
		const {file, id} = context.settle(await resolveIntoTarget(context.library, oneId('refresh', args), 'library refresh'));
		const before = readForUpdate(file, context.maxBytes);
		if ('problems' in before) throw new ProblemsError('cannot refresh the story', before.problems);
		const {parseStoryBytes} = await import('../model/load.js');
		const existing = parseStoryBytes(before.bytes, file);
		if (!existing.story) throw new ProblemsError('cannot refresh the story', existing.problems, existing.problemsTotal);
		// The newest version of each address: an article refreshed before has its old versions beside it.
		const byAddress = new Map(existing.story.articles.filter(article => article.url && /^https?:\/\//i.test(article.url)).map(article => [article.url!, article]));
		if (byAddress.size === 0) throw new ProblemsError('nothing to refresh', [{file, message: 'no article of the story has an http(s) address to fetch again'}]);
		const fetched = [];
		const left: string[] = [];
		for (const [url, article] of byAddress) {
			try {
				const imported = await context.import(await context.readAll([url]), {outlet: article.outlet});
				if (isAnotherArticle(article, imported.articles[0])) left.push(`${url}: now holds another article ("${imported.articles[0]?.title ?? 'untitled'}"), not "${article.title}"; left as it was`);
				else fetched.push(imported);
			} catch (error) {
				if (!(error instanceof ProblemsError)) throw error;
				left.push(`${url}: ${error.problems.map(problem => problem.message).join('; ')}; left as it was`);
			}
		}
		for (const line of left) context.io.stderr.write(`summit-tui: ${sanitiseText(line)}\n`);
		const added = context.settle(addToStoryFile(file, fetched, {backup: context.flags.backup, maxBytes: context.maxBytes, today: localDay(), expectedId: id, versions: true}));
		for (const note of added.notes.filter(note => note.kind !== 'skipped-article')) context.io.stderr.write(`summit-tui: note: ${sanitiseText(note.message)}\n`);
		if (added.added.articles === 0) context.io.stderr.write(`summit-tui: ${fetched.length} of ${byAddress.size} addresses fetched again; nothing changed in "${sanitiseText(added.title)}"\n`);
		else context.io.stderr.write(`summit-tui: ${fetched.length} of ${byAddress.size} addresses fetched again; added ${added.added.articles} new ${added.added.articles === 1 ? 'version' : 'versions'} to "${sanitiseText(added.title)}" in ${sanitiseText(file)}${context.flags.backup ? `; the previous version is ${sanitiseText(file)}.bak` : ''}\n`);
		return left.length > 0 ? 1 : 0;
	},
};

export const librarySubcommands: CommandTable = {
	rename: renameCommand,
	remove: removeCommand,
	restore: restoreCommand,
	read: markCommand('read'),
	unread: markCommand('unread'),
	refresh: refreshCommand,
};
