// The name tagger's weights learned as a linear-chain CRF (Lafferty et al. 2001): the same features and
// the same Viterbi decoding as the averaged perceptron (perceptron.ts), but fitted by minimising the
// L2-regularised negative log-likelihood of the gold labels over all sentences at once (L-BFGS, full
// batch). The perceptron's weights depend on the order it meets the sentences in, so another shuffling
// seed or one feature more flipped about one name in twenty; this objective has one minimum and no order,
// so a small change of the data or features moves the weights only a little. Loaded only by the trainers.
import {allowed, historyFeatures, labels, type Label, type TrainingSentence, type Weights} from './perceptron.js';

const labelCount = labels.length;
const pairCount = labelCount * labelCount;
const allowedPair = Uint8Array.from(labels.flatMap(previous => labels.map(label => (allowed(label, previous) ? 1 : 0))));

export type CrfSettings = {
	/** L-BFGS steps (each one pass over the data, or a few when the step is shortened). */
	iterations: number;
	/** Weight of the squared-weights penalty against the summed log-likelihood. */
	l2: number;
	/** Own features seen fewer times are left out (they mostly learn one sentence by heart). */
	minCount: number;
	/** L-BFGS memory: the last steps kept to shape the next one. */
	memory: number;
	log?: (line: string) => void;
};

export const crfDefaults: CrfSettings = {iterations: 60, l2: 1, minCount: 2, memory: 6};

type Encoded = {offsets: Int32Array; own: Int32Array; history: Int32Array; gold: Int8Array; amount: number};

/** An I- label after a label of another kind opens its name instead: projected gold may hold "O I-place". */
function repairedGold(gold: Label[]): Int8Array {
	const numbers = Int8Array.from(gold, label => labels.indexOf(label));
	for (let index = 0; index < numbers.length; index++) {
		const previous = index === 0 ? 0 : numbers[index - 1]!;
		if (!allowedPair[previous * labelCount + numbers[index]!]) numbers[index] = labels.indexOf(`B-${labels[numbers[index]!]!.slice(2)}` as Label);
	}
	return numbers;
}

function encode(sentences: TrainingSentence[], minCount: number): {encoded: Encoded[]; ids: Map<string, number>} {
	const counts = new Map<string, number>();
	for (const sentence of sentences) for (const features of sentence.features) for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
	const ids = new Map<string, number>();
	const idOf = (feature: string) => {
		let id = ids.get(feature);
		if (id === undefined) ids.set(feature, (id = ids.size));
		return id;
	};
	const encoded = sentences.map(sentence => {
		const features = sentence.features.map(own => own.filter(feature => counts.get(feature)! >= minCount));
		const offsets = new Int32Array(features.length + 1);
		features.forEach((own, index) => (offsets[index + 1] = offsets[index]! + own.length));
		const own = Int32Array.from(features.flat(), idOf);
		const history = Int32Array.from(sentence.words.flatMap(word => labels.flatMap(previous => historyFeatures(previous, word))), idOf);
		return {offsets, own, history, gold: repairedGold(sentence.gold), amount: sentence.weight ?? 1};
	});
	return {encoded, ids};
}

/** Scratch arrays grown to the longest sentence, reused across sentences. */
class Scratch {
	potentials = new Float64Array(0);
	alpha = new Float64Array(0);
	beta = new Float64Array(0);
	exps = new Float64Array(0);
	scales = new Float64Array(0);
	column = new Float64Array(labelCount);
	grow(length: number): void {
		if (this.alpha.length >= length * labelCount) return;
		this.potentials = new Float64Array(length * pairCount);
		this.exps = new Float64Array(length * pairCount);
		this.scales = new Float64Array(length);
		this.alpha = new Float64Array(length * labelCount);
		this.beta = new Float64Array(length * labelCount);
	}
}

const historyCount = historyFeatures('O', '').length;

