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
