import type {Writable} from 'node:stream';
import inkLogUpdate, {type LogUpdate} from '../../node_modules/ink/build/log-update.js';
import {frameDiff} from './frame-diff.js';
import {lineCells, type LineCells} from './line-cells.js';

// Stands in for Ink's log-update.js in the bundle (source/build-plugins.mjs): a frame with as many lines
// as the last one is written as its changed lines only (frame-diff.ts); everything else (the first
// frame, a frame of another height, clearing, a cursor position, the full-height path's sync) is Ink's
// own writer's, which is kept told of every frame written so that it can take over at any time.

/** Ink's writer, with a frame of the same height as the last written as a line-by-line difference. */
export function lineDiffLogUpdate(inner: LogUpdate, stream: Writable): LogUpdate {
	// The lines on screen, when this writer knows them; undefined sends the next frame to Ink's writer.
	let onScreen: string[] | undefined;
	// A cursor placed in the frame moves with Ink's own bookkeeping: Ink's writer does everything then.
	let cursorUsed = false;
	// The cells of the lines on screen, as read for the last frame: each line is read once.
	let known = new Map<string, LineCells | undefined>();
	const render = ((text: string) => {
		const next = text.split('\n');
		const read = new Map<string, LineCells | undefined>();
		const cellsOf = (line: string) => {
			if (!read.has(line)) read.set(line, known.has(line) ? known.get(line) : lineCells(line));
			return read.get(line);
		};
		const diff = onScreen && !cursorUsed && !inner.isCursorDirty() ? frameDiff(onScreen, next, cellsOf) : undefined;
		known = read;
		if (diff === undefined) {
			const wrote = inner(text);
			onScreen = cursorUsed ? undefined : next;
			return wrote;
		}
		if (diff === '') return false;
		stream.write(diff);
		// Ink's writer now has this frame as its last (it writes nothing without a cursor to place).
		inner.sync(text);
		onScreen = next;
		return true;
	}) as LogUpdate;
	render.clear = () => {
		inner.clear();
		onScreen = undefined;
	};
	render.done = () => {
		inner.done();
		onScreen = undefined;
	};
	// Ink's full-height path has drawn the frame itself (no newline after it): the next frame goes whole.
	render.sync = text => {
		inner.sync(text);
		onScreen = undefined;
	};
	render.setCursorPosition = position => {
		if (position) cursorUsed = true;
		inner.setCursorPosition(position);
	};
	render.isCursorDirty = () => inner.isCursorDirty();
	render.willRender = text => inner.willRender(text);
	// A terminal may move what is on it when resized: the first frame after that is written whole.
	stream.on('resize', () => {
		onScreen = undefined;
	});
	return render;
}

export default {
	create: (stream: Writable, options?: {showCursor?: boolean; incremental?: boolean}) => {
		const inner = inkLogUpdate.create(stream, options);
		// Ink's own incremental writer, when asked for, is left as it is.
		return options?.incremental ? inner : lineDiffLogUpdate(inner, stream);
	},
};
