// npm run train:names — trains the name tagger on the TUNE part of GUM (../shared/corpora/gum; SPLITS.md)
// and writes its weights to data/name-tagger/weights.json. `--cv` first cross-validates the number of
// passes inside the tune part (3 folds by document) and prints span F1 per kind; the check part is never
// read. Same command, same weights: documents in sorted order, a fixed shuffling seed.
import {mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {analyseArticles} from '../../source/ingest/analyse.js';
import {parseArticleText} from '../../source/ingest/article-input.js';
import {readDateline} from '../../source/ingest/datelines.js';
import {collectCaseEvidence, findNameOccurrences, groupEntities, ruleRuns} from '../../source/ingest/entities.js';
import {readDocument, sentenceFeatures} from '../../source/ingest/name-tagger/features.js';
import {documentFeatures, type FirstPassSentence} from '../../source/ingest/name-tagger/document-features.js';
import {spansOf} from '../../source/ingest/name-tagger/tag-names.js';
import {storeWeights, tagSentence, train, type Label, type TrainingSentence, type Weights} from '../../source/ingest/name-tagger/perceptron.js';
import {trainCrf} from '../../source/ingest/name-tagger/crf.js';
import {corpusPart} from './corpus-split.js';
import {corporaFolder, root} from './evaluate.js';
import {goldForms, projectForms, type GoldNames} from './project-gold.js';

export type Document = {name: string; sentences: TrainingSentence[]};

/** PolNeAR's CoreNLP names as silver data: every n-th tune article, each sentence's updates scaled down (chosen by cv-names.ts). */
export const silverDefaults = {every: 1, weight: 0.3};

/**
 * How the weights are learned. 'crf': a linear-chain CRF fitted by L-BFGS over all sentences at once (crf.ts):
 * no shuffling order, so another seed or one feature more barely moves it (steadiness-names.ts). 'perceptron':
 * `epochs` passes x `bags` averaged perceptrons on different shufflings (perceptron.ts), the committed learner.
 * Eight bags, not three: another shuffling order flips 2.8% of held-out names instead of 6.5%, and one feature
 * more 1.3% instead of 3.1%, at the same held-out F1 (steadiness-names.ts; test/bench/HISTORY.md), so a rule's
 * gain is not lost to the retrain that follows it.
 */
export type TrainingSettings = {learner: 'crf' | 'perceptron'; epochs: number; bags: number; iterations: number; l2: number; minCount: number; twoPass: boolean; seed?: number};
export const trainingDefaults: TrainingSettings = {learner: 'perceptron', epochs: 4, bags: 8, iterations: 60, l2: 10, minCount: 2, twoPass: false};

/** The tagger's weights learned from the sentences with the settings (the same sentences, the same weights). */
export function fitTagger(sentences: TrainingSentence[], settings: TrainingSettings = trainingDefaults, log?: (line: string) => void): Weights {
	// The seed only orders the perceptron's shuffling (--seed=, to measure how far another order moves the names).
	if (settings.learner === 'perceptron') return train(sentences, settings.epochs, settings.seed ?? 1, settings.minCount, settings.bags);
	return trainCrf(sentences, {iterations: settings.iterations, l2: settings.l2, minCount: settings.minCount, memory: 6, log});
}

/** Which words of a training sentence are capitalised (as the importer tells from its tokens): their shape says. */
const capitalised = (sentence: TrainingSentence) => sentence.features.map(features => features.some(feature => feature.startsWith('shape=X')));

/** A document as a model reads it: each sentence's words and labels, for the document features. */
export function readByModel(weights: Weights, document: Document): FirstPassSentence[] {
	return document.sentences.map(sentence => ({words: sentence.words, capitalised: capitalised(sentence), labels: tagSentence(weights, sentence.features, sentence.words)}));
}

/** The document's sentences with the document features of a first pass's reading added. */
export function withDocumentFeatures(document: Document, read: FirstPassSentence[]): Document {
	const extra = documentFeatures(read);
	return {name: document.name, sentences: document.sentences.map((sentence, at) => ({...sentence, features: sentence.features.map((features, index) => [...features, ...extra[at]![index]!])}))};
}

/**
 * A two-pass model (document-features.ts): the first pass is the one-pass tagger of these documents; the
 * second is trained with the document features of first passes that never saw the document they read
 * (`inner` folds by document, one bag each, to keep the training time down), so that they read a
 * training document as the first pass will read an unseen one.
 */
export function fitTwoPass(documents: Document[], settings: TrainingSettings = trainingDefaults, inner = 3): Weights {
	const firstPass = fitTagger(documents.flatMap(document => document.sentences), settings);
	const read = new Map<Document, FirstPassSentence[]>();
	for (let fold = 0; fold < inner; fold++) {
		const model = fitTagger(documents.filter((_, index) => index % inner !== fold).flatMap(document => document.sentences), {...settings, bags: 1});
		for (const document of documents.filter((_, index) => index % inner === fold)) read.set(document, readByModel(model, document));
	}
	return {...fitTagger(documents.flatMap(document => withDocumentFeatures(document, read.get(document)!).sentences), settings), firstPass};
}

/** --learner=, --epochs=, --bags=, --iterations=, --l2=, --min-count=, --seed=, --two-pass over the defaults. */
export function trainingSettingsFromArguments(argv: string[] = process.argv): TrainingSettings {
	const value = (name: string) => argv.find(argument => argument.startsWith(`--${name}=`))?.split('=')[1];
	const number = (name: string, fallback: number) => Number(value(name) ?? fallback);
	const learner = value('learner') ?? trainingDefaults.learner;
	if (learner !== 'crf' && learner !== 'perceptron') throw new Error(`--learner=${learner}: expected crf or perceptron`);
	return {
		learner,
		epochs: number('epochs', trainingDefaults.epochs),
		bags: number('bags', trainingDefaults.bags),
		iterations: number('iterations', trainingDefaults.iterations),
		l2: number('l2', trainingDefaults.l2),
		minCount: number('min-count', learner === 'crf' ? trainingDefaults.minCount : 1),
		twoPass: argv.includes('--two-pass') || (trainingDefaults.twoPass && !argv.includes('--one-pass')),
		seed: number('seed', 1),
	};
}

/** One document's sentences as the importer reads them, with features and projected gold labels. */
export function documentSentences(text: string, name: string, gold: GoldNames): TrainingSentence[] {
	const paragraphs = analyseArticles([parseArticleText(text, name)]);
	const evidence = collectCaseEvidence(paragraphs);
	const forms = goldForms(gold);
	const document = readDocument(groupEntities(findNameOccurrences(paragraphs, evidence)), paragraphs);
	const sentences: TrainingSentence[] = [];
	for (const paragraph of paragraphs) {
		if (paragraph.headline) continue;
		const dateline = paragraph.paragraph <= 6 ? readDateline(paragraph) : undefined;
		for (const sentence of paragraph.sentences) {
			if (sentence.tokens.length === 0) continue;
			const runs = ruleRuns(sentence.tokens, paragraph.text, evidence, dateline?.end ?? -1);
			sentences.push({
				features: sentenceFeatures(sentence.tokens, runs, paragraph, evidence, document),
				words: sentence.tokens.map(token => token.text.toLowerCase()),
				gold: projectForms(sentence.tokens, forms),
			});
		}
	}
	return sentences;
}

/** The tune documents of a corpus (every `every`-th of them), sentences weighted by `weight`. */
export function readCorpus(corpus: string, every = 1, weight = 1): Document[] {
	const folder = path.join(corporaFolder, corpus);
	const names = readdirSync(path.join(folder, 'articles'))
		.filter(name => name.endsWith('.txt') && corpusPart(corpus, name) === 'tune')
		.sort()
		.filter((_, index) => index % every === 0);
	return names.map(name => {
		const gold = JSON.parse(readFileSync(path.join(folder, 'gold', name.replace(/\.txt$/, '.json')), 'utf8')) as GoldNames;
		const sentences = documentSentences(readFileSync(path.join(folder, 'articles', name), 'utf8'), name, gold);
		for (const sentence of sentences) sentence.weight = weight;
		return {name, sentences};
	});
}

type Tally = Record<string, {right: number; found: number; gold: number}>;

/** Exact-span precision and recall per kind of a model on held-out sentences. */
function scoreSpans(weights: ReturnType<typeof train>, sentences: TrainingSentence[], tally: Tally): void {
	for (const sentence of sentences) {
		const guessed = spansOf(tagSentence(weights, sentence.features, sentence.words));
		const gold = spansOf(sentence.gold as Label[]);
		for (const kind of ['person', 'organization', 'place']) {
			tally[kind] ??= {right: 0, found: 0, gold: 0};
			const mine = guessed.filter(span => span.kind === kind);
			const theirs = gold.filter(span => span.kind === kind);
			tally[kind]!.found += mine.length;
			tally[kind]!.gold += theirs.length;
			tally[kind]!.right += mine.filter(span => theirs.some(other => other.start === span.start && other.end === span.end)).length;
		}
	}
}

const f1 = ({right, found, gold}: {right: number; found: number; gold: number}) => (right === 0 ? 0 : (2 * right) / (found + gold));

function crossValidate(documents: Document[], epochChoices: number[], extra: TrainingSentence[]): void {
	const folds = 3;
	for (const epochs of epochChoices) {
		const tally: Tally = {};
		for (let fold = 0; fold < folds; fold++) {
			const trainOn = [...documents.filter((_, index) => index % folds !== fold).flatMap(document => document.sentences), ...extra];
			const heldOut = documents.filter((_, index) => index % folds === fold).flatMap(document => document.sentences);
			scoreSpans(train(trainOn, epochs), heldOut, tally);
		}
		console.log(`  ${String(epochs).padStart(3)} passes: ${Object.entries(tally).map(([kind, counts]) => `${kind} ${f1(counts).toFixed(3)}`).join('  ')}`);
	}
}

function main(): void {
	const started = performance.now();
	const option = (name: string, fallback: number) => Number(process.argv.find(argument => argument.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
	const settings = trainingSettingsFromArguments();
	// PolNeAR's names are CoreNLP's (silver): every n-th tune article (all of them: cv-names 8/1/0.3 against 8/3/0.3, people 0.735 against 0.712), each sentence's updates scaled down.
	const silverEvery = option('silver-every', silverDefaults.every);
	const silverWeight = option('silver-weight', silverDefaults.weight);
	const documents = readCorpus('gum');
	console.log(`GUM tune: ${documents.length} documents, ${documents.reduce((total, document) => total + document.sentences.length, 0)} sentences (${Math.round(performance.now() - started)} ms to read)`);
	const silverDocuments = silverEvery > 0 ? readCorpus('polnear', silverEvery, silverWeight) : [];
	const silver = silverDocuments.flatMap(document => document.sentences);
	if (silver.length > 0) console.log(`PolNeAR tune (silver, every ${silverEvery}th, weight ${silverWeight}): ${silver.length} sentences (${Math.round(performance.now() - started)} ms so far)`);
	if (process.argv.includes('--cv')) {
		console.log('cross-validation inside the tune part (3 folds by document), exact-span F1:');
		crossValidate(documents, [4, 8, 12], silver);
	}
	const weights = settings.twoPass
		? fitTwoPass([...documents, ...silverDocuments], settings)
		: fitTagger([...documents.flatMap(document => document.sentences), ...silver], settings, process.argv.includes('--log') ? line => console.log(line) : undefined);
	const stored = storeWeights(weights);
	const folder = path.join(root, 'data/name-tagger');
	mkdirSync(folder, {recursive: true});
	// --out=FILE writes elsewhere (to compare candidates before one replaces the committed weights).
	const out = process.argv.find(argument => argument.startsWith('--out='))?.slice('--out='.length) ?? path.join(folder, 'weights.json');
	writeFileSync(out, `${JSON.stringify(stored)}\n`);
	const how = `${settings.learner === 'crf' ? `CRF, ${settings.iterations} L-BFGS steps, L2 ${settings.l2}, features seen >= ${settings.minCount} times` : `${settings.epochs} passes x ${settings.bags} bags`}${settings.twoPass ? ', two passes' : ''}`;
	console.log(`${how}; ${stored.features.split('\n').length} features kept of ${weights.rows.size}; written to ${path.relative(root, out)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
