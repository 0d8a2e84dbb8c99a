import {labels, type StoredWeights, type Weights} from './perceptron.js';

// The name tagger's weights as the file the importer reads on its first article
// (data/name-tagger/weights.bin): one line of JSON saying what follows, the feature names as UTF-8 text
// one a line, then every weight as a little-endian 32-bit float, `labels.length` a feature. Loading is
// one read, one split and a view of the floats: the JSON form (version 2) took about five times longer,
// most of it parsing 400,000 numbers and decoding 2.4 MB of text. The trainer keeps the version-2 form
// in memory (storeWeights); test/ingest-eval/convert-weights.ts turns a version-2 file into this one.

const magic = 'summit-name-tagger-weights';
const version = 3;

type Header = {format: typeof magic; version: typeof version; labels: readonly string[]; features: number; featureBytes: number};

const align = (offset: number) => (offset + 3) & ~3;

/** The file's bytes for weights stored by storeWeights (integers of `scale` steps), as the floats the loader made of them. */
export function encodeWeightsFile(stored: StoredWeights): Uint8Array {
	if (stored.features.some(feature => feature.includes('\n'))) throw new Error('a feature name holds a line break; the weights file keeps one a line');
	const featureText = Buffer.from(stored.features.join('\n'));
	const header: Header = {format: magic, version, labels: stored.labels, features: stored.features.length, featureBytes: featureText.length};
	const headerText = Buffer.from(`${JSON.stringify(header)}\n`);
	const valuesAt = align(headerText.length + featureText.length);
	const bytes = Buffer.alloc(valuesAt + stored.values.length * 4);
	headerText.copy(bytes, 0);
	featureText.copy(bytes, headerText.length);
	// The same rounding as loading the numbers into a Float32Array: value / scale, to the nearest float.
	stored.values.forEach((value, index) => bytes.writeFloatLE(value / stored.scale, valuesAt + index * 4));
	return bytes;
}

/** The weights in a file of this format; an error naming what is wrong for any other bytes. */
export function decodeWeightsFile(bytes: Uint8Array, name = 'the weights file'): Weights {
	const newline = bytes.indexOf(0x0a);
	const notThis = `${name} is not a version-${version} name tagger weights file (a version-2 weights.json converts with test/ingest-eval/convert-weights.ts)`;
	let header: Header;
	try {
		header = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, Math.max(0, newline)).toString('utf8')) as Header;
	} catch {
		throw new Error(notThis);
	}
	if (header?.format !== magic || header.version !== version) throw new Error(notThis);
	if (header.labels.join() !== labels.join()) throw new Error(`${name} was made for the labels ${header.labels.join(', ')}, not ${labels.join(', ')}`);
	const featuresAt = newline + 1;
	const valuesAt = align(featuresAt + header.featureBytes);
	const count = header.features * labels.length;
	if (bytes.length !== valuesAt + count * 4) throw new Error(`${name} is ${bytes.length} bytes, not the ${valuesAt + count * 4} its header says (cut short or added to)`);
	const features = header.features === 0 ? [] : Buffer.from(bytes.buffer, bytes.byteOffset + featuresAt, header.featureBytes).toString('utf8').split('\n');
	if (features.length !== header.features) throw new Error(`${name} names ${features.length} features, not the ${header.features} its header says`);
	// A view of the floats where the bytes are aligned for one and the machine is little-endian (as every Node platform is), else a copy.
	const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
	const whole = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
	const values =
		littleEndian && (bytes.byteOffset + valuesAt) % 4 === 0
			? new Float32Array(bytes.buffer, bytes.byteOffset + valuesAt, count)
			: Float32Array.from({length: count}, (_, index) => whole.readFloatLE(valuesAt + index * 4));
	return new WeightRows(features, values);
}


/**
 * The weights as the tagger reads them (a Map from feature to its row of weights), each row a view of
 * the file's floats made when it is first asked for: making all 58,000 views up front took more of the
 * load than reading the file. Read-only: the trainer makes weights of its own.
 */
class WeightRows extends Map<string, Float32Array> {
	readonly #rows = new Map<string, number>();
	readonly #values: Float32Array;

	constructor(features: string[], values: Float32Array) {
		super();
		for (let index = 0; index < features.length; index++) this.#rows.set(features[index]!, index);
		this.#values = values;
	}

	#row(index: number): Float32Array {
		return this.#values.subarray(index * labels.length, (index + 1) * labels.length);
	}

	override get(feature: string): Float32Array | undefined {
		const index = this.#rows.get(feature);
		return index === undefined ? undefined : this.#row(index);
	}

	override has(feature: string): boolean {
		return this.#rows.has(feature);
	}

	override get size(): number {
		return this.#rows.size;
	}

	override keys(): MapIterator<string> {
		return this.#rows.keys();
	}

	override *entries(): MapIterator<[string, Float32Array]> {
		for (const [feature, index] of this.#rows) yield [feature, this.#row(index)];
	}

	override *values(): MapIterator<Float32Array> {
		for (const index of this.#rows.values()) yield this.#row(index);
	}

	override [Symbol.iterator](): MapIterator<[string, Float32Array]> {
		return this.entries();
	}

	override forEach(callback: (row: Float32Array, feature: string, map: Map<string, Float32Array>) => void, thisArgument?: unknown): void {
		for (const [feature, row] of this.entries()) callback.call(thisArgument, row, feature, this);
	}

	override set(): this {
		throw new Error('the committed name tagger weights are read-only');
	}

	override delete(): boolean {
		throw new Error('the committed name tagger weights are read-only');
	}

	override clear(): void {
		throw new Error('the committed name tagger weights are read-only');
	}
}
