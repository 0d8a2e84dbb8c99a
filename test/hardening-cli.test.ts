import {spawn, spawnSync} from 'node:child_process';
import {closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {cliPath, runCli, temporaryFolder} from './helpers/run-cli.js';
import {untilCatches} from './helpers/signals.js';

// The red-team findings that need the real program: its exit codes, its signals, its file descriptors.

const article = 'Outlet: Test Wire\nPublished: 2024-03-05\n\nThe minister said on Monday that the bridge would reopen, officials in Lisbon confirmed.\n\nAnna Lee, a spokesperson for the ministry, said: "We expect it to open by June."\n';
const noStack = /^\s+at .+:\d+:\d+\)?$/m;

describe('writes are whole or not at all, through the CLI', () => {
	it('a full disk: exit 1, "no space left", and --force leaves the old file whole (root only: tmpfs)', context => {
		const folder = temporaryFolder();
		const small = path.join(folder, 'small');
		mkdirSync(small);
		if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', small]).status !== 0) context.skip('cannot mount a tmpfs here (not root)');
		try {
			const big = path.join(folder, 'big.txt');
			writeFileSync(big, article + '\n' + Array.from({length: 400}, (_, index) => `Paragraph ${index} says the minister met officials in Lisbon on Monday.`).join('\n\n'));
			const target = path.join(small, 'out.json');
			writeFileSync(target, '{"kept": true}\n');
			const result = runCli(['ingest', big, '-o', target, '--force']);
			expect(result.code).toBe(1);
			expect(result.stderr).toMatch(/^summit-tui: nothing written: .*out\.json: cannot write: no space left on the device; the existing file is unchanged\n$/);
			expect(result.stderr).not.toMatch(/wrote/);
			expect(readFileSync(target, 'utf8')).toBe('{"kept": true}\n');
			expect(readdirSync(small)).toEqual(['out.json']);
		} finally {
			spawnSync('umount', [small]);
		}
	});

	it('a signal during a write stops it: no temporary file, the old file untouched, ended by that signal', async () => {
		const folder = temporaryFolder();
		const input = path.join(folder, 'article.txt');
		writeFileSync(input, article);
		const target = path.join(folder, 'story.json');
		writeFileSync(target, 'the old story\n');
		// Each chunk of the write takes 200 ms (SUMMIT_TUI_FAULT=slow-write): the signal lands mid-write.
		const child = spawn(process.execPath, [cliPath, 'ingest', input, '-o', target, '--force'], {env: {...process.env, SUMMIT_TUI_FAULT: 'slow-write'}, stdio: 'ignore'});
		const ended = new Promise<{code: number | null; signal: NodeJS.Signals | null}>(resolve => child.on('exit', (code, signal) => resolve({code, signal})));
		for (let waited = 0; !readdirSync(folder).some(name => name.endsWith('.tmp')) && waited < 20_000; waited += 10) await new Promise(resolve => setTimeout(resolve, 10));
		expect(readdirSync(folder).some(name => name.endsWith('.tmp'))).toBe(true);
		// The temporary file is created a moment before the handler that removes it is installed.
		await untilCatches(child.pid!, 'SIGINT');
		child.kill('SIGINT');
		expect((await ended).signal).toBe('SIGINT');
		expect(readdirSync(folder).filter(name => name.endsWith('.tmp'))).toEqual([]);
		expect(readFileSync(target, 'utf8')).toBe('the old story\n');
	}, 30_000);

	it('a write blocked on a named pipe that nobody reads can still be stopped', async () => {
		const folder = temporaryFolder();
		const fifo = path.join(folder, 'pipe');
		spawnSync('mkfifo', [fifo]);
		const child = spawn(process.execPath, [cliPath, '--json', '-o', fifo], {stdio: 'ignore'});
		const ended = new Promise<NodeJS.Signals | null>(resolve => child.on('exit', (_, signal) => resolve(signal)));
		// Until the kernel has it waiting in the pipe's open for a reader (where a kernel hides what a
		// process waits on, a second and a half, which is long enough to get there).
		const waitingOn = () => readFileSync(`/proc/${child.pid}/wchan`, 'utf8');
		for (let waited = 0; waitingOn() !== 'wait_for_partner' && waited < 20_000; waited += 10) {
			if (waitingOn() === '0' && waited >= 1500) break;
			await new Promise(resolve => setTimeout(resolve, 10));
		}
		child.kill('SIGTERM');
		expect(await ended).toBe('SIGTERM');
	}, 30_000);
});

