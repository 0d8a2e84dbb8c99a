// Does a second pass with the first pass's reading of the document help the name tagger? (document-features.ts)
// Trains on two thirds of GUM tune (with PolNeAR silver), scores the held-out third by exact spans of the
// tagger alone (no rules after it), and compares in the same run: the one-pass tagger; two passes, the
// second trained with document features from a first pass trained out of fold on the training documents
// (INNER folds, FIRST-BAGS bags each), at use from the one-pass tagger; and the same with the token's own
// first-pass label as a feature too ('self'). The check part is never read.
// Run: nice -n 10 npx tsx test/ingest-eval/two-stage-names.ts [--silver-every=4] [--passes=4] [--bags=3]
//      [--first-bags=1] [--inner=3] [--import] [--no-self]
import type {FirstPassSentence} from '../../source/ingest/name-tagger/document-features.js';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {loadWeights, storeWeights, tagSentence, train, type Label, type TrainingSentence, type Weights} from '../../source/ingest/name-tagger/perceptron.js';
import {spansOf, useWeightsInstead} from '../../source/ingest/name-tagger/tag-names.js';
import {corporaFolder, importArticles} from './evaluate.js';
import {addScores, precisionRecall, readGold, scoreStory, tallySpans, type Scores, type SpanTally} from './score.js';
import {readByModel, readCorpus, silverDefaults, withDocumentFeatures, type Document} from './train-names.js';

const option = (name: string, fallback: string) => Number(process.argv.find(argument => argument.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const silverEvery = option('silver-every', '4');
const passes = option('passes', '4');
const bags = option('bags', '3');
const firstBags = option('first-bags', '1');
const inner = option('inner', '3');
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(0);

const gum = readCorpus('gum');
const silver = silverEvery > 0 ? readCorpus('polnear', silverEvery, silverDefaults.weight) : [];
console.log(`read ${gum.length} GUM tune documents and ${silver.length} silver documents (every ${silverEvery}th) in ${seconds()} s`);
const trainDocuments = [...gum.filter((_, index) => index % 3 !== 0), ...silver];
const heldOut = gum.filter((_, index) => index % 3 === 0);
const sentencesOf = (documents: Document[]) => documents.flatMap(document => document.sentences);

/** The document with a first pass's document features added (and its own label with `self`). */
function withDocumentFeaturesAnd(document: Document, read: FirstPassSentence[], self: boolean): Document {
	const added = withDocumentFeatures(document, read);
	if (!self) return added;
	return {...added, sentences: added.sentences.map((sentence, at) => ({...sentence, features: sentence.features.map((features, index) => [...features, `nl-self=${read[at]!.labels[index]!.replace(/^[BI]-/u, '')}`])}))};
}

function score(tagged: Array<{sentence: TrainingSentence; labels: Label[]}>): string {
	const tally: SpanTally = {};
	for (const {sentence, labels} of tagged) {
		const guessed = spansOf(labels);
		const gold = spansOf(sentence.gold);
		tallySpans(tally, guessed, gold);
	}
	return Object.entries(tally)
		.map(([kind, {right, found, gold}]) => `${kind} F1 ${((2 * right) / (found + gold)).toFixed(3)} (P ${(right / found).toFixed(3)} R ${(right / gold).toFixed(3)})`)
		.join(', ');
}

// One pass: the committed way.
const onePass = train(sentencesOf(trainDocuments), passes, 1, 1, bags);
const oneTime = seconds();
console.log(`one pass (${passes} passes x ${bags} bags, ${oneTime} s): ${score(sentencesOf(heldOut).map(sentence => ({sentence, labels: tagSentence(onePass, sentence.features, sentence.words)})))}`);

// The first pass over each training document, by a model that never saw it.
const outOfFold = new Map<Document, FirstPassSentence[]>();
for (let fold = 0; fold < inner; fold++) {
	const model = train(sentencesOf(trainDocuments.filter((_, index) => index % inner !== fold)), passes, 1, 1, firstBags);
	for (const document of trainDocuments.filter((_, index) => index % inner === fold)) outOfFold.set(document, readByModel(model, document));
}
console.log(`first passes out of fold (${inner} folds, ${firstBags} bags): ${seconds()} s`);
const heldOutRead = new Map(heldOut.map(document => [document, readByModel(onePass, document)]));

// --import: the held-out documents also imported through the whole importer (rules after the tagger) with
// each model, and scored as cv-names.ts scores them (the held-out third here is cv-names's fold 0).
async function importedScores(weights: Weights): Promise<string> {
	useWeightsInstead(loadWeights(storeWeights(weights)));
	const scores: Scores[] = [];
	for (const document of heldOut) {
		const story = await importArticles([path.join(corporaFolder, 'gum', 'articles', document.name)]);
		scores.push(scoreStory(story, readGold(JSON.parse(readFileSync(path.join(corporaFolder, 'gum', 'gold', document.name.replace(/\.txt$/u, '.json')), 'utf8')))));
	}
	useWeightsInstead(undefined);
	const total = addScores(scores);
	return (['people', 'organizations', 'places'] as const)
		.map(kind => {
			const {precision, recall, f1} = precisionRecall(total[kind]);
			return `${kind} F1 ${f1.toFixed(3)} (P ${precision.toFixed(3)} R ${recall.toFixed(3)})`;
		})
		.join(', ');
}
const importing = process.argv.includes('--import');
if (importing) console.log(`  imported, one pass: ${await importedScores(onePass)} (${seconds()} s)`);

// --no-self: only the document features (the importer makes no own-label feature).
for (const self of process.argv.includes('--no-self') ? [false] : [false, true]) {
	const before = performance.now();
	const second = train(
		sentencesOf(trainDocuments.map(document => withDocumentFeaturesAnd(document, outOfFold.get(document)!, self))),
		passes,
		1,
		1,
		bags,
	);
	const trained = ((performance.now() - before) / 1000).toFixed(0);
	const tagged = heldOut.flatMap(document => withDocumentFeaturesAnd(document, heldOutRead.get(document)!, self).sentences).map(sentence => ({sentence, labels: tagSentence(second, sentence.features, sentence.words)}));
	console.log(`two passes${self ? ' + own first-pass label' : ''} (second trained in ${trained} s; ${seconds()} s): ${score(tagged)}`);
	if (importing && !self) console.log(`  imported, two passes: ${await importedScores({...second, firstPass: onePass})} (${seconds()} s)`);
}
