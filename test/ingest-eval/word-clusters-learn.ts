// Word clusters from unlabelled text, for the name tagger (features.ts reads them as word-cluster.ts
// gives them): words that occur between the same kinds of words fall into the same cluster, so a name the
// labelled data never showed still shares evidence with names it did ("Gdansk" with "Leipzig").
//
// Two steps, both maximising the mutual information of the classes of neighbouring words (Brown et al.
// 1992's objective): first the exchange algorithm (Kneser & Ney 1993, Martin et al. 1998) moves each word
// to the flat class that helps most, pass after pass, which is fast; then the flat classes are merged two
// at a time, the pair losing least, as Brown clustering does, and the merges give each class a bit path
// (Ratinov & Roth 2009 read prefixes of such paths as features). Words seen fewer than `minCount` times
// share one fixed context class: they count as neighbours ("Mr. <rare>") but get no path.

export type ClusterSettings = {classes: number; minCount: number; passes: number};
export const clusterDefaults: ClusterSettings = {classes: 256, minCount: 3, passes: 12};

const f = (count: number) => (count > 0 ? count * Math.log(count) : 0);

/** Each word seen at least minCount times → its bit path ("0110…"); the same sequences, the same paths. */
export function learnWordClusters(sequences: string[][], settings: ClusterSettings = clusterDefaults, log?: (line: string) => void): Map<string, string> {
	const counts = new Map<string, number>();
	for (const sequence of sequences) for (const word of sequence) counts.set(word, (counts.get(word) ?? 0) + 1);
	// Most frequent first, then by spelling: the order the words are visited and first assigned in.
	const vocabulary = [...counts].filter(([, count]) => count >= settings.minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
	const size = vocabulary.length;
	if (size < 2) return new Map(vocabulary.map(word => [word, '0']));
	const classes = Math.min(settings.classes, size);
	const rare = classes; // the fixed class of rare words (context only)
	const width = classes + 1;
	const id = new Map(vocabulary.map((word, index) => [word, index]));

	// Each word's neighbours: word id (size = a rare word) → bigram count, kept apart from its bigrams with itself.
	const right = vocabulary.map(() => new Map<number, number>());
	const left = vocabulary.map(() => new Map<number, number>());
	const self = new Float64Array(size);
	const asLeft = new Float64Array(size + 1);
	const asRight = new Float64Array(size + 1);
	for (const sequence of sequences) {
		for (let index = 1; index < sequence.length; index++) {
			const a = id.get(sequence[index - 1]!) ?? size;
			const b = id.get(sequence[index]!) ?? size;
			asLeft[a]!++;
			asRight[b]!++;
			if (a === size && b === size) continue;
			if (a === b) self[a]!++;
			else {
				if (a < size) right[a]!.set(b, (right[a]!.get(b) ?? 0) + 1);
				if (b < size) left[b]!.set(a, (left[b]!.get(a) ?? 0) + 1);
			}
		}
	}
	// Class of each word; the rare words' class stays fixed.
	const classOf = new Int32Array(size + 1);
	for (let word = 0; word < size; word++) classOf[word] = word % classes;
	classOf[size] = rare;
	const bigrams = new Float64Array(width * width);
	const leftTotal = new Float64Array(width);
	const rightTotal = new Float64Array(width);
	for (let word = 0; word < size; word++) {
		const c = classOf[word]!;
		for (const [other, count] of right[word]!) bigrams[c * width + classOf[other]!]! += count;
		bigrams[rare * width + c]! += left[word]!.get(size) ?? 0;
		bigrams[c * width + c]! += self[word]!;
		leftTotal[c]! += asLeft[word]!;
		rightTotal[c]! += asRight[word]!;
	}
	// Bigrams of two rare words (the only ones no word's list holds).
	bigrams[rare * width + rare] = asLeft[size]! - [...left].reduce((total, neighbours) => total + (neighbours.get(size) ?? 0), 0);
	leftTotal[rare] = asLeft[size]!;
	rightTotal[rare] = asRight[size]!;

	// Exchange: take each word out of its class, put it in the class that leaves the most information.
	const toClass = new Float64Array(width); // the word's bigrams with each class, it on the left
	const fromClass = new Float64Array(width); // it on the right
	for (let pass = 0; pass < settings.passes; pass++) {
		let moved = 0;
		for (let word = 0; word < size; word++) {
			const rightClasses: number[] = [];
			const leftClasses: number[] = [];
			for (const [other, count] of right[word]!) {
				const d = classOf[other]!;
				if (toClass[d] === 0) rightClasses.push(d);
				toClass[d]! += count;
			}
			for (const [other, count] of left[word]!) {
				const c = classOf[other]!;
				if (fromClass[c] === 0) leftClasses.push(c);
				fromClass[c]! += count;
			}
			const own = classOf[word]!;
			const selfCount = self[word]!;
			const moveBy = (into: number, sign: number) => {
				for (const d of rightClasses) bigrams[into * width + d]! += sign * toClass[d]!;
				for (const c of leftClasses) bigrams[c * width + into]! += sign * fromClass[c]!;
				bigrams[into * width + into]! += sign * selfCount;
				leftTotal[into]! += sign * asLeft[word]!;
				rightTotal[into]! += sign * asRight[word]!;
			};
			moveBy(own, -1);
			const gain = (into: number): number => {
				let total = 0;
				const row = into * width;
				for (const d of rightClasses) if (d !== into) total += f(bigrams[row + d]! + toClass[d]!) - f(bigrams[row + d]!);
				for (const c of leftClasses) if (c !== into) total += f(bigrams[c * width + into]! + fromClass[c]!) - f(bigrams[c * width + into]!);
				total += f(bigrams[row + into]! + toClass[into]! + fromClass[into]! + selfCount) - f(bigrams[row + into]!);
				return total - (f(leftTotal[into]! + asLeft[word]!) - f(leftTotal[into]!)) - (f(rightTotal[into]! + asRight[word]!) - f(rightTotal[into]!));
			};
			let best = own;
			let bestGain = gain(own);
			for (let into = 0; into < classes; into++) {
				if (into === own) continue;
				const value = gain(into);
				if (value > bestGain + 1e-9) [best, bestGain] = [into, value];
			}
			moveBy(best, 1);
			if (best !== own) moved++;
			classOf[word] = best;
			for (const d of rightClasses) toClass[d] = 0;
			for (const c of leftClasses) fromClass[c] = 0;
		}
		log?.(`  exchange pass ${pass + 1}: ${moved} of ${size} words moved`);
		if (moved <= size / 1000) break;
	}

	// Merging: the pair of live classes whose merge loses least information, until one is left.
	const live = Array.from({length: classes}, (_, index) => index).filter(c => leftTotal[c]! > 0 || rightTotal[c]! > 0);
	const rowTerms = new Float64Array(width);
	const columnTerms = new Float64Array(width);
	const cell = (c: number, d: number) => bigrams[c * width + d]!;
	const refresh = (c: number) => {
		rowTerms[c] = 0;
		columnTerms[c] = 0;
		for (let other = 0; other < width; other++) {
			rowTerms[c]! += f(cell(c, other));
			columnTerms[c]! += f(cell(other, c));
		}
	};
	for (const c of live) refresh(c);
	const contexts = [...live, rare];
	// children[node] of the merge tree: leaves are the flat classes, node ids from `classes` up are merges.
	const children = new Map<number, [number, number]>();
	const node = new Map(live.map(c => [c, c]));
	let nextNode = classes + 1;
	while (live.length > 1) {
		let bestPair: [number, number] = [live[0]!, live[1]!];
		let bestChange = -Infinity;
		for (let i = 0; i < live.length; i++) {
			const a = live[i]!;
			for (let j = i + 1; j < live.length; j++) {
				const b = live[j]!;
				let after = f(cell(a, a) + cell(a, b) + cell(b, a) + cell(b, b)) - f(leftTotal[a]! + leftTotal[b]!) - f(rightTotal[a]! + rightTotal[b]!);
				for (const c of contexts) if (c !== a && c !== b) after += f(cell(a, c) + cell(b, c)) + f(cell(c, a) + cell(c, b));
				const before = rowTerms[a]! + rowTerms[b]! + columnTerms[a]! + columnTerms[b]! - f(cell(a, a)) - f(cell(a, b)) - f(cell(b, a)) - f(cell(b, b)) - f(leftTotal[a]!) - f(leftTotal[b]!) - f(rightTotal[a]!) - f(rightTotal[b]!);
				const change = after - before;
				if (change > bestChange) [bestChange, bestPair] = [change, [a, b]];
			}
		}
		// b's counts go into a; b leaves.
		const [a, b] = bestPair;
		for (let other = 0; other < width; other++) {
			bigrams[a * width + other]! += cell(b, other);
			bigrams[b * width + other] = 0;
		}
		for (let other = 0; other < width; other++) {
			bigrams[other * width + a]! += cell(other, b);
			bigrams[other * width + b] = 0;
		}
		leftTotal[a]! += leftTotal[b]!;
		rightTotal[a]! += rightTotal[b]!;
		leftTotal[b] = rightTotal[b] = 0;
		live.splice(live.indexOf(b), 1);
		contexts.splice(contexts.indexOf(b), 1);
		for (const c of contexts) if (c !== rare) refresh(c);
		children.set(nextNode, [node.get(a)!, node.get(b)!]);
		node.set(a, nextNode++);
		node.delete(b);
	}
	// Paths from the root: 0 to the first child, 1 to the second.
	const pathOfClass = new Map<number, string>();
	const walk = (at: number, path: string) => {
		const pair = children.get(at);
		if (!pair) pathOfClass.set(at, path || '0');
		else {
			walk(pair[0], `${path}0`);
			walk(pair[1], `${path}1`);
		}
	};
	if (live.length === 1) walk(node.get(live[0]!)!, '');
	return new Map(vocabulary.map((word, index) => [word, pathOfClass.get(classOf[index]!) ?? '0']));
}
