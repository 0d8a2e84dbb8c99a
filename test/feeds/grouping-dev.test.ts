import {existsSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {ingestDevFolder} from '../ingest-eval/evaluate.js';
import {evaluateGrouping} from './placing-cases.js';

// Grouping real articles (placing-cases.ts): the Kim story's articles and other happenings in one inbox.
// `tsx test/feeds/run-placing-eval.ts` prints the figures.
const present = existsSync(path.join(ingestDevFolder, 'articles'));
if (!present) console.warn(`[grouping] ${ingestDevFolder} is absent: grouping real articles is not checked`);

describe('grouping real articles', () => {
	it.skipIf(!present)('puts the Kim story\'s articles together and every other happening apart', {timeout: 180_000}, async () => {
		const result = (await evaluateGrouping('tune'))!;
		const {together, rightlyTogether, shouldBeTogether} = result.pairs;
		expect(rightlyTogether).toBe(together);
		expect(rightlyTogether / shouldBeTogether).toBeGreaterThanOrEqual(0.9);
		const alone = result.groups.filter(group => group.members.every(member => !result.truth.has(member)));
		expect(alone.every(group => group.members.length === 1)).toBe(true);
	});
});
