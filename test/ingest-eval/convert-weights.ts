// `npx tsx test/ingest-eval/convert-weights.ts OLD.json [OUT.bin]`: turns name tagger weights written as
// JSON (format version 2, as train-names.ts wrote them before the binary file) into the file the importer
// reads (source/ingest/name-tagger/weights-file.ts), by default data/name-tagger/weights.bin. The same
// numbers: no retraining. Written whole or not at all.
import {readFileSync, renameSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {StoredWeights} from '../../source/ingest/name-tagger/perceptron.js';
import {decodeWeightsFile, encodeWeightsFile} from '../../source/ingest/name-tagger/weights-file.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const [input, output = path.join(root, 'data/name-tagger/weights.bin')] = process.argv.slice(2);
if (!input) {
	console.error('usage: npx tsx test/ingest-eval/convert-weights.ts OLD.json [OUT.bin]');
	process.exit(2);
}
const stored = JSON.parse(readFileSync(input, 'utf8')) as StoredWeights;
if (stored.format !== 'summit-name-tagger' || stored.version !== 2) {
	console.error(`${input}: not version-2 name tagger weights (format ${String(stored.format)}, version ${String(stored.version)})`);
	process.exit(1);
}
const bytes = encodeWeightsFile(stored);
// Read back before writing: the file must give every weight the JSON gave.
const weights = decodeWeightsFile(bytes, output);
stored.features.forEach((feature, index) => {
	const row = weights.get(feature)!;
	row.forEach((value, label) => {
		if (value !== Math.fround(stored.values[index * row.length + label]! / stored.scale)) throw new Error(`${feature}: weight ${label} does not read back`);
	});
});
const temporary = `${output}.${process.pid}.tmp`;
writeFileSync(temporary, bytes);
renameSync(temporary, output);
console.log(`${input} → ${path.relative(process.cwd(), output)}: ${stored.features.length} features, ${(bytes.length / 1024 / 1024).toFixed(2)} MB`);
