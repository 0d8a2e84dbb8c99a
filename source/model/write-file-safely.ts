import {Buffer} from 'node:buffer';
import {closeSync, fchmodSync, fsyncSync, lstatSync, openSync, readdirSync, readlinkSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats} from 'node:fs';
import path from 'node:path';
import type {Problem} from './problem.js';
import {describeFsError} from './read-stories.js';

// Every write the program makes goes through here, and is whole or not at all:
// - a regular file is written to a temporary file beside it, every byte counted (a full disk makes
//   writeSync write fewer bytes than asked, or none), flushed, then renamed over the target, so the old
//   file stays untouched until the new one is complete;
// - a terminal, /dev/null or a pipe (`-o /dev/stdout`) is written directly: renaming a file over a
//   device would replace the device;
// - a symbolic link is written through to the file it names (so the link stays a link); a link to
//   nothing is refused, as are folders, sockets and block devices;
// - temporary files are removed when a signal ends the program, and ones left by a killed run are
//   removed by the next write to the same file.

/** Writes one chunk, returning the bytes written; injectable so that tests can play a full disk. */
export type ChunkWriter = (descriptor: number, buffer: Buffer, offset: number, length: number) => number;

export type WriteOptions = {
	force?: boolean;
	/** Files the program read: never written to. */
	inputs?: string[];
	writeChunk?: ChunkWriter;
};

const chunkSize = 1024 * 1024;
const defaultWriter: ChunkWriter = (descriptor, buffer, offset, length) => writeSync(descriptor, buffer, offset, length);

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

const pause = new Int32Array(new SharedArrayBuffer(4));

/** One chunk; a descriptor left non-blocking (Node's stdout on a pipe) that is full is waited for. */
function writeChunkWaiting(writeChunk: ChunkWriter, descriptor: number, bytes: Buffer, offset: number, length: number): number {
	for (;;) {
		try {
			return writeChunk(descriptor, bytes, offset, length);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
			Atomics.wait(pause, 0, 0, 5);
		}
	}
}

/** Writes every byte or throws; a writer that writes nothing is a full device (ENOSPC). */
function writeAll(descriptor: number, bytes: Buffer, writeChunk: ChunkWriter): void {
	let offset = 0;
	while (offset < bytes.length) {
		const written = writeChunkWaiting(writeChunk, descriptor, bytes, offset, Math.min(chunkSize, bytes.length - offset));
		if (!(written > 0)) throw Object.assign(new Error('no space left on the device'), {code: 'ENOSPC'});
		offset += written;
	}
}

// Temporary files being written now, removed if a signal ends the program.
const liveTemporaries = new Set<string>();
let signalCleanupInstalled = false;

function removeQuietly(file: string): void {
	try {
		unlinkSync(file);
	} catch {
		// Never created, or already gone.
	}
}

/**
 * Installed on the first write and kept: a write is synchronous, so a signal that arrives during one is
 * handled just after it (the file is then whole), and one that arrives between steps finds the temporary
 * file still registered. Either way the handler removes what is left and ends the program by the same
 * signal, as if it had not been caught.
 */
