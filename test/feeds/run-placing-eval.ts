// Prints placing's precision and recall on the development cases (placing-cases.ts):
// `tsx test/feeds/run-placing-eval.ts [tune|check] [--cases]` (--cases: every case's score; tune only).
import {evaluatePlacing} from './placing-cases.js';

const part = process.argv[2] === 'check' ? 'check' : 'tune';
const result = await evaluatePlacing(part);
if (!result) {
	console.log('../shared/ingest-dev is absent: nothing to measure');
} else {
	if (process.argv.includes('--cases') && part === 'tune') {
		for (const one of result.cases) console.log(`${one.expected ? 'SAME ' : 'OTHER'} ${one.name} -> ${one.placement.story ?? '(inbox)'} ${one.placement.score}\n    ${one.placement.reasons.join('\n    ')}`);
	}
	const precision = result.placed === 0 ? 1 : result.rightlyPlaced / result.placed;
	console.log(`placing (${part}): ${result.positives} articles of a followed story, ${result.negatives} of other happenings`);
	console.log(`  precision ${precision.toFixed(2)} (${result.rightlyPlaced} of ${result.placed} placed rightly), recall ${(result.rightlyPlaced / Math.max(1, result.positives)).toFixed(2)} (${result.rightlyPlaced} of ${result.positives}), unrelated placed: ${result.wronglyPlaced} of ${result.negatives}`);
}
