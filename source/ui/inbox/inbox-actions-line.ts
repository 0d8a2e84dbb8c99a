import {addGroup, dismissGroup, readInbox, saveGroup, type InboxView} from '../../feeds/inbox-actions.js';
import {groupDates} from '../../feeds/inbox-report.js';
import type {LibraryContext, Outcome} from '../../library/library-cli.js';
import {localDay} from '../../library/save-story.js';
import {plural} from '../../model/labels.js';
import {formatProblem} from '../../model/problem.js';
import {sanitiseText} from '../../model/sanitise.js';
import type {InboxGroupLine} from './inbox-input.js';
import type {InboxSummary} from './inbox-row.js';

// The inbox for the picker: read (groups as lines, counts for the row) and acted on (the same actions as
// `summit-tui inbox save|add|dismiss`), each action's outcome one line for the bottom of the screen.

export type InboxRead = {summary: InboxSummary; groups: InboxGroupLine[]; view: InboxView};

export function readInboxLines(context: LibraryContext): InboxRead {
	const view = readInbox(context);
	const groups = view.groups.map(group => ({
		key: group.key,
		title: sanitiseText(group.title),
		details: sanitiseText([plural(group.members.length, 'article'), groupDates(group), group.outlets.join(', ')].join(' · ')),
		names: sanitiseText(group.names.join(', ')),
	}));
	return {summary: {articles: view.entries.size, groups: view.groups.length}, groups, view};
}

function outcomeLine<T>(outcome: Outcome<T>, done: (value: T) => string): string {
	if ('value' in outcome) return [done(outcome.value), ...outcome.warnings].join('; ');
	if ('usage' in outcome) return `not done: ${outcome.usage}`;
	return `not done: ${outcome.heading}${outcome.problems[0] ? `: ${formatProblem(outcome.problems[0])}` : ''}`;
}

export type InboxAction = {type: 'saveGroup'; key: string; title: string} | {type: 'addGroup'; key: string; story: string} | {type: 'dismissGroup'; key: string};

/** Runs an action on the group of that key, as the inbox is now; what happened, as one line. */
export async function runInboxAction(context: LibraryContext, action: InboxAction): Promise<string> {
	const view = readInbox(context);
	const group = view.groups.find(each => each.key === action.key);
	if (!group) return 'that group is no longer in the inbox (another window or a refresh changed it)';
	const today = localDay();
	switch (action.type) {
		case 'saveGroup':
			return outcomeLine(await saveGroup(context, view, group, today, action.title), saved => `started the story "${sanitiseText(saved.title)}" (${saved.id}) from ${plural(group.members.length, 'article')}`);
		case 'addGroup':
			return outcomeLine(await addGroup(context, view, group, action.story, {today, backup: true, force: true}), added => `added ${plural(group.members.length, 'article')} to "${sanitiseText(added.title)}"`);
		case 'dismissGroup':
			return outcomeLine(dismissGroup(context, group), dismissed => `dismissed ${plural(dismissed.dismissed.length, 'article')} (kept in the inbox's dismissed folder)`);
	}
}
