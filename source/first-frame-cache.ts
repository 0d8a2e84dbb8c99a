import {createHash} from 'node:crypto';
import {mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {KeptFrame} from './ui/first-frame.js';

// The first frame before Ink loads. What the dashboard writes up to and with its first frame is
// decided by its inputs: the story (or the library's catalog), the terminal's size, the config, the
// switches, the colour settings and the build. The last few first frames are kept in $XDG_CACHE_HOME/summit-tui/
// under a hash of exactly those; a start whose inputs hash the same writes it to the terminal at once,
// and the dashboard, once loaded, takes over (ui/first-frame.ts: it checks its own frame against the one
// shown and repaints if they differ). Any other start takes today's path and keeps its frame for the next.

export type FrameUse = 'story' | 'library';

/** Which build this is (source/build.mjs makes one per build); run from source there is none, and no frame is kept. */
export const build = typeof SUMMIT_TUI_BUILD === 'string' ? SUMMIT_TUI_BUILD : undefined;
declare const SUMMIT_TUI_BUILD: string;

/** What decides the first frame besides the content: the caller gathers it (see frameKey). */
export type FrameInputs = {
	use: FrameUse;
	/** The build: a frame kept by another build of the program is never shown. */
	build: string;
	columns: number;
	rows: number;
	/** The story as the dashboard is given it, or the bytes of its files, or the picker's catalog state. */
	content: string | Uint8Array;
	/** The dashboard's options and switches as given (flags, notes, what is new). */
	options: unknown;
	/** The command line's words: a colour switch is read by chalk itself. */
	argv: readonly string[];
	env: Record<string, string | undefined>;
	/** The config file's path; its bytes are part of the key (absent: none). */
	configFile: string;
};

/**
 * Environment variables that change how a frame is drawn: the terminal and colour settings chalk's
 * colour detection reads, the locale and time zone, and the program's own.
 */
const drawingVariable = /^(TERM|COLORTERM|FORCE_COLOR|NO_COLOR|TERM_PROGRAM|TERM_PROGRAM_VERSION|TEAMCITY_VERSION|TF_BUILD|AGENT_NAME|WT_SESSION|LANG|LANGUAGE|LC_ALL|LC_CTYPE|TZ|COLUMNS|LINES)$|^SUMMIT_TUI_/;

/**
 * Ink writes no frame of its own under CI (is-in-ci's rule: CI or CONTINUOUS_INTEGRATION set and not
 * false, or any CI_* variable), so there is no first frame to keep or show there.
 */
export function inContinuousIntegration(env: Record<string, string | undefined>): boolean {
	if (env['CI'] === '0' || env['CI'] === 'false') return false;
	return 'CI' in env || 'CONTINUOUS_INTEGRATION' in env || Object.keys(env).some(name => name.startsWith('CI_'));
}

/**
 * A key made from short inputs is those inputs themselves: comparing them whole needs no hash, and
 * node:crypto (some 5-15 ms of CPU to load here, a good part of a kept frame's start) stays unloaded;
 * the picker's inputs are a few stat records (library/picker-frame-state.ts). A longer key (a story's
 * bytes, a large config) is their SHA-256.
 */
export const maxTextKeyLength = 16 * 1024;

/** A file's bytes for the key: as text (base64, exact) when short, else their SHA-256; 'none' when absent. */
function fileBytes(file: string): string {
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch {
		return 'none';
	}
	return bytes.length <= maxTextKeyLength / 2 ? `bytes:${bytes.toString('base64')}` : createHash('sha256').update(bytes).digest('hex');
}

/** The key of a first frame: every input that decides it, whole when short, else a hash of them all. */
export function frameKey(inputs: FrameInputs): string {
	const env = Object.entries(inputs.env)
		.filter(([name, value]) => value !== undefined && drawingVariable.test(name))
		.toSorted(([a], [b]) => (a < b ? -1 : 1));
	const parts = JSON.stringify([inputs.use, inputs.build, inputs.columns, inputs.rows, inputs.argv, env, inputs.options, inputs.configFile, fileBytes(inputs.configFile)]);
	if (typeof inputs.content === 'string' && parts.length + inputs.content.length < maxTextKeyLength) return `text:${parts}\0${inputs.content}`;
	return createHash('sha256').update(parts).update('\0').update(inputs.content).digest('hex');
}

/** Frames kept per use: the last few stories (or libraries) opened, on this terminal's size, each start with its own. */
export const keptFramesPerUse = 4;

/**
 * A story's part of the key: its whole text, for stories of up to 2,000 items (about 0.6 MB of JSON,
 * a few ms to write out and hash); a larger one is not kept at all, since writing it out and hashing
 * it would cost a start without a kept frame more than the frame saves (a 10,000-item story: 3.4 MB,
 * 0.1-0.3 s here).
 */
export const maxKeptStoryItems = 2000;

export function storyKeyContent(story: {[part: string]: unknown}): string | undefined {
	let items = 0;
	for (const value of Object.values(story)) if (Array.isArray(value)) items += value.length;
	return items <= maxKeptStoryItems ? JSON.stringify(story) : undefined;
}

/**
 * A kept frame's file, named by its key: a start reads only the one file its key names. A hashed key
 * names it by its start; a whole key by a 64-bit hash of it (the file holds the whole key, which
 * is compared: two keys with one name only take each other's place).
 */
export const frameCacheFile = (cacheFolder: string, use: FrameUse, key: string) => path.join(cacheFolder, `first-frame-${use}-${/^[\da-f]{64}$/.test(key) ? key.slice(0, 16) : shortHash(key)}.json`);

function shortHash(text: string): string {
	// cyrb53's mixing (two 32-bit lanes), all 64 bits kept.
	let first = 0xdeadbeef;
	let second = 0x41c6ce57;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		first = Math.imul(first ^ code, 2654435761);
		second = Math.imul(second ^ code, 1597334677);
	}
	first = Math.imul(first ^ (first >>> 16), 2246822507) ^ Math.imul(second ^ (second >>> 13), 3266489909);
	second = Math.imul(second ^ (second >>> 16), 2246822507) ^ Math.imul(first ^ (first >>> 13), 3266489909);
	return (second >>> 0).toString(16).padStart(8, '0') + (first >>> 0).toString(16).padStart(8, '0');
}

