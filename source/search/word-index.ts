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
	/**
	 * The other way round: each text's words (ids into `words`), text by text; the words of the text at
	 * `position` are `textWords[textStarts[position]]` up to `textWords[textStarts[position + 1]]`.
	 */
	textWords: Int32Array;
	textStarts: Int32Array;
};

export function createWordIndex(): WordIndex & {add(text: string, position: number): void} {
	const ids = new Map<string, number>();
	// Typed arrays grown by doubling: millions of word ids at 100k items, which the garbage collector
	// need not walk as it would an array of numbers.
	let wordCount = 0;
	const index = {
		words: [] as string[],
		postings: [] as number[][],
		textCount: 0,
		textWords: new Int32Array(1024) as Int32Array<ArrayBuffer>,
		textStarts: new Int32Array([0, 0]) as Int32Array<ArrayBuffer>,
		add(text: string, position: number) {
			// Texts come in position order; a position skipped holds no words.
			while (index.textCount <= position) {
				if (index.textCount + 2 > index.textStarts.length) index.textStarts = grown(index.textStarts, index.textCount + 2);
				index.textStarts[index.textCount + 1] = wordCount;
				index.textCount++;
			}
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
				if (wordCount === index.textWords.length) index.textWords = grown(index.textWords, wordCount + 1);
				index.textWords[wordCount++] = id;
			}
			index.textStarts[position + 1] = wordCount;
		},
	};
	return index;
}

function grown(array: Int32Array, atLeast: number): Int32Array<ArrayBuffer> {
	const larger = new Int32Array(Math.max(atLeast, array.length * 2));
	larger.set(array);
	return larger;
}

/** Whether a term can be looked up by words: letters only (a term with digits or quotes can span more). */
export function isWordTerm(term: string): boolean {
	return /^\p{L}+$/u.test(term);
}

/**
 * The positions of the texts that hold a word among `matchingWords`, ascending, limited to `within`
 * (ascending) when given: the same answer as testing the term's pattern on every text. It reads
 * whichever side costs less: the postings of the matching words (a rare term), or the words of each
 * text in `within` (a common term among few texts: "mi" after "m" matches most words).
 */
export function textsWithWords(index: WordIndex, matchingWords: readonly number[], within?: ArrayLike<number>): number[] {
	return Array.from(textPositionsWithWords(index, matchingWords, within));
}

/** The same, as a typed array: what the search keeps between keys, out of the garbage collector's way. */
export function textPositionsWithWords(index: WordIndex, matchingWords: readonly number[], within?: ArrayLike<number>): Int32Array {
	if (within && wordsInTexts(index, within) < postingsCount(index, matchingWords)) return textsHoldingWords(index, matchingWords, within);
	const {marked, found} = scratchOf(index);
	marked.fill(0);
	// Indexed loops: a common word has tens of thousands of postings, and an iterator's results (until V8
	// optimises this, which a function run once a key may never be) are that many objects of garbage.
	for (let nth = 0; nth < matchingWords.length; nth++) {
		const postings = index.postings[matchingWords[nth]!]!;
		for (let at = 0; at < postings.length; at++) marked[postings[at]!] = 1;
	}
	let count = 0;
	if (within) {
		for (let at = 0; at < within.length; at++) if (marked[within[at]!]) found[count++] = within[at]!;
	} else {
		for (let position = 0; position < marked.length; position++) if (marked[position]) found[count++] = position;
	}
	return found.slice(0, count);
}

/**
 * Working arrays of the index's size, made once and reused by every lookup: a new 500 KB of them on each
 * key counted as external memory, which V8 answers with collections of the whole heap.
 */
const scratch = new WeakMap<WordIndex, {marked: Uint8Array; found: Int32Array}>();
function scratchOf(index: WordIndex): {marked: Uint8Array; found: Int32Array} {
	let arrays = scratch.get(index);
	if (!arrays || arrays.marked.length < index.textCount) {
		arrays = {marked: new Uint8Array(index.textCount), found: new Int32Array(index.textCount)};
		scratch.set(index, arrays);
	}
	return arrays;
}

/** The texts in `within` that hold one of the words, read text by text. */
function textsHoldingWords(index: WordIndex, matchingWords: readonly number[], within: ArrayLike<number>): Int32Array {
	const wanted = new Uint8Array(index.words.length);
	for (const word of matchingWords) wanted[word] = 1;
	const {textWords, textStarts} = index;
	const {found} = scratchOf(index);
	let count = 0;
	for (let nth = 0; nth < within.length; nth++) {
		const position = within[nth]!;
		if (position >= index.textCount) continue;
		for (let at = textStarts[position]!, end = textStarts[position + 1]!; at < end; at++) {
			if (wanted[textWords[at]!]) {
				found[count++] = position;
				break;
			}
		}
	}
	return found.slice(0, count);
}

/** How many words the texts at these positions hold in all: the work of reading them text by text. */
function wordsInTexts(index: WordIndex, positions: ArrayLike<number>): number {
	// The mean is close enough to choose a side, and costs nothing to know.
	return positions.length * (index.textCount === 0 ? 0 : index.textStarts[index.textCount]! / index.textCount);
}

/** How many text positions the postings of these words hold in all: the work textsWithWords does. */
export function postingsCount(index: WordIndex, words: readonly number[]): number {
	let count = 0;
	for (const word of words) count += index.postings[word]!.length;
	return count;
}
