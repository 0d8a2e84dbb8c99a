// Cross-validation of the name tagger as the user meets it: the tune part of GUM in 3 folds by document;
// for each fold a model is trained on the other two (with the PolNeAR silver data), then the fold's
// documents are imported through ingestInputs with that model and scored like `npm run eval:ingest`
// (entities per kind, by genre). The check part is never read. Run: npx tsx test/ingest-eval/cv-names.ts
// [--learner=crf|perceptron] [--l2=N] [--try=PASSES/SILVER-EVERY/SILVER-WEIGHT[/MIN-COUNT[/-GROUP[/BAGS]]],… (default 8/3/0.3)]
// [--folds-dir=DIR: each fold's weights kept there, and read back when present: a change at reading time
// (tag-names.ts) is then measured without training again (one trial only)] [--features=GROUP,…: feature
// groups under trial] [--two-pass: a second pass with the first pass's reading of the document, as
// train-names.ts --two-pass] [--folds=3] [--verbose: each document's misses]
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {useWeightsInstead} from '../../source/ingest/name-tagger/tag-names.js';
import {loadWeights, storeWeights, type StoredWeights, type TrainingSentence, type Weights} from '../../source/ingest/name-tagger/perceptron.js';
import {corpusPart} from './corpus-split.js';
import {trialFeatures} from '../../source/ingest/name-tagger/features.js';
import {parseClusterFile, useClustersInstead} from '../../source/ingest/name-tagger/word-clusters.js';
import {corporaFolder, importArticles, root} from './evaluate.js';
import {addScores, precisionRecall, readGold, scoreStory, type Scores} from './score.js';
import {fitTagger, fitTwoPass, readCorpus, trainingSettingsFromArguments} from './train-names.js';

