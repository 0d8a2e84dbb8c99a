import {Buffer, isUtf8} from 'node:buffer';
import {closeSync, constants, fstatSync, openSync, readFileSync, readdirSync, statSync, type Stats} from 'node:fs';
import path from 'node:path';
import {defaultMaxBytes, overLimitProblem, readPathBounded, readStandardInputBounded, type BoundedBytes} from '../fs/bounded-read.js';
import type {LoadResult} from './load-result.js';
import type {Problem} from './problem.js';
import type {StoryFile} from './schema.js';

// Reading story files for the commands, without loading the validator unless it is needed: a file
// whose bytes the build already validated (the bundled data) is taken from the build's cache, which
// keeps zod off the path to the dashboard's first frame. Every other file is validated in full.

export {defaultMaxBytes, formatBytes} from '../fs/bounded-read.js';

/**
 * The stories the build validated (none: {}), each with the name of the copy it kept of its file's bytes
 * in `folder` (source/build.mjs). Plain data: it goes to the refresh's worker thread with the library.
 */
export type TrustedStories = {folder?: string; entries?: readonly TrustedEntry[]};

export type TrustedEntry = {length: number; copy: string; story: StoryFile};

/**
 * The trusted story with these exact bytes, if any: found by comparing them with the build's copies,
 * which is exact and cheaper than a hash (hashing loaded node:crypto, a good part of --plain's start).
 * Only a copy of the same length is read.
 */
export function trustedStoryFor(bytes: Uint8Array, trusted: TrustedStories): StoryFile | undefined {
	for (const entry of Array.isArray(trusted.entries) ? trusted.entries : []) {
		if (entry.length !== bytes.length || trusted.folder === undefined) continue;
		let copy: Buffer;
		try {
			copy = readFileSync(path.join(trusted.folder, entry.copy));
		} catch {
			continue;
		}
		if (Buffer.compare(copy, bytes) === 0) return entry.story;
	}
	return undefined;
}

/** Why bytes are not text: NUL bytes (binary data) or invalid UTF-8; undefined when they are text. */
export function notTextReason(bytes: Uint8Array): 'binary' | 'encoding' | undefined {
	if (bytes.includes(0)) return 'binary';
	// Native validation, several times faster than a fatal TextDecoder on large files.
	return isUtf8(bytes) ? undefined : 'encoding';
}

type Utf16 = 'UTF-16LE' | 'UTF-16BE';
export type DecodedText = {text: string; encoding: 'UTF-8' | Utf16} | {reason: 'binary' | 'encoding' | 'utf-32'; encoding?: Utf16};

/** Why bytes that do not decode are not read, in words, for a story file or an article. */
export function describeUndecodable(decoded: {reason: 'binary' | 'encoding' | 'utf-32'; encoding?: Utf16}, what: 'story' | 'article'): string {
	if (decoded.reason === 'utf-32') return 'is UTF-32 text, which summit-tui does not read (save it as UTF-8)';
	if (decoded.encoding) return `is not valid ${decoded.encoding} text (it starts with a ${decoded.encoding} byte-order mark)`;
	if (decoded.reason === 'binary') return what === 'story' ? 'looks like binary data, not a JSON story (it contains NUL bytes)' : 'is a binary file, not an article (expected plain text, Markdown or a web page)';
	return what === 'story' ? 'is not valid UTF-8 text' : 'is not valid UTF-8 text (save the article as UTF-8)';
}

