// A training script's reading of each corpus article, kept between runs: reading names with the learned
// tagger costs far more than training the ranker, and most runs (thresholds, options, a --limit) read the
// same articles with the same code. An entry counts only for the exact code and data it was read with
// (every file under source/, the committed weights but the ranker's own, the locked packages), so a
// change anywhere reads every article afresh. The cache lives under $XDG_CACHE_HOME (else ~/.cache).
import {createHash} from 'node:crypto';
import {mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {homedir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Every file whose change can change what the importer reads, in a fixed order. */
function readingFiles(): string[] {
	const walk = (folder: string): string[] =>
		readdirSync(folder, {withFileTypes: true})
			.toSorted((a, b) => a.name.localeCompare(b.name))
			.flatMap(entry => (entry.isDirectory() ? walk(path.join(folder, entry.name)) : [path.join(folder, entry.name)]));
	// The ranker's weights decide among candidates; they do not make them.
	const data = walk(path.join(root, 'data')).filter(file => !file.endsWith(path.join('models', 'quote-ranker.json')));
	return [...walk(path.join(root, 'source')), ...data, path.join(root, 'package-lock.json')];
}

/** A digest of the code and data the reading depends on. */
export function readingFingerprint(): string {
	const hash = createHash('sha256');
	for (const file of readingFiles()) {
		hash.update(path.relative(root, file));
		hash.update(readFileSync(file));
	}
	return hash.digest('hex').slice(0, 16);
}

export type ExamplesCache = {get<T>(key: string[]): T | undefined; set(key: string[], value: unknown): void};

/** The cache of one kind of reading ("quote-examples") for the code as it is now; readings of older code are removed. */
export function examplesCache(kind: string, base = process.env['XDG_CACHE_HOME'] || path.join(homedir(), '.cache'), fingerprint = readingFingerprint()): ExamplesCache {
	const kindFolder = path.join(base, 'summit-tui-training', kind);
	const folder = path.join(kindFolder, fingerprint);
	mkdirSync(folder, {recursive: true});
	for (const other of readdirSync(kindFolder)) if (other !== fingerprint && statSync(path.join(kindFolder, other)).isDirectory()) rmSync(path.join(kindFolder, other), {recursive: true, force: true});
	const fileOf = (key: string[]) => path.join(folder, `${createHash('sha256').update(key.join('\u0000')).digest('hex').slice(0, 24)}.json`);
	return {
		get<T>(key: string[]) {
			try {
				return JSON.parse(readFileSync(fileOf(key), 'utf8')) as T;
			} catch {
				return undefined;
			}
		},
		set(key: string[], value: unknown) {
			// Whole or not at all: a run stopped halfway leaves no half-written entry.
			const file = fileOf(key);
			const partial = `${file}.${process.pid}.partial`;
			writeFileSync(partial, JSON.stringify(value));
			renameSync(partial, file);
		},
	};
}