/** One sentence's weighted negative log-likelihood; its gradient is added to `gradient`. */
function sentenceLoss(sentence: Encoded, weights: Float64Array, gradient: Float64Array, scratch: Scratch): number {
	const {offsets, own, history, gold, amount} = sentence;
	const length = gold.length;
	if (length === 0) return 0;
	scratch.grow(length);
	const {potentials, alpha, beta, column} = scratch;
	const historyAt = (index: number, previous: number) => (index * labelCount + previous) * historyCount;
	// potentials[i, p, l]: the score of label l at token i after label p (at i = 0 only p = O exists).
	for (let index = 0; index < length; index++) {
		column.fill(0);
		for (let at = offsets[index]!; at < offsets[index + 1]!; at++) {
			const base = own[at]! * labelCount;
			for (let label = 0; label < labelCount; label++) column[label]! += weights[base + label]!;
		}
		for (let previous = 0; previous < labelCount; previous++) {
			const row = index * pairCount + previous * labelCount;
			if (index === 0 && previous > 0) {
				potentials.fill(-Infinity, row, row + labelCount);
				continue;
			}
			for (let label = 0; label < labelCount; label++) potentials[row + label] = allowedPair[previous * labelCount + label] ? column[label]! : -Infinity;
			for (let at = historyAt(index, previous), end = at + historyCount; at < end; at++) {
				const base = history[at]! * labelCount;
				for (let label = 0; label < labelCount; label++) potentials[row + label]! += weights[base + label]!;
			}
		}
	}
	let goldScore = 0;
	for (let index = 0; index < length; index++) goldScore += potentials[index * pairCount + (index === 0 ? 0 : gold[index - 1]!) * labelCount + gold[index]!]!;
	// Forward-backward in exponentials, each token's potentials shifted by their largest and each alpha
	// column scaled to sum 1 (the shifts and scales make up log Z): one exp per potential, no logarithms.
	const {exps, scales} = scratch;
	let logZ = 0;
	for (let index = 0; index < length; index++) {
		const row = index * pairCount;
		let largest = -Infinity;
		for (let at = row; at < row + pairCount; at++) largest = Math.max(largest, potentials[at]!);
		for (let at = row; at < row + pairCount; at++) exps[at] = Math.exp(potentials[at]! - largest);
		let sum = 0;
		for (let label = 0; label < labelCount; label++) {
			let value = 0;
			if (index === 0) value = exps[label]!;
			else for (let previous = 0; previous < labelCount; previous++) value += alpha[(index - 1) * labelCount + previous]! * exps[row + previous * labelCount + label]!;
			alpha[index * labelCount + label] = value;
			sum += value;
		}
		for (let label = 0; label < labelCount; label++) alpha[index * labelCount + label]! /= sum;
		scales[index] = sum;
		logZ += Math.log(sum) + largest;
	}
	beta.fill(1, (length - 1) * labelCount, length * labelCount);
	for (let index = length - 2; index >= 0; index--) {
		const row = (index + 1) * pairCount;
		for (let previous = 0; previous < labelCount; previous++) {
			let value = 0;
			for (let label = 0; label < labelCount; label++) value += exps[row + previous * labelCount + label]! * beta[(index + 1) * labelCount + label]!;
			beta[index * labelCount + previous] = value / scales[index + 1]!;
		}
	}
	// Expected counts minus gold counts, for the own features (label marginals) and the history features
	// (pair marginals given the label before).
	const terms = new Float64Array(labelCount);
	for (let index = 0; index < length; index++) {
		for (let label = 0; label < labelCount; label++) column[label] = amount * (alpha[index * labelCount + label]! * beta[index * labelCount + label]! - (gold[index] === label ? 1 : 0));
		for (let at = offsets[index]!; at < offsets[index + 1]!; at++) {
			const base = own[at]! * labelCount;
			for (let label = 0; label < labelCount; label++) gradient[base + label]! += column[label]!;
		}
		const goldBefore = index === 0 ? 0 : gold[index - 1]!;
		for (let previous = 0; previous < (index === 0 ? 1 : labelCount); previous++) {
			const before = index === 0 ? 1 : alpha[(index - 1) * labelCount + previous]!;
			for (let label = 0; label < labelCount; label++) {
				const marginal = (before * exps[index * pairCount + previous * labelCount + label]! * beta[index * labelCount + label]!) / scales[index]!;
				terms[label] = amount * (marginal - (previous === goldBefore && label === gold[index] ? 1 : 0));
			}
			for (let at = historyAt(index, previous), end = at + historyCount; at < end; at++) {
				const base = history[at]! * labelCount;
				for (let label = 0; label < labelCount; label++) gradient[base + label]! += terms[label]!;
			}
		}
	}
	return amount * (logZ - goldScore);
}

const dot = (a: Float64Array, b: Float64Array) => {
	let sum = 0;
	for (let at = 0; at < a.length; at++) sum += a[at]! * b[at]!;
	return sum;
};

