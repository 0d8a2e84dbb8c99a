// npm run train:entity-review — trains the second look at each grouped name (source/ingest/name-tagger/
// entity-review.ts) on the TUNE part of GUM and writes data/name-tagger/entity-review.json. Stacked, so
// that it learns the tagger's mistakes on text the tagger has not seen: the tune documents in 3 folds, a
// tagger trained on the other two folds (with the PolNeAR silver data, as train:names does) reads each
// fold's documents, and every name it finds is one example, labelled by the gold (its kind, or none).
// The reviewer's margins are chosen by cross-validation over those folds, scored as the evaluation scores
// names (a name is right when one of its forms is a gold form of its kind). The check part is never read.
// Deterministic: documents in sorted order, fixed seeds. Options: --fold-weights=DIR (keep each fold's
// tagger there and read it back next time), --dry-run (write nothing), --passes=8.
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {analyseArticles} from '../../source/ingest/analyse.js';
import {parseArticleText} from '../../source/ingest/article-input.js';
import {collectCaseEvidence, groupEntities, type EntityKind} from '../../source/ingest/entities.js';
import {entityFeatures, classProbabilities, reviewClasses, reviewedClass, type EntityReviewModel, type ReviewClass} from '../../source/ingest/name-tagger/entity-review.js';
import {loadWeights, storeWeights, train, type StoredWeights, type Weights} from '../../source/ingest/name-tagger/perceptron.js';
import {readNamesLearned} from '../../source/ingest/name-tagger/tag-names.js';
import {corporaFolder, root} from './evaluate.js';
import {normalise, readGold, type Gold} from './score.js';
import {readCorpus, silverDefaults, type Document} from './train-names.js';

