import {mkdirSync} from 'node:fs';
import path from 'node:path';
import {createHash} from 'node:crypto';
import {writeFileSafely} from '../fs/write-file-safely.js';
import type {Problem} from '../model/problem.js';
import type {StoryFile} from '../model/schema.js';

// The seam between the refresh (which fetches and imports) and the placing of an article (issue 25,
// part 2: source/feeds/place-article.ts and the inbox store). The refresh asks a Placer where an
// article of an untied feed goes, and hands what belongs to no story to an Inbox. Until the part-2
// modules are merged, the stand-ins below place nothing and keep each inbox article as a story file of
// its own, written whole; the merge replaces `placingFor` with theirs (createPlacer, the inbox store).

/** A story of the library as read from its file (place-article.ts's StoryOnDisk). */
export type StoryOnDisk = {id: string; file: string; story: StoryFile};

/** Where an article goes: a story id, or undefined for the inbox; the score and the reasons --explain prints. */
export type Placement = {story: string | undefined; score: number; reasons: string[]};

export type Placer = (article: StoryFile) => Placement;

/** Where a new article came from, kept with it in the inbox. */
export type FeedOrigin = {feed: string; feedTitle: string; link: string; fetched: string};

export type Inbox = {add(article: StoryFile, origin: FeedOrigin): Problem | undefined};

/** The stand-in placer: no article is placed by its content yet; every one waits in the inbox. */
export function inboxOnlyPlacer(_stories: readonly StoryOnDisk[]): Placer {
	return () => ({story: undefined, score: 0, reasons: ['placing by content is not merged yet (issue 25, part 2)']});
}

/** The stand-in inbox: each article a story file in `folder`, named by its link, written whole. */
export function folderInbox(folder: string): Inbox {
	return {
		add(article, origin) {
			try {
				mkdirSync(folder, {recursive: true});
			} catch {
				// The write says why.
			}
			const name = `${createHash('sha256').update(origin.link).digest('hex').slice(0, 16)}.json`;
			const content = `${JSON.stringify(article, null, '\t')}\n`;
			return writeFileSafely(path.join(folder, name), content, {ownFile: true});
		},
	};
}

export type Placing = {placer: (stories: readonly StoryOnDisk[]) => Placer; inbox: Inbox};

/** The placing the refresh uses. */
export function placingFor(inboxFolder: string): Placing {
	return {placer: inboxOnlyPlacer, inbox: folderInbox(inboxFolder)};
}
