// Prints placing's precision and recall on the development cases (placing-cases.ts):
// `tsx test/feeds/run-placing-eval.ts [tune|check] [--cases]` (--cases: every case's score; tune only).
import {evaluateGrouping, evaluatePlacing} from './placing-cases.js';

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

const grouping = await evaluateGrouping(part);
if (grouping) {
	if (process.argv.includes('--cases') && part === 'tune') {
		for (const group of grouping.groups) console.log(`GROUP ${group.title} [${group.members.join(', ')}]\n    ${group.reasons.map(reason => `${reason.id} ${reason.score}: ${reason.signals.join('; ')}`).join('\n    ')}`);
	}
	const {together, rightlyTogether, shouldBeTogether} = grouping.pairs;
	console.log(`grouping (${part}): ${grouping.groups.length} groups of ${grouping.groups.reduce((sum, group) => sum + group.members.length, 0)} articles; pairs put together rightly ${rightlyTogether} of ${together} (precision ${(together === 0 ? 1 : rightlyTogether / together).toFixed(2)}), of ${shouldBeTogether} that should be (recall ${(rightlyTogether / Math.max(1, shouldBeTogether)).toFixed(2)})`);
}
