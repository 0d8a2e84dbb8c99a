// The temporary files of whole-or-nothing writes (write-file-safely.ts): those being written now, removed
// if a signal ends the program, and those a killed run left behind, removed by a later write.
import {lstatSync, readdirSync, unlinkSync} from 'node:fs';
import path from 'node:path';
import {isRunning} from '../model/file-lock.js';

// Temporary files being written asynchronously now, removed if a signal ends the program.
export const liveTemporaries = new Set<string>();
let signalCleanupInstalled = false;

export function removeQuietly(file: string): void {
	try {
		unlinkSync(file);
	} catch {
		// Never created, or already gone.
	}
}

/**
 * For the asynchronous form, installed on its first write and kept: between two chunks a signal is
 * handled at once; the handler removes the temporary file (the old file is untouched: the rename comes
 * last) and ends the program by the same signal, as if it had not been caught.
 */
export function installSignalCleanup(): void {
	if (signalCleanupInstalled) return;
	signalCleanupInstalled = true;
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
		const handler = () => {
			for (const file of liveTemporaries) removeQuietly(file);
			liveTemporaries.clear();
			// Another part of the program (the dashboard) may handle this signal itself.
			process.off(signal, handler);
			if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
		};
		process.on(signal, handler);
	}
}

const temporaryPattern = (base: string) => new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)\\.[a-z0-9]+\\.tmp$`);

/** A temporary file untouched this long is abandoned, also when a process of its number runs elsewhere. */
const abandonedAfterMs = 10 * 60 * 1000;

/**
 * Temporary files of this target left by a run that was killed outright (SIGKILL, a crash): their
 * process is gone, or (a folder shared between machines or containers, where process numbers mean
 * nothing) they have not changed for ten minutes.
 */
export function removeAbandonedTemporaries(folder: string, base: string): void {
	let names: string[];
	try {
		names = readdirSync(folder);
	} catch {
		return;
	}
	const pattern = temporaryPattern(base);
	for (const name of names) {
		const pid = Number(pattern.exec(name)?.[1]);
		if (!pid || pid === process.pid) continue;
		const file = path.join(folder, name);
		let old = false;
		try {
			old = Date.now() - lstatSync(file).mtimeMs > abandonedAfterMs;
		} catch {
			continue;
		}
		if (old || !isRunning(pid)) removeQuietly(file);
	}
}
