import {mkdirSync} from 'node:fs';
import path from 'node:path';
import type {Problem} from '../model/problem.js';
import {readOwnTextFile} from '../model/read-stories.js';
import {writeFileSafely} from '../fs/write-file-safely.js';
import type {StoryFile} from '../model/schema.js';
import {asSeenState, emptySeenState, markStorySeen, newItemIds, type SeenState} from './whats-new.js';

// What the user has seen, kept in the state folder ($XDG_STATE_HOME/summit-tui/seen.json): read
// leniently (a missing or damaged file means nothing seen yet), written whole or not at all.

export const seenStateName = 'seen.json';

export function readSeenState(folder: string): SeenState {
	const read = readOwnTextFile(path.join(folder, seenStateName));
	if (read.text === undefined) return emptySeenState();
	try {
		return asSeenState(JSON.parse(read.text)) ?? emptySeenState();
	} catch {
		return emptySeenState();
	}
}

export function writeSeenState(folder: string, state: SeenState): Problem | undefined {
	try {
		mkdirSync(folder, {recursive: true});
	} catch {
		// The write below says why.
	}
	return writeFileSafely(path.join(folder, seenStateName), `${JSON.stringify(state)}\n`, {force: true});
}

/**
 * A visit to a story: what is new in it for the user now, and `done`, to call when the user leaves,
 * which records the story as seen (so that its marks stay while the user looks at it).
 */
export function beginVisit(folder: string, story: StoryFile): {newItems: Set<string>; done(now?: Date): Problem | undefined} {
	const seen = readSeenState(folder);
	return {
		newItems: newItemIds(story, seen),
		// Read again: another window may have recorded another story meanwhile.
		done: (now = new Date()) => writeSeenState(folder, markStorySeen(readSeenState(folder), story, now)),
	};
}
