// The quote ranker's thresholds, chosen on held-out predictions (quote-ranker-fit.ts): keep the sieves'
// choice above one (a lower one where the attribution named the speaker), give another candidate above
// another, abstain below. A wrong speaker is worse than none, so they are chosen for the most right speakers
// at a least precision, and the coverage/precision curve is printed to aim by.
import {noneClass} from '../../source/ingest/quote-ranker.js';
import type {Prediction} from './quote-ranker-fit.js';

/**
 * keep: the least probability for the sieves' choice; named: the same where the attribution named the speaker (else keep); add: for another
 * candidate; keeps and adds: per class of decision (decidedBy for the sieves' choice, noneClass where they chose nobody), over keep and add.
 */
export type Thresholds = {keep: number; add: number; named?: number; keeps?: Record<string, number>; adds?: Record<string, number>};
export type Outcome = Thresholds & {right: number; given: number};
/** maxKeep caps the keep threshold; a body the sieves named (an organisation, a place) is overruled only below bodyMaxKeep. */
export type Policy = {maxKeep: number; bodyMaxKeep: number};

export const keepGrid = [0, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.825, 0.85, 0.875, 0.9, 0.915, 0.93, 0.95];
// At most 0.99: a candidate the model is that sure of is given. Never adding (1.01) came out the most right at
// precision 0.945 by 5 of 4,786 held-out quotes, and lost 'Ruiz, asked about the budget, said it was “…”' (p 0.99),
// whose attribution the sieves misread.
export const addGrid = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.875, 0.9, 0.915, 0.93, 0.95, 0.97, 0.99];

/** The speaker given under the thresholds: the sieves' choice unless the ranker finds it unlikely, else another candidate the ranker is sure of. */
export function decide(prediction: Prediction, {keep, add, named, keeps, adds}: Thresholds, {bodyMaxKeep}: Policy): {right: boolean} | undefined {
	const {sieve, other} = prediction;
	if (sieve) {
		const least = sieve.body ? Math.min(keep, bodyMaxKeep) : (keeps?.[sieve.decidedBy] ?? (sieve.decidedBy.endsWith(':speaker-named') ? (named ?? keep) : keep));
		if (sieve.probability >= least || !sieve.judged || sieve.trusted) return sieve;
	}
	const least = sieve ? add : (adds?.[noneClass(prediction.example.none)] ?? adds?.['*'] ?? add);
	return other && other.probability >= least ? other : undefined;
}

const tally = (predictions: Prediction[], thresholds: Thresholds, policy: Policy): Outcome => {
	let right = 0;
	let given = 0;
	for (const prediction of predictions) {
		const decision = decide(prediction, thresholds, policy);
		if (decision) given++;
		if (decision?.right) right++;
	}
	return {...thresholds, right, given};
};

/** Every keep, named keep (at most keep) and add threshold of the grids, with its right and given speakers. */
export function outcomes(predictions: Prediction[], policy: Policy): Outcome[] {
	const keeps = keepGrid.filter(keep => keep <= policy.maxKeep);
	return keeps.flatMap(keep => keeps.filter(named => named <= keep).flatMap(named => addGrid.map(add => tally(predictions, {keep, add, named}, policy))));
}

export const precisionOf = (outcome: Pick<Outcome, 'right' | 'given'>) => outcome.right / Math.max(1, outcome.given);

/** Of the outcomes, the most right at a precision of at least `least` (the first of equals). */
export function bestAt(all: Outcome[], least: number): Outcome | undefined {
	let best: Outcome | undefined;
	for (const outcome of all) if (outcome.given > 0 && precisionOf(outcome) >= least && (!best || outcome.right > best.right)) best = outcome;
	return best;
}

/** Of the outcomes, the most right less `wrongCost` times the wrong. */
export function bestValue(all: Outcome[], wrongCost: number): Outcome {
	return all.reduce((best, outcome) => (outcome.right - wrongCost * (outcome.given - outcome.right) > best.right - wrongCost * (best.given - best.right) ? outcome : best));
}

/** The least precisions the curves are printed at. */
export const curveLevels = [0.9, 0.92, 0.93, 0.94, 0.95, 0.955, 0.96, 0.97];

