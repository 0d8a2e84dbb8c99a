import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {temporaryFolder} from '../helpers/run-cli.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

// `npm run bench:quick` (test/bench/smoke.config.ts), not npm test: a timing run that asserts no timing.
describe('the library benchmark (smoke run: that it works, not how fast)', () => {
	it('generates a library, reads its catalog warm, opens a story and searches, and writes every figure', () => {
		const out = path.join(temporaryFolder(), 'library.json');
		execFileSync(process.execPath, ['--import', 'tsx', 'test/bench/library-bench.ts', '--quick', '--stories=20', '--runs=1', `--out=${out}`], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000});
		const results = JSON.parse(readFileSync(out, 'utf8'));
		expect(results.stories).toBe(20);
		expect(results.catalog.coldBuildMs).toBeGreaterThan(0);
		expect(results.catalog.warmReadMs.median).toBeGreaterThan(0);
		expect(results.processes.oneStoryFirstFrame.median).toBeGreaterThan(0);
		expect(results.search.perKeystrokeMs.runs).toBeGreaterThan(10);
	}, 150_000);
});
