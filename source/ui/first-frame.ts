// The dashboard's side of a first frame drawn before Ink loaded (source/first-frame-cache.ts): what the
// screen wrote up to and with its own first frame is held back when it is what the terminal already
// shows, so Ink takes over without drawing the frame twice; when it differs (the terminal was resized
// in between, or an input the cache's key misses changed), the screen is cleared and drawn as Ink has it.

import {inputModes} from './dashboard-habits.js';
import {cursorHome, enterAlternateScreen} from './terminal-modes.js';

export type FirstFrameHandOff = {
	/** The bytes a cached first frame already put on the terminal (screen modes and frame), if any. */
	readonly shown: string | undefined;
	/** Told, once, what the dashboard wrote up to and with its own first frame. */
	drawn(frame: string): void;
};

/** The hand-off as the command line holds it: the screen may not be drawn after all (another path taken). */
export type KeptFrame = FirstFrameHandOff & {
	/** Gives the terminal back as it was before a kept frame was shown (nothing, if none was). */
	abandon(): void;
};

const beginSynchronised = '\u001B[?2026h';
const endSynchronised = '\u001B[?2026l';
const eraseScreen = '\u001B[2J';

/**
 * What replaces a shown frame that is not the dashboard's: input modes off (the frame turns its own
 * on again), the screen erased, then the frame, within one synchronised update so that no terminal
 * that supports it shows the blank screen. The alternate screen is not entered twice: entering it
 * again would save the cursor over the shell's, which leaving restores.
 */
export function repaintOver(frame: string): string {
	return beginSynchronised + inputModes(false) + cursorHome + eraseScreen + frame.replace(enterAlternateScreen, '') + endSynchronised;
}

export type FirstFrameWriter = {
	/**
	 * Writes text to the terminal, or holds it while a shown frame stands in for it; a callback given
	 * (Ink waits on `write('', done)` before its exit settles) is called either way.
	 */
	write(text: string, ...rest: unknown[]): boolean;
	/** The first frame is drawn: compares, repaints if needed, tells the hand-off; later writes pass. */
	finish(): void;
};

/** Without a hand-off every write passes at once and nothing is recorded. */
export function firstFrameWriter(stream: NodeJS.WriteStream, handOff: FirstFrameHandOff | undefined): FirstFrameWriter {
	let recorded: string[] | undefined = handOff ? [] : undefined;
	const holding = handOff?.shown !== undefined;
	return {
		write(text, ...rest) {
			if (recorded) {
				recorded.push(text);
				if (holding) {
					const done = rest.find(argument => typeof argument === 'function') as (() => void) | undefined;
					if (done) process.nextTick(done);
					return true;
				}
			}
			return (stream.write as (...args: unknown[]) => boolean)(text, ...rest);
		},
		finish() {
			if (!recorded || !handOff) return;
			const frame = recorded.join('');
			recorded = undefined;
			if (holding && frame !== handOff.shown) stream.write(repaintOver(frame));
			handOff.drawn(frame);
		},
	};
}
