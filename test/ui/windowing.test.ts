import {describe, expect, it} from 'vitest';
import {itemPosition, linePosition, windowStart} from '../../source/ui/windowing.js';

describe('windowing', () => {
	it('keeps the selection visible and centred where the list allows', () => {
		expect(windowStart(100, 10, 0)).toBe(0);
		expect(windowStart(100, 10, 50)).toBe(46);
		expect(windowStart(100, 10, 99)).toBe(90);
		expect(windowStart(5, 10, 4)).toBe(0);
		for (let selected = 0; selected < 100; selected++) {
			const start = windowStart(100, 7, selected);
			expect(selected).toBeGreaterThanOrEqual(start);
			expect(selected).toBeLessThan(start + 7);
		}
	});

	it('says where a list or a document is, the same way everywhere', () => {
		expect(itemPosition(11, 31)).toBe('12 of 31');
		expect(itemPosition(0, 0)).toBe('0 of 0');
		expect(linePosition(0, 20, 62)).toBe('lines 1–20 of 62');
		expect(linePosition(50, 20, 62)).toBe('lines 51–62 of 62');
		expect(linePosition(0, 20, 20)).toBeUndefined();
	});
});
