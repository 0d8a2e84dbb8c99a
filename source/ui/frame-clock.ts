// When the terminal last received a frame, so that work a key asks for (a search) runs just after the
// frame that answers the key (the typed character), not after a fixed wait that guessed when Ink would
// draw it: Ink draws at once unless it drew less than 4 ms before, and then at the end of those 4 ms.

export type FrameClock = {
	/** performance.now() of the last write to the terminal (0: none yet). */
	readonly lastWriteAt: number;
	/** Ink's stream calls this on every write. */
	written(): void;
	/** Calls `callback` once, on the next write; returns a cancel. */
	onNextWrite(callback: () => void): () => void;
};

export function createFrameClock(now: () => number = () => performance.now()): FrameClock {
	let waiting: Array<() => void> = [];
	const clock = {
		lastWriteAt: 0,
		written() {
			clock.lastWriteAt = now();
			const callbacks = waiting;
			waiting = [];
			for (const callback of callbacks) callback();
		},
		onNextWrite(callback: () => void) {
			waiting.push(callback);
			return () => {
				waiting = waiting.filter(each => each !== callback);
			};
		},
	};
	return clock;
}

/** The dashboard's terminal: run-dashboard.tsx hands Ink a stream that notes its writes here. */
export const terminalFrames = createFrameClock();

export type Timers = {
	setTimeout(callback: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
	setImmediate(callback: () => void): unknown;
	clearImmediate(handle: unknown): void;
};

const nodeTimers: Timers = {
	setTimeout: (callback, ms) => setTimeout(callback, ms),
	clearTimeout: handle => clearTimeout(handle as NodeJS.Timeout),
	setImmediate: callback => setImmediate(callback),
	clearImmediate: handle => clearImmediate(handle as NodeJS.Immediate),
};

/**
 * Runs `work` once the frame answering a key pressed at `keyAt` is on the terminal: on the next turn
 * when something was written since the key, else just after the next write, or after `fallbackMs` when
 * nothing is written (the key changed nothing on screen). Returns a cancel, for a newer key.
 */
export function afterAnsweringFrame(clock: FrameClock, keyAt: number, work: () => void, {timers = nodeTimers, fallbackMs = 6}: {timers?: Timers; fallbackMs?: number} = {}): () => void {
	let immediate: unknown;
	let fallback: unknown;
	let stopWaiting = () => {};
	const runSoon = () => {
		stopWaiting();
		timers.clearTimeout(fallback);
		immediate ??= timers.setImmediate(work);
	};
	if (clock.lastWriteAt >= keyAt) runSoon();
	else {
		stopWaiting = clock.onNextWrite(runSoon);
		fallback = timers.setTimeout(runSoon, fallbackMs);
	}
	return () => {
		stopWaiting();
		timers.clearTimeout(fallback);
		if (immediate !== undefined) timers.clearImmediate(immediate);
	};
}
