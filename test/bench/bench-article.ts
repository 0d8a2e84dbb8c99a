import {existsSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';

/**
 * The importer benches' article: about 1,000 words of ../shared/ingest-dev's paragraphs in order (read
 * there at run time, never copied into the project), or the fixture articles' where that folder is absent.
 */
export function benchArticle(root: string): {text: string; words: number; from: string} {
	const ingestDev = path.join(root, '../shared/ingest-dev/articles');
	const folder = existsSync(ingestDev) ? ingestDev : path.join(root, 'test/fixtures/ingest');
	const paragraphs: string[] = [];
	let words = 0;
	for (const name of readdirSync(folder).filter(file => file.endsWith('.txt')).sort()) {
		for (const paragraph of readFileSync(path.join(folder, name), 'utf8').split(/\n\s*\n/).slice(folder === ingestDev ? 1 : 2)) {
			if (words >= 1000) break;
			paragraphs.push(paragraph.trim());
			words += paragraph.split(/\s+/).filter(Boolean).length;
		}
	}
	return {text: `Title: Benchmark article\nOutlet: Bench\nPublished: 2023-09-12\n\n${paragraphs.join('\n\n')}\n`, words, from: path.relative(root, folder)};
}
