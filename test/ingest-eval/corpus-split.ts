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

/**
 * The sealed slice of PolNeAR's tune part: about one tune document in five (the first byte of
 * sha1("sealed/polnear/NAME") divisible by 5), chosen on 2026-12-07 after six sessions of speaker rules
 * written from all of tune. From then on nobody reads its misses (run-eval --verbose and
 * classify-speaker-misses.ts leave them out) and the quote ranker's thresholds are checked on it with
 * weights fitted without it: its precision tells how a speaker rule or threshold generalises before the
 * check part is looked at. It stays in the tune part for everything else (the committed ranker trains on it).
 */
export function isSealed(corpus: string, documentName: string): boolean {
	if (corpus !== 'polnear' || corpusPart(corpus, documentName) !== 'tune') return false;
	const name = documentName.replace(/\.(txt|json)$/, '');
	return createHash('sha1').update(`sealed/${corpus}/${name}`).digest()[0]! % 5 === 0;
}
