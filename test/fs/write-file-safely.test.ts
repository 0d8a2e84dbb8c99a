import {spawn, spawnSync} from 'node:child_process';
import {chmodSync, chownSync, linkSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync, writeSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {writeFileSafely, writeFileSafelyAsync, type ChunkWriter} from '../../source/fs/write-file-safely.js';
import {temporaryFolder} from '../helpers/run-cli.js';

const content = 'x'.repeat(100_000) + '\n';
const temporaries = (folder: string) => readdirSync(folder).filter(name => name.endsWith('.tmp'));

/** A disk with `room` bytes left: writes what fits, then nothing, as writeSync does on a full disk. */
function fullDisk(room: number): ChunkWriter {
	let left = room;
	return (descriptor, buffer, offset, length) => {
		const written = Math.min(left, length, 4096);
		left -= written;
		return written === 0 ? 0 : writeSync(descriptor, buffer, offset, written);
	};
}

describe('writeFileSafely', () => {
	it('counts every byte: short writes are continued until the file is whole', () => {
		const folder = temporaryFolder();
		const target = path.join(folder, 'out.json');
		const trickle: ChunkWriter = (descriptor, buffer, offset, length) => writeSync(descriptor, buffer, offset, Math.min(length, 777));
		expect(writeFileSafely(target, content, {writeChunk: trickle})).toBeUndefined();
		expect(readFileSync(target, 'utf8')).toBe(content);
	});

	it('on a full disk reports it, writes nothing and leaves no temporary file', () => {
		const folder = temporaryFolder();
		const target = path.join(folder, 'out.json');
		const problem = writeFileSafely(target, content, {writeChunk: fullDisk(16_384)});
		expect(problem?.message).toBe('cannot write: no space left on the device');
		expect(readdirSync(folder)).toEqual([]);
	});

	it('with --force on a full disk, leaves the existing file exactly as it was', () => {
		const folder = temporaryFolder();
		const target = path.join(folder, 'out.json');
		writeFileSync(target, 'the good old story\n');
		const problem = writeFileSafely(target, content, {force: true, writeChunk: fullDisk(16_384)});
		expect(problem?.message).toMatch(/no space left on the device; the existing file is unchanged/);
		expect(readFileSync(target, 'utf8')).toBe('the good old story\n');
		expect(temporaries(folder)).toEqual([]);
	});

	it('on a real 16 KiB file system, refuses and keeps the old file (root only: mounts a tmpfs)', context => {
		const folder = temporaryFolder();
		if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', folder]).status !== 0) {
			context.skip('cannot mount a tmpfs here (not root); the injected full disk above covers the same path');
		}
		try {
			const target = path.join(folder, 'out.json');
			writeFileSync(target, 'the good old story\n');
			expect(writeFileSafely(target, content, {force: true})?.message).toMatch(/no space left on the device/);
			expect(readFileSync(target, 'utf8')).toBe('the good old story\n');
			expect(temporaries(folder)).toEqual([]);
		} finally {
			spawnSync('umount', [folder]);
		}
	});

	it('names the file, not its temporary, on a read-only file system (root only)', context => {
		const folder = temporaryFolder();
		if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,ro', 'tmpfs', folder]).status !== 0) context.skip('cannot mount a tmpfs here (not root)');
		try {
			const problem = writeFileSafely(path.join(folder, 'out.json'), content);
			expect(problem).toEqual({file: path.join(folder, 'out.json'), message: 'cannot write: the file system is read-only'});
		} finally {
			spawnSync('umount', [folder]);
		}
	});

	it('writes a named pipe directly instead of renaming a file over it', async () => {
		const folder = temporaryFolder();
		const fifo = path.join(folder, 'pipe');
		spawnSync('mkfifo', [fifo]);
		// The reader is another process, so the synchronous write below finds it there.
		const reader = spawn('cat', [fifo]);
		let received = '';
		reader.stdout.on('data', data => (received += data));
		const ended = new Promise(resolve => reader.on('exit', resolve));
		expect(writeFileSafely(fifo, content)).toBeUndefined();
		await ended;
		expect(received).toBe(content);
		expect(lstatSync(fifo).isFIFO()).toBe(true);
		expect(temporaries(folder)).toEqual([]);
	});

	it('writes a character device in place and leaves it a device (root only: mknod)', context => {
		const folder = temporaryFolder();
		const device = path.join(folder, 'null');
		if (spawnSync('mknod', [device, 'c', '1', '3']).status !== 0) context.skip('cannot make a device node here (not root)');
		expect(writeFileSafely(device, content)).toBeUndefined();
		expect(statSync(device).isCharacterDevice()).toBe(true);
		expect(temporaries(folder)).toEqual([]);
	});

	it('reports a full device (/dev/full) without touching it', () => {
		expect(writeFileSafely('/dev/full', content)?.message).toBe('cannot write: no space left on the device');
		expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
	});

	it('writes through a symbolic link to its file, with --force, and keeps the link', () => {
		const folder = temporaryFolder();
		const real = path.join(folder, 'real.json');
		const link = path.join(folder, 'link.json');
		writeFileSync(real, 'old\n');
		symlinkSync(real, link);
		expect(writeFileSafely(link, 'new\n')?.message).toMatch(/already exists \(a link to .*real\.json\); add --force/);
		expect(writeFileSafely(link, 'new\n', {force: true})).toBeUndefined();
		expect(lstatSync(link).isSymbolicLink()).toBe(true);
		expect(readlinkSync(link)).toBe(real);
		expect(readFileSync(real, 'utf8')).toBe('new\n');
	});

	it('refuses a link to nothing, and creates nothing', () => {
		const folder = temporaryFolder();
		const link = path.join(folder, 'dangling.json');
		symlinkSync(path.join(folder, 'absent.json'), link);
		expect(writeFileSafely(link, 'new\n', {force: true})?.message).toMatch(/symbolic link to a file that does not exist/);
		expect(readdirSync(folder)).toEqual(['dangling.json']);
	});

	it('keeps the permissions of a file it replaces', () => {
		const folder = temporaryFolder();
		const target = path.join(folder, 'out.json');
		writeFileSync(target, 'old\n', {mode: 0o600});
		expect(writeFileSafely(target, 'new\n', {force: true})).toBeUndefined();
		expect(statSync(target).mode & 0o777).toBe(0o600);
	});

	it('removes temporary files a killed run left beside the target', () => {
		const folder = temporaryFolder();
		// The pid of a process that has certainly ended.
		const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'}).stdout;
		const left = path.join(folder, `.out.json.${gone}.abc123.tmp`);
		const unrelated = path.join(folder, `.other.json.${gone}.abc123.tmp`);
		writeFileSync(left, 'half a file');
		writeFileSync(unrelated, 'not ours');
		expect(writeFileSafely(path.join(folder, 'out.json'), 'whole\n')).toBeUndefined();
		expect(readdirSync(folder).sort()).toEqual([path.basename(unrelated), 'out.json']);
	});
});

