import {spawn as spawnPty} from '@lydell/node-pty';
import xterm from '@xterm/headless';

const {Terminal} = xterm;

export type Summary = {median: number; p95: number; runs: number};

export function summarise(samples: number[]): Summary {
	const sorted = samples.toSorted((a, b) => a - b);
	const at = (quantile: number) => sorted[Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] ?? Number.NaN;
	const median = sorted.length % 2 === 1 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
	return {median: round(median), p95: round(at(0.95)), runs: samples.length};
}

export const round = (value: number) => Math.round(value * 100) / 100;

/** The child environment of a user's terminal: no CI (Ink changes under it), production React. */
export function terminalEnv(extra: Record<string, string> = {}): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [name, value] of Object.entries(process.env)) if (value !== undefined && name !== 'CI' && name !== 'CONTINUOUS_INTEGRATION') env[name] = value;
	return {...env, TERM: 'xterm-256color', ...extra};
}

export type PtySession = {
	pid: number;
	/** Resolves with milliseconds since spawn once the screen shows the text. */
	until(text: string | RegExp, timeout?: number): Promise<number>;
	/** Sends input and resolves with the milliseconds until the screen next changes, with a whole frame. */
	keyToFrame(input: string, timeout?: number): Promise<number>;
	/** Resolves, once the screen has not changed for `quietMs`, with the moment (performance.now()) it last changed. */
	settled(quietMs: number, timeout?: number): Promise<number>;
	write(input: string): void;
	screen(): string;
	kill(): void;
	exited: Promise<void>;
};

/** Spawns a command in a real pseudo-terminal read through a headless terminal emulator. */
export function startPty(command: string, args: string[], size = {columns: 120, rows: 40}, env = terminalEnv()): PtySession {
	const terminal = new Terminal({cols: size.columns, rows: size.rows, allowProposedApi: true});
	const started = performance.now();
	const child = spawnPty(command, args, {name: env['TERM'] ?? 'xterm-256color', cols: size.columns, rows: size.rows, cwd: process.cwd(), env});
	let version = 0;
	let changedAt = started;
	const listeners = new Set<() => void>();
	// Ink wraps each frame in synchronised output (ESC[?2026h … ESC[?2026l); a frame of several KB reaches
	// the emulator in more than one read, and a key sent when the first part had changed the screen was
	// timed by the rest of the frame before it (2-10 ms "frames" that were the last key's). A key's frame
	// is seen once the chunk that ends it has been read (midFrame, in the order the chunks are parsed).
	let midFrame = false;
	child.onData(data => {
		const begun = data.lastIndexOf('\u001B[?2026h');
		const ended = data.lastIndexOf('\u001B[?2026l');
		terminal.write(data, () => {
			if (begun >= 0 || ended >= 0) midFrame = begun > ended;
			version++;
			changedAt = performance.now();
			for (const listener of listeners) listener();
		});
	});
	const exited = new Promise<void>(resolve => child.onExit(() => resolve()));
	const screen = () => {
		const buffer = terminal.buffer.active;
		return Array.from({length: terminal.rows}, (_, row) => buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '').join('\n');
	};
	const waitFor = (check: () => boolean, timeout: number, what: string) =>
		new Promise<number>((resolve, reject) => {
			if (check()) {
				resolve(performance.now());
				return;
			}
			const timer = setTimeout(() => {
				listeners.delete(listener);
				reject(new Error(`timed out after ${timeout} ms waiting for ${what}; screen:\n${screen()}`));
			}, timeout);
			const listener = () => {
				if (!check()) return;
				clearTimeout(timer);
				listeners.delete(listener);
				resolve(performance.now());
			};
			listeners.add(listener);
		});
	return {
		pid: child.pid,
		async until(text, timeout = 30_000) {
			const matches = () => (typeof text === 'string' ? screen().includes(text) : text.test(screen()));
			return (await waitFor(matches, timeout, String(text))) - started;
		},
		async keyToFrame(input, timeout = 10_000) {
			const before = screen();
			const sent = performance.now();
			child.write(input);
			const seenAt = await waitFor(() => !midFrame && screen() !== before, timeout, `a frame after ${JSON.stringify(input)}`);
			return seenAt - sent;
		},
		settled(quietMs, timeout = 10_000) {
			const deadline = performance.now() + timeout;
			return new Promise<number>((resolve, reject) => {
				const check = () => {
					const now = performance.now();
					if (now - changedAt >= quietMs) resolve(changedAt);
					else if (now > deadline) reject(new Error(`the screen was still changing after ${timeout} ms`));
					else setTimeout(check, Math.max(1, quietMs - (now - changedAt)));
				};
				check();
			});
		},
		write: input => child.write(input),
		screen,
		kill: () => child.kill(),
		exited,
	};
}

/** Peak resident memory of a live process, from Linux's /proc (VmHWM), in MiB. */
export async function peakRssMiB(pid: number): Promise<number | undefined> {
	const {readFile} = await import('node:fs/promises');
	try {
		const status = await readFile(`/proc/${pid}/status`, 'utf8');
		const match = /VmHWM:\s+(\d+) kB/.exec(status);
		return match ? round(Number(match[1]) / 1024) : undefined;
	} catch {
		return undefined;
	}
}
