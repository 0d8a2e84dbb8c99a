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

export const librarySubcommands: CommandTable = {
	rename: renameCommand,
	remove: removeCommand,
	restore: restoreCommand,
	read: markCommand('read'),
	unread: markCommand('unread'),
};
