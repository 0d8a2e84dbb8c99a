import {labels, loadWeights, type StoredWeights, type Weights} from './perceptron.js';

// The name tagger's weights as the bundle reads them (dist/name-tagger-weights.bin, written by the build
// from the committed data/name-tagger/weights.json): a table that answers "which row is this feature?"
// straight from the file's bytes. Loading is one read and a copy of the weights: no JSON to parse, no
// string per feature, no Map of ninety thousand entries (those were most of the 190 ms the JSON took),
// and the parts are views of the bytes read, not copies.
//
// Layout, little-endian, each part starting at a multiple of 4 bytes:
//   header     "SNT1", then u32 length + JSON {labels, scale, count, slots} (padded)
//   values     float32 × count × labels.length: weights.json's 16-bit steps divided by its scale, as its loader does
//   offsets    u32 × (count + 1): where each feature's UTF-8 bytes start in `names`
//   slots      i32 × slots: open addressing, linear probing on FNV-1a of the feature's UTF-8 bytes; row + 1, 0 empty
//   names      the features' UTF-8 bytes, one after another

const magic = 'SNT1';

/** FNV-1a over the UTF-8 bytes of `text`, encoded on the way (ASCII, the common case, is one byte a character). */
export function featureHash(text: string): number {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		let code = text.charCodeAt(index);
		if (code < 0x80) {
			hash = Math.imul(hash ^ code, 0x01000193);
			continue;
		}
		code = codePointAt(text, index);
		if (code > 0xffff) index++;
		for (const byte of utf8Bytes(code)) hash = Math.imul(hash ^ byte, 0x01000193);
	}
	return hash >>> 0;
}

/** The code point at `index`; a lone surrogate is U+FFFD, as Buffer.from(text, 'utf8') writes it. */
function codePointAt(text: string, index: number): number {
	const code = text.charCodeAt(index);
	if (code >= 0xd800 && code <= 0xdbff) {
		const next = text.charCodeAt(index + 1);
		if (next >= 0xdc00 && next <= 0xdfff) return (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
		return 0xfffd;
	}
	return code >= 0xdc00 && code <= 0xdfff ? 0xfffd : code;
}

function utf8Bytes(code: number): number[] {
	if (code < 0x80) return [code];
	if (code < 0x800) return [0xc0 | (code >> 6), 0x80 | (code & 63)];
	if (code < 0x10000) return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)];
	return [0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)];
}

/** Whether `text` encoded in UTF-8 is exactly bytes[from, to). */
function sameText(text: string, bytes: Uint8Array, from: number, to: number): boolean {
	let at = from;
	for (let index = 0; index < text.length; index++) {
		let code = text.charCodeAt(index);
		if (code < 0x80) {
			if (at >= to || bytes[at++] !== code) return false;
			continue;
		}
		code = codePointAt(text, index);
		if (code > 0xffff) index++;
		for (const byte of utf8Bytes(code)) if (at >= to || bytes[at++] !== byte) return false;
	}
	return at === to;
}

/** About 10 MB of feature names at most: tens of articles' worth of distinct features. */
const maxKnownFeatures = 100_000;

/** Feature → row, read from the file's bytes; a ReadonlyMap, so the tagger uses it as it used the Map. */
export class FeatureTable implements ReadonlyMap<string, number> {
	readonly #offsets: Uint32Array;
	readonly #slots: Int32Array;
	readonly #names: Uint8Array;
	readonly #mask: number;

	constructor(offsets: Uint32Array, slots: Int32Array, names: Uint8Array) {
		this.#offsets = offsets;
		this.#slots = slots;
		this.#names = names;
		this.#mask = slots.length - 1;
	}

	get size(): number {
		return this.#offsets.length - 1;
	}

	// Rows already looked up (-1: a feature the model lacks): the tagger asks for the same features again
	// and again ("bias", "shape=Xxxx", "t=Noun", "p1=O"), and a Map's native hashing answers those faster
	// than hashing and comparing the UTF-8 bytes here. Bounded, so that a long-running process stays small.
	readonly #known = new Map<string, number>();

