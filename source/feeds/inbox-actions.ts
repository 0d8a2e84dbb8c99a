import type {LibraryContext, Outcome} from '../library/library-cli.js';
import {defaultLibraryFolder} from '../library/library-folders.js';
import {mergeArticlesIntoStory} from '../library/merge-articles.js';
import {addToStoryFile, resolveIntoTarget, saveNewStory, type AddedToStory} from '../library/save-story.js';
import type {Problem} from '../model/problem.js';
import type {StoryFile} from '../model/schema.js';
import {groupInbox, type InboxGroup} from './inbox-groups.js';
import {inboxFolderOf, listInbox, removeFromInbox, type InboxEntry} from './inbox-store.js';

// What the user does with an inbox group (`summit-tui inbox save|add|dismiss N`, and the picker's Inbox
// row): start a story from it, add it to a story, or dismiss it. Each returns an Outcome for the command
// layer. Articles leave the inbox only once the story holding them is written, so a failure at any step
// loses none: at worst an article is in a story and still in the inbox, and saying so is the message.

export type InboxView = {folder: string; entries: Map<string, InboxEntry>; groups: InboxGroup[]; problems: Problem[]};

export const libraryFolderOf = (context: LibraryContext) => context.folder || defaultLibraryFolder(context.env);

/** The inbox of the library, grouped (groups numbered from 1 in this order). */
export function readInbox(context: LibraryContext): InboxView {
	const folder = libraryFolderOf(context);
	const listing = listInbox(folder, {maxBytes: context.maxBytes});
	const entries = new Map(listing.entries.map(entry => [entry.id, entry]));
	return {folder: inboxFolderOf(folder), entries, groups: groupInbox(listing.entries), problems: listing.problems};
}

/** A group by its number in the listing (from 1) or its key (the id of its first article). */
export function pickGroup(view: InboxView, word: string | undefined, asked: string): Outcome<InboxGroup> {
	if (word === undefined) return {usage: `inbox ${asked} takes the number of a group (summit-tui inbox lists them)`};
	if (view.groups.length === 0) return {usage: `inbox ${asked}: the inbox is empty`};
	const number = /^\d+$/.test(word) ? Number(word) : undefined;
	const group = number !== undefined ? view.groups[number - 1] : view.groups.find(candidate => candidate.key === word);
	if (!group) return {usage: `inbox ${asked}: no group "${word}"; the inbox has ${view.groups.length === 1 ? 'group 1' : `groups 1 to ${view.groups.length}`}`};
	return {value: group, warnings: []};
}

const storiesOf = (view: InboxView, group: InboxGroup): StoryFile[] => group.members.map(id => view.entries.get(id)!.story);

/** The group's articles as one story: the first published, the others merged into it as --into does. */
export function storyOfGroup(view: InboxView, group: InboxGroup, today: string, title?: string): StoryFile {
	const [first, ...rest] = storiesOf(view, group);
	const story = rest.reduce((sofar, next) => mergeArticlesIntoStory(sofar, next, today).story, first!);
	if (title === undefined || title.trim() === '') return story;
	// A title the user gave is theirs: no longer marked generated, so later imports keep it.
	const {generated, ...header} = story.story;
	return {...story, story: {...header, title: title.trim(), ...(generated?.summary ? {generated: {summary: generated.summary}} : {})}};
}

const leftInInbox = (removed: {problems: Problem[]}) => removed.problems.map(problem => `${problem.file}: ${problem.message} (its article is in the story now; dismiss it)`);

/** A new story of the library from the group; its articles leave the inbox. */
export async function saveGroup(context: LibraryContext, view: InboxView, group: InboxGroup, today: string, title?: string): Promise<Outcome<{file: string; id: string; title: string; renamedFrom?: string}>> {
	const story = storyOfGroup(view, group, today, title);
	const saved = await saveNewStory(context, story, today);
	if (!('value' in saved)) return saved;
	const removed = removeFromInbox(libraryFolderOf(context), group.members);
	return {value: {...saved.value, title: story.story.title}, warnings: [...saved.warnings, ...leftInInbox(removed)]};
}

/** The group's articles added to a story of the library (as ingest --into); they leave the inbox. */
export async function addGroup(context: LibraryContext, view: InboxView, group: InboxGroup, target: string, options: {today: string; backup: boolean; force: boolean}): Promise<Outcome<AddedToStory>> {
	const resolved = await resolveIntoTarget(context, target);
	if (!('value' in resolved)) return resolved;
	const added = addToStoryFile(resolved.value.file, storiesOf(view, group), {backup: options.backup, maxBytes: context.maxBytes, today: options.today, expectedId: resolved.value.id, force: options.force});
	if (!('value' in added)) return added;
	const removed = removeFromInbox(libraryFolderOf(context), group.members);
	return {value: added.value, warnings: [...resolved.warnings, ...leftInInbox(removed)]};
}

/** The group's articles moved to the inbox's dismissed folder. */
export function dismissGroup(context: LibraryContext, group: InboxGroup): Outcome<{dismissed: string[]}> {
	const removed = removeFromInbox(libraryFolderOf(context), group.members, {dismiss: true});
	if (removed.problems.length > 0) return {problems: removed.problems, heading: `dismissed ${removed.removed.length} of ${group.members.length} articles`};
	return {value: {dismissed: removed.removed}, warnings: []};
}
