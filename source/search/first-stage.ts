// The fast matcher's settings, shared by the large-story first stage (search.ts) and the filter of short
// lists (filter-texts.ts): one typo-tolerant matcher behind every front end. Kept apart from search.ts so
// that the story picker can filter without loading fuse.js.

/** The first stage's settings: Unicode letters, one typo (insertion, omission, substitution, swap) a term. */
export const firstStageOptions = {
	unicode: true,
	interSplit: "[^\\p{L}\\d']+",
	intraSplit: '\\p{Ll}\\p{Lu}',
	intraBound: '\\p{L}\\d|\\d\\p{L}|\\p{Ll}\\p{Lu}',
	intraChars: "[\\p{L}\\d']",
	// The default contraction pattern is written for a-z and breaks once letters are \p{L}.
	intraContr: "'\\p{L}{1,2}\\b",
	intraMode: 1,
	intraIns: 1,
	intraSub: 1,
	intraTrn: 1,
	intraDel: 1,
} as const;

/**
 * The same matcher for the words of the word index (word-index.ts): a word holds only letters, digits,
 * apostrophes and underscores, so there "[\\p{L}\\d']" (a letter slot for a typo) means "not an
 * underscore". uFuzzy builds a new pattern for every term, with that class in each of up to 20 typo slots,
 * and compiling a case-insensitive \\p{L} for each cost 5-30 ms a key at 100k items; "[^_]" matches the
 * same words and compiles at once.
 */
export const wordStageOptions = {...firstStageOptions, intraChars: '[^_]'} as const;
