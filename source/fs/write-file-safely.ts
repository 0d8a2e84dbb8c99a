import {Buffer} from 'node:buffer';
import {closeSync, fchmodSync, fchownSync, fsync as fsyncCallback, fsyncSync, linkSync, lstatSync, openSync, realpathSync, renameSync, statSync, write as writeCallback, writeSync, type Stats} from 'node:fs';
import {promisify} from 'node:util';
import path from 'node:path';
import type {Problem} from '../model/problem.js';
import {describeFsError, describeSkipped} from '../model/read-stories.js';
import {installSignalCleanup, liveTemporaries, removeAbandonedTemporaries, removeQuietly} from './temporary-files.js';

// Every write the program makes goes through here, and is whole or not at all:
// - a regular file is written to a temporary file beside it, every byte counted (a full disk makes
//   writeSync write fewer bytes than asked, or none), flushed, then renamed over the target, so the old
//   file stays untouched until the new one is complete; it keeps its mode and owner;
// - a terminal, /dev/null or a named pipe is written directly, and /dev/stdout or /dev/stderr through
//   the descriptor the program holds: renaming a file over a device would replace the device;
// - a symbolic link is written through to the file it names (so the link stays a link); a link to
//   nothing, a loop of links, a folder, a socket, a block device and a file with several names (hard
//   links, which a rename would leave behind) are refused;
// - the program's own files (catalog, backups, state, history: `ownFile`) are never written through a
//   link nor to anything but a regular file: a link, a named pipe or a device there is refused (a FIFO
//   would block the program for good, a link would let someone aim the write at another file);
// - a new file (no --force) is put in place with link(), which fails when the name appeared meanwhile,
//   so that two writers choosing the same new name never replace each other's file;
// - the asynchronous form writes in chunks so that Ctrl-C or SIGTERM stops it: the temporary file is
//   removed, the old file left as it was, and the program ends by that signal. Temporary files a run
//   killed outright left behind are removed by a later write to the same file.
// Writes that have no temporary file (direct ones, and the synchronous form used for small files)
// install no signal handler, so a write blocked on a pipe nobody reads stays killable.

/** Writes one chunk, returning the bytes written; injectable so that tests can play a full disk. */
export type ChunkWriter = (descriptor: number, buffer: Buffer, offset: number, length: number) => number | Promise<number>;

export type WriteOptions = {
	force?: boolean;
	/** Files the program read: never written to. */
	inputs?: string[];
	writeChunk?: ChunkWriter;
	/** One of the program's own files: replaced when there, but only a regular file, never through a link. */
	ownFile?: boolean;
};

const chunkSize = 1024 * 1024;
const defaultWriter: ChunkWriter = (descriptor, buffer, offset, length) => writeSync(descriptor, buffer, offset, length);

/** As for reading, except that a missing path when writing means a missing folder. */
function describeWriteError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') return 'its folder does not exist';
	if (code === 'EBADF') return 'is not open for writing';
	return describeFsError(error);
}

function sameFile(a: string, b: string): boolean {
	try {
		return realpathSync(a) === realpathSync(b);
	} catch {
		return false;
	}
}

const pause = new Int32Array(new SharedArrayBuffer(4));
const writeAsync = promisify(writeCallback);
const fsyncAsync = promisify(fsyncCallback);
const noSpace = () => Object.assign(new Error('no space left on the device'), {code: 'ENOSPC'});

/** Every byte, synchronously; a descriptor left non-blocking (Node's stdout on a pipe) that is full is waited for. */
function writeAllSync(descriptor: number, bytes: Buffer, writeChunk: ChunkWriter): void {
	let offset = 0;
	while (offset < bytes.length) {
		let written: number | Promise<number>;
		try {
			written = writeChunk(descriptor, bytes, offset, Math.min(chunkSize, bytes.length - offset));
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
			Atomics.wait(pause, 0, 0, 5);
			continue;
		}
		if (typeof written !== 'number') throw new TypeError('a synchronous write was given an asynchronous writer');
		// A writer that writes nothing is a full device.
		if (!(written > 0)) throw noSpace();
		offset += written;
	}
}

/** The standard descriptor /dev/stdout, /dev/stderr, /dev/stdin or /dev/fd/0–2 names, written as the shell set it up. */
function standardDescriptorOf(target: string): number | undefined {
	const named = /^\/dev\/(?:(stdin)|(stdout)|(stderr)|fd\/([0-2]))$/.exec(path.resolve(target));
	if (!named) return undefined;
	return named[1] ? 0 : named[2] ? 1 : named[3] ? 2 : Number(named[4]);
}

