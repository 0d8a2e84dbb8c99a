import {describe, expect, it} from 'vitest';
import {mapLayout, minimumMapSize} from '../../source/ui/map-layout.js';

describe('the map pane layout', () => {
	it('puts the list beside the drawing when wide, under it when narrow, and alone when too small', () => {
		const wide = mapLayout(120, 35);
		expect(wide.canvas!.columns + 1 + wide.list.width).toBe(118);
		expect(wide.list.x).toBe(wide.canvas!.columns + 1);
		const narrow = mapLayout(60, 17);
		expect(narrow.list).toMatchObject({x: 0, y: narrow.canvas!.rows, width: 58});
		const small = mapLayout(40, 7);
		expect(small.canvas).toBeUndefined();
		expect(small.list.rows).toBeGreaterThan(0);
	});

	it('never makes a drawing smaller than the minimum, nor wider than the pane', () => {
		for (let width = 10; width <= 220; width += 3) {
			for (let height = 4; height <= 70; height += 3) {
				const {canvas, list} = mapLayout(width, height);
				if (!canvas) continue;
				expect(canvas.columns).toBeGreaterThanOrEqual(minimumMapSize.columns);
				expect(canvas.rows).toBeGreaterThanOrEqual(minimumMapSize.rows);
				expect(Math.max(canvas.columns, list.x + list.width)).toBeLessThanOrEqual(width - 2);
			}
		}
	});
});
