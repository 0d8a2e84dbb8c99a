import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import type {Token} from '../tokens.js';

// Word clusters learned from unlabelled tune texts (test/ingest-eval/train-word-clusters.ts): each word
// seen often enough has a bit path, and words used alike share its first bits. The tagger reads prefixes
// of the paths of a word and its neighbours, so a name it never saw labelled still shares the evidence
// of names used the same way. The file (data/name-tagger/word-clusters.txt) is one line a cluster:
// its path, a tab, its words separated by spaces. Read on first use, not before. A feature group under
// trial only (features.ts; cv-names.ts --features=clusters): out of fold it did not help people
// (test/bench/HISTORY.md, 2026-12-07, names10), so the importer neither makes these features nor reads the file.

/** The form a word is clustered and looked up under: digits as 0, a possessive's 's left off. */
export function clusterKey(word: string): string {
	return word.replace(/\p{N}/gu, '0').replace(/['’]s$/u, '');
}

/** The word → path table of a cluster file; a line that is not "PATH<tab>WORDS" is skipped, not an error. */
export function parseClusterFile(text: string): Map<string, string> {
	const paths = new Map<string, string>();
	for (const line of text.split('\n')) {
		const [path, words, extra] = line.split('\t');
		if (extra !== undefined || words === undefined || !/^[01]{1,64}$/u.test(path!)) continue;
		for (const word of words.split(' ')) if (word) paths.set(word, path!);
	}
	return paths;
}

let table: Map<string, string> | undefined;

/** Cross-validation and tests look words up in other clusters (undefined: the committed file again). */
export function useClustersInstead(paths: Map<string, string> | undefined): void {
	table = paths;
}

/** The committed clusters: beside the bundle (dist/ → data/) or the sources (three levels up). None found, none used. */
function committedClusters(): Map<string, string> {
	if (table) return table;
	const candidates = ['../data/name-tagger/word-clusters.txt', '../../../data/name-tagger/word-clusters.txt'].map(relative => fileURLToPath(new URL(relative, import.meta.url)));
	const file = candidates.find(candidate => existsSync(candidate));
	table = file ? parseClusterFile(readFileSync(file, 'utf8')) : new Map();
	return table;
}

/** The word's path: as written, else in lower case (a capital opening a sentence); undefined if unseen. */
export function clusterPath(word: string): string | undefined {
	const paths = committedClusters();
	const key = clusterKey(word);
	return paths.get(key) ?? paths.get(key.toLowerCase());
}

// Prefix lengths read, as Ratinov & Roth (2009) read Brown clusters: coarse to nearly the whole path.
const ownPrefixes = [4, 6, 10, 20];
const neighbourPrefixes = [4, 10];

/** The cluster features of the token at `index`: prefixes of its path and its neighbours' ("wc…"). */
export function clusterFeatures(tokens: Token[], index: number): string[] {
	const features: string[] = [];
	const own = clusterPath(tokens[index]!.text);
	if (own === undefined) features.push('wc=unseen');
	else for (const length of ownPrefixes) features.push(`wc${length}=${own.slice(0, length)}`);
	for (const [offset, name] of [[-1, 'wc-1'], [1, 'wc+1']] as const) {
		const token = tokens[index + offset];
		const path = token ? clusterPath(token.text) : undefined;
		if (path !== undefined) for (const length of neighbourPrefixes) features.push(`${name}|${length}=${path.slice(0, length)}`);
	}
	return features;
}
