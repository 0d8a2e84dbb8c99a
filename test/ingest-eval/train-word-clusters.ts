// npm run train:clusters — learns word clusters (word-clusters-learn.ts) from the TUNE texts only: PolNeAR
// tune, GUM tune and ../shared/ingest-dev (SPLITS.md; a check document is never read), and writes
// data/name-tagger/word-clusters.txt: each cluster's bit path and its words seen at least --min-count
// times (the clusters are weights: no text is kept). Options: --classes=256 --min-count=3 --passes=12
// --corpora=polnear,gum,ingest-dev --out=FILE. Same texts, same file.
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {clusterKey} from '../../source/ingest/name-tagger/word-clusters.js';
import {corpusPart} from './corpus-split.js';
import {corporaFolder, ingestDevFolder, root} from './evaluate.js';
import {clusterDefaults, learnWordClusters} from './word-clusters-learn.js';

/**
 * A paragraph's words as the importer's tokens write them (split at spaces and dashes, "Mr" without its
 * full stop, "U.S." with its), each under its cluster key, with the punctuation around them as words of
 * their own: a comma or a bracket after a word says something about it.
 */
export function clusterTokens(paragraph: string): string[] {
	const words: string[] = [];
	for (const chunk of paragraph.split(/[\s\-\u2010-\u2015]+/u)) {
		const match = /^([^\p{L}\p{N}$£€]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(chunk)!;
		let [, before, word, after] = match as unknown as [string, string, string, string];
		if (/^(\p{L}\.)+\p{L}$/u.test(word) && after.startsWith('.')) [word, after] = [`${word}.`, after.slice(1)];
		for (const mark of before) words.push(mark);
		if (word) words.push(clusterKey(word));
		for (const mark of after) words.push(mark);
	}
	return words;
}

/** The paragraphs (after the header lines) of the tune articles of the corpora asked for. */
function tuneParagraphs(corpora: string[]): string[][] {
	const sequences: string[][] = [];
	const read = (folder: string, part: (name: string) => boolean) => {
		for (const name of readdirSync(path.join(folder, 'articles')).filter(name => name.endsWith('.txt') && part(name)).sort()) {
			const text = readFileSync(path.join(folder, 'articles', name), 'utf8');
			const body = text.slice(text.indexOf('\n\n') + 2);
			for (const paragraph of body.split(/\n\s*\n/u)) if (paragraph.trim()) sequences.push(clusterTokens(paragraph));
		}
	};
	for (const corpus of corpora) {
		if (corpus === 'ingest-dev') read(ingestDevFolder, () => true);
		else read(path.join(corporaFolder, corpus), name => corpusPart(corpus, name) === 'tune');
	}
	return sequences;
}

function main(): void {
	const started = performance.now();
	const option = (name: string) => process.argv.find(argument => argument.startsWith(`--${name}=`))?.slice(name.length + 3);
	const settings = {
		classes: Number(option('classes') ?? clusterDefaults.classes),
		minCount: Number(option('min-count') ?? clusterDefaults.minCount),
		passes: Number(option('passes') ?? clusterDefaults.passes),
	};
	const corpora = (option('corpora') ?? 'polnear,gum,ingest-dev').split(',');
	const sequences = tuneParagraphs(corpora);
	console.log(`${corpora.join(', ')} tune: ${sequences.length} paragraphs, ${sequences.reduce((total, sequence) => total + sequence.length, 0)} words`);
	const paths = learnWordClusters(sequences, settings, line => console.log(`${line} (${((performance.now() - started) / 1000).toFixed(0)} s)`));
	const byPath = new Map<string, string[]>();
	for (const [word, bits] of paths) byPath.set(bits, [...(byPath.get(bits) ?? []), word]);
	const lines = [...byPath].sort(([a], [b]) => (a < b ? -1 : 1)).map(([bits, words]) => `${bits}\t${words.join(' ')}`);
	const out = option('out') ?? path.join(root, 'data/name-tagger/word-clusters.txt');
	writeFileSync(out, `${lines.join('\n')}\n`);
	const depths = [...byPath.keys()].map(bits => bits.length).sort((a, b) => a - b);
	console.log(`${paths.size} words in ${byPath.size} clusters (path lengths ${depths[0]}–${depths.at(-1)}, median ${depths[depths.length >> 1]}) written to ${path.relative(root, out)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
