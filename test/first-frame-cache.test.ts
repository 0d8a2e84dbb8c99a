import {mkdtempSync, readdirSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {frameCacheFile, frameKey, inContinuousIntegration, keepFrame, pruneKeptFrames, readCachedFrame, showKeptFrame, storyKeyContent, type FrameInputs} from '../source/first-frame-cache.js';

// The kept first frame is shown only for the inputs it was drawn for: every input that decides the
// frame is part of its key, and the file is written whole or not at all.

const folder = () => mkdtempSync(path.join(tmpdir(), 'summit-tui-first-frame-'));

function inputs(change: Partial<FrameInputs> = {}): FrameInputs {
	return {
		use: 'story',
		build: 'build-1',
		columns: 120,
		rows: 40,
		content: '{"story":{"id":"ferry"}}',
		options: {color: true, mouse: true, note: undefined},
		argv: [],
		env: {TERM: 'xterm-256color', PWD: '/home/user'},
		configFile: path.join(folder(), 'config.json'),
		...change,
	};
}

describe('the key of a kept first frame', () => {
	it('changes with the story, the size, the build, the switches, the colour settings and the config', () => {
		const base = inputs();
		const key = frameKey(base);
		expect(frameKey({...base})).toBe(key);
		const changed: Array<Partial<FrameInputs>> = [
			{content: '{"story":{"id":"floods"}}'},
			{columns: 100},
			{rows: 30},
			{build: 'build-2'},
			{use: 'library'},
			{options: {color: false, mouse: true}},
			{argv: ['--no-color']},
			{env: {...base.env, COLORTERM: 'truecolor'}},
			{env: {...base.env, TERM: 'xterm'}},
			{env: {...base.env, FORCE_COLOR: '0'}},
		];
		for (const change of changed) expect(frameKey({...base, ...change}), JSON.stringify(change)).not.toBe(key);
		// The config's bytes, not only its name.
		writeFileSync(base.configFile, '{"theme": "light"}');
		const withConfig = frameKey(base);
		expect(withConfig).not.toBe(key);
		writeFileSync(base.configFile, '{"theme": "dark"}');
		expect(frameKey(base)).not.toBe(withConfig);
	});

	it('is the inputs whole when they are short (as the picker\'s are: no hash to load), else their SHA-256', () => {
		const short = frameKey(inputs({use: 'library', content: '["/home/user/library","12:4096:1733550000000.5"]'}));
		expect(short).toContain('"/home/user/library","12:4096:1733550000000.5"');
		const long = frameKey(inputs({content: 'x'.repeat(20_000)}));
		expect(long).toMatch(/^[\da-f]{64}$/);
		expect(frameKey(inputs({content: 'x'.repeat(20_001)}))).not.toBe(long);
		// Either kind names a file of its own, and a long config is hashed into the key like a short one.
		expect(frameCacheFile('/cache', 'library', short)).not.toBe(frameCacheFile('/cache', 'library', frameKey(inputs({use: 'library', content: '["other"]'}))));
		const base = inputs();
		writeFileSync(base.configFile, `{"theme": "light", "notes": "${'a'.repeat(10_000)}"}`);
		const withLongConfig = frameKey(base);
		writeFileSync(base.configFile, `{"theme": "dark!", "notes": "${'a'.repeat(10_000)}"}`);
		expect(frameKey(base)).not.toBe(withLongConfig);
	});

	it('stays the same where the frame does not change: another working folder or shell', () => {
		const base = inputs();
		expect(frameKey({...base, env: {...base.env, PWD: '/tmp', SHLVL: '3', OLDPWD: '/'}})).toBe(frameKey(base));
	});

	it('holds the whole story up to 2,000 items, and a larger story has no kept frame', () => {
		const story = (count: number) => ({story: {id: 'ferry'}, facts: Array.from({length: count}, (_, index) => ({id: `f${index}`})), events: []});
		expect(storyKeyContent(story(2000))).toBe(JSON.stringify(story(2000)));
		expect(storyKeyContent(story(2001))).toBeUndefined();
	});

	it('is never used under CI, where Ink draws no frame of its own', () => {
		expect(inContinuousIntegration({CI: 'true'})).toBe(true);
		expect(inContinuousIntegration({CI_JOB_ID: '4'})).toBe(true);
		expect(inContinuousIntegration({CI: 'false'})).toBe(false);
		expect(inContinuousIntegration({TERM: 'xterm'})).toBe(false);
	});
});

describe('the kept first frame', () => {
	it('is read back only under its own key', () => {
		const cache = folder();
		const file = frameCacheFile(cache, 'story', 'key-1');
		keepFrame(file, 'key-1', '\u001B[?1049hframe');
		expect(readCachedFrame(file, 'key-1')).toBe('\u001B[?1049hframe');
		expect(readCachedFrame(file, 'key-2')).toBeUndefined();
		// A frame written again replaces the one before; no temporary file is left.
		keepFrame(file, 'key-1', 'other');
		expect(readCachedFrame(file, 'key-1')).toBe('other');
		expect(readdirSync(cache)).toEqual([path.basename(file)]);
	});

	it('is kept for the last few starts of each use, the oldest removed', () => {
		const cache = folder();
		const keys = ['a1', 'b2', 'c3', 'd4', 'e5', 'f6'];
		for (const [index, key] of keys.entries()) {
			keepFrame(frameCacheFile(cache, 'story', key), key, `frame ${key}`);
			utimesSync(frameCacheFile(cache, 'story', key), 1000 + index, 1000 + index);
		}
		keepFrame(frameCacheFile(cache, 'library', 'a1'), 'a1', 'picker');
		pruneKeptFrames(cache, 'story', 4);
		expect(keys.map(key => readCachedFrame(frameCacheFile(cache, 'story', key), key))).toEqual([undefined, undefined, 'frame c3', 'frame d4', 'frame e5', 'frame f6']);
		// Another use's frames are not counted with these.
		expect(readCachedFrame(frameCacheFile(cache, 'library', 'a1'), 'a1')).toBe('picker');
	});

	it('is none when the file is missing, corrupt or of another shape', () => {
		const cache = folder();
		const file = frameCacheFile(cache, 'library', 'key');
		expect(readCachedFrame(file, 'key')).toBeUndefined();
		for (const text of ['{"key":"key","fr', 'null', '[]', '{"key":"key","frame":7}', '{"key":"key","frame":""}']) {
			writeFileSync(file, text);
			expect(readCachedFrame(file, 'key'), text).toBeUndefined();
		}
	});

	it('is simply not kept where the cache folder cannot be made', () => {
		const cache = folder();
		writeFileSync(path.join(cache, 'summit-tui'), 'a file, not a folder');
		const file = frameCacheFile(path.join(cache, 'summit-tui'), 'story', 'key');
		expect(() => keepFrame(file, 'key', 'frame')).not.toThrow();
		expect(() => pruneKeptFrames(path.join(cache, 'summit-tui'), 'story')).not.toThrow();
		expect(readCachedFrame(file, 'key')).toBeUndefined();
		expect(readdirSync(cache)).toEqual(['summit-tui']);
	});
});

describe('showing a kept first frame', () => {
	const wait = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
	function fakeTerminal(columns = 120, rows = 40) {
		const written: string[] = [];
		const stdout = {isTTY: true, columns, rows, write: (text: string) => written.push(text) > 0} as unknown as NodeJS.WriteStream;
		return {terminal: {stdout, stdin: {isTTY: false} as NodeJS.ReadStream, restore: async () => '<restore>'}, written, stdout: stdout as {columns: number; rows: number}};
	}

	it('shows nothing the first time, keeps the frame drawn, and shows exactly it the next time', async () => {
		const cache = folder();
		const given = inputs();
		const first = fakeTerminal();
		const cold = await showKeptFrame(given, cache, first.terminal);
		expect(cold.shown).toBeUndefined();
		expect(first.written).toEqual([]);
		cold.drawn('\u001B[?1049hthe frame');
		await wait(400);
		const second = fakeTerminal();
		const warm = await showKeptFrame(given, cache, second.terminal);
		expect(warm.shown).toBe('\u001B[?1049hthe frame');
		expect(second.written).toEqual(['\u001B[?1049hthe frame']);
		// Given up (the screen is not drawn after all): the terminal back as it was.
		warm.abandon();
		expect(second.written.at(-1)).toBe('<restore>');
	});

	it('keeps no frame drawn after the terminal was resized: it is not the frame of the size in its key', async () => {
		const cache = folder();
		const given = inputs();
		const resized = fakeTerminal();
		const cold = await showKeptFrame(given, cache, resized.terminal);
		resized.stdout.columns = 90;
		cold.drawn('a frame 90 wide');
		await wait(400);
		expect((await showKeptFrame(given, cache, fakeTerminal().terminal)).shown).toBeUndefined();
		expect(readdirSync(cache)).toEqual([]);
	});
});
