import {Buffer} from 'node:buffer';
import {closeSync, fstatSync, openSync, readSync, type Stats} from 'node:fs';
import type {Problem} from '../model/problem.js';

// One reader for every input the program takes: story files, articles, devices, pipes, standard input
// and (for web import) HTTP bodies. The size a file system reports cannot be trusted to bound a read —
// it is 0 for /dev/zero, a pipe or a FIFO — so every reader counts the bytes as they arrive and stops
// one byte past the limit.

export const defaultMaxBytes = 50 * 1024 * 1024;

export type BoundedBytes = {bytes?: Buffer; problems: Problem[]};

export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
	return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** The message for an input past the limit; `size` when known in advance (a regular file's). */
export function overLimitProblem(file: string, maxBytes: number, size?: number): Problem {
	if (size === undefined) return {file, message: `is larger than the ${formatBytes(maxBytes)} limit; reading stopped there (raise the limit with --max-size if the input is meant to be this large)`};
	return {file, message: `file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit (raise it with --max-size, e.g. --max-size ${Math.ceil(size / 1024 / 1024) + 1}M)`};
}

/**
 * Collects a stream of chunks, whatever their sizes, into one buffer of at most `maxBytes`; a stream
 * that goes on past the limit is closed (the iterator's `return`, which destroys a Node stream or aborts
 * a fetch body) and reported instead of being buffered.
 */
export async function collectBounded(chunks: AsyncIterable<Uint8Array>, maxBytes: number, name: string): Promise<BoundedBytes> {
	const parts: Uint8Array[] = [];
	let total = 0;
	for await (const chunk of chunks) {
		total += chunk.length;
		// Leaving the loop early calls the iterator's return(): the source is closed, not drained.
		if (total > maxBytes) return {problems: [overLimitProblem(name, maxBytes)]};
		parts.push(chunk);
	}
	return {bytes: Buffer.concat(parts, total), problems: []};
}

/**
 * Reads an open descriptor in chunks, counting, until the end or one byte past the limit: the same loop
 * for a regular file (which may grow while read), a device or a pipe. `sizeHint` sizes the first buffer.
 */
function readDescriptorBounded(descriptor: number, sizeHint: number, maxBytes: number, name: string): BoundedBytes {
	let buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(sizeHint + 1, 64 * 1024)));
	let length = 0;
	for (;;) {
		if (length === buffer.length) {
			if (length > maxBytes) return {problems: [overLimitProblem(name, maxBytes)]};
			const larger = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
			buffer.copy(larger, 0, 0, length);
			buffer = larger;
		}
		const read = readSync(descriptor, buffer, length, buffer.length - length, null);
		if (read === 0) return {bytes: buffer.subarray(0, length), problems: []};
		length += read;
	}
}

/**
 * What a path is, for reading: a regular file, something to read as a stream (a character device, a
 * FIFO, /dev/stdin, a process substitution), or a problem (a folder, a socket, a block device).
 */
export function classifyInput(stats: Stats): 'regular' | 'stream' | 'directory' | 'unreadable-kind' {
	if (stats.isFile()) return 'regular';
	if (stats.isDirectory()) return 'directory';
	if (stats.isCharacterDevice() || stats.isFIFO()) return 'stream';
	return 'unreadable-kind';
}

/**
 * A named input's bytes, at most `maxBytes` of them: a regular file, a device or a pipe alike (a
 * regular file larger than the limit is refused before reading, with its size). Opens read-only.
 */
export function readPathBounded(file: string, maxBytes: number, describeError: (error: unknown) => string): BoundedBytes {
	let descriptor: number;
	try {
		descriptor = openSync(file, 'r');
	} catch (error) {
		return {problems: [{file, message: describeError(error)}]};
	}
	try {
		const stats = fstatSync(descriptor);
		const kind = classifyInput(stats);
		if (kind === 'directory') return {problems: [{file, message: describeError({code: 'EISDIR'})}]};
		if (kind === 'unreadable-kind') return {problems: [{file, message: 'is a socket or block device, not a file to read'}]};
		if (kind === 'regular' && stats.size > maxBytes) return {problems: [overLimitProblem(file, maxBytes, stats.size)]};
		return readDescriptorBounded(descriptor, kind === 'regular' ? stats.size : 0, maxBytes, file);
	} catch (error) {
		return {problems: [{file, message: describeError(error)}]};
	} finally {
		closeSync(descriptor);
	}
}

/** Standard input, bounded like any other input. */
export function readStandardInputBounded(maxBytes: number, input: NodeJS.ReadableStream = process.stdin): Promise<BoundedBytes> {
	return collectBounded(input as AsyncIterable<Uint8Array>, maxBytes, 'standard input');
}
