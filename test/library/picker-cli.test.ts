import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {Readable} from 'node:stream';
import {describe, expect, it} from 'vitest';
import {main, type CliIo} from '../../source/cli-main.js';
import type {LibrarySession} from '../../source/library/library-session.js';
import {markStoryOpen} from '../../source/library/open-marks.js';
import {selectedRow} from '../../source/library/picker-model.js';
import {storyNamed} from '../helpers/library-stories.js';
import {temporaryFolder} from '../helpers/run-cli.js';
import {runMain} from '../helpers/run-main.js';

/** main() as on a terminal: the picker and the dashboard are recorded instead of drawn. */
async function onTerminal(args: string[], env: Record<string, string>) {
	let stderr = '';
	const calls: {picker?: LibrarySession; folder?: string; dashboard?: string} = {};
	const stdin = Object.assign(Readable.from([]), {isTTY: true});
	const io: CliIo = {
		stdout: {write: () => true, isTTY: true},
		stderr: {write: (text: string) => (stderr += text)},
		stdin,
		env: {NO_COLOR: '1', TERM: 'xterm-256color', ...env},
		async dashboard(story) {
			calls.dashboard = story.story.title;
			return 0;
		},
		async library(session, options) {
			calls.picker = session;
			calls.folder = options.folder;
			return 0;
		},
	};
	const code = await main(args, io);
	return {code, stderr, calls};
}

function folders() {
	const root = temporaryFolder();
	const library = path.join(root, 'stories');
	return {root, library, env: {XDG_STATE_HOME: path.join(root, 'state'), XDG_CACHE_HOME: path.join(root, 'cache'), XDG_DATA_HOME: path.join(root, 'data')}};
}

