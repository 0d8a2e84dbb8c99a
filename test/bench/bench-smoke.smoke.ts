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
		execFileSync(process.execPath, ['--import', 'tsx', 'test/bench/run-bench.ts', '--quick', '--runs=1', `--out=${out}`], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 480_000});
		const results = JSON.parse(readFileSync(out, 'utf8'));
		expect(results.startup.rows.map((row: {target: string}) => row.target)).toEqual(['bundled story', '1k']);
		// The start-up matrix: every target with its first frame, and the ratios to both baselines.
		expect(results.startupMatrix.rows.map((row: {target: string}) => row.target)).toEqual(['bundled story', 'bundled story, no kept frame', 'bundled story, no cache at all', '1k story', 'library of 100 stories']);
		for (const row of results.startupMatrix.rows) expect(row.frame.ratioToBareFrame, row.target).toBeGreaterThan(0);
		expect(results.startupMatrix.rows[0].plain.ratioToNode).toBeGreaterThan(0);
		expect(results.startupMatrix.rows[3].search.ratioToNode).toBeGreaterThan(0);
		// The profile names modules of the program and of its packages, through the source maps.
		const profiled = results.startupProfile.map((start: {target: string}) => start.target);
		expect(profiled).toEqual(['bundled story, first frame', 'bundled story, first frame, no kept frame', 'bundled story, --plain', 'library picker, first frame']);
		// Ink draws the first frame only when none was kept (with one, the frame is up before Ink loads): its
		// layout engine is in that profile. (Ink's own modules cost too little since its sanitiser's stand-in
		// to be sure of a place among the first thirty.)
		expect(results.startupProfile[1].top.map((cost: {module: string}) => cost.module)).toEqual(expect.arrayContaining(['yoga-layout']));
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
	}, 540_000);
});
