import {describe, expect, it} from 'vitest';
import {expectQuick} from '../../source/ui/use-search-runner.js';

// Whether a typed character's results are drawn in its own frame (quick) or after it (slow) is predicted
// from the last searches' times.
describe('expecting a search to be quick', () => {
	it('expects nothing before any search was timed', () => {
		expect(expectQuick([], 6)).toBe(false);
	});

	it('is not put off by one slow search among quick ones (cold code, a rare query)', () => {
		expect(expectQuick([40, 2, 3], 6)).toBe(true);
		expect(expectQuick([2, 3, 40], 6)).toBe(true);
	});

	it('stops once most recent searches are slow, so that the character is echoed first', () => {
		expect(expectQuick([9, 2, 12], 6)).toBe(false);
		expect(expectQuick([30], 6)).toBe(false);
	});
});
