import {closeSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync} from 'node:fs';
import path from 'node:path';
import type {Problem} from './problem.js';
import {describeFsError} from './read-stories.js';

/** As for reading, except that a missing path when writing means a missing folder. */
function describeWriteError(error: unknown): string {
	return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : describeFsError(error);
}

function sameFile(a: string, b: string): boolean {
	try {
		return realpathSync(a) === realpathSync(b);
	} catch {
		return false;
	}
}

/**
 * Writes a whole file or nothing: the text goes to a temporary file in the same folder, is flushed to
 * disk, then renamed over the target, so an interrupted write never leaves half a file. Refuses to
 * replace an existing file unless forced, and never writes over a file the program read.
 */
export function writeFileSafely(target: string, content: string, options: {force?: boolean; inputs?: string[]} = {}): Problem | undefined {
	if (options.inputs?.some(input => sameFile(input, target))) {
		return {file: target, message: 'is one of the story files being read; summit-tui never writes to its inputs'};
	}
	try {
		const stats = statSync(target);
		if (stats.isDirectory()) return {file: target, message: 'is a folder; give a file name to write to'};
		if (!options.force) return {file: target, message: 'already exists; add --force to replace it'};
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return {file: target, message: describeWriteError(error)};
	}
	const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
	let descriptor: number | undefined;
	try {
		descriptor = openSync(temporary, 'wx', 0o644);
		writeSync(descriptor, content);
		fsyncSync(descriptor);
		closeSync(descriptor);
		descriptor = undefined;
		renameSync(temporary, target);
		return undefined;
	} catch (error) {
		if (descriptor !== undefined) closeSync(descriptor);
		try {
			unlinkSync(temporary);
		} catch {
			// Never created, or already gone.
		}
		return {file: target, message: `cannot write: ${describeWriteError(error)}`};
	}
}
