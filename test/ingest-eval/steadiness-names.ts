// How steady the name tagger's training is: for each setting (passes/bags), one model is trained on two
// thirds of GUM tune (with PolNeAR silver), and two more with a trivial change each: another shuffling
// seed, and one uninformative feature added (on "the": the kind of change adding a rule feature is). On
// the held-out third it prints exact-span F1 per kind, and the share of names (spans with their kind)
// that either model finds but not both: what a small change flips. The check part is never read.
// A CRF trial (crf/STEPS/L2/MIN-COUNT) has no seed: its "other seed" is the sentences in reverse order.
// Run: nice -n 10 npx tsx test/ingest-eval/steadiness-names.ts [--try=8/1,8/3,crf/50/30/2] [--silver-every=3] [--seed-only|--feature-only]
import {spansOf} from '../../source/ingest/name-tagger/tag-names.js';
import {trainCrf} from '../../source/ingest/name-tagger/crf.js';
import {tagSentence, train, type Label, type TrainingSentence, type Weights} from '../../source/ingest/name-tagger/perceptron.js';
import {readCorpus, silverDefaults} from './train-names.js';
import {tallySpans, type SpanTally} from './score.js';

const option = (name: string, fallback: string) => process.argv.find(argument => argument.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const trials = option('try', '8/1,8/3').split(',');
const silverEvery = Number(option('silver-every', '3'));
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(0);

const documents = readCorpus('gum');
const silver = readCorpus('polnear', silverEvery, silverDefaults.weight).flatMap(document => document.sentences);
console.log(`read ${documents.length} GUM tune documents and ${silver.length} silver sentences (every ${silverEvery}th) in ${seconds()} s`);
const trainOn = [...documents.filter((_, index) => index % 3 !== 0).flatMap(document => document.sentences), ...silver];
const heldOut = documents.filter((_, index) => index % 3 === 0).flatMap(document => document.sentences);
const withTrivialFeature = (sentence: TrainingSentence): TrainingSentence => ({...sentence, features: sentence.features.map((features, index) => (sentence.words[index] === 'the' ? [...features, 'trivial'] : features))});

type Named = Set<string>;
function names(weights: Weights): {named: Named; f1: Record<string, number>} {
	const named: Named = new Set();
	const tally: SpanTally = {};
	heldOut.forEach((sentence, at) => {
		const guessed = spansOf(tagSentence(weights, sentence.features, sentence.words));
		const gold = spansOf(sentence.gold as Label[]);
		for (const span of guessed) named.add(`${at}:${span.start}:${span.end}:${span.kind}`);
		tallySpans(tally, guessed, gold);
	});
	return {named, f1: Object.fromEntries(Object.entries(tally).map(([kind, {right, found, gold}]) => [kind, (2 * right) / (found + gold)]))};
}
const flipped = (a: Named, b: Named) => {
	let either = 0;
	for (const name of new Set([...a, ...b])) if (!a.has(name) || !b.has(name)) either++;
	return `${either}/${new Set([...a, ...b]).size} = ${((100 * either) / new Set([...a, ...b]).size).toFixed(1)}%`;
};
const show = (f1: Record<string, number>) => Object.values(f1).map(value => value.toFixed(3)).join('/');

for (const trial of trials) {
	const parts = trial.split('/');
	const crf = parts[0] === 'crf';
	const [first, second, third] = parts.slice(crf ? 1 : 0).map(Number) as [number, number, number | undefined];
	// otherOrder: another shuffling seed for the perceptron, the sentences reversed for the CRF.
	const fit = (sentences: TrainingSentence[], otherOrder: boolean) =>
		crf ? trainCrf(otherOrder ? [...sentences].reverse() : sentences, {iterations: first, l2: second, minCount: third ?? 2, memory: 6}) : train(sentences, first, otherOrder ? 1001 : 1, 1, second);
	const base = names(fit(trainOn, false));
	const time = seconds();
	// --seed-only, --feature-only: one of the two changed models (a third less time, for the slowest settings).
	const otherSeed = process.argv.includes('--feature-only') ? base : names(fit(trainOn, true));
	const otherFeature = process.argv.includes('--seed-only') ? base : names(fit(trainOn.map(withTrivialFeature), false));
	const setting = crf ? `CRF ${first} steps, L2 ${second}, features seen >= ${third ?? 2} times` : `${first} passes x ${second} bags`;
	console.log(`${setting}: held-out F1 people/orgs/places ${show(base.f1)} (other seed ${show(otherSeed.f1)}, trivial feature ${show(otherFeature.f1)}); names flipped by another seed ${flipped(base.named, otherSeed.named)}, by the trivial feature ${flipped(base.named, otherFeature.named)} (${seconds()} s, first model done at ${time} s)`);
}
