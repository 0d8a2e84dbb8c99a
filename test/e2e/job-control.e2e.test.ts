import {spawnSync} from 'node:child_process';
import {readFileSync, readlinkSync} from 'node:fs';
import {afterEach, describe, expect, it} from 'vitest';
import {startCli, type CliSession} from './pty-harness.js';

// Ctrl-Z, SIGTSTP and SIGCONT, and shrinking the terminal, in a real pseudo-terminal.

let session: CliSession | undefined;
afterEach(() => {
	if (session) {
		try {
			process.kill(session.child.pid, 'SIGCONT');
		} catch {
			// Already gone.
		}
		session.kill();
	}
	session = undefined;
});

/** The process's state letter from /proc: T when stopped. */
const processState = (pid: number) => /\) (\w)/.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1];

/** Whether the terminal is in line mode (canonical input, echo), as a shell wants it. */
function lineMode(pid: number): boolean {
	const terminal = readlinkSync(`/proc/${pid}/fd/0`);
	const modes = spawnSync('stty', ['-F', terminal, '-a'], {encoding: 'utf8'}).stdout;
	return /(?<!-)\bicanon\b/.test(modes) && /(?<!-)\becho\b/.test(modes);
}

async function until(condition: () => boolean, what: string, timeout = 20_000) {
	const started = Date.now();
	while (!condition()) {
		if (Date.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
		await new Promise(resolve => setTimeout(resolve, 25));
	}
}

describe('job control', {timeout: 60_000}, () => {
	it.each([
		['Ctrl-Z', (s: CliSession) => s.type('\u001A')],
		['SIGTSTP from outside', (s: CliSession) => process.kill(s.child.pid, 'SIGTSTP')],
	])('%s gives the terminal back and stops; SIGCONT takes it again and redraws', async (_, stop) => {
		session = startCli([], {columns: 100, rows: 30});
		await session.waitFor(screen => screen.includes('1 Key facts'), 'the first frame');
		expect(lineMode(session.child.pid)).toBe(false);
		await session.handles('SIGTSTP');
		const before = session.raw().length;
		stop(session);
		await until(() => processState(session!.child.pid) === 'T', 'the process to stop');
		// Left the alternate screen with the cursor shown (the output may still be on its way through the
		// pseudo-terminal when the process has stopped), and the terminal in line mode.
		await until(() => session!.raw().slice(before).includes('\u001B[?25h\u001B[?1049l'), 'the alternate screen left, cursor shown');
		expect(lineMode(session.child.pid)).toBe(true);

		const stoppedAt = session.raw().length;
		process.kill(session.child.pid, 'SIGCONT');
		await until(() => session!.raw().slice(stoppedAt).includes('1 Key facts'), 'the frame drawn again');
		const resumed = session.raw().slice(stoppedAt);
		expect(resumed).toContain('\u001B[?1049h');
		expect(resumed).toContain('\u001B[?25l');
		expect(lineMode(session.child.pid)).toBe(false);
		// And it still answers keys.
		session.type('2');
		await session.waitFor(screen => screen.includes('[2 Timeline]'), 'the Timeline tab chosen');
		session.type('q');
		expect((await session.exited()).exitCode).toBe(0);
	});
});

describe('shrinking the terminal', {timeout: 60_000}, () => {
	it('never erases the scrollback (no ESC[3J), down to one row', async () => {
		session = startCli([], {columns: 120, rows: 40});
		await session.waitFor(screen => screen.includes('1 Key facts'), 'the first frame');
		for (const [columns, rows] of [[120, 30], [100, 24], [80, 12], [60, 1], [90, 30]] as const) {
			const at = session.raw().length;
			session.resize(columns, rows);
			// Wait for the frame at this size (a one-row terminal gets the "too small" message).
			await until(() => session!.raw().length > at, `a frame at ${columns}x${rows}`);
			await new Promise(resolve => setTimeout(resolve, 150));
		}
		expect(session.raw()).not.toContain('\u001B[3J');
		session.type('q');
		await session.exited();
	});

	it('keeps a tmux history intact across a shrink (when tmux is installed)', async context => {
		if (spawnSync('tmux', ['-V']).status !== 0) context.skip('tmux is not installed');
		const name = `summit-tui-test-${process.pid}`;
		const tmux = (...args: string[]) => spawnSync('tmux', ['-L', name, ...args], {encoding: 'utf8'});
		const env: Record<string, string> = {};
		for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'CI' && key !== 'CONTINUOUS_INTEGRATION') env[key] = value;
		try {
			spawnSync('tmux', ['-L', name, '-f', '/dev/null', 'new-session', '-d', '-x', '120', '-y', '40', 'sh'], {env});
			tmux('send-keys', 'seq 1 300', 'Enter');
			await until(() => Number(tmux('display', '-p', '#{history_size}').stdout) > 200, 'the history to fill');
			const history = Number(tmux('display', '-p', '#{history_size}').stdout);
			tmux('send-keys', `unset CI CONTINUOUS_INTEGRATION; node ${JSON.stringify(new URL('../../dist/cli.js', import.meta.url).pathname)}`, 'Enter');
			await until(() => tmux('capture-pane', '-p').stdout.includes('1 Key facts'), 'the dashboard in tmux');
			tmux('resize-window', '-x', '100', '-y', '20');
			await until(() => tmux('capture-pane', '-p').stdout.split('\n')[0]!.length <= 100 && tmux('capture-pane', '-p').stdout.includes('Key facts'), 'the frame at 100x20');
			await new Promise(resolve => setTimeout(resolve, 300));
			expect(Number(tmux('display', '-p', '#{history_size}').stdout)).toBeGreaterThanOrEqual(history);
			tmux('send-keys', 'q');
		} finally {
			tmux('kill-server');
		}
	});
});
