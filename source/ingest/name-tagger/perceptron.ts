// An averaged structured perceptron over BIO labels (Collins 2002; the design of early spaCy's and
// NLTK's taggers, decoded with Viterbi rather than greedily): a sentence's labels are the sequence with the
// best total score of each token's own features and of the label before it. Pure: no files, no corpora;
// the trainer and the loader around it read and write weights.

export const labels = ['O', 'B-person', 'I-person', 'B-organization', 'I-organization', 'B-place', 'I-place'] as const;
export type Label = (typeof labels)[number];
const labelCount = labels.length;

/** Features of a token that depend on the label chosen before it. */
export function historyFeatures(previous: Label, word: string): string[] {
	return [`p1=${previous}`, `p1w=${previous}|${word}`];
}

/** An I- label continues only a name of its own kind: "O I-place" is never chosen. */
export function allowed(label: Label, previous: Label): boolean {
	return !label.startsWith('I-') || previous.slice(2) === label.slice(2);
}

// allowed() for each pair of label numbers, at previous * labelCount + label: Viterbi asks 49 times a token.
const allowedAfter = Uint8Array.from(labels.flatMap(previous => labels.map(label => (allowed(label, previous) ? 1 : 0))));

/**
 * Each feature's row number, and the rows one after another (`labels.length` weights each). `firstPass`:
 * the model whose reading of the whole document these weights take as features (document-features.ts).
 */
export type Weights = {rows: ReadonlyMap<string, number>; values: Float32Array | Float64Array; firstPass?: Weights};

function addRow(total: Float64Array, weights: Weights, feature: string): void {
	const row = weights.rows.get(feature);
	if (row === undefined) return;
	const base = row * labelCount;
	for (let label = 0; label < labelCount; label++) total[label]! += weights.values[base + label]!;
}

/**
 * Viterbi over the labels: `own(i, out)` adds token i's own scores per label to `out`, `transition(i,
 * previous, out)` those of the history features given the label before. The best sequence, not the best
 * label at each step.
 */
function viterbi(length: number, own: (index: number, out: Float64Array) => void, transition: (index: number, previous: number, out: Float64Array) => void): number[] {
	if (length === 0) return [];
	// best[i][label]: the best score of a sequence ending at token i with label; back[i][label]: its previous label.
	const best: Float64Array[] = [];
	const back: Int8Array[] = [];
	const ownScores = new Float64Array(labelCount);
	const transitionScores = new Float64Array(labelCount);
	for (let index = 0; index < length; index++) {
		ownScores.fill(0);
		own(index, ownScores);
		const scores = new Float64Array(labelCount).fill(-Infinity);
		const from = new Int8Array(labelCount);
		for (let previous = 0; previous < (index === 0 ? 1 : labelCount); previous++) {
			const before = index === 0 ? 0 : best[index - 1]![previous]!;
			if (before === -Infinity) continue;
			transitionScores.fill(0);
			transition(index, previous, transitionScores);
			for (let label = 0; label < labelCount; label++) {
				if (allowedAfter[previous * labelCount + label] === 0) continue;
				const total = before + ownScores[label]! + transitionScores[label]!;
				if (total > scores[label]!) {
					scores[label] = total;
					from[label] = previous;
				}
			}
		}
		best.push(scores);
		back.push(from);
	}
	let label = 0;
	for (let candidate = 1; candidate < labelCount; candidate++) if (best[length - 1]![candidate]! > best[length - 1]![label]!) label = candidate;
	const chosen = new Array<number>(length);
	for (let index = length - 1; index >= 0; index--) {
		chosen[index] = label;
		label = back[index]![label]!;
	}
	return chosen;
}

/**
 * A word's history scores for every label before it (at previous * labelCount + label), summed as
 * tagSentence summed them before: the same features in the same order, so the same floating-point totals.
 * Kept per weights and word: a word's 14 history features were a third of the tagger's lookups.
 */
const historyScoresKept = new WeakMap<Weights, Map<string, Float64Array>>();
const maxKeptWords = 50_000;

function historyScores(weights: Weights, word: string): Float64Array {
	let kept = historyScoresKept.get(weights);
	if (kept === undefined) historyScoresKept.set(weights, (kept = new Map()));
	let scores = kept.get(word);
	if (scores === undefined) {
		scores = new Float64Array(labelCount * labelCount);
		for (let previous = 0; previous < labelCount; previous++) {
			const row = scores.subarray(previous * labelCount, (previous + 1) * labelCount);
			for (const feature of historyFeatures(labels[previous]!, word)) addRow(row, weights, feature);
		}
		// Bounded, so that a long-running process stays small.
		if (kept.size >= maxKeptWords) kept.clear();
		kept.set(word, scores);
	}
	return scores;
}

