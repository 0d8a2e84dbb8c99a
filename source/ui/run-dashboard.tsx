import {render, useStdout} from 'ink';
import React, {useEffect} from 'react';
import {sanitiseText} from '../model/sanitise.js';
import type {StoryFile} from '../model/schema.js';
import type {LibrarySession} from '../library/library-session.js';
import {App} from './app.js';
import {inputModes, type DashboardHabits} from './dashboard-habits.js';
import {ErrorBoundary} from './components/error-boundary.js';
import {firstFrameWriter, type FirstFrameHandOff} from './first-frame.js';
import {LibraryApp} from './picker/library-app.js';
import {enterFullScreen, hideCursor, leaveFullScreen, scrollbackSafeStream} from './terminal-modes.js';
import {useKeyInput} from './use-key-input.js';

/**
 * Job control, beside the app: Ctrl-Z (a key in raw mode, not a signal) suspends, and `redraw` is handed
 * out so that the frame can be painted again after `fg`. Ink's `useStdout().write` clears its output,
 * writes the text and then writes the last frame again, which is a full repaint when given nothing.
 */
function JobControl({onSuspendKey, onRedrawReady}: {onSuspendKey: () => void; onRedrawReady: (redraw: () => void) => void}) {
	const {write} = useStdout();
	// Not Ink's useInput: it throws on some modified keys (ESC[1;5P), see key-input.ts.
	useKeyInput(strokes => {
		if (strokes.some(stroke => stroke.ctrl && stroke.name === 'z')) onSuspendKey();
	});
	useEffect(() => onRedrawReady(() => write('')), [write, onRedrawReady]);
	return null;
}

/** One story in the dashboard; `newItems` are marked as new since the last visit. */
export function runDashboard(
	story: StoryFile,
	options: {note?: string; newItems?: ReadonlySet<string>; habits?: DashboardHabits; refreshUnavailable?: string; firstFrame?: FirstFrameHandOff} = {},
): Promise<number> {
	const habits = options.habits ?? {};
	return runFullScreen(<App story={story} note={options.note} newItems={options.newItems} habits={habits} refreshUnavailable={options.refreshUnavailable} />, habits, options.firstFrame);
}

/** The library: the story picker, and the stories it opens, in one Ink instance. */
export function runLibrary(session: LibrarySession, options: {folder: string; onWarning?: (text: string) => void; habits?: DashboardHabits; firstFrame?: FirstFrameHandOff}): Promise<number> {
	const habits = options.habits ?? {};
	return runFullScreen(<LibraryApp session={session} folder={options.folder} onWarning={options.onWarning} habits={habits} />, habits, options.firstFrame);
}

/**
 * Runs a screen in the alternate screen and gives the terminal back as it found it on every way
 * out: q and Ctrl-C (exit 0), SIGTERM, SIGHUP and SIGINT from outside, and an uncaught error (exit 1).
 * `firstFrame`: what is written up to and with the first frame goes through it (ui/first-frame.ts).
 */
async function runFullScreen(screen: React.ReactElement, habits: DashboardHabits, firstFrame?: FirstFrameHandOff): Promise<number> {
	const {stdout, stdin} = process;
	const first = firstFrameWriter(stdout, firstFrame);
	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		try {
			if (stdin.isTTY) stdin.setRawMode(false);
		} catch {
			// The terminal may already be gone (SIGHUP); nothing left to restore then.
		}
		stdout.write(inputModes(false));
		leaveFullScreen(stdout);
	};
	// Last resort: whatever ends the process, the terminal is restored on the way out.
	process.on('exit', restore);

	first.write(enterFullScreen);
	// Mouse reporting (unless --no-mouse) and bracketed paste, switched off again on every way out.
	first.write(inputModes(true, habits));
	// Raw mode before the first frame: a key pressed while Ink starts (Ctrl-C included) waits in the input
	// buffer for the dashboard instead of being echoed or turned into a signal by the terminal.
	if (stdin.isTTY) stdin.setRawMode(true);
	let redraw = () => {};
	// Ctrl-Z and SIGTSTP: give the terminal back as a shell expects it, then stop for real (SIGSTOP,
	// since this process handles SIGTSTP itself). SIGCONT (fg): take the terminal again and repaint.
	const suspend = () => {
		try {
			if (stdin.isTTY) stdin.setRawMode(false);
		} catch {
			// The terminal may be gone; stopping is still right.
		}
		stdout.write(inputModes(false));
		leaveFullScreen(stdout);
		process.kill(process.pid, 'SIGSTOP');
	};
	const resume = () => {
		// Raw mode first: continued in the background (`bg`), changing the terminal's modes stops the
		// process again (SIGTTOU) before it draws anything over the shell; `fg` continues it here.
		try {
			if (stdin.isTTY) stdin.setRawMode(true);
		} catch {
			// Nothing to take back; the next key will fail to read and end the program.
		}
		stdout.write(enterFullScreen);
		stdout.write(hideCursor + inputModes(true, habits));
		// The size may have changed while stopped; Node re-reads it only on SIGWINCH.
		(stdout as unknown as {_refreshSize?: () => void})._refreshSize?.();
		stdout.emit('resize');
		redraw();
	};
	const onRedrawReady = (next: () => void) => {
		redraw = next;
	};
	// Handlers before the first frame: a signal in between would otherwise end the program with the
	// terminal still in raw mode and the alternate screen.
	let instance: ReturnType<typeof render> | undefined;
	const exitOnSignal = (signal: NodeJS.Signals, code: number) => () => {
		instance?.unmount();
		restore();
		process.exit(code);
	};
	const handlers: Array<[NodeJS.Signals, () => void]> = [
		['SIGTERM', exitOnSignal('SIGTERM', 143)],
		['SIGHUP', exitOnSignal('SIGHUP', 129)],
		['SIGINT', exitOnSignal('SIGINT', 130)],
		['SIGTSTP', suspend],
		['SIGCONT', resume],
	];
	for (const [signal, handler] of handlers) process.on(signal, handler);
	try {
		instance = render(
			<ErrorBoundary>
				{screen}
				<JobControl onSuspendKey={suspend} onRedrawReady={onRedrawReady} />
			</ErrorBoundary>,
			// Ink holds frames to 30 a second by default, so a key pressed just after a frame waited up to
			// 33 ms; frames are cheap now (only visible rows are drawn), so allow one every 4 ms.
			{exitOnCtrlC: false, patchConsole: false, maxFps: 250, stdout: scrollbackSafeStream(stdout, first.write)},
		);
	} finally {
		// Ink draws its first frame inside render(); whatever happened, later writes are not held back.
		first.finish();
	}

	// An error outside React's tree: give the terminal back first, so that the message is readable.
	const onUncaught = (error: unknown) => {
		try {
			instance.unmount();
		} catch {
			// Ink may be the part that failed.
		}
		restore();
		process.stderr.write(`summit-tui: internal error: ${(error as Error)?.message ?? String(error)}\n`);
		process.exit(1);
	};
	process.on('uncaughtException', onUncaught);
	process.on('unhandledRejection', onUncaught);

	try {
		await instance.waitUntilExit();
		return 0;
	} catch (error) {
		restore();
		process.stderr.write(`summit-tui: the dashboard failed: ${sanitiseText((error as Error).message)}\n`);
		return 1;
	} finally {
		for (const [signal, handler] of handlers) process.off(signal, handler);
		process.off('uncaughtException', onUncaught);
		process.off('unhandledRejection', onUncaught);
		restore();
	}
}
