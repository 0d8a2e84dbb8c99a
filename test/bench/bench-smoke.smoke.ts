import {execFileSync} from 'node:child_process';
import {mkdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

// `npm run bench:quick` (test/bench/smoke.config.ts), not npm test: it runs the benchmark at 1k and
// checks that every section of its results is written, which takes a minute and asserts no timing.
describe('the benchmark suite (smoke run: that it works, not how fast)', () => {
	it('runs at 1k items and writes every section of its results', () => {
		// The same file `npm run bench:quick` always wrote.
		const out = path.join(root, 'test/bench/results/quick.json');
		mkdirSync(path.dirname(out), {recursive: true});
		execFileSync(process.execPath, ['--import', 'tsx', 'test/bench/run-bench.ts', '--quick', '--runs=1', `--out=${out}`], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000});
		const results = JSON.parse(readFileSync(out, 'utf8'));
		expect(results.startup.rows.map((row: {target: string}) => row.target)).toEqual(['bundled story', '1k']);
		expect(results.startup.baseline.median).toBeGreaterThan(0);
		expect(results.load[0].peakRssMiB).toBeGreaterThan(0);
		expect(results.search[0].recallAgainstFuseAlone).toBeGreaterThan(0);
		expect(results.keystrokes.every((row: object) => 'navigationMs' in row)).toBe(true);
		expect(results.searchProcess.rows).toHaveLength(2);
		expect(results.ingest.words).toBeGreaterThanOrEqual(1000);
		expect(results.ingest.inProcessWarmMs.median).toBeGreaterThan(0);
		expect(results.pageIngest.pageKiB).toBeGreaterThanOrEqual(250);
		expect(results.pageIngest.extractWarmMs.median).toBeGreaterThan(0);
		expect(results.pageIngest.ratioToText).toBeGreaterThan(0);
	}, 300_000);
});
