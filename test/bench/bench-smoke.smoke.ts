import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {parseStoryText} from '../../source/model/load.js';
import {temporaryFolder} from '../helpers/run-cli.js';
import {generateStory} from './generate-story.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('the benchmark suite (smoke run: that it works, not how fast)', () => {
	it('generates the same valid story for the same seed, with non-Latin names among them', () => {
		const story = generateStory(1000);
		expect(JSON.stringify(generateStory(1000))).toBe(JSON.stringify(story));
		const loaded = parseStoryText(JSON.stringify(story), 'synthetic.json');
		expect(loaded.problems).toEqual([]);
		const counts = [story.people, story.organizations, story.places, story.facts, story.events, story.quotes].map(list => list.length);
		expect(counts.reduce((sum, count) => sum + count, 0)).toBe(1000);
		expect(story.people.some(person => /[\u3131-\uD79D]/.test(person.name))).toBe(true);
		expect(story.people.some(person => /[\u0400-\u04FF]/.test(person.name))).toBe(true);
	});

	it('runs at 1k items and writes every section of its results', () => {
		const out = path.join(temporaryFolder(), 'smoke.json');
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