type FileTarget = {kind: 'new' | 'replace'; file: string; stats?: Stats};
type Target = FileTarget | {kind: 'direct'; file: string} | {kind: 'descriptor'; descriptor: number} | {problem: Problem};

/** An own file: absent (new) or a regular file (replaced); a link, pipe, device or folder is refused. */
function resolveOwnTarget(target: string): Target {
	let stats: Stats;
	try {
		stats = lstatSync(target);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {kind: 'new', file: target};
		return {problem: {file: target, message: `cannot write: ${describeWriteError(error)}`}};
	}
	if (stats.isSymbolicLink()) return {problem: {file: target, message: 'is a symbolic link; summit-tui never writes its own files through a link (remove it)'}};
	if (!stats.isFile()) return {problem: {file: target, message: `is ${describeSkipped(stats)}; summit-tui keeps its own files only as regular files (remove it)`}};
	return {kind: 'replace', file: target, stats};
}

/** What writing to a path would do, following a link to the file it names. */
function resolveTarget(target: string, force: boolean): Target {
	const refuse = (message: string) => ({problem: {file: target, message}});
	if (/[/\\]$/.test(target)) return refuse('ends with "/", so it names a folder; give a file name to write to');
	const descriptor = standardDescriptorOf(target);
	if (descriptor !== undefined) return {kind: 'descriptor', descriptor};
	let stats: Stats;
	try {
		stats = lstatSync(target);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {kind: 'new', file: target};
		return refuse(`cannot write: ${describeWriteError(error)}`);
	}
	let file = target;
	if (stats.isSymbolicLink()) {
		try {
			// stat follows the link also where realpath cannot: /proc/self/fd/1 when it is a pipe.
			stats = statSync(target);
			if (stats.isFile()) file = realpathSync(target);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ELOOP') return refuse('is a loop of symbolic links');
			return refuse('is a symbolic link to a file that does not exist; give the path of the file to create instead');
		}
	}
	if (stats.isDirectory()) return refuse('is a folder; give a file name to write to');
	if (stats.isCharacterDevice() || stats.isFIFO()) return {kind: 'direct', file: target};
	if (!stats.isFile()) return refuse('is a socket or block device; summit-tui writes only files, terminals and pipes');
	const link = file === target ? '' : ` (a link to ${file})`;
	if (!force) return refuse(`already exists${link}; add --force to replace it`);
	if (stats.nlink > 1) return refuse(`has ${stats.nlink} names (hard links)${link}: replacing it would leave the other names with the old text; write to a new file instead`);
	return {kind: 'replace', file, stats};
}

