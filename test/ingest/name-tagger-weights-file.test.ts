import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {labels, loadWeights, storeWeights, tagSentence, train, type StoredWeights} from '../../source/ingest/name-tagger/perceptron.js';
import {encodeWeightsFile, readWeightsFile} from '../../source/ingest/name-tagger/weights-file.js';

// The binary weights the bundle reads (dist/name-tagger-weights.bin, made by the build from weights.json):
// every feature finds the row and the weights the JSON gives, features it lacks find none, and a damaged
// file is refused with the reason rather than read as other weights.

const committed = JSON.parse(readFileSync(new URL('../../data/name-tagger/weights.json', import.meta.url), 'utf8')) as StoredWeights;

describe("the name tagger's binary weights", () => {
	it('give every committed feature the row and weights the JSON gives, and no row to a feature it lacks', () => {
		const fromJson = loadWeights(committed);
		const fromBinary = readWeightsFile(encodeWeightsFile(committed));
		expect(fromBinary.rows.size).toBe(fromJson.rows.size);
		const wrong = [...fromJson.rows].filter(([feature, row]) => fromBinary.rows.get(feature) !== row);
		expect(wrong).toEqual([]);
		expect(Array.from(fromBinary.values)).toEqual(Array.from(fromJson.values));
		for (const absent of ['w=zzqxv-not-a-word', 'bias ', '', 'w=é-nowhere', 'w=🙂'])
			expect(fromBinary.rows.get(absent)).toBe(fromJson.rows.get(absent));
	});

	it('answer a feature asked again as the first time, found or not (the rows it remembers)', () => {
		const fromJson = loadWeights(committed);
		const fromBinary = readWeightsFile(encodeWeightsFile(committed));
		const asked = [...[...fromJson.rows.keys()].slice(0, 2000), 'w=zzqxv-not-a-word', 'w=🙂', 'bias'];
		const first = asked.map(feature => fromBinary.rows.get(feature));
		const again = asked.map(feature => fromBinary.rows.get(feature));
		expect(again).toEqual(first);
		expect(again).toEqual(asked.map(feature => fromJson.rows.get(feature)));
		expect(fromBinary.rows.has('w=zzqxv-not-a-word')).toBe(false);
	});

	it('find features written in any script, and list them back in order', () => {
		const sentences = [
			{features: [['bias', 'w=zürich'], ['bias', 'w=東京']], words: ['zürich', '東京'], gold: ['B-place', 'B-place'] as const},
			{features: [['bias', 'w=ana'], ['bias', 'w=🙂']], words: ['ana', '🙂'], gold: ['B-person', 'O'] as const},
		].map(sentence => ({...sentence, gold: [...sentence.gold]}));
		const stored = storeWeights(train(sentences, 5));
		const binary = readWeightsFile(encodeWeightsFile(stored));
		const json = loadWeights(stored);
		for (const feature of ['w=zürich', 'w=東京', 'w=🙂', 'w=ana']) expect(binary.rows.get(feature), feature).toBe(json.rows.get(feature));
		expect([...binary.rows.keys()]).toEqual([...json.rows.keys()]);
		for (const sentence of sentences) expect(tagSentence(binary, sentence.features, sentence.words)).toEqual(sentence.gold);
	});

	it('reads a file that does not start on a 4-byte boundary the same', () => {
		const file = encodeWeightsFile(committed);
		const shifted = new Uint8Array(file.length + 1);
		shifted.set(file, 1);
		const weights = readWeightsFile(shifted.subarray(1));
		expect(weights.rows.get('bias')).toBe(loadWeights(committed).rows.get('bias'));
		expect(weights.values.length).toBe(weights.rows.size * labels.length);
	});

	it('refuses a file cut short or of another kind, saying so', () => {
		const file = encodeWeightsFile(committed);
		expect(() => readWeightsFile(file.subarray(0, file.length - 10))).toThrow(/cut short/);
		expect(() => readWeightsFile(file.subarray(0, 4000))).toThrow(/cut short/);
		expect(() => readWeightsFile(Buffer.from('{"format":"summit-name-tagger"}'))).toThrow(/not the name tagger's binary weights/);
		expect(() => encodeWeightsFile({...committed, version: 2 as 3})).toThrow(/version 3/);
	});
});
