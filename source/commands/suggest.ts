// "Did you mean …?" for near misses on the command line: pure, so that it is tested on its own.

/**
 * Edit distance counting a swap of two neighbouring letters as one edit ("mpa" → map), the commonest
 * typing slip (optimal string alignment), with an early stop: anything past `limit` is limit + 1.
 */
export function editDistance(a: string, b: string, limit = 3): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let before: number[] = [];
	let previous = Array.from({length: b.length + 1}, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let rowBest = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j]!, before[j - 2]! + 1);
			rowBest = Math.min(rowBest, current[j]!);
		}
		if (rowBest > limit) return limit + 1;
		before = previous;
		previous = current;
	}
	return previous[b.length]!;
}

/** The closest candidate within a distance that scales with the word (1 for short words, 2 from 5 letters). */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
	const limit = word.length >= 5 ? 2 : 1;
	let best: {candidate: string; distance: number} | undefined;
	for (const candidate of candidates) {
		const distance = editDistance(word.toLowerCase(), candidate, limit);
		if (distance <= limit && (!best || distance < best.distance)) best = {candidate, distance};
	}
	return best?.candidate;
}