function installSignalCleanup(): void {
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

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Temporary files of this target left by a run that was killed outright (SIGKILL, a crash). */
function removeAbandonedTemporaries(folder: string, base: string): void {
	let names: string[];
	try {
		names = readdirSync(folder);
	} catch {
		return;
	}
	const pattern = temporaryPattern(base);
	for (const name of names) {
		const pid = Number(pattern.exec(name)?.[1]);
		if (pid && pid !== process.pid && !isRunning(pid)) removeQuietly(path.join(folder, name));
	}
}

/**
 * The descriptor /dev/stdout, /dev/stderr, /dev/fd/N or /proc/self/fd/N names: a file the program
 * already holds open (a shell redirection, a pipe, a socket), to be written as it is.
 */
function openDescriptorOf(target: string): number | undefined {
	const named = /^\/dev\/(?:(stdout)|(stderr)|fd\/(\d+))$/.exec(path.resolve(target));
	if (named) return named[1] ? 1 : named[2] ? 2 : Number(named[3]);
	try {
		const link = /^\/proc\/(?:self|(\d+))\/fd\/(\d+)$/.exec(readlinkSync(target));
		return link && (link[1] === undefined || Number(link[1]) === process.pid) ? Number(link[2]) : undefined;
	} catch {
		return undefined;
	}
}

type FileTarget = {kind: 'new' | 'replace'; file: string; mode?: number};
type Target = FileTarget | {kind: 'direct'; file: string} | {kind: 'descriptor'; descriptor: number} | {problem: Problem};

/** What writing to a path would do, following a link to the file it names. */
function resolveTarget(target: string, force: boolean): Target {
	let stats: Stats;
	try {
		stats = lstatSync(target);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {kind: 'new', file: target};
		return {problem: {file: target, message: `cannot write: ${describeWriteError(error)}`}};
	}
	let file = target;
	// /dev/stdout, /dev/fd/3 and the like name a file the program already holds open (a shell
	// redirection): write into it as the shell would, never rename over it.
	const descriptor = stats.isSymbolicLink() ? openDescriptorOf(target) : undefined;
	if (descriptor !== undefined) return {kind: 'descriptor', descriptor};
	if (stats.isSymbolicLink()) {
		try {
			// stat follows the link also where realpath cannot: /dev/stdout -> /proc/self/fd/1 -> a pipe.
			stats = statSync(target);
			if (stats.isFile()) file = realpathSync(target);
		} catch {
			return {problem: {file: target, message: 'is a symbolic link to a file that does not exist; give the path of the file to create instead'}};
		}
	}
	if (stats.isDirectory()) return {problem: {file: target, message: 'is a folder; give a file name to write to'}};
	if (stats.isCharacterDevice() || stats.isFIFO()) return {kind: 'direct', file: target};
	if (!stats.isFile()) return {problem: {file: target, message: 'is a socket or block device; summit-tui writes only files, terminals and pipes'}};
	if (!force) return {problem: {file: target, message: `already exists${file === target ? '' : ` (a link to ${file})`}; add --force to replace it`}};
	return {kind: 'replace', file, mode: stats.mode & 0o7777};
}

/**
 * Writes a whole file or nothing (see the top of this file). Refuses to replace an existing file unless
 * forced, and never writes over a file the program read.
 */
export function writeFileSafely(target: string, content: string, options: WriteOptions = {}): Problem | undefined {
	if (options.inputs?.some(input => sameFile(input, target))) {
		return {file: target, message: 'is one of the files being read; summit-tui never writes to its inputs'};
	}
	const resolved = resolveTarget(target, options.force ?? false);
	if ('problem' in resolved) return resolved.problem;
	const bytes = Buffer.from(content, 'utf8');
	const writeChunk = options.writeChunk ?? defaultWriter;
	installSignalCleanup();
	try {
		if (resolved.kind === 'descriptor') return writeToDescriptor(target, resolved.descriptor, bytes, writeChunk);
		return resolved.kind === 'direct' ? writeDirectly(target, resolved.file, bytes, writeChunk) : replaceAtomically(target, resolved, bytes, writeChunk);
	} finally {
		// A signal that arrives during the (synchronous) write waits in the event loop, and would be lost
		// if the program ended right after writing: a short timer, started now, lets the loop poll for it.
		setTimeout(() => {}, 10);
	}
}

/** Through a temporary file beside the target, renamed over it once complete. */
function replaceAtomically(target: string, resolved: FileTarget, bytes: Buffer, writeChunk: ChunkWriter): Problem | undefined {
	const folder = path.dirname(resolved.file);
	const base = path.basename(resolved.file);
	removeAbandonedTemporaries(folder, base);
	const temporary = path.join(folder, `.${base}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
	let descriptor: number | undefined;
	try {
		descriptor = openSync(temporary, 'wx', 0o644);
		liveTemporaries.add(temporary);
		// A replaced file keeps its permissions (openSync's mode is cut by the umask; fchmod is not).
		if (resolved.mode !== undefined) fchmodSync(descriptor, resolved.mode);
		writeAll(descriptor, bytes, writeChunk);
		fsyncSync(descriptor);
		closeSync(descriptor);
		descriptor = undefined;
		renameSync(temporary, resolved.file);
		liveTemporaries.delete(temporary);
		return undefined;
	} catch (error) {
		if (descriptor !== undefined) {
			try {
				closeSync(descriptor);
			} catch {
				// Closing can fail on a full disk too; the file is removed below all the same.
			}
		}
		removeQuietly(temporary);
		liveTemporaries.delete(temporary);
		const unchanged = resolved.kind === 'replace' ? '; the existing file is unchanged' : '';
		return {file: target, message: `cannot write: ${describeWriteError(error)}${unchanged}`};
	}
}

/** A terminal, /dev/null or a named pipe: opened and written in place, every byte counted. */
function writeDirectly(target: string, file: string, bytes: Buffer, writeChunk: ChunkWriter): Problem | undefined {
	let descriptor: number;
	try {
		descriptor = openSync(file, 'w');
	} catch (error) {
		return {file: target, message: `cannot write: ${describeWriteError(error)}`};
	}
	try {
		return writeToDescriptor(target, descriptor, bytes, writeChunk);
	} finally {
		try {
			closeSync(descriptor);
		} catch {
			// Nothing more to do for a device that fails to close.
		}
	}
}

function writeToDescriptor(target: string, descriptor: number, bytes: Buffer, writeChunk: ChunkWriter): Problem | undefined {
	try {
		writeAll(descriptor, bytes, writeChunk);
		return undefined;
	} catch (error) {
		// A reader that closed the pipe early (`-o /dev/stdout | head`) has seen what it wanted.
		if ((error as NodeJS.ErrnoException).code === 'EPIPE') return undefined;
		return {file: target, message: `cannot write: ${describeWriteError(error)}`};
	}
}
