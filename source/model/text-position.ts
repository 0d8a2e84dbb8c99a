// Where a character offset is in a text, for messages a person can act on: shared by the story loader
// and the config reader, and free of the validator, so reading a config does not load zod.

/** Line and column (both from 1) of a character offset, for messages a person can act on. */
export function lineAndColumn(text: string, offset: number): {line: number; column: number} {
	return locate(lineStarts(text), offset);
}

/** Where each line of a text starts: computed once, so that locating many errors stays linear. */
export function lineStarts(text: string): number[] {
	const starts = [0];
	for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
	return starts;
}

export function locate(starts: number[], offset: number): {line: number; column: number} {
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (starts[middle]! <= offset) low = middle;
		else high = middle - 1;
	}
	return {line: low + 1, column: offset - starts[low]! + 1};
}

/** The line an error is on, cut to about 60 characters around the column, and a caret under the spot. */
export function excerptWithCaret(text: string, line: number, column: number, starts = lineStarts(text)): [string, string] {
	const from = starts[line - 1] ?? text.length;
	const to = starts[line] === undefined ? text.length : starts[line]! - 1;
	const content = text.slice(from, to);
	const start = Math.max(0, Math.min(column - 1 - 30, content.length - 60));
	const shown = (start > 0 ? '…' : '') + content.slice(start, start + 60) + (start + 60 < content.length ? '…' : '');
	const caretAt = column - 1 - start + (start > 0 ? 1 : 0);
	// Tabs keep their width in the caret line so that the caret stays under the spot.
	const padding = Array.from(shown.slice(0, caretAt), character => (character === '\t' ? '\t' : ' ')).join('');
	return [shown, `${padding}^`];
}

