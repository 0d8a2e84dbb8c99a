import {execFileSync} from 'node:child_process';
import {mkdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

// `npm run bench:quick`, not npm test: the keystroke bench at 10,000 items, checking that it times every
// kind of key and writes its figures (not how fast they are).
describe('the keystroke bench (smoke run: that it works, not how fast)', () => {
	it('times moving, switching panes and typing on a generated story, and writes every row', () => {
		const out = path.join(root, 'test/bench/results/keystrokes-quick.json');
		mkdirSync(path.dirname(out), {recursive: true});
		execFileSync(process.execPath, ['--import', 'tsx', 'test/bench/keystroke-bench.ts', '--quick', `--out=${out}`], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000});
		const results = JSON.parse(readFileSync(out, 'utf8'));
		expect(results.items).toBe(10_000);
		expect(results.rows.map((row: {move: string}) => row.move)).toEqual(['move selection (j, g every 10th)', 'switch pane (Tab, Shift-Tab, 1-5)', 'type in search: the character shown', 'type in search: results for the query']);
		for (const row of results.rows) expect(row.ms.median, row.move).toBeGreaterThan(0);
		expect(results.firstFrameMs).toBeGreaterThan(0);
	}, 320_000);
});
