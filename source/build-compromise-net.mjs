// For the build (source/build-compromise.mjs): compromise's post-tagger net, worked out once at build
// time. On the first text it tags, compromise parses its 570 post-tagger patterns ("#Noun [that] #Verb")
// into match objects and files them by the words and tags they need (methods.one.buildNet): the same
// net every time, and a good part of an import's first article (about 50 ms of CPU). The build makes it
// and writes it as data; the bundle revives it instead of building it, but only when the patterns it has
// are exactly those the build saw (else it builds the net as compromise does).
import {build} from 'esbuild';
import {rmSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

// JSON keeps neither Sets (a pattern's "fastOr" words), regular expressions, undefined values nor
// Infinity: each is written as an object with one of these keys, which no pattern object has.
const setKey = '$set';
const regExpKey = '$regexp';
const undefinedKey = '$undefined';
const numberKey = '$number';
const markers = [setKey, regExpKey, undefinedKey, numberKey];

/** The value as JSON-safe data; objects reached twice (other than the patterns themselves) or of other classes stop the build. */
function encode(value, seen) {
	if (value === undefined) return {[undefinedKey]: 1};
	if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0) ? value : {[numberKey]: Object.is(value, -0) ? '-0' : String(value)};
	if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
	if (typeof value !== 'object') throw new Error(`compromise's post-tagger net holds a ${typeof value}: update source/build-compromise-net.mjs`);
	if (seen.has(value)) throw new Error("compromise's post-tagger net shares an object between patterns: update source/build-compromise-net.mjs");
	seen.add(value);
	if (value instanceof Set) return {[setKey]: [...value].map(item => encode(item, seen))};
	if (value instanceof RegExp) return {[regExpKey]: [value.source, value.flags]};
	if (Array.isArray(value)) return value.map(item => encode(item, seen));
	if (Object.getPrototypeOf(value) !== Object.prototype) throw new Error("compromise's post-tagger net holds an object of a class: update source/build-compromise-net.mjs");
	const encoded = {};
	for (const [key, item] of Object.entries(value)) {
		if (markers.includes(key)) throw new Error(`compromise's post-tagger net has a key ${key}: update source/build-compromise-net.mjs`);
		encoded[key] = encode(item, seen);
	}
	return encoded;
}

// The bundle's side: the net from the build's data. Written out as code into compromise's post-tagger.
export const reviveSource = `const reviveValue = function (value) {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map(reviveValue)
  if ('${setKey}' in value) return new Set(value['${setKey}'].map(reviveValue))
  if ('${regExpKey}' in value) return new RegExp(value['${regExpKey}'][0], value['${regExpKey}'][1])
  if ('${undefinedKey}' in value) return undefined
  if ('${numberKey}' in value) return Number(value['${numberKey}'])
  const revived = {}
  for (const key of Object.keys(value)) revived[key] = reviveValue(value[key])
  return revived
}
const reviveNet = function (data) {
  const matches = data.matches.map(reviveValue)
  const hooks = {}
  for (const [key, positions] of data.hooks) hooks[key] = positions.map(position => matches[position])
  return { hooks, always: data.always.map(position => matches[position]) }
}`;

/** The net as data: its patterns once, the hooks and the always-tried by position, and the patterns' JSON as given (the bundle's check). */
export function encodeNet(givenMatches, net) {
	const matches = [...new Set([...Object.values(net.hooks).flat(), ...net.always])];
	const position = new Map(matches.map((match, index) => [match, index]));
	const seen = new Set();
	return {
		given: givenMatches,
		matches: matches.map(match => encode(match, seen)),
		hooks: Object.entries(net.hooks).map(([key, list]) => [key, list.map(match => position.get(match))]),
		always: net.always.map(match => position.get(match)),
	};
}

/** Whether two nets are the same: the same keys in the same order, values, Sets, patterns, and patterns shared where they were. */
export function sameNet(a, b) {
	const same = (x, y) => {
		if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return Object.is(x, y);
		if (x instanceof Set || y instanceof Set) return x instanceof Set && y instanceof Set && same([...x], [...y]);
		if (x instanceof RegExp || y instanceof RegExp) return x instanceof RegExp && y instanceof RegExp && x.source === y.source && x.flags === y.flags;
		if (Array.isArray(x) !== Array.isArray(y) || Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return false;
		const keys = Reflect.ownKeys(x);
		const otherKeys = Reflect.ownKeys(y);
		return keys.length === otherKeys.length && keys.every((key, index) => key === otherKeys[index] && same(x[key], y[key]));
	};
	const sharing = net => {
		const ids = new Map();
		const id = match => (ids.has(match) ? ids.get(match) : (ids.set(match, ids.size), ids.size - 1));
		return JSON.stringify([Object.entries(net.hooks).map(([key, list]) => [key, list.map(id)]), net.always.map(id)]);
	};
	return same(a, b) && sharing(a) === sharing(b);
}

/** The revive code run here, as the bundle will run it. */
function reviveHere(data) {
	return new Function(`${reviveSource}\nreturn reviveNet`)()(data);
}

let computed;

/** compromise's post-tagger net made once per build (the module it is made in is loaded once), checked to revive whole. */
export function computePostTaggerNet(root) {
	computed ??= makePostTaggerNet(root);
	return computed;
}

async function makePostTaggerNet(root) {
	const main = createRequire(`${root}/package.json`).resolve('compromise');
	const out = `${root}/dist/.compromise-net.mjs`;
	await build({entryPoints: [main], outfile: out, bundle: true, format: 'esm', platform: 'node', logLevel: 'warning'});
	try {
		const {default: nlp} = await import(pathToFileURL(out).href);
		const world = nlp.world();
		const given = JSON.stringify(world.model.two.matches);
		const net = world.methods.one.buildNet(world.model.two.matches, world);
		const data = encodeNet(given, net);
		const json = JSON.stringify(data);
		if (!sameNet(reviveHere(JSON.parse(json)), net)) throw new Error("compromise's post-tagger net does not revive whole: update source/build-compromise-net.mjs");
		return {json, reviveSource};
	} finally {
		rmSync(out, {force: true});
	}
}

/** compromise's file that builds the net on first use (src/2-two/postTagger/compute/index.js). */
export const postTaggerFile = /compromise[\\/]src[\\/]2-two[\\/]postTagger[\\/]compute[\\/]index\.js$/;

/** That file's code, reviving the build's net where its patterns are those the build saw. */
export function withPrecomputedNet(code, {json, reviveSource: revive}, replaceOnce) {
	const built = 'net = net || methods.one.buildNet(model.two.matches, world)';
	const precomputed = `const precomputedNet = ${JSON.stringify(json)}
${revive}
// The build's net where compromise has exactly the patterns the build saw (source/build-compromise-net.mjs).
const builtOrPrecomputed = function (matches, world) {
  const data = JSON.parse(precomputedNet)
  if (JSON.stringify(matches) === data.given) return reviveNet(data)
  return world.methods.one.buildNet(matches, world)
}
`;
	return replaceOnce(replaceOnce(code, built, 'net = net || builtOrPrecomputed(model.two.matches, world)'), 'let net = null', `let net = null\n${precomputed}`);
}
