// The pieces test of fuse-score.ts (keys14): a text that holds none of a pattern's k + 1 pieces cannot
// match it within k errors, so fuse.js's scan of it can be skipped.

/** The pattern cut into `count` pieces, as evenly as possible (each of one letter at least). */
export function patternPieces(pattern: string, count: number): string[] {
	return Array.from({length: count}, (_, piece) => pattern.slice(Math.floor((piece * pattern.length) / count), Math.floor(((piece + 1) * pattern.length) / count)));
}

/**
 * Whether the text holds one of the pieces verbatim. A pattern cut into `errors + 1` pieces that matches
 * with at most `errors` errors (a letter left out, put in or changed, as fuse.js's bitap counts them) has
 * at most one piece changed per error, so one piece at least appears in the text as it is: a text holding
 * none cannot match, and fuse.js's scan of it would find nothing. No pieces: nothing can match.
 */
export function holdsAPiece(text: string, pieces: readonly string[]): boolean {
	for (let at = 0; at < pieces.length; at++) if (text.includes(pieces[at]!)) return true;
	return false;
}
