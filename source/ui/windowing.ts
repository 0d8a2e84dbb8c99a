/**
 * First row of the visible window over `total` rows, `height` tall, keeping `focusRow` visible and, where
 * the list allows, in the middle (so the rows around the selection are always in view).
 */
export function windowStart(total: number, height: number, focusRow: number): number {
	if (height <= 0 || total <= height) return 0;
	const centred = focusRow - Math.floor((height - 1) / 2);
	return Math.max(0, Math.min(centred, total - height));
}

// One position indicator, the same everywhere: "<where> of <how many>". Lists say which item is
// selected; documents and help say which lines are on screen.

/** "3 of 42": the selected item of a list. */
export function itemPosition(index: number, count: number): string {
	return count === 0 ? '0 of 0' : `${index + 1} of ${count}`;
}

/** "lines 1–20 of 62": the lines of a document on screen; nothing when it all fits. */
export function linePosition(start: number, height: number, total: number): string | undefined {
	if (total <= height) return undefined;
	return `lines ${start + 1}–${Math.min(total, start + height)} of ${total}`;
}
