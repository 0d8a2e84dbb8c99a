import {describe, expect, it} from 'vitest';
import {labels, loadWeights, storeWeights, tagSentence, train, type Label, type TrainingSentence} from '../../source/ingest/name-tagger/perceptron.js';
import {decodeWeightsFile, encodeWeightsFile} from '../../source/ingest/name-tagger/weights-file.js';

// The name tagger's weights file (data/name-tagger/weights.bin): the binary form gives every weight the
// JSON form gave (so converting the committed weights changes no tag), and a wrong file says what is wrong.

const toy = (words: string[], gold: Label[]): TrainingSentence => ({features: words.map((word, index) => ['bias', `w=${word.toLowerCase()}`, `w-1=${words[index - 1]?.toLowerCase() ?? '<none>'}`]), words: words.map(word => word.toLowerCase()), gold});

describe('the weights file', () => {
	const sentences = [toy(['Ana', 'Lima', 'visited', 'Porto'], ['B-person', 'I-person', 'O', 'B-place']), toy(['The', 'Harbour', 'Trust', 'met', 'Zoë'], ['O', 'B-organization', 'I-organization', 'O', 'B-person'])];
	const stored = storeWeights(train(sentences, 10));

	it('reads back every weight and feature (names beyond ASCII too) as the JSON form loads them, and tags the same', () => {
		const fromJson = loadWeights(JSON.parse(JSON.stringify(stored)));
		const fromFile = decodeWeightsFile(encodeWeightsFile(stored));
		expect([...fromFile.keys()]).toEqual([...fromJson.keys()]);
		expect(fromFile.has('w=zoë')).toBe(true);
		for (const [feature, row] of fromJson) expect([...fromFile.get(feature)!]).toEqual([...row]);
		for (const sentence of sentences) expect(tagSentence(fromFile, sentence.features, sentence.words)).toEqual(tagSentence(fromJson, sentence.features, sentence.words));
	});

	it('reads weights from bytes at any offset of a larger buffer', () => {
		const bytes = encodeWeightsFile(stored);
		const shifted = new Uint8Array(bytes.length + 1);
		shifted.set(bytes, 1);
		const weights = decodeWeightsFile(shifted.subarray(1));
		expect([...weights.get('bias')!]).toEqual([...decodeWeightsFile(bytes).get('bias')!]);
	});

	it('refuses a JSON weights file, a file cut short and weights for other labels, naming the file', () => {
		expect(() => decodeWeightsFile(Buffer.from(JSON.stringify(stored)), 'old.json')).toThrow(/old\.json .*convert-weights/);
		const bytes = encodeWeightsFile(stored);
		expect(() => decodeWeightsFile(bytes.subarray(0, bytes.length - 4), 'cut.bin')).toThrow(/cut\.bin is \d+ bytes, not the \d+ its header says/);
		const otherLabels = Buffer.from(Buffer.from(bytes).toString('latin1').replace(JSON.stringify(labels), JSON.stringify(['O', ...labels.slice(1, -1), 'I-thing'])), 'latin1');
		expect(() => decodeWeightsFile(otherLabels, 'other.bin')).toThrow(/other\.bin was made for the labels/);
	});
});

describe('the weights read from a file', () => {
	const stored = storeWeights(train([toy(['Ana', 'Lima', 'visited', 'Porto'], ['B-person', 'I-person', 'O', 'B-place'])], 5));
	const fromJson = loadWeights(JSON.parse(JSON.stringify(stored)));
	const fromFile = decodeWeightsFile(encodeWeightsFile(stored));

	it('answer as a Map would: size, has, every way of going through them', () => {
		expect(fromFile.size).toBe(fromJson.size);
		expect(fromFile.has('bias')).toBe(true);
		expect(fromFile.has('w=nowhere')).toBe(false);
		expect(fromFile.get('w=nowhere')).toBeUndefined();
		const rows = (entries: Iterable<[string, Float32Array | Float64Array]>) => [...entries].map(([feature, row]) => [feature, [...row]]);
		expect(rows(fromFile)).toEqual(rows(fromJson));
		expect(rows(fromFile.entries())).toEqual(rows(fromJson));
		expect([...fromFile.keys()]).toEqual([...fromJson.keys()]);
		expect([...fromFile.values()].map(row => [...row])).toEqual([...fromJson.values()].map(row => [...row]));
		const seen: string[] = [];
		fromFile.forEach((_, feature) => seen.push(feature));
		expect(seen).toEqual([...fromJson.keys()]);
	});

	it('cannot be changed (the committed weights are shared by every import of the process)', () => {
		expect(() => fromFile.set('bias', new Float32Array(labels.length))).toThrow(/read-only/);
		expect(() => fromFile.delete('bias')).toThrow(/read-only/);
		expect(fromFile.has('bias')).toBe(true);
	});
});
