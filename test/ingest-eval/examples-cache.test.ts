import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {examplesCache} from './examples-cache.js';

// The training scripts keep each article's reading between runs; a reading made by other code must never be used.

const folders: string[] = [];
const freshBase = () => {
	const folder = mkdtempSync(path.join(tmpdir(), 'examples-cache-'));
	folders.push(folder);
	return folder;
};
afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, {recursive: true, force: true});
});

describe('the training examples cache', () => {
	it('gives back an article read earlier by the same code, and nothing for an article not read', () => {
		const base = freshBase();
		examplesCache('quote-examples', base, 'code-1').set(['a.txt', 'text'], [{article: 0}]);
		const again = examplesCache('quote-examples', base, 'code-1');
		expect(again.get(['a.txt', 'text'])).toEqual([{article: 0}]);
		expect(again.get(['a.txt', 'other text'])).toBeUndefined();
	});

	it('reads every article afresh once the code changed, and drops the old readings', () => {
		const base = freshBase();
		examplesCache('quote-examples', base, 'code-1').set(['a.txt', 'text'], [{article: 0}]);
		const changed = examplesCache('quote-examples', base, 'code-2');
		expect(changed.get(['a.txt', 'text'])).toBeUndefined();
		expect(readdirSync(path.join(base, 'summit-tui-training', 'quote-examples'))).toEqual(['code-2']);
	});
});