/** Trains the CRF; deterministic (no shuffling, no seed): the same sentences give the same weights. */
export function trainCrf(sentences: TrainingSentence[], settings: CrfSettings = crfDefaults): Weights {
	const encodeStarted = performance.now();
	const {encoded, ids} = encode(sentences, settings.minCount);
	const size = ids.size * labelCount;
	settings.log?.(`  ${ids.size} features, encoded in ${Math.round(performance.now() - encodeStarted)} ms`);
	const scratch = new Scratch();
	const evaluate = (weights: Float64Array, gradient: Float64Array): number => {
		gradient.fill(0);
		let loss = 0;
		for (const sentence of encoded) loss += sentenceLoss(sentence, weights, gradient, scratch);
		for (let at = 0; at < size; at++) {
			loss += (settings.l2 / 2) * weights[at]! * weights[at]!;
			gradient[at]! += settings.l2 * weights[at]!;
		}
		return loss;
	};
	let weights = new Float64Array(size);
	let gradient = new Float64Array(size);
	let loss = evaluate(weights, gradient);
	const steps: Array<{s: Float64Array; y: Float64Array; rho: number}> = [];
	const direction = new Float64Array(size);
	let candidate = new Float64Array(size);
	let candidateGradient = new Float64Array(size);
	const alphas = new Float64Array(settings.memory);
	for (let iteration = 0; iteration < settings.iterations; iteration++) {
		// Two-loop recursion: direction = -H * gradient.
		for (let at = 0; at < size; at++) direction[at] = -gradient[at]!;
		for (let k = steps.length - 1; k >= 0; k--) {
			const {s, y, rho} = steps[k]!;
			alphas[k] = rho * dot(s, direction);
			for (let at = 0; at < size; at++) direction[at]! -= alphas[k]! * y[at]!;
		}
		const last = steps.at(-1);
		const scale = last ? dot(last.s, last.y) / dot(last.y, last.y) : 1 / Math.sqrt(dot(gradient, gradient));
		for (let at = 0; at < size; at++) direction[at]! *= scale;
		for (let k = 0; k < steps.length; k++) {
			const {s, y, rho} = steps[k]!;
			const beta = rho * dot(y, direction);
			for (let at = 0; at < size; at++) direction[at]! += s[at]! * (alphas[k]! - beta);
		}
		let slope = dot(gradient, direction);
		if (slope >= 0) {
			steps.length = 0;
			const norm = Math.sqrt(dot(gradient, gradient));
			for (let at = 0; at < size; at++) direction[at] = -gradient[at]! / norm;
			slope = dot(gradient, direction);
		}
		// Backtracking until the loss falls enough (Armijo).
		let step = 1;
		let candidateLoss = Infinity;
		for (let tries = 0; tries < 20; tries++) {
			for (let at = 0; at < size; at++) candidate[at] = weights[at]! + step * direction[at]!;
			candidateLoss = evaluate(candidate, candidateGradient);
			if (candidateLoss <= loss + 1e-4 * step * slope) break;
			step /= 2;
		}
		if (!(candidateLoss < loss)) break;
		const s = new Float64Array(size);
		const y = new Float64Array(size);
		for (let at = 0; at < size; at++) {
			s[at] = candidate[at]! - weights[at]!;
			y[at] = candidateGradient[at]! - gradient[at]!;
		}
		const sy = dot(s, y);
		if (sy > 1e-10) {
			if (steps.length === settings.memory) steps.shift();
			steps.push({s, y, rho: 1 / sy});
		}
		[weights, candidate] = [candidate, weights];
		[gradient, candidateGradient] = [candidateGradient, gradient];
		settings.log?.(`  step ${iteration + 1}: loss ${candidateLoss.toFixed(1)} (change ${(loss - candidateLoss).toFixed(2)}, step ${step}; ${Math.round(performance.now() - encodeStarted)} ms)`);
		loss = candidateLoss;
	}
	const rows = new Map<string, number>();
	const kept: number[] = [];
	for (const [feature, id] of ids) {
		const row = weights.subarray(id * labelCount, (id + 1) * labelCount);
		if (!row.some(value => value !== 0)) continue;
		rows.set(feature, rows.size);
		kept.push(...row);
	}
	return {rows, values: Float64Array.from(kept)};
}
