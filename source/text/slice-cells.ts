import {eastAsianWidth} from 'get-east-asian-width';
import {isSimpleText} from './cell-width.js';

// Ink cuts text that overflows a box with slice-ansi, and cli-truncate uses it too. slice-ansi builds
// a grapheme segmenter when it is loaded (some 20-80 ms on these machines, the first one in a process
// pays for loading the break rules) and segments every string it cuts. Text without escapes in which
// each code point is a grapheme of its own (cell-width.ts: isSimpleText) is cut here with the same
// answer; anything else goes to slice-ansi, loaded on first need. test/text/slice-cells.test.ts holds
// the two to the same results.

type SliceAnsi = (text: string, start: number, end?: number) => string;

/** slice-ansi's answers: the cells from `start` up to `end`, a wide character kept whole at either edge as slice-ansi keeps it. */
export function fastSliceAnsi(loadSliceAnsi: () => SliceAnsi): SliceAnsi {
	let full: SliceAnsi | undefined;
	return (text, start, end) => {
		if (text.includes('\u001B') || text.includes('\u009B') || !isSimpleText(text)) return (full ??= loadSliceAnsi())(text, start, end);
		let position = 0;
		let from = -1;
		let index = 0;
		for (; index < text.length; ) {
			if (end !== undefined && position >= end) break;
			const codePoint = text.codePointAt(index)!;
			if (from < 0 && position >= start) from = index;
			position += eastAsianWidth(codePoint);
			index += codePoint > 0xffff ? 2 : 1;
		}
		return from < 0 ? '' : text.slice(from, index);
	};
}