/** Removes all but the `keep` newest frames of a use; never throws (another start may be removing them too). */
export function pruneKeptFrames(cacheFolder: string, use: FrameUse, keep = keptFramesPerUse): void {
	try {
		const prefix = `first-frame-${use}-`;
		const kept = readdirSync(cacheFolder)
			.filter(name => name.startsWith(prefix) && name.endsWith('.json'))
			.map(name => ({name, mtimeMs: statSync(path.join(cacheFolder, name), {throwIfNoEntry: false})?.mtimeMs ?? 0}))
			.sort((a, b) => b.mtimeMs - a.mtimeMs);
		for (const {name} of kept.slice(keep)) rmSync(path.join(cacheFolder, name), {force: true});
	} catch {
		// An unreadable folder keeps what it has.
	}
}

/** The kept frame if its key is this one; undefined for none, another key, or a file not of this shape. */
export function readCachedFrame(file: string, key: string): string | undefined {
	try {
		const kept = JSON.parse(readFileSync(file, 'utf8')) as unknown;
		if (typeof kept !== 'object' || kept === null) return undefined;
		const {key: keptKey, frame} = kept as {key?: unknown; frame?: unknown};
		return keptKey === key && typeof frame === 'string' && frame !== '' ? frame : undefined;
	} catch {
		return undefined;
	}
}

/** Keeps a frame under its key: written beside and renamed over (whole or not at all); never throws. */
export function keepFrame(file: string, key: string, frame: string): void {
	const temporary = `${file}.${process.pid}.tmp`;
	try {
		mkdirSync(path.dirname(file), {recursive: true});
		writeFileSync(temporary, JSON.stringify({key, frame}));
		renameSync(temporary, file);
	} catch {
		// A cache that cannot be written costs the next start its head start, nothing else.
		try {
			rmSync(temporary, {force: true});
		} catch {
			// No folder to leave it in.
		}
	}
}

type Terminal = {
	stdout: NodeJS.WriteStream;
	stdin: NodeJS.ReadStream;
	/** What gives the terminal back if the program ends before the dashboard has taken it over (asked only when a frame is shown). */
	restore: () => Promise<string>;
};

/**
 * Shows the kept first frame when its key matches (raw mode first, so that keys typed while the
 * dashboard loads wait for it), and returns the hand-off the dashboard takes over with. Until the
 * dashboard has drawn, the process's exit and a SIGTERM or SIGHUP give the terminal back.
 */
export async function showKeptFrame(inputs: FrameInputs, cacheFolder: string, terminal: Terminal): Promise<KeptFrame> {
	const key = frameKey(inputs);
	const file = frameCacheFile(cacheFolder, inputs.use, key);
	const shown = readCachedFrame(file, key);
	// Until the modes are known (a moment after the frame is shown), the cursor and the shell's screen are what is given back.
	let restore = '\u001B[?25h\u001B[?1049l';
	let taken = false;
	const giveBack = () => {
		if (taken || shown === undefined) return;
		taken = true;
		try {
			if (terminal.stdin.isTTY) terminal.stdin.setRawMode(false);
		} catch {
			// The terminal may be gone.
		}
		terminal.stdout.write(restore);
	};
	const onSignal = (code: number) => () => {
		giveBack();
		process.exit(code);
	};
	const signals: Array<[NodeJS.Signals, () => void]> = [
		['SIGTERM', onSignal(143)],
		['SIGHUP', onSignal(129)],
		['SIGINT', onSignal(130)],
	];
	if (shown !== undefined) {
		// The ways out first: a signal sent the moment the frame shows must not find the terminal taken and no handler.
		process.once('exit', giveBack);
		for (const [signal, handler] of signals) process.once(signal, handler);
		if (terminal.stdin.isTTY) terminal.stdin.setRawMode(true);
		terminal.stdout.write(shown);
		restore = await terminal.restore();
	}
	const handOver = () => {
		taken = true;
		process.off('exit', giveBack);
		for (const [signal, handler] of signals) process.off(signal, handler);
	};
	return {
		shown,
		// The dashboard has the terminal now, with its own ways out.
		drawn(frame) {
			handOver();
			// A frame drawn after a resize is not the one of the size the key names.
			const sized = terminal.stdout.columns === inputs.columns && terminal.stdout.rows === inputs.rows;
			if (frame !== shown && sized)
				keepSoon(() => {
					keepFrame(file, key, frame);
					pruneKeptFrames(cacheFolder, inputs.use);
				});
		},
		abandon() {
			giveBack();
			handOver();
		},
	};
}

/** Kept a moment after the first frame, off the way to it (or on the way out, if sooner). */
function keepSoon(keep: () => void) {
	let done = false;
	const once = () => {
		if (done) return;
		done = true;
		process.off('exit', once);
		keep();
	};
	setTimeout(once, 200).unref();
	process.once('exit', once);
}
