// Terminal modes Ink does not manage: the alternate screen and the cursor (see INK-NOTES item 4), and
// the stream Ink writes to.

export const enterAlternateScreen = '\u001B[?1049h';
export const leaveAlternateScreen = '\u001B[?1049l';
export const showCursor = '\u001B[?25h';
export const hideCursor = '\u001B[?25l';
export const cursorHome = '\u001B[H';
/** Erase Saved Lines: the terminal's scrollback, which belongs to the user. */
export const eraseScrollback = '\u001B[3J';

/** What takes the terminal for the dashboard: the alternate screen, the cursor at its top left. */
export const enterFullScreen = enterAlternateScreen + cursorHome;

export function leaveFullScreen(stream: NodeJS.WriteStream) {
	stream.write(showCursor + leaveAlternateScreen);
}

/** Text with every scrollback erase taken out; the screen erase and cursor home around it stay. */
export function withoutScrollbackErase(text: string): string {
	return text.includes(eraseScrollback) ? text.split(eraseScrollback).join('') : text;
}

/**
 * The stream Ink is given: the terminal, except that Ink can never erase the scrollback. When a frame
 * is as tall as the terminal — after a shrink, or in a 1-row terminal — Ink redraws with ansi-escapes'
 * `clearTerminal`, which is ESC[2J ESC[3J ESC[H: the 3J wipes the user's scrollback (tmux
 * history_size 462 → 0), as `less` never does. The dashboard draws in the alternate screen, where
 * clearing the screen is all that is needed. Filtering here, at the one stream Ink writes to, covers
 * every path in Ink that clears, without replacing ansi-escapes for its other users.
 */
export function scrollbackSafeStream(stream: NodeJS.WriteStream, writeText?: (text: string, ...rest: unknown[]) => boolean): NodeJS.WriteStream {
	const write = (chunk: unknown, ...rest: unknown[]) =>
		typeof chunk === 'string' && writeText ? writeText(withoutScrollbackErase(chunk), ...rest) : (stream.write as (...args: unknown[]) => boolean)(typeof chunk === 'string' ? withoutScrollbackErase(chunk) : chunk, ...rest);
	return new Proxy(stream, {
		get(target, property) {
			if (property === 'write') return write;
			const value = Reflect.get(target, property, target) as unknown;
			return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
		},
	});
}
