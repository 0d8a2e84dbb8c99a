import {mkdirSync, readdirSync, unlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {isRunning} from '../model/file-lock.js';

// Which stories are open in a dashboard right now, so that removing one from another window can say so
// instead of pulling the story from under a reader. Each open story is an empty file in the state
// folder, `open/ID.PID`, made on opening and removed on leaving; one left by a killed process is known
// by its process number no longer running, and is cleared by the next look.

const openFolder = (stateFolder: string) => path.join(stateFolder, 'open');
/** Ids are the story's own words; anything a file name cannot hold (a slash) is escaped. */
const markName = (id: string, pid: number) => `${encodeURIComponent(id)}.${pid}`;

/**
 * Marks the story open in this process (`pid`: another's, for tests); `release` takes the mark away
 * (also when the process ends normally). A mark that cannot be written only costs the warning on a
 * removal elsewhere: no error.
 */
export function markStoryOpen(stateFolder: string, id: string, pid = process.pid): {release(): void} {
	const file = path.join(openFolder(stateFolder), markName(id, pid));
	let released = false;
	const release = () => {
		if (released) return;
		released = true;
		process.off('exit', release);
		try {
			unlinkSync(file);
		} catch {
			// Gone already, or never made.
		}
	};
	try {
		mkdirSync(openFolder(stateFolder), {recursive: true});
		writeFileSync(file, '');
		process.on('exit', release);
	} catch {
		released = true;
	}
	return {release};
}

/** The other processes that have the story open now (never this one); stale marks are cleared. */
export function storyOpenElsewhere(stateFolder: string, id: string): number[] {
	let names: string[];
	try {
		names = readdirSync(openFolder(stateFolder));
	} catch {
		return [];
	}
	const prefix = `${encodeURIComponent(id)}.`;
	const pids: number[] = [];
	for (const name of names) {
		if (!name.startsWith(prefix) || !/^\d+$/.test(name.slice(prefix.length))) continue;
		const pid = Number(name.slice(prefix.length));
		if (pid === process.pid) continue;
		if (isRunning(pid)) pids.push(pid);
		else {
			try {
				unlinkSync(path.join(openFolder(stateFolder), name));
			} catch {
				// Another look cleared it first.
			}
		}
	}
	return pids;
}