/**
 * Bytes as text: UTF-8 (a byte-order mark dropped), or UTF-16 when a byte-order mark says so (as
 * Windows editors save "Unicode" text; its zero bytes are no sign of binary data then).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
	if (bytes.length >= 4 && ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff))) return {reason: 'utf-32'};
	if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
		const encoding: Utf16 = bytes[0] === 0xff ? 'UTF-16LE' : 'UTF-16BE';
		let text: string;
		try {
			text = new TextDecoder(encoding.toLowerCase(), {fatal: true}).decode(bytes.subarray(2));
		} catch {
			return {reason: 'encoding', encoding};
		}
		return text.includes('\0') ? {reason: 'binary', encoding} : {text, encoding};
	}
	const reason = notTextReason(bytes);
	if (reason) return {reason};
	const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
	return {text: text.startsWith('\uFEFF') ? text.slice(1) : text, encoding: 'UTF-8'};
}

export function describeFsError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') return 'no such file';
	if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
	if (code === 'EISDIR') return 'is a directory, not a story file (use --data DIR to load every story in a folder)';
	if (code === 'ENOSPC') return 'no space left on the device';
	if (code === 'EDQUOT') return 'the disk quota is used up';
	if (code === 'EROFS') return 'the file system is read-only';
	if (code === 'ENAMETOOLONG') return 'the name is too long';
	if (code === 'ELOOP') return 'too many levels of symbolic links';
	if (code === 'ENOTDIR') return 'a part of the path is not a folder';
	if (code === 'EIO') return 'input/output error on the device';
	// Node's own messages name the path it was working on, which may be a temporary file: keep the
	// reason, not the path.
	const message = (error as Error)?.message ?? String(error);
	return message.replace(/,\s*\w+\s+'[^']*'(?:\s*->\s*'[^']*')?$/, '');
}

export type ReadOptions = {maxBytes?: number; stdin?: NodeJS.ReadableStream};

/** "-" is standard input, as everywhere in the program. */
export function inputName(file: string): string {
	return file === '-' ? 'standard input' : file;
}

/** A named file's bytes, bounded by --max-size, read synchronously (files, devices and pipes, not "-"). */
export function readStoryBytes(file: string, options: ReadOptions = {}): BoundedBytes {
	return readPathBounded(file, options.maxBytes ?? defaultMaxBytes, describeFsError);
}

/** A file's bytes, or standard input's for "-", bounded by --max-size, or the problem that stops them. */
export async function readInputBytes(file: string, options: ReadOptions = {}): Promise<BoundedBytes> {
	// /dev/stdin cannot be opened by name when standard input is a socket; it is the same input as "-".
	if (file === '-' || /^\/dev\/(?:stdin|fd\/0)$/.test(path.resolve(file))) return readStandardInputBounded(options.maxBytes ?? defaultMaxBytes, options.stdin);
	return readStoryBytes(file, options);
}

/**
 * A small file of the program's own (history, catalog, what was seen; the config with `followLinks`)
 * as text: bounded, and only a regular file, checked on the descriptor opened (O_NONBLOCK: a named pipe
 * at such a path would otherwise block the program for good, a device never end), and never through a
 * symbolic link (O_NOFOLLOW): a link there is someone else's file. `missing` when it does not exist,
 * which for these files is no problem.
 */
export function readOwnTextFile(file: string, maxBytes = 16 * 1024 * 1024, options: {followLinks?: boolean} = {}): {text?: string; missing?: true; problem?: Problem} {
	let descriptor: number;
	try {
		descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | (options.followLinks ? 0 : constants.O_NOFOLLOW));
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return {missing: true};
		if (code === 'ELOOP' && !options.followLinks) return {problem: {file, message: 'is a symbolic link; summit-tui reads its own files only as regular files (remove it)'}};
		return {problem: {file, message: describeFsError(error)}};
	}
	try {
		const stats = fstatSync(descriptor);
		if (!stats.isFile()) return {problem: {file, message: `is ${describeSkipped(stats)}, not a file`}};
		if (stats.size > maxBytes) return {problem: overLimitProblem(file, maxBytes, stats.size)};
		const bytes = readFileSync(descriptor);
		if (bytes.length > maxBytes) return {problem: overLimitProblem(file, maxBytes, bytes.length)};
		const decoded = decodeText(bytes);
		return 'text' in decoded ? {text: decoded.text} : {problem: {file, message: describeUndecodable(decoded, 'story').replace('a JSON story', 'text')}};
	} catch (error) {
		return {problem: {file, message: describeFsError(error)}};
	} finally {
		closeSync(descriptor);
	}
}

export type InputFile = {file: string; bytes: Buffer};

