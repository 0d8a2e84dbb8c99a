import {render} from 'ink-testing-library';
import React from 'react';
import stringWidth from 'string-width';
import {stripVTControlCharacters} from 'node:util';
import {describe, expect, it} from 'vitest';
import {App} from '../../source/ui/app.js';
import {farEastStory, mapStory, unplacedStory} from '../fixtures/map-story.js';
import {keys, mountElement} from '../helpers/render-app.js';

// The map pane as the user sees it: the drawing, the list of places, the Timeline → map steps, the
// mouse, and every size down to the smallest dashboard.

const mount = (story = farEastStory, size = {columns: 120, rows: 40}, mouse = false) => mountElement(<App story={story} size={size} habits={{mouse}} />);
const mouseAt = (code: number, column: number, row: number, release = false) => `\u001B[<${code};${column + 1};${row + 1}${release ? 'm' : 'M'}`;
// Braille dots, and not the frame before the drawing (the legend beside it has dots too).
const drawn = (screen: string) => /[\u2801-\u28FF]/.test(screen) && !screen.includes('Drawing the map');

describe('the map pane', () => {
	it('6 shows the drawing with a marker for each city and the places listed beside it', async () => {
		const app = mount();
		await app.press('6');
		const screen = await app.waitFor(drawn, 'the drawing');
		expect(screen).toContain('6 Map');
		expect(screen).toMatch(/Places · 3/);
		for (const name of ['Pyongyang', 'Khasan', 'Vladivostok']) expect(screen.match(new RegExp(name, 'g'))?.length, name).toBeGreaterThanOrEqual(2);
		// What the gazetteer could not place is listed, not dropped.
		expect(screen).toMatch(/Not placed: /);
		expect(screen).toContain('Demilitarized Zone');
		expect(screen).toMatch(/\+\/- zoom +←→↑↓ pan +0 fit/);
		app.unmount();
	});

	it('steps through the events with a place in date order, moving the highlight along them', async () => {
		const app = mount();
		await app.press('6');
		await app.waitFor(drawn, 'the drawing');
		await app.press('n');
		let screen = await app.waitFor(screen => /Event 1\/\d+/.test(screen), 'the first step');
		expect(screen).toMatch(/◉ Vladivostok/); // 2019: the first summit, in Vladivostok
		await app.press('n');
		screen = await app.waitFor(screen => /Event 2\/\d+/.test(screen), 'the second step');
		expect(screen).toMatch(/◉ Pyongyang/);
		expect(screen).toContain('Kim leaves Pyongyang');
		await app.press('n');
		screen = await app.waitFor(screen => /Event 3\/\d+/.test(screen), 'the third step');
		expect(screen).toMatch(/◉ Vladivostok/);
		await app.press('n');
		screen = await app.waitFor(screen => /Event 4\/\d+/.test(screen), 'the fourth step');
		expect(screen).toMatch(/◉ Khasan/);
		// Back in the Timeline, the event stepped to is selected.
		await app.press('2');
		screen = await app.waitFor(screen => screen.includes('◉ [2 Timeline]') || /◉ 2 Timeline/.test(screen), 'the Timeline');
		expect(screen).toMatch(/▸ 12 Sep +● Kim steps off/);
		app.unmount();
	});

	it('opens at the selected Timeline event; Enter opens that event, or the place chosen with j/k', async () => {
		const app = mount();
		await app.press('2');
		// Down to "Kim leaves Pyongyang", the first event of 2023 with a place.
		for (let index = 0; index < 7; index++) await app.press('j');
		await app.waitFor(screen => /▸ 10 Sep +● Kim leaves/.test(screen), 'the event selected');
		await app.press('6');
		let screen = await app.waitFor(screen => drawn(screen) && /◉ Pyongyang/.test(screen), 'the map at Pyongyang');
		expect(screen).toContain('Kim leaves Pyongyang');
		await app.press(keys.enter);
		screen = await app.waitFor(screen => screen.includes('Detail  Event'), 'the detail of the event');
		expect(screen).toContain('Kim leaves Pyongyang');
		await app.press(keys.escape);
		await app.waitFor(screen => drawn(screen) && screen.includes('6 Map'), 'the map again');
		// Choosing a place ends the step: Enter now opens the place.
		await app.press('k', keys.enter);
		await app.waitFor(screen => screen.includes('Detail  Pyongyang') || screen.includes('Detail  Khasan') || screen.includes('Detail  Vladivostok'), 'the detail of a place');
		app.unmount();
	});

	it('zooms, pans and fits again: the drawing changes and 0 brings the first one back', async () => {
		const app = mount();
		await app.press('6');
		const fitted = await app.waitFor(drawn, 'the drawing');
		await app.press('+');
		const zoomed = await app.waitFor(screen => screen.includes('×1.5'), 'the zoom');
		expect(zoomed).not.toBe(fitted);
		await app.press(keys.down);
		const panned = await app.waitFor(screen => screen !== zoomed, 'the pan');
		expect(panned).toContain('×1.5');
		await app.press('0');
		expect(await app.waitFor(screen => !screen.includes('×'), 'the fit')).toBe(fitted);
		app.unmount();
	});

	it('zooms with the wheel and chooses a place with a click on its marker; a second click opens it', async () => {
		const app = mount(farEastStory, {columns: 120, rows: 40}, true);
		await app.press('6');
		const screen = await app.waitFor(drawn, 'the drawing');
		const lines = screen.split('\n');
		// The label stands two cells right of its marker.
		const row = lines.findIndex(line => /●.Khasan/.test(line) && line.search(/●.Khasan/) < 80);
		expect(row, 'Khasan on the drawing').toBeGreaterThan(0);
		const column = [...lines[row]!].findIndex((character, index, all) => character === '●' && all.slice(index + 2, index + 8).join('') === 'Khasan');
		await app.press(mouseAt(0, column, row), mouseAt(0, column, row, true));
		await app.waitFor(screen => /◉ Khasan/.test(screen), 'Khasan chosen');
		await app.press(mouseAt(0, column, row), mouseAt(0, column, row, true));
		const detail = await app.waitFor(screen => screen.includes('Detail  Khasan'), 'the detail of Khasan');
		// Where it is, and that the articles did not say so.
		expect(detail).toContain('42.43°N 130.78°E · from GeoNames, for the tests, not from the articles');
		await app.press(keys.escape);
		await app.waitFor(screen => drawn(screen) && screen.includes('6 Map'), 'the map again');
		// A click on a name chooses its place, as a click on its marker does.
		const now = app.frame().split('\n');
		const nameRow = now.findIndex(line => line.search(/Pyongyang/) >= 0 && line.search(/Pyongyang/) < 80);
		await app.press(mouseAt(0, now[nameRow]!.indexOf('Pyongyang') + 2, nameRow), mouseAt(0, now[nameRow]!.indexOf('Pyongyang') + 2, nameRow, true));
		await app.waitFor(screen => /◉ Pyongyang/.test(screen), 'Pyongyang chosen by a click on its name');
		await app.press(mouseAt(64, 40, 20));
		await app.waitFor(screen => screen.includes('×1.5'), 'zoomed in by the wheel');
		// Over the list of places, the wheel goes through them instead.
		const list = app.frame().split('\n');
		const listRow = list.findIndex(line => line.includes('Places · 3'));
		await app.press(mouseAt(65, list[listRow]!.indexOf('Places'), listRow));
		await app.waitFor(screen => /◉ Khasan/.test(screen), 'the next place chosen by the wheel over the list');
		app.unmount();
	});

	it('says so when no place has coordinates, and lists the places when the pane is too small for a map', async () => {
		const plain = mount(unplacedStory);
		await plain.press('6');
		const screen = await plain.waitFor(screen => screen.includes('6 Map'), 'the map pane');
		expect(screen).toContain('No place in this story has coordinates');
		plain.unmount();
		const small = mount(farEastStory, {columns: 40, rows: 12});
		await small.press('6');
		const list = await small.waitFor(screen => screen.includes('Too small for a map'), 'the places instead');
		expect(list).toContain('Pyongyang');
		expect(drawn(list)).toBe(false);
		small.unmount();
	});

	it('never draws a line wider than the terminal, at any size from the smallest up', async () => {
		for (const [columns, rows] of [[40, 12], [52, 16], [60, 20], [79, 23], [80, 24], [100, 30], [119, 35], [120, 40], [200, 60]] as const) {
			const instance = render(<App story={mapStory} size={{columns, rows}} />);
			instance.stdin.write('6');
			const started = Date.now();
			const frame = () => stripVTControlCharacters(instance.lastFrame() ?? '');
			while (!(drawn(frame()) || frame().includes('Too small for a map')) && Date.now() - started < 4000) await new Promise(resolve => setTimeout(resolve, 10));
			for (const line of frame().split('\n')) expect(stringWidth(line), `${columns}x${rows}: ${line}`).toBeLessThanOrEqual(columns);
			expect(frame().split('\n').length).toBeLessThanOrEqual(rows);
			instance.unmount();
		}
	});
});
