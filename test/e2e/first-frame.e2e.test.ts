import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {storyNamed} from '../helpers/library-stories.js';
import {startCli, type CliSession} from './pty-harness.js';

// The built dashboard keeps its first frame in $XDG_CACHE_HOME/summit-tui/ (source/first-frame-cache.ts)
// and the next start with the same inputs writes it before Ink loads; the dashboard then takes over
// without drawing it again (source/ui/first-frame.ts). These runs read the bytes the program wrote.

let sessions: CliSession[] = [];
afterEach(() => {
	for (const session of sessions) session.kill();
	sessions = [];
});

function freshHome() {
	const home = mkdtempSync(path.join(tmpdir(), 'summit-tui-first-frame-e2e-'));
	return {HOME: home, XDG_CONFIG_HOME: path.join(home, 'config'), XDG_DATA_HOME: path.join(home, 'data'), XDG_STATE_HOME: path.join(home, 'state'), XDG_CACHE_HOME: path.join(home, 'cache')};
}

type Kept = {key: string; frame: string; file: string};
/** The frames kept for a use, newest first. */
function keptFrames(env: {XDG_CACHE_HOME: string}, use = 'story'): Kept[] {
	const folder = path.join(env.XDG_CACHE_HOME, 'summit-tui');
	return readdirSync(folder)
		.filter(name => name.startsWith(`first-frame-${use}-`))
		.map(name => ({...(JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as {key: string; frame: string}), file: path.join(folder, name), mtimeMs: statSync(path.join(folder, name)).mtimeMs}))
		.sort((a, b) => b.mtimeMs - a.mtimeMs)
		.map(({mtimeMs, ...frame}) => frame);
}
/** The one frame kept for a use. */
function kept(env: {XDG_CACHE_HOME: string}, use = 'story'): Kept {
	const frames = keptFrames(env, use);
	expect(frames).toHaveLength(1);
	return frames[0]!;
}
/** The bytes as the terminal receives them: the pseudo-terminal turns each newline into CR LF (ONLCR). */
const received = (frame: string) => frame.replaceAll('\n', '\r\n');
/** Erase in Display: what the dashboard writes when the frame shown was not its own (or Ink clears). */
const eraseScreen = '\u001B[2J';

/** The dashboard's "1 of N", or the picker's heading. */
const firstFrame = /1 of \d+|^Stories {2}\d+ /;

async function start(env: Record<string, string>, args: string[] = [], size = {columns: 120, rows: 40}) {
	const session = startCli(args, size, env);
	sessions.push(session);
	await session.waitFor(screen => firstFrame.test(screen), 'the first frame');
	return session;
}

async function quit(session: CliSession) {
	session.type('q');
	expect((await session.exited()).exitCode).toBe(0);
}

/** Starts, waits for the dashboard to settle, quits; the screen it showed and all it wrote. */
async function run(env: Record<string, string>, args: string[] = [], size = {columns: 120, rows: 40}) {
	const session = await start(env, args, size);
	await new Promise(resolve => setTimeout(resolve, 300));
	const screen = session.screen();
	await quit(session);
	return {screen, raw: session.raw()};
}

