// Positions in a paragraph, kept sorted, found by bisection: a paragraph may hold thousands of quotations.
// A leaf module, so that the quote stage's files can share it without an import cycle.

/** The index of the first of the sorted positions that is at least `value` (their length when none is). */
export function firstAtLeast(sorted: number[], value: number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (sorted[middle]! < value) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** How many of the sorted positions lie in [from, to): two binary searches, for long paragraphs. */
export function countBetween(sorted: number[], from: number, to: number): number {
	return to <= from ? 0 : firstAtLeast(sorted, to) - firstAtLeast(sorted, from);
}