const option = (name: string, fallback: string) => process.argv.find(argument => argument.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const folds = 3;
const passes = Number(option('passes', '8'));
const kinds = ['person', 'organization', 'place'] as const;
const goldKey = {person: 'people', organization: 'organizations', place: 'places'} as const;

export type Example = {document: string; fold: number; kind: EntityKind; features: string[]; label: ReviewClass; forms: string[]};

/** Each fold's tagger: trained on the other folds and the silver data, or read back from --fold-weights. */
function foldTaggers(documents: Document[]): Weights[] {
	const cache = option('fold-weights', '');
	const files = Array.from({length: folds}, (_, fold) => (cache ? path.join(cache, `fold-${fold}-${passes}.json`) : ''));
	if (cache && files.every(file => existsSync(file))) return files.map(file => loadWeights(JSON.parse(readFileSync(file, 'utf8')) as StoredWeights));
	const silver = readCorpus('polnear', silverDefaults.every, silverDefaults.weight).flatMap(document => document.sentences);
	return files.map((file, fold) => {
		const started = performance.now();
		const stored = storeWeights(train([...documents.filter((_, index) => index % folds !== fold).flatMap(document => document.sentences), ...silver], passes));
		console.log(`  fold ${fold}: tagger trained in ${((performance.now() - started) / 1000).toFixed(0)} s`);
		if (cache) {
			mkdirSync(cache, {recursive: true});
			writeFileSync(file, JSON.stringify(stored));
		}
		// Through the stored form, as the importer reads the committed weights (pruned and rounded).
		return loadWeights(stored);
	});
}

/** The names a fold's tagger finds in one document, with their features and their gold class. */
export function documentExamples(name: string, fold: number, weights: Weights): Example[] {
	const folder = path.join(corporaFolder, 'gum');
	const input = parseArticleText(readFileSync(path.join(folder, 'articles', name), 'utf8'), name);
	const paragraphs = analyseArticles([input]);
	const evidence = collectCaseEvidence(paragraphs);
	const entities = groupEntities(readNamesLearned(paragraphs, evidence, [input.metadata.title], weights));
	const gold = readGold(JSON.parse(readFileSync(path.join(folder, 'gold', name.replace(/\.txt$/, '.json')), 'utf8')));
	const byPosition = new Map(paragraphs.map(paragraph => [`${paragraph.article}/${paragraph.paragraph}`, paragraph]));
	return entities.map(entity => {
		const forms = [...new Set([entity.name, ...entity.aliases].map(normalise))];
		const matching = kinds.filter(kind => gold[goldKey[kind]].some(item => [item.name, ...item.aliases].some(form => forms.includes(normalise(form)))));
		const label: ReviewClass = matching.includes(entity.kind) ? entity.kind : (matching[0] ?? 'none');
		return {document: name, fold, kind: entity.kind, features: entityFeatures(entity, {paragraphs, evidence}, byPosition), label, forms};
	});
}

/** A multinomial logistic model by stochastic gradient descent with L2, in a fixed order. */
export function trainReview(examples: Example[], epochs = 30, rate = 0.1, l2 = 1e-3): Record<string, number[]> {
	const weights = new Map<string, number[]>();
	const row = (feature: string) => {
		let found = weights.get(feature);
		if (!found) weights.set(feature, (found = reviewClasses.map(() => 0)));
		return found;
	};
	for (let epoch = 0; epoch < epochs; epoch++) {
		const step = rate / (1 + epoch * 0.2);
		for (const example of examples) {
			const probabilities = classProbabilities(Object.fromEntries(example.features.map(feature => [feature, row(feature)])), example.features);
			const target = reviewClasses.indexOf(example.label);
			for (const feature of example.features) {
				const weightsOf = row(feature);
				for (let index = 0; index < reviewClasses.length; index++) weightsOf[index]! += step * ((index === target ? 1 : 0) - probabilities[index]! - l2 * weightsOf[index]!);
			}
		}
	}
	const rounded: Record<string, number[]> = {};
	for (const [feature, values] of [...weights].sort(([a], [b]) => (a < b ? -1 : 1))) if (values.some(value => Math.abs(value) >= 0.001)) rounded[feature] = values.map(value => Math.round(value * 1000) / 1000);
	return rounded;
}

type Tally = Record<(typeof kinds)[number], {right: number; found: number; goldFound: number; gold: number}>;

/** Scores the names kept (each with the class decided) as the evaluation would: per kind, F1 of entities. */
function scoreDecisions(examples: Example[], decide: (example: Example) => ReviewClass, golds: Map<string, Gold>): Tally {
	const tally = Object.fromEntries(kinds.map(kind => [kind, {right: 0, found: 0, goldFound: 0, gold: 0}])) as Tally;
	for (const [document, gold] of golds) {
		const mine = examples.filter(example => example.document === document).map(example => ({forms: new Set(example.forms), kind: decide(example)}));
		for (const kind of kinds) {
			const goldForms = gold[goldKey[kind]].map(item => new Set([item.name, ...item.aliases].map(normalise)));
			const extracted = mine.filter(item => item.kind === kind);
			const overlaps = (a: Set<string>, b: Set<string>) => [...a].some(form => b.has(form));
			tally[kind].found += extracted.length;
			tally[kind].right += extracted.filter(item => goldForms.some(forms => overlaps(item.forms, forms))).length;
			tally[kind].gold += goldForms.length;
			tally[kind].goldFound += goldForms.filter(forms => extracted.some(item => overlaps(item.forms, forms))).length;
		}
	}
	return tally;
}

const f1 = ({right, found, goldFound, gold}: Tally['person']) => {
	const precision = found === 0 ? 0 : right / found;
	const recall = gold === 0 ? 0 : goldFound / gold;
	return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
};
const line = (tally: Tally) => kinds.map(kind => `${kind} ${f1(tally[kind]).toFixed(3)} (P ${(tally[kind].right / Math.max(1, tally[kind].found)).toFixed(3)} R ${(tally[kind].goldFound / Math.max(1, tally[kind].gold)).toFixed(3)})`).join('  ');
const mean = (tally: Tally) => kinds.reduce((sum, kind) => sum + f1(tally[kind]), 0) / kinds.length;

async function main(): Promise<void> {
	const started = performance.now();
	const seconds = () => ((performance.now() - started) / 1000).toFixed(0);
	const documents = readCorpus('gum');
	console.log(`read ${documents.length} GUM tune documents (${seconds()} s)`);
	const taggers = foldTaggers(documents);
	const examples = documents.flatMap((document, index) => documentExamples(document.name, index % folds, taggers[index % folds]!));
	const golds = new Map(documents.map(document => [document.name, readGold(JSON.parse(readFileSync(path.join(corporaFolder, 'gum', 'gold', document.name.replace(/\.txt$/, '.json')), 'utf8')))]));
	const labelCounts = Object.fromEntries(reviewClasses.map(label => [label, examples.filter(example => example.label === label).length]));
	console.log(`${examples.length} names found by out-of-fold taggers (${seconds()} s): ${JSON.stringify(labelCounts)}, kind right ${examples.filter(example => example.label === example.kind).length}`);
	console.log(`  tagger alone:       ${line(scoreDecisions(examples, example => example.kind, golds))}`);
	// The reviewer cross-validated over the same folds: trained on two folds' names, deciding the third's.
	const heldOut = new Map<Example, number[]>();
	for (let fold = 0; fold < folds; fold++) {
		const model = trainReview(examples.filter(example => example.fold !== fold));
		for (const example of examples.filter(example => example.fold === fold)) heldOut.set(example, classProbabilities(model, example.features));
	}
	let best = {dropMargin: 0, retypeMargin: 0, score: -1};
	for (const dropMargin of [0, 0.1, 0.2, 0.3, 0.5, 1]) {
		for (const retypeMargin of [0, 0.1, 0.2, 0.3, 0.5, 1]) {
			const tally = scoreDecisions(examples, example => reviewedClass(heldOut.get(example)!, example.kind, {dropMargin, retypeMargin}), golds);
			if (mean(tally) > best.score) best = {dropMargin, retypeMargin, score: mean(tally)};
			if (process.argv.includes('--verbose') || (dropMargin === retypeMargin && dropMargin <= 0.3)) console.log(`  drop ${dropMargin.toFixed(1)} retype ${retypeMargin.toFixed(1)}: ${line(tally)}`);
		}
	}
	const chosen = scoreDecisions(examples, example => reviewedClass(heldOut.get(example)!, example.kind, best), golds);
	console.log(`chosen by cross-validation: drop margin ${best.dropMargin}, retype margin ${best.retypeMargin}: ${line(chosen)}`);
	const model: EntityReviewModel = {format: 'summit-entity-review', version: 1, classes: reviewClasses, weights: trainReview(examples), dropMargin: best.dropMargin, retypeMargin: best.retypeMargin};
	if (process.argv.includes('--dump')) for (const example of examples) console.log(`${example.document}\t${example.kind}\t${example.label}\t${reviewedClass(heldOut.get(example)!, example.kind, best)}\t${example.forms[0]}`);
	if (process.argv.includes('--dry-run')) return;
	const out = path.join(root, 'data/name-tagger/entity-review.json');
	writeFileSync(out, `${JSON.stringify(model)}\n`);
	console.log(`${Object.keys(model.weights).length} features; written to ${path.relative(root, out)} (${seconds()} s)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
