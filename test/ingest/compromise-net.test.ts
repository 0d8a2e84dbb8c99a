import {describe, expect, it} from 'vitest';
// @ts-expect-error: a build script (a plain ES module without types)
import {encodeNet, reviveSource, sameNet, withPrecomputedNet} from '../../source/build-compromise-net.mjs';

// The build writes compromise's post-tagger net as data and the bundle revives it instead of parsing
// 570 patterns on the first article (source/build-compromise-net.mjs; the build itself stops if what it
// wrote does not revive to the net compromise built). A revived net must be that net: the same patterns,
// Sets, expressions and empty places, shared where they were; and compromise's own net is built
// whenever its patterns are not those the build saw.

type Pattern = Record<string, unknown>;
type Net = {hooks: Record<string, Pattern[]>; always: Pattern[]};
type NetData = {given: string; matches: unknown[]};

const replaceOnce = (code: string, from: string, to: string) => {
	if (!code.includes(from)) throw new Error(`missing ${from}`);
	return code.replace(from, to);
};

/** compromise's post-tagger code as the build patches it, run with `matches`: the net it gives, and whether compromise built it. */
function runPatched(data: NetData, matches: unknown[]): {net: Net; built: boolean} {
	const original = 'let net = null\nconst postTagger = function (world) {\n  const { model, methods } = world\n  net = net || methods.one.buildNet(model.two.matches, world)\n  return net\n}';
	const code = withPrecomputedNet(original, {json: JSON.stringify(data), reviveSource}, replaceOnce) as string;
	let built = false;
	const buildNet = () => {
		built = true;
		return {hooks: {}, always: []};
	};
	const world = {model: {two: {matches}}, methods: {one: {buildNet}}};
	const net = (new Function(`${code}\nreturn postTagger`)() as (world: unknown) => Net)(world);
	return {net, built};
}

const shared: Pattern = {match: '#Noun [that]', regs: [{tag: 'Noun', fastOr: new Set(['a', 'b']), max: Infinity, optional: undefined}, {regex: /^th/iu}], needs: ['#Noun'], wants: [], minWant: 0, minWords: 2};
const other: Pattern = {match: 'the (one|two)', regs: [{word: 'the'}, {fastOr: new Set(['one', 'two']), operator: 'or'}], needs: ['the'], wants: ['one', 'two'], minWant: 1, minWords: 2};
const net: Net = {hooks: {'#Noun': [shared], the: [other, shared], 7: [other]}, always: []};
const given = [{match: '#Noun [that]', tag: 'Preposition'}, {match: 'the (one|two)', tag: 'Value'}];

describe("compromise's post-tagger net, precomputed", () => {
	it('revives Sets, regular expressions, undefined, Infinity and shared patterns as they were', () => {
		const data = encodeNet(JSON.stringify(given), net) as NetData;
		// One copy of each pattern in the data, however many hooks file it; plain JSON.
		expect(data.matches).toHaveLength(2);
		expect(JSON.parse(JSON.stringify(data))).toEqual(data);
		const {net: revived, built} = runPatched(data, structuredClone(given));
		expect(built).toBe(false);
		expect(sameNet(revived, net)).toBe(true);
		expect(revived.hooks['#Noun']![0]).toBe(revived.hooks.the![1]);
		const firstReg = (revived.hooks['#Noun']![0]!.regs as Array<Record<string, unknown>>)[0]!;
		expect(firstReg.fastOr).toEqual(new Set(['a', 'b']));
		expect(firstReg.max).toBe(Infinity);
		expect(Object.keys(firstReg)).toEqual(['tag', 'fastOr', 'max', 'optional']);
		// sameNet tells a changed pattern apart.
		const changed = {hooks: {'#Noun': [shared], the: [{...other, minWant: 2}, shared], 7: [other]}, always: []};
		expect(sameNet(revived, changed)).toBe(false);
	});

	it("builds compromise's own net when its patterns are not those the build saw", () => {
		const data = encodeNet(JSON.stringify(given), net) as NetData;
		expect(runPatched(data, [{match: '#Noun [that]', tag: 'Adverb'}, given[1]]).built).toBe(true);
		expect(runPatched(data, given.slice(0, 1)).built).toBe(true);
	});
});
