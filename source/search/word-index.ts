// An inverted index of words for the first search stage. uFuzzy's pattern for a term of letters can
// only match inside one word (its characters and typo slots are letters, digits and apostrophes), so a
// text matches exactly when one of its words does. A story of 10k items has tens of thousands of words
// but only thousands of distinct ones: testing the pattern on each distinct word once, then reading
// which texts hold the matching words, is far cheaper than testing it on every long text.

/** Characters of a word; the underscore is included so that "\b" reads the same inside a word as in the text. */
const wordPattern = /[\p{L}\d'_]+/gu;

export type WordIndex = {
	/** Distinct words as written. */
	words: string[];
	/** For each word, the positions of the texts that contain it, ascending. */
	postings: number[][];
	textCount: number;
};

export function createWordIndex(): WordIndex & {add(text: string, position: number): void} {
	const ids = new Map<string, number>();
	const index = {
		words: [] as string[],
		postings: [] as number[][],
		textCount: 0,
		add(text: string, position: number) {
			index.textCount = Math.max(index.textCount, position + 1);
			for (const [word] of text.matchAll(wordPattern)) {
				let id = ids.get(word);
				if (id === undefined) {
					id = index.words.length;
					ids.set(word, id);
					index.words.push(word);
					index.postings.push([]);
				}
				const list = index.postings[id]!;
				if (list.at(-1) !== position) list.push(position);
			}
		},
	};
	return index;
}

/** Whether a term can be looked up by words: letters only (a term with digits or quotes can span more). */
export function isWordTerm(term: string): boolean {
	return /^\p{L}+$/u.test(term);
}

/**
 * The positions of the texts that hold a word among `matchingWords`, ascending, limited to `within`
 * (ascending) when given: the same answer as testing the term's pattern on every text.
 */
export function textsWithWords(index: WordIndex, matchingWords: readonly number[], within?: readonly number[]): number[] {
	const marked = new Uint8Array(index.textCount);
	for (const word of matchingWords) for (const position of index.postings[word]!) marked[position] = 1;
	const found: number[] = [];
	if (within) {
		for (const position of within) if (marked[position]) found.push(position);
	} else {
		for (let position = 0; position < marked.length; position++) if (marked[position]) found.push(position);
	}
	return found;
}

/** How many text positions the postings of these words hold in all: the work textsWithWords does. */
export function postingsCount(index: WordIndex, words: readonly number[]): number {
	let count = 0;
	for (const word of words) count += index.postings[word]!.length;
	return count;
}
