/**
 * First row of the visible window over `total` rows, `height` tall, keeping `focusRow` visible and, where
 * the list allows, in the middle (so the rows around the selection are always in view).
 */
export function windowStart(total: number, height: number, focusRow: number): number {
	if (height <= 0 || total <= height) return 0;
	const centred = focusRow - Math.floor((height - 1) / 2);
	return Math.max(0, Math.min(centred, total - height));
}

/** Window for a detail document: the selected link's lines in view, or a plain scroll offset. */
export function detailWindowStart(linkRows: number[], total: number, height: number, scroll: number): number {
	if (linkRows.length === 0) return Math.max(0, Math.min(scroll, total - height));
	const first = linkRows[0]!;
	const last = linkRows.at(-1)!;
	const start = windowStart(total, height, first);
	// A link that wraps over several lines should be wholly visible where it fits.
	return last >= start + height ? Math.min(last - height + 1, Math.max(0, total - height)) : start;
}

/** "12/31": the position marker a pane's title shows. */
export function positionLabel(index: number, count: number): string {
	return count === 0 ? '0/0' : `${index + 1}/${count}`;
}
