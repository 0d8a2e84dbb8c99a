import {isUtf8} from 'node:buffer';
import {createHash} from 'node:crypto';
import {closeSync, openSync, readFileSync, readSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import type {LoadResult} from './load.js';
import type {Problem} from './problem.js';
import type {StoryFile} from './schema.js';

// Reading story files for the commands, without loading the validator unless it is needed: a file
// whose bytes the build already validated (the bundled data) is taken from the build's cache, which
// keeps zod off the path to the dashboard's first frame. Every other file is validated in full.

export const defaultMaxBytes = 50 * 1024 * 1024;

/** What the build wrote: normalised stories by the byte length and SHA-256 of the file they came from. */
export type TrustedStories = Record<string, StoryFile>;

export function trustedKey(bytes: Uint8Array): string {
	return `${bytes.length}:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** The trusted story with these exact bytes; a file of a length nothing trusted has is not even hashed. */
function trustedStoryFor(bytes: Uint8Array, trusted: TrustedStories): StoryFile | undefined {
	const lengthPrefix = `${bytes.length}:`;
	if (!Object.keys(trusted).some(key => key.startsWith(lengthPrefix))) return undefined;
	return trusted[trustedKey(bytes)];
}

/** Why bytes are not text: NUL bytes (binary data) or invalid UTF-8; undefined when they are text. */
export function notTextReason(bytes: Uint8Array): 'binary' | 'encoding' | undefined {
	if (bytes.includes(0)) return 'binary';
	// Native validation, several times faster than a fatal TextDecoder on large files.
	return isUtf8(bytes) ? undefined : 'encoding';
}

export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
	return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export function describeFsError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') return 'no such file';
	if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
	if (code === 'EISDIR') return 'is a directory, not a story file (use --data DIR to load every story in a folder)';
	if (code === 'ENOSPC') return 'no space left on the device';
	return (error as Error).message;
}

export type ReadOptions = {maxBytes?: number};

/** A file's bytes, or the problem that stops them being read. Opens read-only; never writes. */
export function readStoryBytes(file: string, options: ReadOptions = {}): {bytes?: Buffer; problems: Problem[]} {
	const maxBytes = options.maxBytes ?? defaultMaxBytes;
	try {
		const stats = statSync(file);
		if (stats.isDirectory()) return {problems: [{file, message: describeFsError({code: 'EISDIR'})}]};
		if (stats.size > maxBytes) {
			return {
				problems: [
					{
						file,
						message: `file is ${formatBytes(stats.size)}, over the ${formatBytes(maxBytes)} limit (raise it with --max-size, e.g. --max-size ${Math.ceil(stats.size / 1024 / 1024) + 1}M)`,
					},
				],
			};
		}
		return {bytes: readFileSync(file), problems: []};
	} catch (error) {
		return {problems: [{file, message: describeFsError(error)}]};
	}
}

/** The story files of a folder: every *.json in it, in name order. */
export function listStoryFiles(directory: string): {files: string[]; problems: Problem[]} {
	try {
		const files = readdirSync(directory)
			.filter(name => name.endsWith('.json'))
			.sort()
			.map(name => path.join(directory, name));
		if (files.length === 0) return {files, problems: [{file: directory, message: 'folder holds no *.json story files'}]};
		return {files, problems: []};
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const message = code === 'ENOTDIR' ? 'is not a folder' : describeFsError(error);
		return {files: [], problems: [{file: directory, message}]};
	}
}

/** Loads one or more story files into one story; reports every problem in every file together. */
export async function readStories(files: string[], options: ReadOptions & {trusted?: TrustedStories} = {}): Promise<LoadResult> {
	const trusted = options.trusted ?? {};
	const read = files.map(file => {
		const {bytes, problems} = readStoryBytes(file, options);
		return {file, bytes, problems, story: bytes ? trustedStoryFor(bytes, trusted) : undefined};
	});
	// The validator loads only when some readable file is not one the build already validated.
	const parse = read.some(entry => entry.bytes && !entry.story) ? (await import('./load.js')).parseStoryBytes : undefined;
	const loaded = read.map(entry => (entry.bytes && !entry.story ? {file: entry.file, ...parse!(entry.bytes, entry.file)} : entry));
	const problems = loaded.flatMap(entry => entry.problems);
	if (problems.length > 0) return {problems};
	if (loaded.length === 1) return {story: loaded[0]!.story!, problems: []};
	const {mergeStories} = await import('./normalise.js');
	return mergeStories(loaded.map(entry => ({file: entry.file, story: entry.story!})));
}

/**
 * Whether a file given on the command line is story JSON (by its name, or by a first character of { or
 * [) rather than an article to import. Reads at most 256 bytes.
 */
export function looksLikeStoryJson(file: string): boolean {
	if (/\.json$/i.test(file)) return true;
	if (file === '-') return false;
	try {
		const descriptor = openSync(file, 'r');
		try {
			const head = Buffer.alloc(256);
			const length = readSync(descriptor, head, 0, head.length, 0);
			const text = head.subarray(0, length).toString('utf8').replace(/^\uFEFF/, '').trimStart();
			return text.startsWith('{') || text.startsWith('[');
		} finally {
			closeSync(descriptor);
		}
	} catch {
		// Missing, a folder, unreadable: the story loader says why, as for any story file.
		return true;
	}
}
