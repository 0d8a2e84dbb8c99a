// For the build (source/build.mjs): compromise's English lexicon as the bundle's data. When compromise is
// loaded it unpacks its word lists and conjugates and inflects them into a lexicon of some 24,000 words
// (model/index.js: efrt's unpack, then expandLexicon), the larger part of its start-up; the result is the
// same every time. The build computes it once and gives the bundle the finished lexicon as JSON in its
// place, which parses several times faster; the same for its conjugation models. Tied to compromise's source layout: the build stops if the
// lines it replaces are not there (a new compromise version), rather than shipping the slow start.
import {build} from 'esbuild';
import {readFileSync, rmSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {computePostTaggerNet, postTaggerFile, withPrecomputedNet} from './build-compromise-net.mjs';

const modelFile = /compromise[\\/]src[\\/]2-two[\\/]preTagger[\\/]model[\\/]index\.js$/;
const conjugationModelsFile = /compromise[\\/]src[\\/]2-two[\\/]preTagger[\\/]model[\\/]models[\\/]index\.js$/;
const extendFile = /compromise[\\/]src[\\/]API[\\/]extend\.js$/;

/** The parts of compromise's pre-tagger model that loading computes: the lexicon, its multi-word cache, switches, uncountables. */
async function computeLexicon(root) {
	// The package's main file is builds/three/…; its sources are beside.
	const main = createRequire(`${root}/package.json`).resolve('compromise');
	const compromiseFolder = main.slice(0, main.lastIndexOf(`${path.sep}builds${path.sep}`));
	const entry = path.join(compromiseFolder, 'src/2-two/preTagger/model/index.js');
	const out = `${root}/dist/.compromise-model.mjs`;
	await build({entryPoints: [entry], outfile: out, bundle: true, format: 'esm', platform: 'node', logLevel: 'warning'});
	try {
		const {default: model} = await import(pathToFileURL(out).href);
		return JSON.stringify({lexicon: model.one.lexicon, multiCache: model.one._multiCache, switches: model.two.switches, uncountable: model.two.uncountable});
	} finally {
		rmSync(out, {force: true});
	}
}

/**
 * compromise's conjugation and comparison models (toPast, fromGerund, toSuperlative …), which loading
 * unpacks from suffix-thumb's compressed form and reverses: plain objects of strings, the same each time.
 * The build fails if they stop being plain data that JSON keeps whole.
 */
async function computeConjugationModels(root) {
	const main = createRequire(`${root}/package.json`).resolve('compromise');
	const compromiseFolder = main.slice(0, main.lastIndexOf(`${path.sep}builds${path.sep}`));
	const out = `${root}/dist/.compromise-models.mjs`;
	await build({entryPoints: [path.join(compromiseFolder, 'src/2-two/preTagger/model/models/index.js')], outfile: out, bundle: true, format: 'esm', platform: 'node', logLevel: 'warning'});
	try {
		const {default: models} = await import(pathToFileURL(out).href);
		const json = JSON.stringify(models);
		if (JSON.stringify(JSON.parse(json)) !== json || /"__proto__"/.test(json)) throw new Error("compromise's conjugation models are no longer plain data: update source/build-compromise.mjs for this compromise version");
		return json;
	} finally {
		rmSync(out, {force: true});
	}
}

/** Replaces `from` by `to` in `code`, once; the build fails where compromise's file no longer has it. */
function replaceOnce(code, from, to) {
	if (!code.includes(from)) throw new Error(`compromise's pre-tagger model no longer has ${JSON.stringify(from)}: update source/build-compromise.mjs for this compromise version`);
	return code.replace(from, to);
}

// For extend.js's mergeDeep: when and how a plugin's object is taken whole instead of copied key by key.
// Flat: a plain object with no nested plain object (mergeDeep would copy those too, and a copy is not
// shared) and none of the keys mergeDeep leaves out.
const takeWholeHelpers = `const isFlatObject = function (object) {
  if (Object.getPrototypeOf(object) !== Object.prototype) return false
  for (const key in object) {
    if (isUnsafeKey(key) || !Object.prototype.hasOwnProperty.call(object, key) || isObject(object[key])) return false
  }
  return true
}
// Thousands of keys (a lexicon), twenty times as many as the object it is merged into: the smaller
// objects (conjugation tables and the like, which compromise may also read where it defined them) are
// merged as before.
const isLargeBeside = function (small, large) {
  let count = 0
  for (const key in large) count++
  let smallCount = 0
  for (const key in small) smallCount++
  return count >= 10000 && smallCount * 20 <= count
}
const takeWhole = function (small, large) {
  for (const key in small) if (!Object.prototype.hasOwnProperty.call(large, key)) large[key] = small[key]
  return large
}`;

/** An esbuild plugin giving the bundle compromise's model with its lexicon already expanded. */
export async function precomputedCompromiseLexicon(root) {
	const lexicon = await computeLexicon(root);
	const conjugationModels = await computeConjugationModels(root);
	const postTaggerNet = await computePostTaggerNet(root);
	return {
		name: 'precomputed-compromise-lexicon',
		setup(builder) {
			builder.onLoad({filter: modelFile}, ({path: file}) => {
				let code = readFileSync(file, 'utf8');
				code = replaceOnce(code, "import { lexicon, switches, frozenLex } from './lexicon/index.js'", `import frozenLex from './lexicon/frozenLex.js'\nconst { lexicon, multiCache, switches, uncountable } = JSON.parse(${JSON.stringify(lexicon)})`);
				code = replaceOnce(code, '_multiCache: {},', '_multiCache: multiCache,');
				code = replaceOnce(code, 'uncountable: {},', 'uncountable,');
				code = replaceOnce(code, 'model = expandLexicon(model)', '');
				return {contents: code, loader: 'js', resolveDir: path.dirname(file)};
			});
			// The conjugation models as the data they unpack to (a few percent of the importer's start).
			builder.onLoad({filter: conjugationModelsFile}, ({path: file}) => {
				replaceOnce(readFileSync(file, 'utf8'), "import { reverse, uncompress } from 'suffix-thumb'", '');
				return {contents: `export default JSON.parse(${JSON.stringify(conjugationModels)})`, loader: 'js', resolveDir: path.dirname(file)};
			});
			// The post-tagger's patterns parsed and filed by the build (build-compromise-net.mjs).
			builder.onLoad({filter: postTaggerFile}, ({path: file}) => ({contents: withPrecomputedNet(readFileSync(file, 'utf8'), postTaggerNet, replaceOnce), loader: 'js', resolveDir: path.dirname(file)}));
			// Loading merges each plugin's model into compromise's, the lexicon's 24,000 words one at a time,
			// each through Object.assign of an object made for the one key (about a fifth of the importer's
			// start): the same properties set by plain assignment, which is what Object.assign does for them.
			builder.onLoad({filter: extendFile}, ({path: file}) => {
				let code = readFileSync(file, 'utf8');
				code = replaceOnce(code, 'if (!model[key]) Object.assign(model, { [key]: {} })', 'if (!model[key]) model[key] = {}');
				// A large flat object merged into a much smaller flat one (the lexicon's 24,000 words into the 205
				// abbreviations compromise's tokenizer put there) is taken whole, given the few keys it lacks,
				// instead of having its keys copied one by one into the small one: the same keys with the same
				// values (the plugin's win, as in a merge), only the few come last. Nothing in compromise lists a
				// lexicon's words (it is looked up by word) and it reads its model through world.model at each
				// call, so nothing holds the old object. Those insertions were the larger part of compromise's load.
				code = replaceOnce(code, 'mergeDeep(model[key], plugin[key]) //recursion', 'if (isFlatObject(model[key]) && isFlatObject(plugin[key]) && isLargeBeside(model[key], plugin[key])) model[key] = takeWhole(model[key], plugin[key])\n        else mergeDeep(model[key], plugin[key]) //recursion');
				code = replaceOnce(code, '// recursive merge of objects', `${takeWholeHelpers}\n// recursive merge of objects`);
				code = replaceOnce(code, 'Object.assign(model, { [key]: plugin[key] })', 'model[key] = plugin[key]');
				return {contents: code, loader: 'js', resolveDir: path.dirname(file)};
			});
		},
	};
}