describe('summit-tui with no story named, on a terminal', () => {
	it('opens the picker over a library of several stories, and the session opens the one picked', async () => {
		const {library, env} = folders();
		mkdirSync(library);
		writeFileSync(path.join(library, 'one.json'), JSON.stringify(storyNamed('one', 'First story')));
		writeFileSync(path.join(library, 'two.json'), JSON.stringify(storyNamed('two', 'Second story')));
		const result = await onTerminal(['--library', library], env);
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('');
		expect(result.calls.dashboard).toBeUndefined();
		expect(result.calls.folder).toBe(library);
		const model = result.calls.picker!.picker();
		expect(model.rows.map(row => row.title).sort()).toEqual(['First story', 'Second story']);
		const opened = await result.calls.picker!.open(selectedRow(model)!.files);
		expect('story' in opened && opened.story.story.title).toBe(selectedRow(model)!.title);
	});

	it('opens the only story first, with the picker behind it, also beside the sample', async () => {
		const {library, env} = folders();
		mkdirSync(library);
		writeFileSync(path.join(library, 'one.json'), JSON.stringify(storyNamed('one', 'First story')));
		const named = await onTerminal(['--library', library], env);
		expect(named.calls.dashboard).toBeUndefined();
		expect(named.calls.picker!.startWith).toEqual([path.join(library, 'one.json')]);
		expect(named.calls.picker!.picker().rows.map(row => row.title)).toEqual(['First story']);
		// The default library: one story of the user's and the sample, the picker still reachable.
		const own = path.join(env.XDG_DATA_HOME, 'summit-tui', 'stories');
		mkdirSync(own, {recursive: true});
		writeFileSync(path.join(own, 'one.json'), JSON.stringify(storyNamed('one', 'First story')));
		const beside = await onTerminal([], env);
		expect(beside.calls.picker!.startWith).toEqual([path.join(own, 'one.json')]);
		expect(beside.calls.picker!.picker().rows.map(row => [row.title, row.sample])).toEqual([
			['First story', false],
			['Kim Jong Un travels to Russia to meet Putin (September 2023)', true],
		]);
	});

	it('renames and removes from the picker as the library commands do, and reads the library again', async () => {
		const {library, env} = folders();
		mkdirSync(library);
		writeFileSync(path.join(library, 'one.json'), JSON.stringify(storyNamed('one', 'First story')));
		writeFileSync(path.join(library, 'two.json'), JSON.stringify(storyNamed('two', 'Second story')));
		const {calls} = await onTerminal(['--library', library], env);
		const session = calls.picker!;
		expect(await session.rename('one', 'The first story, renamed')).toEqual({done: 'renamed to "The first story, renamed" (the id stays one)'});
		expect(JSON.parse(readFileSync(path.join(library, 'one.json'), 'utf8')).story.title).toBe('The first story, renamed');
		expect(existsSync(path.join(library, 'one.json.bak'))).toBe(true);
		expect(await session.rename('one', '   ')).toEqual({problem: 'the new title is empty; nothing changed'});
		const removed = await session.remove('two');
		expect(removed).toEqual({done: 'removed "Second story" to the trash: summit-tui library restore two brings it back'});
		expect(existsSync(path.join(library, '.trash', 'two', 'two.json'))).toBe(true);
		expect(session.picker().rows.map(row => row.title)).toEqual(['The first story, renamed']);
	});

	it('reads the library again on the way back from a story: a story saved meanwhile comes after the others', async () => {
		const {library, env} = folders();
		mkdirSync(library);
		writeFileSync(path.join(library, 'one.json'), JSON.stringify(storyNamed('one', 'First story')));
		writeFileSync(path.join(library, 'two.json'), JSON.stringify(storyNamed('two', 'Second story')));
		const session = (await onTerminal(['--library', library], env)).calls.picker!;
		const before = session.picker();
		writeFileSync(path.join(library, 'three.json'), JSON.stringify(storyNamed('three', 'Third story, saved meanwhile')));
		expect(session.picker(before).rows).toHaveLength(2);
		await session.reload!();
		const after = session.picker(before);
		expect(after.visible.map(index => after.rows[index]!.title)).toEqual([...before.visible.map(index => before.rows[index]!.title), 'Third story, saved meanwhile']);
	});

	it('does not remove a story open in another dashboard, and says so; once that one is closed it does', async () => {
		const {library, env} = folders();
		mkdirSync(library);
		writeFileSync(path.join(library, 'one.json'), JSON.stringify(storyNamed('one', 'First story')));
		writeFileSync(path.join(library, 'two.json'), JSON.stringify(storyNamed('two', 'Second story')));
		// Another dashboard, a process of its own, with "two" open.
		const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], {stdio: 'ignore'});
		try {
			const mark = markStoryOpen(path.join(env.XDG_STATE_HOME, 'summit-tui'), 'two', other.pid!);
			const refused = await runMain(['library', 'remove', 'tw', '--library', library], {env});
			expect(refused.code).toBe(1);
			expect(refused.stderr).toBe(`summit-tui: nothing removed: ${path.join(library, 'two.json')}: "Second story" is open in another dashboard (process ${other.pid}); close it there first, then remove it (nothing changed)\n`);
			expect(existsSync(path.join(library, 'two.json'))).toBe(true);
			mark.release();
			const done = await runMain(['library', 'remove', 'tw', '--library', library], {env});
			expect(done.code).toBe(0);
			expect(existsSync(path.join(library, 'two.json'))).toBe(false);
		} finally {
			other.kill();
		}
	});

	it('forgets the mark of a dashboard that was killed: the story can be removed', async () => {
		const {library, env} = folders();
		mkdirSync(library);
		writeFileSync(path.join(library, 'two.json'), JSON.stringify(storyNamed('two', 'Second story')));
		const gone = spawnSync(process.execPath, ['-e', '0']).pid;
		markStoryOpen(path.join(env.XDG_STATE_HOME, 'summit-tui'), 'two', gone);
		const done = await runMain(['library', 'remove', 'two', '--library', library], {env});
		expect(done.stderr).toContain('removed "Second story"');
		expect(done.code).toBe(0);
	});
});
