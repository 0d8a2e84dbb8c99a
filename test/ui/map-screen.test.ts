import {describe, expect, it} from 'vitest';
import {initialMapPane} from '../../source/map/map-pane-model.js';
import {storyMap} from '../../source/map/map-story.js';
import {mapScreen, placeAt} from '../../source/ui/map-screen.js';
import {farEastStory} from '../fixtures/map-story.js';

const text = (lines: Array<Array<{text: string}>>) => lines.map(line => line.map(cell => cell.text).join('')).join('\n');

describe('the map pane body', () => {
	it('says the map could not be drawn when the boundary data fails, instead of failing the dashboard', () => {
		const failing = {ready: {drawStoryMap: () => {
			throw new Error('world-50m.f32: no such file');
		}}} as never;
		const screen = mapScreen(storyMap(farEastStory), initialMapPane, failing, 120, 35);
		expect(text(screen.lines)).toContain('The map could not be drawn: world-50m.f32: no such file');
	});

	it('takes no click on the frame or outside the drawing as a click on a marker', () => {
		const screen = {...mapScreen(storyMap(farEastStory), initialMapPane, undefined, 120, 35), markers: [{id: 'khasan', column: 0, row: 0, selected: false}], labels: []};
		expect(placeAt(screen, 0, 0)).toBe('khasan');
		expect(placeAt(screen, -1, 0)).toBeUndefined();
		expect(placeAt(screen, 0, -1)).toBeUndefined();
	});

	it('prefers the name under the pointer to a marker a cell away', () => {
		const screen = {
			...mapScreen(storyMap(farEastStory), initialMapPane, undefined, 120, 35),
			markers: [
				{id: 'alpha', column: 10, row: 5, selected: false},
				{id: 'beta', column: 14, row: 4, selected: false},
			],
			labels: [{id: 'alpha', text: 'Alpha', column: 12, row: 5}],
		};
		for (let column = 12; column < 17; column++) expect(placeAt(screen, column, 5), `column ${column}`).toBe('alpha');
		expect(placeAt(screen, 14, 3)).toBe('beta');
	});
});

describe('the lines under a narrow map', async () => {
	const {underListLines} = await import('../../source/ui/map-list.js');
	const {mapStory} = await import('../fixtures/map-story.js');
	it('say what is numbered, off the map and not placed, one after the other', () => {
		const model = storyMap(mapStory);
		const [, second] = underListLines(model, initialMapPane, {legend: [{number: 1, id: 'khasan'}], outside: ['moscow']}, 200);
		const line = second!.cells.map(cell => cell.text).join('');
		expect(line).toMatch(/^1 Khasan · Off the map: Moscow · Not placed: /);
	});
});
