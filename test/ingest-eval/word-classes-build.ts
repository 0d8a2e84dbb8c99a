// Builds the name tagger's distributional word classes (source/ingest/name-tagger/word-classes.ts) from
// UNLABELLED text: the words of the tune parts of GUM and PolNeAR (SPLITS.md; never the check parts; no
// gold is read). Each word seen often enough is described by the words around it (left and right
// neighbours, positive pointwise mutual information, unit length), and spherical k-means splits the words
// into classes, then each class again, for a path of classes from coarse to fine. Fixed seed, sorted
// input: the same text gives the same classes. Called by train-names.ts and cv-names.ts.
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {classKey, type WordClasses} from '../../source/ingest/name-tagger/word-classes.js';
import {corpusPart} from './corpus-split.js';
import {corporaFolder} from './evaluate.js';

/** Classes at each level: 16 coarse, each split in 16, each of those in 8. */
export const classLevels = [16, 16, 8];
const minimumCount = 3;
const contextWords = 1000;

/** The paragraphs of every tune article of the corpora, as lists of words (header lines left out). */
export function unlabelledParagraphs(corpora = ['gum', 'polnear']): string[][] {
	const paragraphs: string[][] = [];
	for (const corpus of corpora) {
		const folder = path.join(corporaFolder, corpus, 'articles');
		const names = readdirSync(folder).filter(name => name.endsWith('.txt') && corpusPart(corpus, name) === 'tune').sort();
		for (const name of names) {
			const text = readFileSync(path.join(folder, name), 'utf8');
			const title = /^Title:\s*(.*)$/mu.exec(text)?.[1] ?? '';
			const body = text.slice(text.search(/\n\s*\n/u) + 1);
			for (const paragraph of [title, ...body.split(/\n\s*\n/u)]) {
				const words = paragraph.split(/[\s—–]+/u).map(classKey).filter(word => word !== '');
				if (words.length > 0) paragraphs.push(words);
			}
		}
	}
	return paragraphs;
}

type Vector = {indexes: Int32Array; values: Float64Array};

/** Each frequent word's context vector. */
function contextVectors(paragraphs: string[][]): {words: string[]; vectors: Vector[]} {
	const counts = new Map<string, number>();
	for (const paragraph of paragraphs) for (const word of paragraph) counts.set(word, (counts.get(word) ?? 0) + 1);
	const lowerCounts = new Map<string, number>();
	for (const [word, count] of counts) lowerCounts.set(word.toLowerCase(), (lowerCounts.get(word.toLowerCase()) ?? 0) + count);
	// Context: the most frequent words in lower case, anything else by its shape (capitalised, number, other).
	const byCount = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
	const contexts = [...lowerCounts.entries()].sort(byCount).slice(0, contextWords).map(([word]) => word);
	const contextIndex = new Map(contexts.map((word, index) => [word, index]));
	const shapes = ['<cap>', '<num>', '<other>', '<edge>'];
	const width = contexts.length + shapes.length;
	const contextOf = (word: string | undefined) => {
		if (word === undefined) return contexts.length + 3;
		const known = contextIndex.get(word.toLowerCase());
		if (known !== undefined) return known;
		return contexts.length + (/^\p{Lu}/u.test(word) ? 0 : /^\p{N}/u.test(word) ? 1 : 2);
	};
	const words = [...counts.entries()].filter(([, count]) => count >= minimumCount).sort(byCount).map(([word]) => word);
	const wordIndex = new Map(words.map((word, index) => [word, index]));
	// Four blocks of contexts: two words left, one left, one right, two right.
	const offsets = [-2, -1, 1, 2];
	const cooccurrence = words.map(() => new Map<number, number>());
	const columnTotals = new Float64Array(width * offsets.length);
	let total = 0;
	for (const paragraph of paragraphs) {
		paragraph.forEach((word, position) => {
			const row = wordIndex.get(word);
			if (row === undefined) return;
			offsets.forEach((offset, block) => {
				const column = block * width + contextOf(paragraph[position + offset]);
				const weight = Math.abs(offset) === 1 ? 1 : 0.5;
				cooccurrence[row]!.set(column, (cooccurrence[row]!.get(column) ?? 0) + weight);
				columnTotals[column]! += weight;
				total += weight;
			});
		});
	}
	const vectors = cooccurrence.map(row => {
		const rowTotal = [...row.values()].reduce((sum, value) => sum + value, 0);
		const entries = [...row.entries()]
			.map(([column, count]) => [column, Math.max(0, Math.log((count * total) / (rowTotal * columnTotals[column]!)))] as const)
			.filter(([, value]) => value > 0)
			.sort((a, b) => a[0] - b[0]);
		const norm = Math.sqrt(entries.reduce((sum, [, value]) => sum + value * value, 0)) || 1;
		return {indexes: Int32Array.from(entries.map(([column]) => column)), values: Float64Array.from(entries.map(([, value]) => value / norm))};
	});
	return {words, vectors};
}

