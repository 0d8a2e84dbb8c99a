// Terminal modes Ink does not manage: the alternate screen and the cursor (see INK-NOTES item 4).

export const enterAlternateScreen = '\u001B[?1049h';
export const leaveAlternateScreen = '\u001B[?1049l';
export const showCursor = '\u001B[?25h';
export const cursorHome = '\u001B[H';

export function enterFullScreen(stream: NodeJS.WriteStream) {
	stream.write(enterAlternateScreen + cursorHome);
}

export function leaveFullScreen(stream: NodeJS.WriteStream) {
	stream.write(showCursor + leaveAlternateScreen);
}
