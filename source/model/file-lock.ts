import {randomBytes} from 'node:crypto';
import {closeSync, constants, fstatSync, lstatSync, openSync, readSync, unlinkSync, writeSync} from 'node:fs';
import os from 'node:os';
import {setTimeout as sleep} from 'node:timers/promises';
import type {Problem} from './problem.js';

// One writer at a time for a read-modify-write of a file (a story by ingest --into, the catalog, what
// was seen, the search history) and for choosing a new file name (ingest --save): a lock file beside
// the file, created with O_EXCL as git's index.lock is, holding the holder's process, host and time.
// A lock whose process is gone (on this host) or that is older than `staleMs` is stale and broken; a
// live one is waited for, up to `waitMs`, then the caller is told, never silently overridden.
// Breaking a stale lock takes a second, short-lived lock (FILE.lock.break), so that two waiters that
// both judged it stale cannot remove a fresh lock the first of them made meanwhile.

export type LockOptions = {
	/** How long to wait for another holder, in milliseconds. */
	waitMs?: number;
	/** A lock older than this is abandoned, whatever its process (a folder shared between hosts). */
	staleMs?: number;
};

export type HeldLock = {lockFile: string; release(): void};

const defaultWaitMs = 10_000;
const defaultStaleMs = 10 * 60 * 1000;
/** A lock file still empty this long after its creation belongs to a writer that died between the two. */
const emptyStaleMs = 5_000;

export const lockFileOf = (file: string) => `${file}.lock`;

type Holder = {pid: number; host: string; time: number; token: string};

/** Whether a process of this number runs on this machine (EPERM: it does, as another user). */
export function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** The lock file's text, read without following a link or blocking on a FIFO; undefined when gone. */
function readLockText(lockFile: string): {text: string; mtimeMs: number} | 'gone' | 'not-a-file' {
	let descriptor: number;
	try {
		descriptor = openSync(lockFile, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return code === 'ENOENT' ? 'gone' : 'not-a-file';
	}
	try {
		const stats = fstatSync(descriptor);
		if (!stats.isFile()) return 'not-a-file';
		const buffer = Buffer.alloc(Math.min(stats.size, 4096));
		const length = readSync(descriptor, buffer, 0, buffer.length, 0);
		return {text: buffer.subarray(0, length).toString('utf8'), mtimeMs: stats.mtimeMs};
	} finally {
		closeSync(descriptor);
	}
}

function parseHolder(text: string): Holder | undefined {
	try {
		const value = JSON.parse(text) as Partial<Holder>;
		if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.time === 'number' && typeof value.token === 'string') return value as Holder;
	} catch {
		// Empty (being written) or damaged.
	}
	return undefined;
}

/** Whether the lock as read is abandoned: its process gone on this host, or too old, or never written. */
function isStale(read: {text: string; mtimeMs: number}, staleMs: number, now = Date.now()): boolean {
	const holder = parseHolder(read.text);
	if (!holder) return now - read.mtimeMs > emptyStaleMs;
	if (holder.host === os.hostname() && !isRunning(holder.pid)) return true;
	return now - holder.time > staleMs;
}

function removeQuietly(file: string): void {
	try {
		unlinkSync(file);
	} catch {
		// Already gone.
	}
}

