import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

// Distributional word classes (the classic help for a perceptron tagger: Brown clusters in Ratinov & Roth
// 2009): words that occur between the same neighbours fall into one class, so a name the annotated data
// never showed ("Tbilisi") shares weights with those it did ("Kyiv", "Ankara"). Learned from unlabelled
// text by test/ingest-eval/word-classes-build.ts; here only the lookup. Each word has a path of class
// numbers from coarse to fine; the tagger sees the path's prefixes.

/** Each word (as written) and its class path, e.g. "Kyiv" -> [3, 41, 130]. */
export type WordClasses = Map<string, number[]>;

/** The file: one line per word, "word<TAB>3.41.130", in sorted order. */
export type StoredWordClasses = {format: 'summit-word-classes'; version: 1; levels: number[]; words: string};

export function storeWordClasses(classes: WordClasses, levels: number[]): StoredWordClasses {
	const lines = [...classes.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([word, path]) => `${word}\t${path.join('.')}`);
	return {format: 'summit-word-classes', version: 1, levels, words: lines.join('\n')};
}

export function loadWordClasses(stored: StoredWordClasses): WordClasses {
	const classes: WordClasses = new Map();
	for (const line of stored.words.split('\n')) {
		const tab = line.indexOf('\t');
		if (tab > 0) classes.set(line.slice(0, tab), line.slice(tab + 1).split('.').map(Number));
	}
	return classes;
}

/** A token's text as the classes key it: letters and digits kept, surrounding punctuation dropped. */
export function classKey(text: string): string {
	return text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** The class path of a word: as written, else in lower case (a capitalised sentence opening), else none. */
export function classOf(classes: WordClasses, text: string): number[] | undefined {
	const key = classKey(text);
	return classes.get(key) ?? classes.get(key.toLowerCase());
}

/** Features of token `index`: its class at every level, and the finest-but-one class of its neighbours. */
export function classFeatures(classes: WordClasses, texts: string[], index: number): string[] {
	const own = classOf(classes, texts[index]!);
	const features: string[] = [];
	if (own) own.forEach((_, level) => features.push(`c${level}=${own.slice(0, level + 1).join('.')}`));
	else features.push('c=unknown');
	const neighbour = (at: number, name: string) => {
		if (at < 0 || at >= texts.length) return;
		const path = classOf(classes, texts[at]!);
		features.push(`${name}=${path ? path.slice(0, 2).join('.') : 'unknown'}`);
	};
	neighbour(index - 1, 'c-1');
	neighbour(index + 1, 'c+1');
	return features;
}

let current: WordClasses | undefined;
let tried = false;

/** Training and cross-validation set the classes they built (or none, to compare without them). */
export function useWordClassesInstead(classes: WordClasses | undefined): void {
	current = classes;
	tried = true;
}

/**
 * The committed classes (data/name-tagger/word-classes.json), read with the weights on the importer's first
 * article; without the file the tagger runs without class features (as its weights were trained then).
 */
export function committedWordClasses(): WordClasses | undefined {
	if (tried) return current;
	tried = true;
	const candidates = ['../data/name-tagger/word-classes.json', '../../../data/name-tagger/word-classes.json'].map(relative => fileURLToPath(new URL(relative, import.meta.url)));
	const file = candidates.find(candidate => existsSync(candidate));
	if (file) current = loadWordClasses(JSON.parse(readFileSync(file, 'utf8')) as StoredWordClasses);
	return current;
}
