import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {Readable} from 'node:stream';
import {describe, expect, it} from 'vitest';
import {main, type CliIo} from '../../source/cli-main.js';
import {maxKeptStoryBytes, storyBytesKeyContent} from '../../source/commands/story-input.js';
import {isolatedEnv} from '../helpers/isolated-env.js';
import {temporaryFolder} from '../helpers/run-cli.js';

// A story file's kept first frame is found by the bytes of its files, so it is shown before they are
// validated (commands/dashboard.ts): a frame is kept only once a dashboard was drawn from those bytes,
// and validation depends on the bytes alone. main() as on a terminal, the screens recorded.
async function onTerminal(args: string[]) {
	const events: string[] = [];
	let stderr = '';
	let keyContent: string | Uint8Array | undefined;
	const io: CliIo = {
		stdout: {write: () => true, isTTY: true},
		stderr: {
			write: (text: string) => {
				events.push('stderr');
				return (stderr += text);
			},
		},
		stdin: Object.assign(Readable.from([]), {isTTY: true}),
		env: {NO_COLOR: '1', TERM: 'xterm-256color', ...isolatedEnv()},
		async keptFrame(use, content) {
			keyContent = content();
			events.push(`kept frame (${use})`);
			return {shown: 'a kept frame', drawn: () => events.push('drawn'), abandon: () => events.push('abandoned')};
		},
		async dashboard(story, options) {
			events.push(`dashboard: ${story.story.title}`);
			options.firstFrame?.drawn('the frame');
			return 0;
		},
	};
	const code = await main(args, io);
	return {code, events, stderr, keyContent};
}

describe("a story file's kept first frame", () => {
	it('is looked up by the bytes of the files and handed to the dashboard', async () => {
		const folder = temporaryFolder();
		const file = path.join(folder, 'story.json');
		writeFileSync(file, readFileSync('data/kim-putin-2023.json'));
		const {code, events, keyContent} = await onTerminal([file]);
		expect(code).toBe(0);
		expect(events).toEqual(['kept frame (story)', 'dashboard: Kim Jong Un travels to Russia to meet Putin (September 2023)', 'drawn']);
		expect(Buffer.from(keyContent!).includes(readFileSync(file))).toBe(true);
	});

	it('is given back before the problems of a file that does not validate are printed', async () => {
		const folder = temporaryFolder();
		const file = path.join(folder, 'story.json');
		writeFileSync(file, readFileSync('data/kim-putin-2023.json', 'utf8').replace('"date": "2019-04-25"', '"date": "2019-04-31"'));
		const {code, events, stderr} = await onTerminal([file]);
		expect(code).toBe(1);
		expect(stderr).toContain('"2019-04-31" is not a real calendar date');
		expect(events.slice(0, 3)).toEqual(['kept frame (story)', 'abandoned', 'stderr']);
	});

	it('is not looked for when the story is printed', async () => {
		const folder = temporaryFolder();
		const file = path.join(folder, 'story.json');
		writeFileSync(file, readFileSync('data/kim-putin-2023.json'));
		expect((await onTerminal([file, '--plain'])).events).toEqual([]);
	});

	it('is keyed by each file with its name and length, and not kept for files of more than 1 MB', () => {
		const bytes = (text: string) => new TextEncoder().encode(text);
		const one = storyBytesKeyContent([{file: 'a.json', bytes: bytes('{}{}')}])!;
		expect(Buffer.compare(one, storyBytesKeyContent([{file: 'a.json', bytes: bytes('{}')}, {file: 'b.json', bytes: bytes('{}')}])!)).not.toBe(0);
		expect(Buffer.compare(one, storyBytesKeyContent([{file: 'c.json', bytes: bytes('{}{}')}])!)).not.toBe(0);
		expect(storyBytesKeyContent([{file: 'big.json', bytes: new Uint8Array(maxKeptStoryBytes + 1)}])).toBeUndefined();
	});
});