/** Device and inode of a regular file, so that two names for one file are known as one. */
function fileIdentity(file: string): string | undefined {
	if (file === '-') return undefined;
	try {
		const stats = statSync(file);
		return stats.isFile() ? `${stats.dev}:${stats.ino}` : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Every input's bytes, each read once: a pipe can be read only once, so what an input is gets decided
 * from these bytes, never by peeking first. The same file named twice is read once, with a warning.
 */
export async function readInputs(files: string[], options: ReadOptions = {}): Promise<{inputs: InputFile[]; problems: Problem[]; warnings: string[]}> {
	const inputs: InputFile[] = [];
	const problems: Problem[] = [];
	const warnings: string[] = [];
	if (files.filter(file => file === '-').length > 1) return {inputs, problems: [{file: '-', message: 'standard input can be read only once'}], warnings};
	const seen = new Map<string, string>();
	for (const file of files) {
		const identity = fileIdentity(file);
		const earlier = identity === undefined ? undefined : seen.get(identity);
		if (earlier !== undefined) {
			warnings.push(`${file}: the same file as ${earlier}; read once`);
			continue;
		}
		if (identity !== undefined) seen.set(identity, file);
		const read = await readInputBytes(file, options);
		problems.push(...read.problems);
		if (!read.bytes) continue;
		// The same bytes under two names (a copy, a process substitution, standard input) are one input:
		// compared byte for byte (no hash: one input, the usual case, compares nothing).
		const same = inputs.find(input => input.bytes.length === read.bytes!.length && Buffer.compare(input.bytes, read.bytes!) === 0);
		if (same !== undefined) {
			warnings.push(`${inputName(file)}: the same content as ${inputName(same.file)}; read once`);
			continue;
		}
		inputs.push({file, bytes: read.bytes});
	}
	return {inputs, problems, warnings};
}

/** What a path is when it is not a regular file, for a warning that it was skipped. */
export function describeSkipped(stats: Stats): string {
	if (stats.isDirectory()) return 'a folder';
	if (stats.isFIFO()) return 'a named pipe';
	if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
	if (stats.isSocket()) return 'a socket';
	return 'not a regular file';
}

/**
 * The story files of a folder: every *.json in it that is a regular file (or a link to one), in name
 * order. Anything else is skipped with a warning: a FIFO would block the reader, a device never ends.
 */
export function listStoryFiles(directory: string): {files: string[]; problems: Problem[]; warnings: string[]} {
	const warnings: string[] = [];
	let names: string[];
	try {
		names = readdirSync(directory);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const message = code === 'ENOTDIR' ? 'is not a folder' : describeFsError(error);
		return {files: [], problems: [{file: directory, message}], warnings};
	}
	const files: string[] = [];
	for (const name of names.filter(name => name.endsWith('.json')).sort()) {
		const file = path.join(directory, name);
		try {
			const stats = statSync(file);
			if (stats.isFile()) files.push(file);
			else warnings.push(`${file}: skipped: ${describeSkipped(stats)}, not a story file`);
		} catch (error) {
			const broken = (error as NodeJS.ErrnoException).code === 'ENOENT' ? ' (a link to nothing)' : '';
			warnings.push(`${file}: skipped: ${describeFsError(error)}${broken}`);
		}
	}
	if (files.length === 0) return {files, problems: [{file: directory, message: 'folder holds no *.json story files'}], warnings};
	return {files, problems: [], warnings};
}

/** Problems in the order their files were given (read and parse problems come from separate passes). */
export function inFileOrder(problems: Problem[], files: string[]): Problem[] {
	const position = new Map(files.map((file, index) => [inputName(file), index]));
	return problems.toSorted((a, b) => (position.get(a.file) ?? files.length) - (position.get(b.file) ?? files.length));
}

/**
 * Whether an input given on the command line is story JSON (by its name, or by a first character of {
 * or [) rather than an article to import, judged from the bytes already read.
 */
export function looksLikeStoryJson(file: string, bytes: Uint8Array): boolean {
	if (/\.json$/i.test(file)) return true;
	const head = bytes.subarray(0, 1024);
	const encoding = head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : 'utf-8';
	// Not fatal: the head may end inside a character. The decoder drops a byte-order mark itself.
	const text = new TextDecoder(encoding).decode(head).trimStart();
	return text.startsWith('{') || text.startsWith('[');
}
