import {existsSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {ingestDevFolder} from '../ingest-eval/evaluate.js';
import {evaluatePlacing} from './placing-cases.js';

// Placing on real articles (placing-cases.ts): the threshold was chosen on the tune part; the check part's
// cases are only counted. `tsx test/feeds/run-placing-eval.ts` prints the figures.
const present = existsSync(path.join(ingestDevFolder, 'articles'));
if (!present) console.warn(`[placing] ${ingestDevFolder} is absent: placing on real articles is not checked`);

describe('placing real articles', () => {
	for (const part of ['tune', 'check'] as const) {
		it.skipIf(!present)(`places every later article of the Kim story into it and no article of another happening (GUM news ${part})`, {timeout: 180_000}, async () => {
			const result = (await evaluatePlacing(part))!;
			expect(result.positives).toBeGreaterThanOrEqual(5);
			expect(result.wronglyPlaced).toBe(0);
			expect(result.rightlyPlaced).toBe(result.placed);
			expect(result.rightlyPlaced / result.positives).toBeGreaterThanOrEqual(0.9);
		});
	}
});
