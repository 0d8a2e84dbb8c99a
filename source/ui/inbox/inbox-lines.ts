import {readdirSync} from 'node:fs';
import path from 'node:path';
import type {LibraryContext} from '../../library/library-cli.js';
import {defaultLibraryFolder} from '../../library/library-folders.js';
import type {InboxSummary} from './inbox-row.js';

// The picker's inbox reader and actions (inbox-actions-line.ts) bring the story loader, its validator
// (zod, some 450 KB of the dashboard's script) and the merging code with them. They are loaded when the
// inbox has something to read or act on, not before the picker's first frame on an empty inbox: the
// build makes them a module of their own beside the dashboard's script (source/build.mjs).

export type InboxLines = typeof import('./inbox-actions-line.js');

let loaded: InboxLines | undefined;

/** The inbox's reader and actions, loaded on first use. */
export async function loadInboxLines(): Promise<InboxLines> {
	loaded ??= await import('./inbox-actions-line.js');
	return loaded;
}

/** Whether the library's inbox folder holds a story file (what the inbox's listing reads), without reading one. */
export function inboxHoldsFiles(context: LibraryContext): boolean {
	const inbox = path.join(context.folder || defaultLibraryFolder(context.env), 'inbox');
	try {
		return readdirSync(inbox).some(name => name.endsWith('.json') && !name.startsWith('.'));
	} catch {
		return false;
	}
}

/** Whether the inbox holds files to count while its reader is not loaded yet. */
export function inboxReaderNeeded(context: LibraryContext): boolean {
	return !loaded && inboxHoldsFiles(context);
}

/**
 * The inbox's counts for the picker's row: nothing to count in an empty inbox; otherwise the reader's
 * count, or undefined while the reader is not loaded yet (loadInboxLines, then ask again).
 */
export function inboxSummary(context: LibraryContext): InboxSummary | undefined {
	if (loaded) return loaded.readInboxLines(context).summary;
	return inboxHoldsFiles(context) ? undefined : {articles: 0, groups: 0};
}