/** Labels for one sentence: `features[i]` are token i's own features, `words[i]` its lower-case word. */
export function tagSentence(weights: Weights, features: string[][], words: string[]): Label[] {
	const history = words.map(word => historyScores(weights, word));
	return viterbi(
		features.length,
		(index, out) => {
			for (const feature of features[index]!) addRow(out, weights, feature);
		},
		(index, previous, out) => {
			// out is all zeros here: adding the kept sums gives them exactly.
			const scores = history[index]!;
			for (let label = 0, at = previous * labelCount; label < labelCount; label++, at++) out[label]! += scores[at]!;
		},
	).map(label => labels[label]!);
}

export type TrainingSentence = {features: string[][]; words: string[]; gold: Label[]; weight?: number};

/**
 * Trains for `epochs` passes over the sentences, shuffled by a fixed seed each pass (same input, same
 * weights), and returns the averaged weights: each weight's mean over every update step, which keeps
 * the late updates of a noisy sentence from deciding alone. A sentence tagged wrong moves the weights
 * towards the features of its gold sequence and away from those of the sequence chosen. Features are
 * numbered first (one flat array of weights), which makes the passes several times faster.
 */
export function train(sentences: TrainingSentence[], epochs: number, seed = 1, minCount = 1, bags = 1): Weights {
	// A feature seen fewer than `minCount` times in the training text is left out: such features mostly
	// learn one sentence of it by heart.
	const counts = new Map<string, number>();
	if (minCount > 1) for (const sentence of sentences) for (const features of sentence.features) for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
	const kept = (features: string[]) => (minCount > 1 ? features.filter(feature => counts.get(feature)! >= minCount) : features);
	const ids = new Map<string, number>();
	const idOf = (feature: string) => {
		let id = ids.get(feature);
		if (id === undefined) ids.set(feature, (id = ids.size));
		return id;
	};
	// Each sentence as flat arrays of feature ids: token i's own features are own[offsets[i] .. offsets[i + 1]),
	// its history features given the label before p are history[(i * labelCount + p) * historyCount ..].
	const historyCount = historyFeatures('O', '').length;
	const encoded = sentences.map(sentence => {
		const features = sentence.features.map(kept);
		const offsets = new Int32Array(features.length + 1);
		features.forEach((own, index) => (offsets[index + 1] = offsets[index]! + own.length));
		const own = Int32Array.from(features.flat(), idOf);
		const history = Int32Array.from(sentence.words.flatMap(word => labels.flatMap(previous => historyFeatures(previous, word))), idOf);
		return {offsets, own, history, gold: sentence.gold.map(label => labels.indexOf(label)), amount: sentence.weight ?? 1};
	});
	const size = ids.size * labelCount;
	const weights = new Float64Array(size);
	const totals = new Float64Array(size);
	const stamps = new Float64Array(size);
	// The mean of each bag's averaged weights: one perceptron per shuffling order, so that no one order of
	// the sentences (nor a small change of the features, which changes every later update) decides alone.
	const bagged = new Float64Array(size);
	let step = 0;
	const update = (id: number, label: number, amount: number) => {
		const at = id * labelCount + label;
		totals[at]! += (step - stamps[at]!) * weights[at]!;
		stamps[at] = step;
		weights[at]! += amount;
	};
	const addIds = (out: Float64Array, featureIds: Int32Array, from: number, to: number) => {
		for (let at = from; at < to; at++) {
			const base = featureIds[at]! * labelCount;
			for (let label = 0; label < labelCount; label++) out[label]! += weights[base + label]!;
		}
	};
	const updateIds = (featureIds: Int32Array, from: number, to: number, label: number, amount: number) => {
		for (let at = from; at < to; at++) update(featureIds[at]!, label, amount);
	};
	for (let bag = 0; bag < bags; bag++) {
		weights.fill(0);
		totals.fill(0);
		stamps.fill(0);
		step = 0;
		let state = (seed + bag * 7919) >>> 0 || 1;
		const random = () => {
			// xorshift32: a fixed seed gives the same order on every machine.
			state ^= state << 13;
			state >>>= 0;
			state ^= state >>> 17;
			state ^= state << 5;
			state >>>= 0;
			return state / 0x100000000;
		};
		const order = sentences.map((_, index) => index);
		for (let epoch = 0; epoch < epochs; epoch++) {
			for (let index = order.length - 1; index > 0; index--) {
				const other = Math.floor(random() * (index + 1));
				[order[index], order[other]] = [order[other]!, order[index]!];
			}
			for (const sentenceIndex of order) {
				const sentence = encoded[sentenceIndex]!;
				step++;
				const {offsets, own, history, gold, amount} = sentence;
				const historyAt = (index: number, previous: number) => (index * labelCount + previous) * historyCount;
				const guess = viterbi(
					gold.length,
					(index, out) => addIds(out, own, offsets[index]!, offsets[index + 1]!),
					(index, previous, out) => addIds(out, history, historyAt(index, previous), historyAt(index, previous) + historyCount),
				);
				for (let index = 0; index < guess.length; index++) {
					const truth = gold[index]!;
					const truthBefore = gold[index - 1] ?? 0;
					const guessBefore = guess[index - 1] ?? 0;
					if (guess[index] === truth && guessBefore === truthBefore) continue;
					if (guess[index] !== truth) {
						updateIds(own, offsets[index]!, offsets[index + 1]!, truth, amount);
						updateIds(own, offsets[index]!, offsets[index + 1]!, guess[index]!, -amount);
					}
					updateIds(history, historyAt(index, truthBefore), historyAt(index, truthBefore) + historyCount, truth, amount);
					updateIds(history, historyAt(index, guessBefore), historyAt(index, guessBefore) + historyCount, guess[index]!, -amount);
				}
			}
		}
		for (let at = 0; at < size; at++) bagged[at]! += (totals[at]! + (step - stamps[at]!) * weights[at]!) / step / bags;
	}
	const rows = new Map<string, number>();
	const means: number[] = [];
	for (const [feature, id] of ids) {
		const mean = bagged.subarray(id * labelCount, (id + 1) * labelCount);
		const any = mean.some(value => value !== 0);
		// A feature never updated has no weight: it is left out, as it was never stored before.
		if (any) {
			rows.set(feature, rows.size);
			means.push(...mean);
		}
	}
	return {rows, values: Float64Array.from(means)};
}