/** Removes a stale lock, unless it changed since it was judged (then someone holds it now). */
function breakStaleLock(lockFile: string, judged: string): void {
	const breaker = `${lockFile}.break`;
	let descriptor: number;
	try {
		descriptor = openSync(breaker, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
	} catch {
		// Another waiter is breaking it; a breaker left by a crash goes after a while.
		try {
			if (Date.now() - lstatSync(breaker).mtimeMs > emptyStaleMs) removeQuietly(breaker);
		} catch {
			// Gone meanwhile.
		}
		return;
	}
	try {
		const now = readLockText(lockFile);
		if (typeof now === 'object' && now.text === judged) removeQuietly(lockFile);
	} finally {
		closeSync(descriptor);
		removeQuietly(breaker);
	}
}

type Attempt = {held: HeldLock} | {busy: string} | {problem: Problem};

function describeHolder(read: ReturnType<typeof readLockText>): string {
	if (typeof read !== 'object') return '';
	const holder = parseHolder(read.text);
	if (!holder) return '';
	const since = new Date(holder.time);
	const time = Number.isNaN(since.getTime()) ? '' : ` since ${since.toISOString().slice(11, 19)} UTC`;
	return ` (process ${holder.pid}${holder.host === os.hostname() ? '' : ` on ${holder.host}`}${time})`;
}

/** One try: the lock taken, or busy (with who holds it), or a problem that waiting will not solve. */
function attempt(file: string, lockFile: string, staleMs: number): Attempt {
	const holder: Holder = {pid: process.pid, host: os.hostname(), time: Date.now(), token: randomBytes(8).toString('hex')};
	let descriptor: number;
	try {
		descriptor = openSync(lockFile, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code !== 'EEXIST') {
			const reason = code === 'EACCES' || code === 'EPERM' ? 'its folder does not let summit-tui create a lock file' : code === 'EROFS' ? 'the file system is read-only' : code === 'ENOENT' ? 'its folder does not exist' : (error as Error).message;
			return {problem: {file, message: `cannot lock ${lockFile}: ${reason}`}};
		}
		const read = readLockText(lockFile);
		if (read === 'gone') return {busy: ''};
		if (read !== 'not-a-file' && isStale(read, staleMs)) {
			breakStaleLock(lockFile, read.text);
			return {busy: ''};
		}
		return {busy: read === 'not-a-file' ? ' (it is not a lock file summit-tui wrote)' : describeHolder(read)};
	}
	try {
		const text = JSON.stringify(holder);
		writeSync(descriptor, text);
	} finally {
		closeSync(descriptor);
	}
	return {
		held: {
			lockFile,
			release() {
				// Only our own: a lock broken as stale and taken by another writer is theirs.
				const read = readLockText(lockFile);
				if (typeof read === 'object' && parseHolder(read.text)?.token === holder.token) removeQuietly(lockFile);
			},
		},
	};
}

function busyProblem(file: string, lockFile: string, who: string): Problem {
	return {file, message: `another summit-tui is updating it${who}; try again when it is done (if no summit-tui is running, remove ${lockFile})`};
}

const pause = new Int32Array(new SharedArrayBuffer(4));
/** 5–25 ms: waiters that woke together do not retry in step. */
const pollMs = () => 5 + Math.floor(Math.random() * 20);

/**
 * One try at the lock of `file` per call, for the waiting loops below (which differ only in how they wait):
 * the lock, a problem, or undefined while another holder has it and the wait is not over.
 */
function lockAttempts(file: string, options: LockOptions): () => HeldLock | {problem: Problem} | undefined {
	const lockFile = lockFileOf(file);
	const deadline = Date.now() + (options.waitMs ?? defaultWaitMs);
	return () => {
		const result = attempt(file, lockFile, options.staleMs ?? defaultStaleMs);
		if ('held' in result) return result.held;
		if ('problem' in result) return result;
		return Date.now() >= deadline ? {problem: busyProblem(file, lockFile, result.busy)} : undefined;
	};
}

/** Takes the lock of `file`, waiting for another holder up to `waitMs` (blocking: for synchronous work). */
export function lockFileSync(file: string, options: LockOptions = {}): HeldLock | {problem: Problem} {
	const tryLock = lockAttempts(file, options);
	for (;;) {
		const outcome = tryLock();
		if (outcome) return outcome;
		Atomics.wait(pause, 0, 0, pollMs());
	}
}

/** Takes the lock of `file`, waiting for another holder up to `waitMs` without blocking the event loop. */
export async function lockFile(file: string, options: LockOptions = {}): Promise<HeldLock | {problem: Problem}> {
	const tryLock = lockAttempts(file, options);
	for (;;) {
		const outcome = tryLock();
		if (outcome) return outcome;
		await sleep(pollMs());
	}
}

/** Runs `work` holding the lock of `file`; the lock goes however the work ends. */
export function withFileLockSync<T>(file: string, work: () => T, options: LockOptions = {}): {value: T} | {problem: Problem} {
	const held = lockFileSync(file, options);
	if ('problem' in held) return held;
	try {
		return {value: work()};
	} finally {
		held.release();
	}
}

export async function withFileLock<T>(file: string, work: () => Promise<T>, options: LockOptions = {}): Promise<{value: T} | {problem: Problem}> {
	const held = await lockFile(file, options);
	if ('problem' in held) return held;
	try {
		return {value: await work()};
	} finally {
		held.release();
	}
}