const option = (name: string, fallback: string) => process.argv.find(argument => argument.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const folds = Number(option('folds', '3'));
// --learner=crf|perceptron and --l2= as for train-names.ts; a trial's PASSES are the CRF's L-BFGS steps.
const learnerSettings = trainingSettingsFromArguments();
const trials = option('try', '8/3/0.3')
	.split(',')
	.map(trial => trial.split('/'))
	.map(([epochs, every, weight, minCount, groups, bags]) => [Number(epochs), Number(every), Number(weight), Number(minCount ?? learnerSettings.minCount), groups ?? '', Number(bags ?? 1)] as const);
const foldsDirectory = process.argv.find(argument => argument.startsWith('--folds-dir='))?.slice('--folds-dir='.length);
const foldFile = (fold: number) => path.join(foldsDirectory!, `fold-${fold}.json`);
const reuseFolds = foldsDirectory !== undefined && existsSync(foldFile(0));

for (const group of option('features', '').split(',').filter(Boolean)) trialFeatures.add(group);
// The 'clusters' group reads word clusters (not committed: `npm run train:clusters` writes them to
// data/name-tagger/word-clusters.txt), or --clusters=FILE (train-word-clusters.ts --out=FILE).
if (trialFeatures.has('clusters')) {
	const clustersFile = option('clusters', path.join(root, 'data/name-tagger/word-clusters.txt'));
	if (!existsSync(clustersFile)) throw new Error(`no word clusters at ${clustersFile}: run npm run train:clusters first`);
	useClustersInstead(parseClusterFile(readFileSync(clustersFile, 'utf8')));
}
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(0);
// With kept fold weights only the documents' names are needed (same order as readCorpus).
const documents = reuseFolds
	? readdirSync(path.join(corporaFolder, 'gum', 'articles')).filter(name => name.endsWith('.txt') && corpusPart('gum', name) === 'tune').sort().map(name => ({name, sentences: [] as TrainingSentence[]}))
	: readCorpus('gum');
// The silver documents are read once, at the finest sampling any trial asks for.
const finest = Math.min(...trials.map(([, every]) => every).filter(every => every > 0));
const silverDocuments = Number.isFinite(finest) && !reuseFolds ? readCorpus('polnear', finest) : [];
console.log(`read ${documents.length} GUM tune documents and ${silverDocuments.length} silver documents in ${seconds()} s`);
const folder = path.join(corporaFolder, 'gum');

// A trial's fifth part lists the feature groups it leaves out ('-affix'): the documents are read once with
// every group under trial, and a trial without one drops its features (and the importer stops making them).
// (No group is under trial now; a group's test is added here beside its features in features.ts.)
const withoutGroup: Record<string, (feature: string) => boolean> = {clusters: feature => !feature.startsWith('wc')};
const keepFeatures = (groups: string) => {
	const dropped = groups.split('-').filter(Boolean);
	return (sentence: TrainingSentence): TrainingSentence => (dropped.length === 0 ? sentence : {...sentence, features: sentence.features.map(features => features.filter(feature => dropped.every(group => withoutGroup[group]!(feature))))});
};
const allGroups = [...trialFeatures];

for (const [epochs, silverEvery, silverWeight, minCount, groups, bags] of trials) {
	trialFeatures.clear();
	for (const group of allGroups) if (!groups.split('-').includes(group)) trialFeatures.add(group);
	const keep = keepFeatures(groups);
	const silverKept = silverEvery > 0 ? silverDocuments.filter((_, index) => (index * finest) % silverEvery === 0).map(document => ({name: document.name, sentences: document.sentences.map(keep)})) : [];
	const silver = silverKept.flatMap(document => document.sentences);
	for (const sentence of silver) sentence.weight = silverWeight;
	const results: Array<{name: string; scores: Scores}> = [];
	for (let fold = 0; fold < folds; fold++) {
		let weights: Weights;
		if (reuseFolds) weights = loadWeights(JSON.parse(readFileSync(foldFile(fold), 'utf8')) as StoredWeights);
		else {
			const settings = {...learnerSettings, epochs, iterations: epochs, minCount, bags};
			const trainOn = [...documents.filter((_, index) => index % folds !== fold).map(document => ({name: document.name, sentences: document.sentences.map(keep)})), ...silverKept];
			const stored = storeWeights(settings.twoPass ? fitTwoPass(trainOn, settings) : fitTagger(trainOn.flatMap(document => document.sentences), settings));
			if (foldsDirectory) {
				mkdirSync(foldsDirectory, {recursive: true});
				writeFileSync(foldFile(fold), JSON.stringify(stored));
			}
			// The importer reads the stored (rounded) weights: so does the fold.
			weights = loadWeights(stored);
		}
		useWeightsInstead(weights);
		for (const document of documents.filter((_, index) => index % folds === fold)) {
			const story = await importArticles([path.join(folder, 'articles', document.name)]);
			results.push({name: document.name, scores: scoreStory(story, readGold(JSON.parse(readFileSync(path.join(folder, 'gold', document.name.replace(/\.txt$/, '.json')), 'utf8'))))});
		}
	}
	useWeightsInstead(undefined);
	const genres = ['all', ...new Set(results.map(result => result.name.split('_')[0]!))];
	const f1 = (scores: Scores, kind: 'people' | 'organizations' | 'places') => precisionRecall(scores[kind]).f1.toFixed(3);
	console.log(`cross-validated inside GUM tune (${folds} folds, ${learnerSettings.learner}${learnerSettings.learner === 'crf' ? ` L2 ${learnerSettings.l2}` : ''}, ${epochs} passes, ${silver.length} silver sentences, every ${silverEvery} at ${silverWeight}, features seen >= ${minCount} times, ${bags} bags${learnerSettings.twoPass ? ', two passes' : ''}${reuseFolds ? ', fold weights read back' : ''}, groups ${[...trialFeatures].join('+') || 'none'} under trial; ${seconds()} s): people · organisations · places F1`);
	for (const genre of genres) {
		const total = addScores(results.filter(result => genre === 'all' || result.name.startsWith(`${genre}_`)).map(result => result.scores));
		console.log(`  ${genre.padEnd(10)} ${f1(total, 'people')}  ${f1(total, 'organizations')}  ${f1(total, 'places')}`);
	}
	const total = addScores(results.map(result => result.scores));
	for (const kind of ['people', 'organizations', 'places'] as const) {
		const {precision, recall} = precisionRecall(total[kind]);
		console.log(`  ${kind}: P ${precision.toFixed(3)} R ${recall.toFixed(3)}`);
	}
	// Every document here is of the tune part: its misses may be read.
	if (process.argv.includes('--verbose')) for (const result of results) console.log(`${result.name}\n${result.scores.misses.map(miss => `    - ${miss}`).join('\n')}`);
}
