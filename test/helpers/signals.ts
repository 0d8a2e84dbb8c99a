import {readFileSync} from 'node:fs';
import {constants} from 'node:os';

/** Whether a process has its own handler for a signal: its caught-signals mask in /proc (Linux). */
export function catchesSignal(pid: number, signal: NodeJS.Signals): boolean {
	const mask = /^SigCgt:\s*([0-9a-f]+)$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
	return mask !== undefined && (BigInt(`0x${mask}`) & (1n << BigInt(constants.signals[signal] - 1))) !== 0n;
}

/**
 * Waits until a process handles a signal itself. A program takes its signals over at some moment of its
 * run; a signal sent before that gets the default action (SIGTSTP is even discarded in a pseudo-terminal,
 * whose process group is orphaned), and a test sending it then would test something else.
 */
export async function untilCatches(pid: number, signal: NodeJS.Signals, timeout = 20_000): Promise<void> {
	const started = Date.now();
	while (!catchesSignal(pid, signal)) {
		if (Date.now() - started > timeout) throw new Error(`process ${pid} did not take over ${signal} within ${timeout} ms`);
		await new Promise(resolve => setTimeout(resolve, 5));
	}
}