function seeded(seed: number): () => number {
	let state = seed >>> 0 || 1;
	return () => {
		state ^= state << 13;
		state >>>= 0;
		state ^= state >>> 17;
		state ^= state << 5;
		state >>>= 0;
		return state / 0x100000000;
	};
}

const dot = (vector: Vector, centre: Float64Array) => {
	let sum = 0;
	for (let at = 0; at < vector.indexes.length; at++) sum += vector.values[at]! * centre[vector.indexes[at]!]!;
	return sum;
};

/** Spherical k-means (k-means++ seeding by a fixed seed): the class of each member. */
function kMeans(members: number[], vectors: Vector[], k: number, dimension: number, random: () => number, rounds = 12): number[] {
	if (members.length <= k) return members.map((_, index) => index);
	const centres: Float64Array[] = [];
	const addCentre = (member: number) => {
		const centre = new Float64Array(dimension);
		const vector = vectors[member]!;
		vector.indexes.forEach((column, at) => (centre[column] = vector.values[at]!));
		centres.push(centre);
	};
	addCentre(members[Math.floor(random() * members.length)]!);
	const distance = members.map(member => 1 - dot(vectors[member]!, centres[0]!));
	while (centres.length < k) {
		const sum = distance.reduce((a, b) => a + Math.max(0, b), 0);
		let pick = random() * sum;
		let chosen = 0;
		for (; chosen < members.length - 1; chosen++) if ((pick -= Math.max(0, distance[chosen]!)) <= 0) break;
		addCentre(members[chosen]!);
		members.forEach((member, index) => (distance[index] = Math.min(distance[index]!, 1 - dot(vectors[member]!, centres.at(-1)!))));
	}
	let assignment = members.map(() => 0);
	for (let round = 0; round < rounds; round++) {
		const next = members.map(member => {
			let best = 0;
			let bestScore = -Infinity;
			centres.forEach((centre, index) => {
				const score = dot(vectors[member]!, centre);
				if (score > bestScore) [best, bestScore] = [index, score];
			});
			return best;
		});
		const changed = next.some((value, index) => value !== assignment[index]);
		assignment = next;
		for (const centre of centres) centre.fill(0);
		members.forEach((member, index) => {
			const vector = vectors[member]!;
			const centre = centres[assignment[index]!]!;
			vector.indexes.forEach((column, at) => (centre[column]! += vector.values[at]!));
		});
		for (const centre of centres) {
			const norm = Math.sqrt(centre.reduce((sum, value) => sum + value * value, 0)) || 1;
			for (let at = 0; at < centre.length; at++) centre[at]! /= norm;
		}
		if (!changed) break;
	}
	return assignment;
}

/** Word classes of the unlabelled paragraphs: a path of `levels.length` class numbers per word. */
export function buildWordClasses(paragraphs: string[][], levels = classLevels, seed = 7): WordClasses {
	const {words, vectors} = contextVectors(paragraphs);
	const dimension = vectors.reduce((largest, vector) => Math.max(largest, vector.indexes.at(-1) ?? 0), 0) + 1;
	const random = seeded(seed);
	const paths: number[][] = words.map(() => []);
	let groups: number[][] = [words.map((_, index) => index)];
	for (const k of levels) {
		const nextGroups: number[][] = [];
		for (const group of groups) {
			const assignment = kMeans(group, vectors, k, dimension, random);
			const split: number[][] = Array.from({length: k}, () => []);
			group.forEach((member, index) => {
				paths[member]!.push(assignment[index]!);
				split[assignment[index]!]!.push(member);
			});
			nextGroups.push(...split.filter(part => part.length > 0));
		}
		groups = nextGroups;
	}
	return new Map(words.map((word, index) => [word, paths[index]!]));
}
