import {describe, expect, it} from 'vitest';
import {detailWindowStart, positionLabel, windowStart} from '../../source/ui/windowing.js';

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

	it('shows a wrapped link whole where it fits', () => {
		expect(detailWindowStart([18, 19, 20], 40, 10, 0)).toBeLessThanOrEqual(18);
		expect(detailWindowStart([18, 19, 20], 40, 10, 0) + 10).toBeGreaterThan(20);
	});

	it('scrolls a detail without links by its offset, within bounds', () => {
		expect(detailWindowStart([], 30, 10, 5)).toBe(5);
		expect(detailWindowStart([], 30, 10, 50)).toBe(20);
	});

	it('labels the position from 1', () => {
		expect(positionLabel(11, 31)).toBe('12/31');
		expect(positionLabel(0, 0)).toBe('0/0');
	});
});
