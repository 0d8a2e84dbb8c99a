// The tune/check split of the annotated corpora in ../shared/corpora (see SPLITS.md beside this file).
// A document's part follows from a hash of its corpus and file name, so the split is the same on every
// machine, needs no list of the texts in the repository, and a document added later falls into a part
// without moving any other. Tune: read its errors freely, train on it. Check: read only its scores.
import {createHash} from 'node:crypto';

export type CorpusPart = 'tune' | 'check';

/** About one document in three goes to the check part. */
export function corpusPart(corpus: string, documentName: string): CorpusPart {
	const name = documentName.replace(/\.(txt|json)$/, '');
	const firstByte = createHash('sha1').update(`${corpus}/${name}`).digest()[0]!;
	return firstByte % 3 === 0 ? 'check' : 'tune';
}