	get(feature: string): number | undefined {
		const known = this.#known.get(feature);
		if (known !== undefined) return known < 0 ? undefined : known;
		const row = this.#find(feature);
		if (this.#known.size < maxKnownFeatures) this.#known.set(feature, row ?? -1);
		return row;
	}

	#find(feature: string): number | undefined {
		const slots = this.#slots;
		for (let slot = featureHash(feature) & this.#mask; ; slot = (slot + 1) & this.#mask) {
			const entry = slots[slot]!;
			if (entry === 0) return undefined;
			const row = entry - 1;
			if (sameText(feature, this.#names, this.#offsets[row]!, this.#offsets[row + 1]!)) return row;
		}
	}

	has(feature: string): boolean {
		return this.get(feature) !== undefined;
	}

	*keys(): MapIterator<string> {
		const decoder = new TextDecoder();
		for (let row = 0; row < this.size; row++) yield decoder.decode(this.#names.subarray(this.#offsets[row]!, this.#offsets[row + 1]!));
	}

	*values(): MapIterator<number> {
		for (let row = 0; row < this.size; row++) yield row;
	}

	*entries(): MapIterator<[string, number]> {
		let row = 0;
		for (const key of this.keys()) yield [key, row++];
	}

	[Symbol.iterator](): MapIterator<[string, number]> {
		return this.entries();
	}

	forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
		for (const [key, row] of this.entries()) callback(row, key, this);
	}
}

const align = (length: number) => (length + 3) & ~3;

/** The v3 JSON weights (data/name-tagger/weights.json) as the binary file: same features, same 16-bit weights. */
export function encodeWeightsFile(stored: StoredWeights): Buffer {
	if (stored.format !== 'summit-name-tagger' || stored.version !== 3) throw new Error(`not the name tagger's weights, version 3 (format ${String(stored.format)}, version ${String(stored.version)})`);
	if (stored.labels.join(' ') !== labels.join(' ')) throw new Error(`the weights' labels (${stored.labels.join(' ')}) are not the tagger's (${labels.join(' ')})`);
	const features = stored.features.split('\n');
	// The same floats loadWeights makes of the JSON (so the tags are the same), stored ready to use.
	const {values: floats} = loadWeights(stored);
	if (floats.length !== features.length * labels.length) throw new Error(`${features.length} features need ${features.length * labels.length} weights; the file has ${floats.length}`);
	const values = Buffer.from(Float32Array.from(floats).buffer);
	const encoded = features.map(feature => Buffer.from(feature, 'utf8'));
	const offsets = new Uint32Array(features.length + 1);
	encoded.forEach((bytes, row) => (offsets[row + 1] = offsets[row]! + bytes.length));
	// At most half full: a feature the model lacks (most of a sentence's) is answered after a probe or two.
	let slotCount = 1;
	while (slotCount < features.length * 2) slotCount *= 2;
	const slots = new Int32Array(slotCount);
	features.forEach((feature, row) => {
		let slot = featureHash(feature) & (slotCount - 1);
		while (slots[slot] !== 0) slot = (slot + 1) & (slotCount - 1);
		slots[slot] = row + 1;
	});
	// A two-pass model's first pass follows, a file of the same layout from an aligned offset.
	const firstPass = stored.firstPass ? encodeWeightsFile(stored.firstPass) : undefined;
	const bodyLength = (headerLength: number) => headerLength + align(values.length) + offsets.byteLength + slots.byteLength + offsets[features.length]!;
	const headerFor = (firstPassAt?: number) => Buffer.from(JSON.stringify({labels: stored.labels, count: features.length, slots: slotCount, ...(firstPassAt ? {firstPassAt} : {})}), 'utf8');
	let header = headerFor();
	let firstPassAt: number | undefined;
	// The offset's digits are part of the header it lies past: repeated until they agree (twice or thrice).
	while (firstPass) {
		const at = align(bodyLength(align(8 + header.length)));
		if (at === firstPassAt) break;
		header = headerFor((firstPassAt = at));
	}
	const headerLength = align(8 + header.length);
	const file = Buffer.alloc(firstPass ? firstPassAt! + firstPass.length : bodyLength(headerLength));
	file.write(magic, 0, 'latin1');
	file.writeUInt32LE(header.length, 4);
	header.copy(file, 8);
	let at = headerLength;
	values.copy(file, at);
	at += align(values.length);
	Buffer.from(offsets.buffer).copy(file, at);
	at += offsets.byteLength;
	Buffer.from(slots.buffer).copy(file, at);
	at += slots.byteLength;
	for (const bytes of encoded) {
		bytes.copy(file, at);
		at += bytes.length;
	}
	firstPass?.copy(file, firstPassAt);
	return file;
}

/** The weights from the binary file; a file that is not one, or is cut short, is an error naming the problem. */
export function readWeightsFile(file: Uint8Array): Weights {
	const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
	if (bytes.length < 8 || bytes.toString('latin1', 0, 4) !== magic) throw new Error("not the name tagger's binary weights (no SNT1 mark at the start)");
	const headerLength = bytes.readUInt32LE(4);
	const header = JSON.parse(bytes.toString('utf8', 8, 8 + headerLength)) as {labels: string[]; count: number; slots: number; firstPassAt?: number};
	if (!(header.slots > 0 && (header.slots & (header.slots - 1)) === 0)) throw new Error(`the name tagger's binary weights have ${header.slots} slots, not a power of two`);
	if (header.labels.join(' ') !== labels.join(' ')) throw new Error(`the weights' labels (${header.labels.join(' ')}) are not the tagger's (${labels.join(' ')})`);
	const at = align(8 + headerLength);
	const valueBytes = header.count * labels.length * 4;
	const offsetsAt = at + align(valueBytes);
	const slotsAt = offsetsAt + (header.count + 1) * 4;
	const namesAt = slotsAt + header.slots * 4;
	if (namesAt > bytes.length) throw new Error(`the name tagger's binary weights are cut short (${bytes.length} bytes, the parts need ${namesAt} before the names)`);
	// Views of the bytes where they are aligned (a file read whole is: each part starts at a multiple of 4),
	// else of an aligned copy.
	const aligned = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
	const view = <T>(Type: new (buffer: ArrayBufferLike, offset: number, length: number) => T, from: number, count: number) => new Type(aligned.buffer, aligned.byteOffset + from, count);
	const values = view(Float32Array, at, header.count * labels.length);
	const offsets = view(Uint32Array, offsetsAt, header.count + 1);
	const slots = view(Int32Array, slotsAt, header.slots);
	const names = aligned.subarray(namesAt, header.firstPassAt === undefined ? undefined : Math.min(namesAt + offsets[header.count]!, header.firstPassAt));
	if (names.length !== offsets[header.count]) throw new Error(`the name tagger's binary weights are cut short (names: ${names.length} bytes of ${offsets[header.count]})`);
	const rows = new FeatureTable(offsets, slots, names);
	return header.firstPassAt === undefined ? {rows, values} : {rows, values, firstPass: readWeightsFile(aligned.subarray(header.firstPassAt))};
}
