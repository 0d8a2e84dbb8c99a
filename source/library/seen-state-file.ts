import {mkdirSync} from 'node:fs';
import path from 'node:path';
import {withFileLockSync} from '../model/file-lock.js';
import {parseOwnJson} from '../model/json-depth.js';
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
	const parsed = parseOwnJson(read.text, maxSeenDepth);
	return ('value' in parsed ? asSeenState(parsed.value) : undefined) ?? emptySeenState();
}

/** The state nests four levels (state, stories, story, ids); far deeper is a damaged file. */
const maxSeenDepth = 16;

export function writeSeenState(folder: string, state: SeenState): Problem | undefined {
	try {
		mkdirSync(folder, {recursive: true});
	} catch {
		// The write below says why.
	}
	return writeFileSafely(path.join(folder, seenStateName), `${JSON.stringify(state)}\n`, {ownFile: true});
}

/**
 * Records a change to what was seen as one read-modify-write under the state file's lock: two windows
 * closing stories at once both land.
 */
export function updateSeenState(folder: string, change: (state: SeenState) => SeenState): Problem | undefined {
	try {
		mkdirSync(folder, {recursive: true});
	} catch {
		// The lock or the write says why.
	}
	const updated = withFileLockSync(path.join(folder, seenStateName), () => writeSeenState(folder, change(readSeenState(folder))));
	return 'problem' in updated ? updated.problem : updated.value;
}

/**
 * A visit to a story: what is new in it for the user now, and `done`, to call when the user leaves,
 * which records the story as seen (so that its marks stay while the user looks at it).
 */
export function beginVisit(folder: string, story: StoryFile): {newItems: Set<string>; done(now?: Date): Problem | undefined} {
	const seen = readSeenState(folder);
	return {
		newItems: newItemIds(story, seen),
		// Read again, under the lock: another window may have recorded another story meanwhile.
		done: (now = new Date()) => updateSeenState(folder, seen => markStorySeen(seen, story, now)),
	};
}