describe('writeFileSafely refuses what a rename would get wrong', () => {
	it('a file with several names (hard links), a loop of links, and a name ending in "/"', () => {
		const folder = temporaryFolder();
		const file = path.join(folder, 'a.json');
		writeFileSync(file, 'old\n');
		linkSync(file, path.join(folder, 'b.json'));
		expect(writeFileSafely(file, 'new\n', {force: true})?.message).toMatch(/has 2 names \(hard links\)/);
		expect(readFileSync(path.join(folder, 'b.json'), 'utf8')).toBe('old\n');
		symlinkSync(path.join(folder, 'y'), path.join(folder, 'x'));
		symlinkSync(path.join(folder, 'x'), path.join(folder, 'y'));
		expect(writeFileSafely(path.join(folder, 'x'), 'new\n')?.message).toBe('is a loop of symbolic links');
		expect(writeFileSafely(path.join(folder, 'newdir/'), 'new\n')?.message).toMatch(/ends with "\/", so it names a folder/);
	});

	it('keeps the owner of a file it replaces (root only)', context => {
		if (process.getuid?.() !== 0) context.skip('only root can give a file to another user');
		const folder = temporaryFolder();
		const target = path.join(folder, 'out.json');
		writeFileSync(target, 'old\n');
		chownSync(target, 65534, 65534);
		expect(writeFileSafely(target, 'new\n', {force: true})).toBeUndefined();
		expect(statSync(target)).toMatchObject({uid: 65534, gid: 65534});
	});

	it('says the folder will not take the temporary file when only the file is writable (as another user)', context => {
		if (process.getuid?.() !== 0) context.skip('needs root to set up the owners');
		const folder = temporaryFolder();
		chmodSync(folder, 0o755);
		const locked = path.join(folder, 'locked');
		mkdirSync(locked);
		const target = path.join(locked, 'out.json');
		writeFileSync(target, 'old\n');
		chownSync(target, 65534, 65534);
		chmodSync(locked, 0o555);
		const script = `import('${path.resolve('source/fs/write-file-safely.ts')}').then(m => process.stdout.write(JSON.stringify(m.writeFileSafely(${JSON.stringify(target)}, 'new', {force: true}))))`;
		const result = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {encoding: 'utf8', uid: 65534, gid: 65534, cwd: process.cwd()});
		expect(JSON.parse(result.stdout || 'null')?.message).toMatch(/its folder does not let summit-tui create the temporary file it writes first/);
		expect(readFileSync(target, 'utf8')).toBe('old\n');
	});
});

describe('writeFileSafelyAsync', () => {
	it('writes whole files in asynchronous chunks, and a full disk leaves the old file', async () => {
		const folder = temporaryFolder();
		const target = path.join(folder, 'out.json');
		expect(await writeFileSafelyAsync(target, content)).toBeUndefined();
		expect(readFileSync(target, 'utf8')).toBe(content);
		writeFileSync(target, 'old\n');
		expect((await writeFileSafelyAsync(target, content, {force: true, writeChunk: fullDisk(8192)}))?.message).toMatch(/no space left.*unchanged/);
		expect(readFileSync(target, 'utf8')).toBe('old\n');
		expect(temporaries(folder)).toEqual([]);
	});
});
