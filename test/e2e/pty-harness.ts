import {spawn, type IPty} from '@lydell/node-pty';
import xterm from '@xterm/headless';
import {cliPath} from '../helpers/run-cli.js';
import {untilCatches} from '../helpers/signals.js';

const {Terminal} = xterm;

/**
 * The built CLI in a real pseudo-terminal, read through a headless terminal emulator. CI and
 * CONTINUOUS_INTEGRATION are removed from the child's environment: with them Ink stops following
 * resizes and drawing frames (INK-NOTES item 1), and the test would exercise another program.
 */
export function startCli(args: string[], size: {columns: number; rows: number}, extraEnv: Record<string, string> = {}, launcher: string[] = []) {
	const env: Record<string, string> = {};
	for (const [name, value] of Object.entries(process.env)) {
		if (value !== undefined && name !== 'CI' && name !== 'CONTINUOUS_INTEGRATION' && name !== 'NO_COLOR') env[name] = value;
	}
	// node-pty sets TERM from `name`, so the two must agree.
	Object.assign(env, {TERM: 'xterm-256color', ...extraEnv});
	const terminal = new Terminal({cols: size.columns, rows: size.rows, allowProposedApi: true});
	const [command, ...launcherArgs] = launcher.length > 0 ? launcher : [process.execPath];
	const child: IPty = spawn(command!, [...launcherArgs, cliPath, ...args], {name: env['TERM']!, cols: size.columns, rows: size.rows, cwd: process.cwd(), env});
	let raw = '';
	// Whoever waits for the screen is woken by the next output, instead of polling at a fixed pace.
	let wake: (() => void) | undefined;
	// Ink wraps each frame in synchronised output (DEC mode 2026: ESC[?2026h … ESC[?2026l), so a terminal
	// shows a frame whole; the emulator here does not, so the screen is read only between frames (or
	// once the program has ended, whatever it left).
	let midFrame = false;
	child.onData(data => {
		raw += data;
		terminal.write(data);
		const recent = raw.slice(-(data.length + 8));
		const begun = recent.lastIndexOf('\u001B[?2026h');
		const ended = recent.lastIndexOf('\u001B[?2026l');
		if (begun >= 0 || ended >= 0) midFrame = begun > ended;
		wake?.();
	});
	const nextOutput = (ms: number) =>
		new Promise<void>(resolve => {
			const done = () => {
				clearTimeout(timer);
				wake = undefined;
				resolve();
			};
			const timer = setTimeout(done, ms);
			wake = done;
		});
	let gone = false;
	const exit = new Promise<{exitCode: number; signal?: number}>(resolve => {
		child.onExit(result => {
			gone = true;
			resolve(result);
		});
	});

	const flush = () => new Promise<void>(resolve => terminal.write('', resolve));
	const lines = () => {
		const buffer = terminal.buffer.active;
		return Array.from({length: terminal.rows}, (_, row) => buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
	};
	const screen = () => lines().join('\n');

	return {
		child,
		terminal,
		exit,
		raw: () => raw,
		lines,
		screen,
		/** Waits for the screen to satisfy a condition. Generous limit: a loaded 2-core machine is slow. */
		async waitFor(condition: (screen: string) => boolean, what: string, timeout = 20_000) {
			const started = Date.now();
			for (;;) {
				await flush();
				if ((!midFrame || gone) && condition(screen())) return screen();
				if (Date.now() - started > timeout) throw new Error(`timed out waiting for ${what}; screen:\n${screen()}`);
				await nextOutput(25);
			}
		},
		/** Waits until the program handles a signal itself: the dashboard takes them over just after its first frame. */
		handles(signal: NodeJS.Signals) {
			return untilCatches(child.pid, signal);
		},
		/** Waits for the process to end, or fails with the screen it left, instead of hanging the test. */
		async exited(timeout = 20_000) {
			let timer: NodeJS.Timeout | undefined;
			const limit = new Promise<never>((_, reject) => {
				timer = setTimeout(() => reject(new Error(`the program did not exit within ${timeout} ms; screen:\n${screen()}`)), timeout);
			});
			try {
				return await Promise.race([exit, limit]);
			} finally {
				clearTimeout(timer);
			}
		},
		type(text: string) {
			child.write(text);
		},
		resize(columns: number, rows: number) {
			child.resize(columns, rows);
			terminal.resize(columns, rows);
		},
		/** Rows the emulator had to wrap: something was drawn wider than the terminal. */
		wrappedRows() {
			const buffer = terminal.buffer.active;
			return Array.from({length: terminal.rows}, (_, row) => row).filter(row => buffer.getLine(buffer.viewportY + row)?.isWrapped);
		},
		/** The last cursor-visibility mode the program set: true when it left the cursor shown. */
		cursorShown() {
			const shown = raw.lastIndexOf('\u001B[?25h');
			const hidden = raw.lastIndexOf('\u001B[?25l');
			return shown > hidden;
		},
		kill() {
			try {
				child.kill();
			} catch {
				// Already gone.
			}
		},
	};
}

export type CliSession = ReturnType<typeof startCli>;