describe('-o never replaces what the path names', () => {
	it('-o /dev/stdout --force writes to standard output, a pipe or a file, and /dev/stdout stays a link', () => {
		const piped = runCli(['--json', '-o', '/dev/stdout', '--force']);
		expect(piped.code).toBe(0);
		expect(JSON.parse(piped.stdout).schemaVersion).toBe(1);
		const folder = temporaryFolder();
		const file = path.join(folder, 'out.json');
		const redirected = spawnSync('sh', ['-c', `"${process.execPath}" "${cliPath}" --json -o /dev/stdout > "${file}"`], {encoding: 'utf8'});
		expect(redirected.status).toBe(0);
		expect(JSON.parse(readFileSync(file, 'utf8')).schemaVersion).toBe(1);
		expect(readdirSync(folder)).toEqual(['out.json']);
		expect(spawnSync('test', ['-L', '/dev/stdout']).status).toBe(0);
		// A slow reader fills the pipe: the write waits for it rather than failing with EAGAIN.
		const slow = spawnSync('sh', ['-c', `"${process.execPath}" "${cliPath}" --json -o /dev/stdout | (sleep 0.5; wc -c)`], {encoding: 'utf8'});
		expect(Number(slow.stdout.trim())).toBe(Buffer.byteLength(piped.stdout));
		// And "-" is standard output, as everywhere a file is named.
		expect(runCli(['--json', '-o', '-']).stdout).toBe(piped.stdout);
	});
});

describe('reads stop at --max-size whatever the input is', () => {
	it('validate /dev/zero stops at the limit with exit 1', () => {
		const result = runCli(['validate', '/dev/zero', '--max-size', '1M']);
		expect(result.code).toBe(1);
		expect(result.stdout).toMatch(/\/dev\/zero: is larger than the 1\.0 MiB limit; reading stopped there/);
	});

	it('ingest - with an endless standard input stops at the limit', () => {
		const zero = openSync('/dev/zero', 'r');
		try {
			const result = spawnSync(process.execPath, [cliPath, 'ingest', '-', '--max-size', '1K'], {stdio: [zero, 'pipe', 'pipe'], encoding: 'utf8', timeout: 30_000});
			expect(result.status).toBe(1);
			expect(result.stderr).toMatch(/standard input: is larger than the 1\.0 KiB limit/);
			expect(result.stderr).not.toMatch(noStack);
		} finally {
			closeSync(zero);
		}
	});

	it('an article given by process substitution is read as an article, not sniffed and lost', () => {
		const folder = temporaryFolder();
		const input = path.join(folder, 'article.txt');
		writeFileSync(input, article);
		const result = spawnSync('bash', ['-c', `"${process.execPath}" "${cliPath}" --plain <(cat "${input}")`], {encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}, timeout: 30_000});
		expect(result.stderr).not.toMatch(/malformed JSON/);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/Anna Lee/);
	});

	it('a --data folder with a named pipe and a link to /dev/zero opens the real stories, with warnings', () => {
		const folder = temporaryFolder();
		writeFileSync(path.join(folder, 'story.json'), readFileSync(new URL('../data/kim-putin-2023.json', import.meta.url)));
		spawnSync('mkfifo', [path.join(folder, 'blocked.json')]);
		spawnSync('ln', ['-s', '/dev/zero', path.join(folder, 'endless.json')]);
		const result = runCli(['--data', folder, '--plain']);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^Kim Jong Un travels to Russia/);
		expect(result.stderr).toMatch(/blocked\.json: skipped: a named pipe/);
		expect(result.stderr).toMatch(/endless\.json: skipped: a device/);
	});
});
