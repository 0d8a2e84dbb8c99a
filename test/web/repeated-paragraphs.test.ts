import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {findRepeats} from '../../source/ingest/repeated-paragraphs.js';

// The pull-quote filter's suffix automaton against the plain definition it replaces: a paragraph
// repeats another when an earlier one is identical or a longer one holds its words in a row.
function byEveryPair(keys: string[][]): boolean[] {
	const holds = (outer: string[], inner: string[]) => {
		for (let start = 0; start + inner.length <= outer.length; start++) if (inner.every((word, offset) => outer[start + offset] === word)) return true;
		return false;
	};
	return keys.map((key, index) => key.length > 0 && keys.some((other, otherIndex) => otherIndex !== index && (other.length > key.length || (other.join(' ') === key.join(' ') && otherIndex < index)) && holds(other, key)));
}

describe('finding repeated paragraphs', () => {
	it('agrees with comparing every pair, on paragraphs of a few words from a small vocabulary', () => {
		const paragraphs = fc.array(fc.array(fc.constantFrom('a', 'b', 'c'), {maxLength: 7}), {minLength: 1, maxLength: 8});
		fc.assert(
			fc.property(paragraphs, keys => {
				expect(findRepeats(keys).map((repeat, index) => repeat && keys[index]!.length > 0)).toEqual(byEveryPair(keys));
			}),
			{numRuns: 2000},
		);
	});

	it('takes time linear in the page: 100,000 short paragraphs in seconds (every pair would be 5 billion)', () => {
		const keys = Array.from({length: 100_000}, (_, index) => ['paragraph', String(index), 'says', 'the', 'council', 'voted']);
		keys.push(['50000', 'says', 'the', 'council']);
		const started = performance.now();
		const repeats = findRepeats(keys);
		expect(performance.now() - started).toBeLessThan(30_000);
		expect(repeats.filter(Boolean)).toHaveLength(1);
		expect(repeats.at(-1)).toBe(true);
	}, 60_000);

	it('matches whole words only: "fight on" is not inside "fight one"', () => {
		expect(findRepeats([['we', 'will', 'fight', 'one'], ['will', 'fight', 'on']])).toEqual([false, false]);
		expect(findRepeats([['we', 'will', 'fight', 'on', 'today'], ['will', 'fight', 'on']])).toEqual([false, true]);
	});
});
