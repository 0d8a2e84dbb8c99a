import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {Readable} from 'node:stream';
import {describe, expect, it} from 'vitest';
import {main, type CliIo} from '../../source/cli-main.js';
import type {LibrarySession} from '../../source/library/library-session.js';
import {selectedRow} from '../../source/library/picker-model.js';
import {storyNamed} from '../helpers/library-stories.js';
import {temporaryFolder} from '../helpers/run-cli.js';

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

	it('opens the only story directly, without the picker', async () => {
		const {library, env} = folders();
		mkdirSync(library);
		writeFileSync(path.join(library, 'one.json'), JSON.stringify(storyNamed('one', 'First story')));
		const result = await onTerminal(['--library', library], env);
		expect(result.calls.picker).toBeUndefined();
		expect(result.calls.dashboard).toBe('First story');
	});
});