/** Coverage against precision: for each least precision, the thresholds giving the most right speakers. */
export const curve = (all: Outcome[]) =>
	curveLevels.flatMap(least => {
		const best = bestAt(all, least);
		return best ? [{...best, least}] : [];
	});

/** How often a class of the sieves' "nobody" must be seen to get a threshold of its own (the rest share one). */
const leastForClass = 30;

/**
 * Thresholds per class of decision, for the most right speakers at a held-out precision of at least P: for
 * each add threshold (a dropped choice's fallback) and each price λ of a wrong speaker in right ones, every
 * class takes the threshold with the most right less λ wrong (the classes are independent once add is
 * fixed), and of all these the one with the most right at precision P is chosen.
 */
export function chooseClassThresholds(predictions: Prediction[], least: number, policy: Policy): Outcome | undefined {
	const noneClasses = new Map<string, number>();
	for (const prediction of predictions) if (!prediction.sieve) noneClasses.set(noneClass(prediction.example.none), (noneClasses.get(noneClass(prediction.example.none)) ?? 0) + 1);
	const classOf = (prediction: Prediction) => {
		if (prediction.sieve) return prediction.sieve.body || !prediction.sieve.judged ? undefined : `keep|${prediction.sieve.decidedBy}`;
		const key = noneClass(prediction.example.none);
		return `add|${(noneClasses.get(key) ?? 0) >= leastForClass ? key : '*'}`;
	};
	const byClass = new Map<string | undefined, Prediction[]>();
	for (const prediction of predictions) byClass.set(classOf(prediction), [...(byClass.get(classOf(prediction)) ?? []), prediction]);
	const prices = Array.from({length: 120}, (_, index) => 0.5 + index * 0.25);
	let chosen: Outcome | undefined;
	for (const add of addGrid) {
		// Each class's right and given under each of its thresholds, with this fallback add.
		const tables = [...byClass].map(([name, members]) => {
			const grid = name === undefined ? [0] : name.startsWith('keep|') ? keepGrid : addGrid;
			return {
				name,
				rows: grid.map(threshold => {
					const thresholds: Thresholds = name === undefined ? {keep: 1, add} : name.startsWith('keep|') ? {keep: threshold, add} : {keep: 1, add: 1.01, adds: {[name.slice(4)]: threshold}};
					return {threshold, ...tally(members, thresholds, policy)};
				}),
			};
		});
		for (const price of prices) {
			const keeps: Record<string, number> = {};
			const addsByClass: Record<string, number> = {};
			let right = 0;
			let given = 0;
			for (const {name, rows} of tables) {
				const best = rows.reduce((a, b) => (b.right - price * (b.given - b.right) > a.right - price * (a.given - a.right) ? b : a));
				right += best.right;
				given += best.given;
				if (name?.startsWith('keep|')) keeps[name.slice(5)] = best.threshold;
				else if (name !== undefined) addsByClass[name.slice(4)] = best.threshold;
			}
			const outcome: Outcome = {keep: 1, add, keeps, adds: addsByClass, right, given};
			if (given > 0 && right / given >= least && (!chosen || right > chosen.right)) chosen = outcome;
		}
	}
	return chosen;
}

/**
 * Where the right speakers are lost under the thresholds: the right one not among the candidates at all
 * (candidate recall), ranked below another candidate, or first but under the threshold (vetoed: the sieves'
 * right choice dropped, or the top candidate not sure enough to be added). Counts only, no quote.
 */
export function losses(predictions: Prediction[], thresholds: Thresholds, policy: Policy): Map<string, number> {
	const counts = new Map<string, number>();
	const count = (label: string) => counts.set(label, (counts.get(label) ?? 0) + 1);
	for (const prediction of predictions) {
		const decision = decide(prediction, thresholds, policy);
		if (decision?.right) {
			count('right');
			continue;
		}
		const outcome = decision ? 'wrong speaker' : 'no speaker';
		if (!prediction.reachable) count(`${outcome}: the right one not among the candidates`);
		else if (prediction.rightRank! > 0) count(`${outcome}: the right one ranked below another candidate`);
		else if (prediction.sieve?.right) count(`${outcome}: the sieves' right choice vetoed by the keep threshold`);
		else count(`${outcome}: the right one first but under the ${prediction.sieve ? 'keep (sieves chose another) or add' : 'add'} threshold`);
	}
	return counts;
}