/**
 * Features in sorted order, one per line, and their weights as little-endian 16-bit integers of `scale`
 * steps (`labels.length` per feature) in base64: parsing one string and decoding one buffer loads several
 * times faster than a JSON list of numbers (the model is read on the importer's first article), and the
 * file is a third smaller. Steps of 0.001 are far finer than the perceptron's weights (most lie between 0.1 and 3).
 */
export type StoredWeights = {format: 'summit-name-tagger'; version: 3; labels: readonly string[]; scale: number; features: string; values: string; firstPass?: StoredWeights};

const largest = 32_767;

/** Weights as a compact file: tiny weights dropped (the same weights give the same bytes). */
export function storeWeights(weights: Weights, prune = 0.0005, scale = 1000): StoredWeights {
	const features: string[] = [];
	const values: number[] = [];
	for (const feature of [...weights.rows.keys()].sort()) {
		const at = weights.rows.get(feature)! * labelCount;
		// A weight past the 16 bits (never seen: the largest is about 25) is kept at the largest that fits.
		const row = [...weights.values.subarray(at, at + labelCount)].map(value => (Math.abs(value) < prune ? 0 : Math.max(-largest, Math.min(largest, Math.round(value * scale)))));
		if (!row.some(value => value !== 0)) continue;
		// One line per feature: a feature never holds a line break (words are split at white space).
		features.push(feature.replace(/\n/gu, ' '));
		values.push(...row);
	}
	const buffer = Buffer.alloc(values.length * 2);
	values.forEach((value, index) => buffer.writeInt16LE(value, index * 2));
	const stored: StoredWeights = {format: 'summit-name-tagger', version: 3, labels, scale, features: features.join('\n'), values: buffer.toString('base64')};
	return weights.firstPass ? {...stored, firstPass: storeWeights(weights.firstPass, prune, scale)} : stored;
}

export function loadWeights(stored: StoredWeights): Weights {
	const bytes = Buffer.from(stored.values, 'base64');
	// The integers through a view of an aligned copy (the machines Node runs on are little-endian), not one call each.
	const integers = new Int16Array(bytes.length / 2);
	new Uint8Array(integers.buffer).set(bytes);
	const all = new Float32Array(integers.length);
	for (let index = 0; index < all.length; index++) all[index] = integers[index]! / stored.scale;
	// Row numbers rather than a typed-array view per feature: a view is an object of its own, and making
	// ninety thousand of them was most of the loading time.
	const rows = new Map<string, number>();
	const features = stored.features.split('\n');
	for (let index = 0; index < features.length; index++) rows.set(features[index]!, index);
	return stored.firstPass ? {rows, values: all, firstPass: loadWeights(stored.firstPass)} : {rows, values: all};
}
