import type {SpeakerCandidate} from './quote-candidates.js';

// Which candidate said a quotation: a conditional logit over the candidates' features and "none of
// them" (quote-candidates.ts), trained on PolNeAR's tune part by `npm run train:quotes`
// (test/ingest-eval/train-quote-ranker.ts). It checks the sieves: their choice stays unless the model
// finds it unlikely, and another candidate is given only when the model is sure of it. A wrong speaker is
// worse than none: the thresholds (keep, keep where the attribution named the speaker, add) give the most right speakers at a precision of at
// least 0.95 on held-out tune quotes (five folds by article), so below them the ranker abstains.

export type QuoteRankerModel = {
	/** What the weights were trained on and how, for whoever retrains them. */
	trainedOn: string;
	/** The least probability at which the sieves' choice stays the speaker. */
	keepThreshold: number;
	/**
	 * The least probability at which the sieves' choice stays when it is a body (an organisation or a place):
	 * lower, because PolNeAR's bodies named as speakers are mostly the name reader's mistakes on US political
	 * copy, while in wire copy ("KCNA said", "the United States has said") they are the speakers.
	 */
	bodyKeepThreshold?: number;
	/** The least probability at which the sieves' choice of a person stays when the attribution named them ("…,” Ruiz said"): the most precise rule may keep a lower one. */
	namedKeepThreshold?: number;
	/** The least probability at which another candidate becomes the speaker. */
	addThreshold: number;
	/**
	 * Per class of decision, chosen together on held-out tune quotes: the least probability at which the
	 * sieves' choice stays, by the sieve and speaker rule that chose it ("sieve-chose:quote-in-sentence:speaker-named"),
	 * and at which a candidate becomes the speaker of a quote the sieves gave nobody, by the sieve and rule that
	 * found nobody ("quote-in-sentence:speaker-unnamed"). The ranker's probabilities are not equally sure in
	 * every class: one threshold for all kept too few of the precise classes and too many of the loose ones.
	 */
	keepThresholds?: Record<string, number>;
	addThresholds?: Record<string, number>;
	/** The sieve and speaker rule pairs seen deciding often enough in training for the ranker to overrule them. */
	judged: string[];
	/**
	 * The sieve, speaker rule and way of finding the subject ("…|sieve-how:quote-in-sentence:after the verb")
	 * whose choice was surely right at least 97% of the time on the tune part (the lower end of its 90% interval, over the
	 * quotes the ranker was fitted on): these decide without the ranker.
	 */
	trusted?: string[];
	weights: Record<string, number>;
};

export type RankedSpeaker = {entity?: number; probability: number};

/** Each candidate's probability and that of "none of them" (last): a softmax over their scores. */
export function candidateProbabilities(candidates: SpeakerCandidate[], none: string[], model: QuoteRankerModel): number[] {
	const score = (features: string[]) => features.reduce((sum, feature) => sum + (model.weights[feature] ?? 0), 0);
	const scores = [...candidates.map(candidate => score(candidate.features)), score(none)];
	const top = Math.max(...scores);
	const exps = scores.map(value => Math.exp(value - top));
	const total = exps.reduce((sum, value) => sum + value, 0);
	return exps.map(value => value / total);
}

/** Whether a candidate is a body (an organisation or a place), from its features. */
export const isBody = (features: string[]) => features.includes('kind:organization') || features.includes('kind:place');

/** The keep threshold for the sieves' choice: a body's, its class's, a person the attribution named, or another person's. */
export const keepThresholdFor = (features: string[], model: QuoteRankerModel) =>
	isBody(features) ? (model.bodyKeepThreshold ?? model.keepThreshold) : (model.keepThresholds?.[decidedBy(features)] ?? (decidedBy(features).endsWith(':speaker-named') ? (model.namedKeepThreshold ?? model.keepThreshold) : model.keepThreshold));

/** The class of a quote the sieves gave nobody, from its "none" features: the sieve and speaker rule that found nobody ("no-sieve:no-rule"). */
export function noneClass(none: string[]): string {
	const part = (prefix: string) => none.find(feature => feature.startsWith(prefix) && feature.split(':').length === 3)?.slice(prefix.length) ?? '';
	return `${part('none:sieve:')}:${part('none:rule:')}`;
}

/** The least probability at which a candidate becomes the speaker: its class's when the sieves gave nobody, else the one for a dropped choice. */
export const addThresholdFor = (none: string[], sieveChose: boolean, model: QuoteRankerModel) => (sieveChose ? model.addThreshold : (model.addThresholds?.[noneClass(none)] ?? model.addThresholds?.['*'] ?? model.addThreshold));

/** Which sieve and speaker rule chose a candidate, from its features ("sieve-chose:quote-in-sentence:speaker-named"). */
export function decidedBy(features: string[]): string {
	return features.find(feature => feature.startsWith('sieve-chose:') && feature.split(':').length === 3) ?? '';
}

/** A choice's class for trust: the sieve and rule that chose it, and how the attribution found its subject. */
export function trustClass(features: string[]): string {
	return `${decidedBy(features)}|${features.find(feature => feature.startsWith('sieve-how:')) ?? ''}`;
}

/**
 * The speaker: the sieves' choice while the model finds it likely enough (the sieves are the precise
 * first stage), else the most probable other candidate when the model is sure of it, else none.
 */
export function rankSpeaker(candidates: SpeakerCandidate[], none: string[], sieveChoice: number | undefined, model: QuoteRankerModel): RankedSpeaker & {how: 'kept' | 'unjudged' | 'trusted' | 'vetoed' | 'added' | 'none'} {
	const probabilities = candidateProbabilities(candidates, none, model);
	const chosen = candidates.findIndex(candidate => candidate.entity === sieveChoice);
	// A way of choosing that was right nearly always in training decides alone: the ranker could only lose right speakers there.
	if (chosen >= 0 && !isBody(candidates[chosen]!.features) && model.trusted?.includes(trustClass(candidates[chosen]!.features))) return {entity: sieveChoice, probability: probabilities[chosen]!, how: 'trusted'};
	// A rule the training data hardly shows deciding ("the bank said") is not the model's to overrule.
	if (chosen >= 0 && !model.judged.includes(decidedBy(candidates[chosen]!.features))) return {entity: sieveChoice, probability: probabilities[chosen]!, how: 'unjudged'};
	if (chosen >= 0 && probabilities[chosen]! >= keepThresholdFor(candidates[chosen]!.features, model)) return {entity: sieveChoice, probability: probabilities[chosen]!, how: 'kept'};
	let best = -1;
	candidates.forEach((_, index) => {
		if (index !== chosen && (best < 0 || probabilities[index]! > probabilities[best]!)) best = index;
	});
	if (best >= 0 && probabilities[best]! >= addThresholdFor(none, chosen >= 0, model)) return {entity: candidates[best]!.entity, probability: probabilities[best]!, how: 'added'};
	return {probability: chosen >= 0 ? probabilities[chosen]! : best >= 0 ? probabilities[best]! : 0, how: chosen >= 0 ? 'vetoed' : 'none'};
}
