import {stripVTControlCharacters} from 'node:util';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import React from 'react';
import {App} from '../../source/ui/app.js';
import {bundledStory, keys, mountElement, renderApp, widestLine} from '../helpers/render-app.js';

afterEach(() => cleanup());

describe('the dashboard (ink-testing-library)', () => {
	it('shows the story header, the panes with their numbers, and the footer keys', async () => {
		const app = renderApp();
		const screen = await app.waitFor(screen => screen.includes('Key facts'));
		expect(screen).toContain('Kim Jong Un travels to Russia to meet Putin');
		expect(screen).toContain('F Forbes 12 Sep 2023 · R Rappler 11 Sep 2023');
		expect(screen).toMatch(/◉ \[1 Key facts\] │ 2 Timeline │ 4 Quotes +1 of 42/);
		expect(screen).toMatch(/\[3 People\] │ 5 Sources +1 of 40/);
		expect(screen).toContain('▸ F Kim crossed from North Korea into');
		expect(screen).toMatch(/Tab pane {2}1-6 panes {2}↑↓\/jk move {2}Enter open {2}Esc back {2}\/ search {2}\? help {2}q\/Ctrl-c quit/);
		expect(widestLine(screen)).toBeLessThanOrEqual(100);
	});

	it('moves the selection and keeps the position marker in step', async () => {
		const app = renderApp();
		await app.waitFor(screen => screen.includes('1 of 42'));
		await app.press('j', 'j', keys.down);
		const screen = await app.waitFor(screen => screen.includes('4 of 42'));
		expect(screen).toContain('▸ F The Kremlin said on Monday');
		await app.press('G');
		await app.waitFor(screen => screen.includes('42 of 42'), '42 of 42 after G');
		await app.press('g');
		await app.waitFor(screen => screen.includes('1 of 42'), '1 of 42 after g');
	});

	it('switches panes with Tab, Shift-Tab and numbers', async () => {
		const app = renderApp();
		await app.waitFor(screen => screen.includes('1 of 42'));
		await app.press(keys.tab);
		let screen = await app.waitFor(screen => screen.includes('[2 Timeline]'));
		expect(screen).toMatch(/◉ 1 Key facts │ \[2 Timeline\]/);
		await app.press('5');
		screen = await app.waitFor(screen => screen.includes('[5 Sources]'));
		expect(screen).toContain('≠ When Kim and Putin meet');
		await app.press(keys.shiftTab);
		await app.waitFor(screen => screen.includes('[4 Quotes]'), 'Quotes focused after Shift-Tab');
		await app.press(keys.shiftTab);
		await app.waitFor(screen => screen.includes('◉ [3 People]'), 'People focused after Shift-Tab');
	});

	it('opens a detail with citations, follows a link, and comes back with Esc', async () => {
		const app = renderApp();
		await app.waitFor(screen => screen.includes('1 of 42'));
		await app.press(keys.enter);
		let screen = await app.waitFor(screen => screen.includes('Detail'));
		expect(screen).toContain('Kim crossed from North Korea into Russia\'s eastern Primorsky region');
		expect(screen).toContain('Forbes ¶4, 12 Sep 2023');
		expect(screen).toContain('About (4)');
		await app.press(keys.tab, keys.enter);
		screen = await app.waitFor(screen => screen.includes('Fact › Kim Jong Un'), 'the followed link');
		expect(screen).toContain('Leader of North Korea');
		await app.press(keys.escape);
		await app.waitFor(screen => screen.includes('Detail  Fact') && !screen.includes('Fact › Kim'), 'back to the fact');
		await app.press(keys.escape);
		await app.waitFor(screen => screen.includes('[1 Key facts]'), 'back to the panes');
	});

	it('searches with typos as you type, highlights the kind, and jumps to the result', async () => {
		const app = renderApp();
		await app.waitFor(screen => screen.includes('1 of 42'));
		await app.press('/', 'v', 'l', 'a', 'd', 'i', 'v', 'o', 's', 't', 'o', 'c', 'k');
		// The typed text shows at once; results follow as soon as the search index is ready.
		let screen = await app.waitFor(screen => screen.includes('/ Search  “vladivostock”') && /▸ place +Vladivostok/.test(screen), 'the result');
		expect(screen).toContain('/ vladivostock▌');
		await app.press(keys.enter);
		screen = await app.waitFor(screen => screen.includes('Detail  Vladivostok'), 'the Vladivostok detail');
		expect(screen).toContain('Port city');
		await app.press(keys.escape);
		screen = await app.waitFor(screen => screen.includes('◉ [3 People]'), 'People pane with Vladivostok selected');
		expect(screen).toMatch(/▸ Vladivostok · Port city in/);
	});

	it('moves through results with Ctrl-n and Ctrl-p while typing, and says when nothing matches', async () => {
		const app = renderApp();
		await app.waitFor(screen => screen.includes('1 of 42'));
		await app.press('/', 'p', 'e', 's', 'k', 'v');
		await app.waitFor(screen => /▸ person +Dmitry Peskov/.test(screen), 'Peskov first');
		await app.press(keys.ctrlN, keys.ctrlN);
		await app.waitFor(screen => screen.includes('3 of 9'), 'third result');
		await app.press(keys.ctrlP);
		await app.waitFor(screen => screen.includes('2 of 9'), 'second result');
		await app.press('z', 'z', 'z', 'z');
		await app.waitFor(screen => screen.includes('No results for “peskvzzzz”'), 'the empty message');
	});

	it('draws a quick search\'s results in the same frame that shows its typed character', async () => {
		// Any time passes for quick here (the first searches of a test's cold, unbundled code may not be).
		const app = mountElement(<App story={bundledStory} size={{columns: 100, rows: 30}} inlineSearchMs={Number.POSITIVE_INFINITY} />);
		await app.waitFor(screen => screen.includes('1 of 42'));
		await app.press('/', 'p', 'e', 's');
		await app.waitFor(screen => /\d+ results/.test(screen) && screen.includes('“pes”'), 'the results of "pes"');
		const seen = app.frames.length;
		await app.press('k');
		await app.waitFor(screen => screen.includes('“pesk”') && /▸ person +Dmitry Peskov/.test(screen), 'the results of "pesk"');
		const frames = app.frames.slice(seen).map(frame => stripVTControlCharacters(frame));
		// No frame in between says "searching…".
		expect(frames.filter(frame => frame.includes('searching…'))).toEqual([]);
		expect(frames.find(frame => frame.includes('“pesk”'))).toMatch(/▸ person +Dmitry Peskov/);
	});

	it('shows a typed character in a frame of its own before a slow search for it runs', async () => {
		// A budget no search meets stands for a story whose searches are slow.
		const app = mountElement(<App story={bundledStory} size={{columns: 100, rows: 30}} inlineSearchMs={-1} />);
		await app.waitFor(screen => screen.includes('1 of 42'));
		await app.press('/', 'p', 'e', 's', 'k', 'v', 'z', 'z', 'z', 'z');
		await app.waitFor(screen => screen.includes('No results for “peskvzzzz”'), 'the empty message');
		const seen = app.frames.length;
		await app.press('\u007F');
		await app.waitFor(screen => screen.includes('“peskvzz”') || !screen.includes('searching…') && screen.includes('“peskvzzz”') && !screen.includes('No results for “peskvzzzz”'), 'the shorter query searched');
		// The first frame with the shorter query is its echo, saying the search is on its way: the search ran after it.
		const echo = app.frames.slice(seen).map(frame => stripVTControlCharacters(frame)).find(frame => frame.includes('“peskvzzz”'));
		expect(echo).toContain('searching…');
	});

	it('lets q type into the search box, and Esc leave it and then clear the query', async () => {
		const app = renderApp();
		await app.waitFor(screen => screen.includes('1 of 42'));
		await app.press('/', 'q');
		await app.waitFor(screen => screen.includes('/ q▌'), 'q typed');
		await app.press(keys.escape);
		let screen = await app.waitFor(screen => screen.includes('/ q  (/ to edit, Esc to clear)'), 'search left, query kept');
		expect(screen).toContain('[1 Key facts]');
		await app.press(keys.escape);
		// The search box's own line, not the key hints (which also say "/ search").
		screen = await app.waitFor(screen => /^\/ search\s*$/m.test(screen), 'query cleared');
	});

	it('shows the help overlay generated from the key table', async () => {
		const app = renderApp();
		await app.waitFor(screen => screen.includes('1 of 42'));
		await app.press('?');
		let screen = await app.waitFor(screen => screen.includes('Esc or ? closes'));
		expect(screen).toMatch(/Shift-Tab +previous pane/);
		expect(screen).toMatch(/G, End +the end/);
		await app.press('G');
		screen = await app.waitFor(screen => /lines \d+–(\d+) of \1/.test(screen), 'help scrolled to its end');
		expect(screen).toMatch(/Ctrl-r +an earlier query/);
		expect(screen).toMatch(/q, Ctrl-c +quit/);
		// A story opened on its own has no picker to go back to, and its help does not offer one.
		expect(screen).not.toContain('back to the story picker');
		await app.press('?');
		await app.waitFor(screen => !screen.includes('Esc or ? closes'), 'help closed');
	});

	it('shows one pane at a time with a tab bar on a narrow terminal', async () => {
		const app = renderApp({columns: 60, rows: 20});
		let screen = await app.waitFor(screen => screen.includes('1 of 42'));
		expect(screen).toContain('[1 Key facts] 2 Dates 3 People 4 Quotes …');
		expect(screen).not.toContain('People (7)');
		await app.press('3');
		screen = await app.waitFor(screen => screen.includes('People (7)'));
		expect(widestLine(screen)).toBeLessThanOrEqual(60);
		expect(screen.split('\n').length).toBeLessThanOrEqual(19);
	});

	it('says the terminal is too small below 40x12', async () => {
		const app = renderApp({columns: 39, rows: 20});
		const screen = await app.waitFor(screen => screen.includes('terminal too small'));
		expect(screen).toContain('need 40x12');
	});

	it('fits every line into the terminal at many sizes, wide characters included', async () => {
		for (const [columns, rows] of [[40, 12], [57, 15], [80, 24], [99, 40]] as const) {
			const app = renderApp({columns, rows});
			let screen = await app.waitFor(screen => screen.includes(' of 42'));
			expect(widestLine(screen), `${columns}x${rows}`).toBeLessThanOrEqual(columns);
			expect(screen.split('\n').length, `${columns}x${rows}`).toBeLessThanOrEqual(rows - 1);
			await app.press('3', 'G', keys.enter);
			screen = await app.waitFor(screen => screen.includes('Detail'));
			expect(widestLine(screen), `detail ${columns}x${rows}`).toBeLessThanOrEqual(columns);
			app.unmount();
		}
	});
});