describe('the kept first frame', {timeout: 120_000}, () => {
	it('is what the dashboard wrote up to its first frame, and the next start shows it and draws the same bytes over it', async () => {
		const env = freshHome();
		const cold = await run(env);
		const first = kept(env);
		expect(first.frame).toContain('1 of ');
		expect(cold.raw.startsWith(received(first.frame))).toBe(true);
		// Drawn again from nothing, by another process: the same bytes.
		rmSync(first.file);
		expect((await run(env)).raw.startsWith(received(first.frame))).toBe(true);
		expect(kept(env)).toEqual(first);
		// With the frame kept: shown first, and the dashboard's own first frame was the same bytes (a
		// different one would have been painted over it and kept in its place).
		const warm = await run(env);
		expect(warm.raw.startsWith(received(first.frame))).toBe(true);
		expect(warm.raw).not.toContain(eraseScreen);
		expect(kept(env)).toEqual(first);
		expect(warm.screen).toBe(cold.screen);
	});

	it('is never shown for a story that changed, and the new story is kept instead', async () => {
		const env = freshHome();
		const file = path.join(env.HOME, 'story.json');
		writeFileSync(file, JSON.stringify(storyNamed('ferry', 'Ferry strike in Vik')));
		await run(env, [file]);
		const before = kept(env);
		expect(before.frame).toContain('Ferry strike in Vik');
		writeFileSync(file, JSON.stringify(storyNamed('ferry', 'Ferry strike ends')));
		const changed = await run(env, [file]);
		expect(changed.raw).not.toContain('Ferry strike in Vik');
		expect(changed.screen).toContain('Ferry strike ends');
		// Kept beside the first, newest first.
		expect(keptFrames(env).map(frame => frame.frame.includes('Ferry strike ends'))).toEqual([true, false]);
	});

	it('is never shown on a terminal of another size', async () => {
		const env = freshHome();
		await run(env);
		const at120 = kept(env);
		const other = await run(env, [], {columns: 100, rows: 30});
		expect(other.raw).not.toContain(received(at120.frame).slice(-2000));
		expect(other.screen.split('\n').every(line => line.length <= 100)).toBe(true);
		expect(keptFrames(env)[0]!.key).not.toBe(at120.key);
	});

	it('answers a key pressed as it shows, and follows a resize right after it, as a start without it does', async () => {
		const env = freshHome();
		await run(env);
		// A key typed the moment the kept frame shows waits for the dashboard.
		const typed = await start(env);
		typed.type('j');
		await typed.waitFor(screen => /2 of \d+/.test(screen), 'the key typed during start-up');
		await quit(typed);
		// Resized the moment the kept frame shows: the screen ends as a start at that size draws it.
		const expected = (await run(freshHome(), [], {columns: 90, rows: 30})).screen;
		const resized = await start(env);
		resized.resize(90, 30);
		await resized.waitFor(screen => screen === expected, 'the dashboard at 90x30');
		expect(resized.wrappedRows()).toEqual([]);
		await quit(resized);
	});
});

describe("the picker's kept first frame", {timeout: 120_000}, () => {
	it('is shown for the same library and state, and never for a library that changed', async () => {
		const env = freshHome();
		const library = path.join(env.HOME, 'library');
		mkdirSync(library);
		for (const id of ['ferry', 'floods']) writeFileSync(path.join(library, `${id}.json`), JSON.stringify(storyNamed(id, `Story about ${id}`)));
		// The first opening writes the catalog, so the second is the first with the library as it stays.
		await run(env, ['--library', library]);
		const cold = await run(env, ['--library', library]);
		const first = keptFrames(env, 'library')[0]!;
		expect(first.frame).toContain('Story about floods');
		expect(cold.raw.startsWith(received(first.frame))).toBe(true);
		const warm = await run(env, ['--library', library]);
		expect(warm.raw.startsWith(received(first.frame))).toBe(true);
		expect(warm.raw).not.toContain(eraseScreen);
		expect(keptFrames(env, 'library')[0]).toEqual(first);
		expect(warm.screen).toBe(cold.screen);
		// A story added: the kept picker is not shown, the new one is drawn and kept.
		writeFileSync(path.join(library, 'summit.json'), JSON.stringify(storyNamed('summit', 'Story about summit')));
		const added = await run(env, ['--library', library]);
		expect(added.raw.startsWith(received(first.frame))).toBe(false);
		expect(added.screen).toContain('Story about summit');
		expect(keptFrames(env, 'library')[0]!.frame).toContain('Story about summit');
		// A story removed (the catalog, written before, still names it): the kept picker with it is not shown.
		await run(env, ['--library', library]);
		const withFloods = keptFrames(env, 'library')[0]!;
		expect(withFloods.frame).toContain('Story about floods');
		rmSync(path.join(library, 'floods.json'));
		const removed = await run(env, ['--library', library]);
		expect(removed.raw.startsWith(received(withFloods.frame))).toBe(false);
		expect(removed.screen).not.toContain('Story about floods');
		expect(removed.screen).toContain('Story about summit');
	});
});