/** The temporary file beside the target, and its descriptor, with the old file's mode and owner. */
function openTemporary(resolved: FileTarget): {temporary: string; descriptor: number} {
	const folder = path.dirname(resolved.file);
	const base = path.basename(resolved.file);
	removeAbandonedTemporaries(folder, base);
	const temporary = path.join(folder, `.${base}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
	let descriptor: number;
	try {
		descriptor = openSync(temporary, 'wx', 0o644);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EACCES' || code === 'EPERM') throw Object.assign(new Error('its folder does not let summit-tui create the temporary file it writes first (permission denied)'), {code: 'ETEMPORARY'});
		throw error;
	}
	if (resolved.stats) {
		// A replaced file keeps its permissions (openSync's mode is cut by the umask; fchmod is not) and,
		// where the program may set it, its owner.
		fchmodSync(descriptor, resolved.stats.mode & 0o7777);
		try {
			fchownSync(descriptor, resolved.stats.uid, resolved.stats.gid);
		} catch {
			// Only root may give a file away; others keep their own.
		}
	}
	return {temporary, descriptor};
}

function failure(target: string, resolved: FileTarget, error: unknown): Problem {
	const reason = (error as NodeJS.ErrnoException).code === 'ETEMPORARY' ? (error as Error).message : describeWriteError(error);
	const unchanged = resolved.kind === 'replace' ? '; the existing file is unchanged' : '';
	return {file: target, message: `cannot write: ${reason}${unchanged}`};
}

function closeQuietly(descriptor: number): void {
	try {
		closeSync(descriptor);
	} catch {
		// Closing can fail on a full disk too; the file is removed all the same.
	}
}

/** A terminal, /dev/null, a named pipe or a standard descriptor: written in place, every byte counted. */
function writeDirectly(target: string, resolved: {kind: 'direct'; file: string} | {kind: 'descriptor'; descriptor: number}, bytes: Buffer, writeChunk: ChunkWriter): Problem | undefined {
	let descriptor: number;
	try {
		descriptor = resolved.kind === 'descriptor' ? resolved.descriptor : openSync(resolved.file, 'w');
	} catch (error) {
		return {file: target, message: `cannot write: ${describeWriteError(error)}`};
	}
	try {
		writeAllSync(descriptor, bytes, writeChunk);
		return undefined;
	} catch (error) {
		// A reader that closed the pipe early (`-o /dev/stdout | head`) has seen what it wanted.
		if ((error as NodeJS.ErrnoException).code === 'EPIPE') return undefined;
		return {file: target, message: `cannot write: ${describeWriteError(error)}`};
	} finally {
		if (resolved.kind === 'direct') closeQuietly(descriptor);
	}
}

function prepare(target: string, options: WriteOptions): Target {
	if (options.inputs?.some(input => sameFile(input, target))) {
		return {problem: {file: target, message: 'is one of the files being read; summit-tui never writes to its inputs'}};
	}
	return options.ownFile ? resolveOwnTarget(target) : resolveTarget(target, options.force ?? false);
}

/**
 * The finished temporary file put in place: renamed over the file it replaces, or, for a new file
 * without --force, linked under the new name, which fails if the name appeared since it was checked
 * (a rename would silently replace that file). File systems without hard links get the rename.
 */
function install(temporary: string, resolved: FileTarget, force: boolean): void {
	if (resolved.kind === 'replace' || force) {
		renameSync(temporary, resolved.file);
		return;
	}
	try {
		linkSync(temporary, resolved.file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EEXIST') throw Object.assign(new Error('appeared while it was being written; add --force to replace it'), {code: 'ETEMPORARY'});
		if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EMLINK') throw error;
		renameSync(temporary, resolved.file);
		return;
	}
	// The file is in place under its name; the temporary name only goes.
	removeQuietly(temporary);
}

/** Writes a whole file or nothing, synchronously: for small files (see the top of this file). */
export function writeFileSafely(target: string, content: string | Uint8Array, options: WriteOptions = {}): Problem | undefined {
	const resolved = prepare(target, options);
	if ('problem' in resolved) return resolved.problem;
	const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
	const writeChunk = options.writeChunk ?? defaultWriter;
	if (resolved.kind === 'direct' || resolved.kind === 'descriptor') return writeDirectly(target, resolved, bytes, writeChunk);
	let opened: {temporary: string; descriptor: number} | undefined;
	try {
		opened = openTemporary(resolved);
		writeAllSync(opened.descriptor, bytes, writeChunk);
		fsyncSync(opened.descriptor);
		closeSync(opened.descriptor);
		install(opened.temporary, resolved, options.force ?? false);
		return undefined;
	} catch (error) {
		if (opened) {
			closeQuietly(opened.descriptor);
			removeQuietly(opened.temporary);
		}
		return failure(target, resolved, error);
	}
}

/**
 * Writes a whole file or nothing, in chunks that let a signal stop it: for output of any size (the
 * CLI's --output). Refuses to replace an existing file unless forced, never writes over an input.
 */
export async function writeFileSafelyAsync(target: string, content: string, options: WriteOptions = {}): Promise<Problem | undefined> {
	const resolved = prepare(target, options);
	if ('problem' in resolved) return resolved.problem;
	const bytes = Buffer.from(content, 'utf8');
	if (resolved.kind === 'direct' || resolved.kind === 'descriptor') return writeDirectly(target, resolved, bytes, options.writeChunk ?? defaultWriter);
	let opened: {temporary: string; descriptor: number} | undefined;
	try {
		// Handlers first: a signal between creating the file and handling would leave it behind.
		installSignalCleanup();
		opened = openTemporary(resolved);
		liveTemporaries.add(opened.temporary);
		// Asynchronous chunks: the event loop, and with it a signal handler, runs between two of them.
		const writeChunk = options.writeChunk ?? (async (descriptor: number, buffer: Buffer, offset: number, length: number) => (await writeAsync(descriptor, buffer, offset, length, null)).bytesWritten);
		let offset = 0;
		while (offset < bytes.length) {
			const written = await writeChunk(opened.descriptor, bytes, offset, Math.min(chunkSize, bytes.length - offset));
			if (!(written > 0)) throw noSpace();
			offset += written;
		}
		await fsyncAsync(opened.descriptor);
		closeSync(opened.descriptor);
		install(opened.temporary, resolved, options.force ?? false);
		liveTemporaries.delete(opened.temporary);
		return undefined;
	} catch (error) {
		if (opened) {
			closeQuietly(opened.descriptor);
			removeQuietly(opened.temporary);
			liveTemporaries.delete(opened.temporary);
		}
		return failure(target, resolved, error);
	}
}
