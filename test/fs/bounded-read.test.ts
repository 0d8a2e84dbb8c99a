import {spawn, spawnSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {Readable} from 'node:stream';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {collectBounded, readPathBounded} from '../../source/fs/bounded-read.js';
import {describeFsError, listStoryFiles, readInputs} from '../../source/model/read-stories.js';
import {temporaryFolder} from '../helpers/run-cli.js';

const describeError = describeFsError;

async function* chunked(bytes: Uint8Array, cuts: number[]) {
	let start = 0;
	for (const cut of [...cuts.filter(cut => cut > 0 && cut < bytes.length)].sort((a, b) => a - b).concat(bytes.length)) {
		yield bytes.subarray(start, cut);
		start = cut;
	}
}

describe('the bounded reader', () => {
	it('gives the same bytes for any chunking of any stream, or a size problem past the limit (property)', async () => {
		await fc.assert(
			fc.asyncProperty(fc.uint8Array({maxLength: 400}), fc.array(fc.nat(400), {maxLength: 12}), fc.nat(500), async (bytes, cuts, limit) => {
				const read = await collectBounded(chunked(bytes, cuts), limit, 'stream');
				if (bytes.length <= limit) {
					expect(read.problems).toEqual([]);
					expect(Buffer.compare(read.bytes!, Buffer.from(bytes))).toBe(0);
				} else {
					expect(read.bytes).toBeUndefined();
					expect(read.problems[0]!.message).toMatch(/larger than the .* limit/);
				}
			}),
		);
	});

	it('stops an endless stream at the limit instead of buffering it', async () => {
		let produced = 0;
		const endless = new Readable({
			read() {
				produced += 65_536;
				this.push(Buffer.alloc(65_536));
			},
		});
		const read = await collectBounded(endless, 1024 * 1024, 'standard input');
		expect(read.problems[0]).toMatchObject({file: 'standard input'});
		// Closed soon after the limit: not drained.
		expect(produced).toBeLessThan(4 * 1024 * 1024);
		expect(endless.destroyed).toBe(true);
	});

	it('reads /dev/zero, which stat calls empty, only up to the limit', () => {
		const read = readPathBounded('/dev/zero', 256 * 1024, describeError);
		expect(read.bytes).toBeUndefined();
		expect(read.problems[0]).toMatchObject({file: '/dev/zero'});
		expect(read.problems[0]!.message).toMatch(/larger than the 256\.0 KiB limit; reading stopped there/);
	});

	it('reads a regular file that fits, and refuses one that does not with its size', () => {
		const folder = temporaryFolder();
		const file = path.join(folder, 'story.json');
		writeFileSync(file, 'x'.repeat(5000));
		expect(readPathBounded(file, 5000, describeError).bytes?.length).toBe(5000);
		expect(readPathBounded(file, 4999, describeError).problems[0]!.message).toMatch(/^file is 4\.9 KiB, over the 4\.9 KiB limit/);
	});

	it('reads a named pipe given by name as a stream, to its end', async () => {
		const folder = temporaryFolder();
		const fifo = path.join(folder, 'article.txt');
		spawnSync('mkfifo', [fifo]);
		const writer = spawn('sh', ['-c', `printf 'one\\n\\ntwo\\n' > "${fifo}"`]);
		const {inputs, problems} = await readInputs([fifo]);
		writer.kill();
		expect(problems).toEqual([]);
		expect(inputs[0]!.bytes.toString()).toBe('one\n\ntwo\n');
	});

	it('reads the same file once when it is named twice', async () => {
		const folder = temporaryFolder();
		const file = path.join(folder, 'a.txt');
		writeFileSync(file, 'text');
		const {inputs, warnings} = await readInputs([file, path.join(folder, '.', 'a.txt')]);
		expect(inputs).toHaveLength(1);
		expect(warnings[0]).toMatch(/the same file as .*a\.txt; read once/);
	});
});

describe('a --data folder', () => {
	it('skips a named pipe, a link to a device and a dangling link, with a warning each, and lists the story files', () => {
		const folder = temporaryFolder();
		writeFileSync(path.join(folder, 'good.json'), '{}');
		spawnSync('mkfifo', [path.join(folder, 'pipe.json')]);
		spawnSync('ln', ['-s', '/dev/zero', path.join(folder, 'zero.json')]);
		spawnSync('ln', ['-s', path.join(folder, 'nothing'), path.join(folder, 'dangling.json')]);
		const listed = listStoryFiles(folder);
		expect(listed.files.map(file => path.basename(file))).toEqual(['good.json']);
		expect(listed.warnings.join('\n')).toMatch(/pipe\.json: skipped: a named pipe/);
		expect(listed.warnings.join('\n')).toMatch(/zero\.json: skipped: a device/);
		expect(listed.warnings.join('\n')).toMatch(/dangling\.json: skipped: no such file \(a link to nothing\)/);
	});
});
