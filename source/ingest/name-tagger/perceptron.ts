// A greedy left-to-right averaged perceptron over BIO labels (the design of NLTK's and early spaCy's
// taggers): each token's label is the best-scoring one given its features and the labels already chosen
// to its left. Pure: no files, no corpora; the trainer and the loader around it read and write weights.

export const labels = ['O', 'B-person', 'I-person', 'B-organization', 'I-organization', 'B-place', 'I-place'] as const;
export type Label = (typeof labels)[number];
const labelCount = labels.length;

/** Features of a token that depend on the labels already chosen to its left. */
export function historyFeatures(previous: Label, beforePrevious: Label, word: string): string[] {
	return [`p1=${previous}`, `p2p1=${beforePrevious}|${previous}`, `p1w=${previous}|${word}`];
}

/** An I- label continues only a name of its own kind: "O I-place" is read as "O B-place". */
export function allowed(label: Label, previous: Label): boolean {
	return !label.startsWith('I-') || previous.slice(2) === label.slice(2);
}

export type Weights = Map<string, Float32Array | Float64Array>;

function scores(weights: Weights, features: string[]): Float64Array {
	const total = new Float64Array(labelCount);
	for (const feature of features) {
		const row = weights.get(feature);
		if (!row) continue;
		for (let label = 0; label < labelCount; label++) total[label]! += row[label]!;
	}
	return total;
}

function best(total: Float64Array, previous: Label): number {
	let chosen = 0;
	for (let label = 1; label < labelCount; label++) if (allowed(labels[label]!, previous) && total[label]! > total[chosen]!) chosen = label;
	return chosen;
}

/**
 * Labels for one sentence: `features[i]` are token i's own features, `words[i]` its lower-case word.
 * The labels to the left are the ones chosen, so one pass decides.
 */
export function tagSentence(weights: Weights, features: string[][], words: string[]): Label[] {
	const chosen: Label[] = [];
	for (let index = 0; index < features.length; index++) {
		const previous = chosen[index - 1] ?? 'O';
		const history = historyFeatures(previous, chosen[index - 2] ?? 'O', words[index]!);
		chosen.push(labels[best(scores(weights, [...features[index]!, ...history]), previous)]!);
	}
	return chosen;
}

export type TrainingSentence = {features: string[][]; words: string[]; gold: Label[]; weight?: number};

/**
 * Trains for `epochs` passes over the sentences, shuffled by a fixed seed each pass (same input, same
 * weights), and returns the averaged weights: each weight's mean over every update step, which keeps
 * the late updates of a noisy sentence from deciding alone.
 */
export function train(sentences: TrainingSentence[], epochs: number, seed = 1): Weights {
	const weights = new Map<string, Float64Array>();
	const totals = new Map<string, Float64Array>();
	const stamps = new Map<string, Float64Array>();
	let step = 0;
	const update = (feature: string, label: number, amount: number) => {
		let row = weights.get(feature);
		if (!row) {
			weights.set(feature, (row = new Float64Array(labelCount)));
			totals.set(feature, new Float64Array(labelCount));
			stamps.set(feature, new Float64Array(labelCount));
		}
		const total = totals.get(feature)!;
		const stamp = stamps.get(feature)!;
		total[label]! += (step - stamp[label]!) * row[label]!;
		stamp[label] = step;
		row[label]! += amount;
	};
	let state = seed >>> 0 || 1;
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
			const sentence = sentences[sentenceIndex]!;
			const amount = sentence.weight ?? 1;
			const chosen: Label[] = [];
			for (let index = 0; index < sentence.features.length; index++) {
				step++;
				// Trained on its own earlier guesses, as it will be used.
				const previous = chosen[index - 1] ?? 'O';
				const features = [...sentence.features[index]!, ...historyFeatures(previous, chosen[index - 2] ?? 'O', sentence.words[index]!)];
				const guess = best(scores(weights, features), previous);
				const truth = labels.indexOf(sentence.gold[index]!);
				if (guess !== truth) {
					for (const feature of features) {
						update(feature, truth, amount);
						update(feature, guess, -amount);
					}
				}
				chosen.push(allowed(labels[truth]!, previous) ? labels[truth]! : labels[guess]!);
			}
		}
	}
	const averaged: Weights = new Map();
	for (const [feature, row] of weights) {
		const total = totals.get(feature)!;
		const stamp = stamps.get(feature)!;
		const mean = new Float64Array(labelCount);
		for (let label = 0; label < labelCount; label++) mean[label] = (total[label]! + (step - stamp[label]!) * row[label]!) / step;
		averaged.set(feature, mean);
	}
	return averaged;
}

export type StoredWeights = {format: 'summit-name-tagger'; version: 1; labels: readonly string[]; scale: number; features: Record<string, number[]>};

/**
 * Weights as a compact file: tiny weights dropped, the rest as integers of `scale` steps (features in
 * sorted order, so the same weights give the same bytes).
 */
export function storeWeights(weights: Weights, prune = 0.0005, scale = 10_000): StoredWeights {
	const features: Record<string, number[]> = {};
	for (const feature of [...weights.keys()].sort()) {
		const row = [...weights.get(feature)!].map(value => (Math.abs(value) < prune ? 0 : Math.round(value * scale)));
		if (row.some(value => value !== 0)) features[feature] = row;
	}
	return {format: 'summit-name-tagger', version: 1, labels, scale, features};
}

export function loadWeights(stored: StoredWeights): Weights {
	const weights: Weights = new Map();
	for (const [feature, row] of Object.entries(stored.features)) weights.set(feature, Float32Array.from(row, value => value / stored.scale));
	return weights;
}
