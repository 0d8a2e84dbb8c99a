import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {parseStoryText} from '../../source/model/load.js';
import {fitHints, joinHints} from '../../source/ui/chrome-fit.js';
import {footerHints, type Context} from '../../source/ui/keys.js';
import {importedStory} from '../fixtures/imported-story.js';
import {keys, renderApp, widestLine} from '../helpers/render-app.js';

afterEach(() => cleanup());

const imported = parseStoryText(JSON.stringify(importedStory()), 'imported.json').story!;
const footerLine = (screen: string) => screen.split('\n').at(-1)!;

describe('reading details, quotes and articles (ink-testing-library)', () => {
	it('opens a detail at its top and scrolls it by lines to its last line and back', async () => {
		const app = renderApp({columns: 80, rows: 24});
		await app.waitFor(screen => screen.includes('1 of 42'));
		await app.press('3', keys.enter);
		let screen = await app.waitFor(screen => screen.includes('Detail  Kim Jong Un'), 'the Kim Jong Un detail');
		// The name and role are the first lines, and the indicator says so.
		expect(screen).toMatch(/║ +Kim Jong Un person/);
		expect(screen).toContain('Leader of North Korea');
		expect(screen).toMatch(/lines 1–\d+ of \d+/);
		await app.press('j');
		screen = await app.waitFor(screen => /lines 2–/.test(screen), 'one line down');
		await app.press('G');
		screen = await app.waitFor(screen => /lines \d+–(\d+) of \1/.test(screen), 'the last line');
		expect(screen).toContain('Rappler ¶8, 11 Sep 2023');
		await app.press('g');
		screen = await app.waitFor(screen => /lines 1–/.test(screen), 'back at the top');
		expect(screen).toContain('Leader of North Korea');
	});

	it('lists the quotes by speaker in pane 4, Dmitry Peskov with 4, and opens one with its speaker and his other quotes', async () => {
		const app = renderApp({columns: 100, rows: 30});
		await app.waitFor(screen => screen.includes('1 of 42'));
		await app.press('4');
		let screen = await app.waitFor(screen => screen.includes('[4 Quotes]'), 'the Quotes pane');
		expect(screen).toContain('Dmitry Peskov (4 quotes)');
		await app.press(keys.enter);
		screen = await app.waitFor(screen => screen.includes('Detail  Quote'), 'the quote detail');
		expect(screen).toContain('Speaker (1)');
		expect(screen).toMatch(/Also said by/);
	});

	it('follows a citation into the reader, at the cited paragraph of an imported article', async () => {
		const app = renderApp({columns: 80, rows: 24}, imported);
		await app.waitFor(screen => screen.includes('1 of 2'));
		await app.press(keys.enter);
		await app.waitFor(screen => screen.includes('Detail  Fact'), 'the fact');
		await app.press(keys.enter);
		const screen = await app.waitFor(screen => screen.includes('Reader  Fact › Harbour News ¶4'), 'the reader');
		expect(screen).toMatch(/┃ ¶4 The terminal will handle up to four ferries an hour/);
		expect(screen).toMatch(/ {2}¶3 /);
		expect(screen).toMatch(/ {2}¶5 /);
		expect(widestLine(screen)).toBeLessThanOrEqual(80);
	});

	it('reads an article whole from the Sources pane and searches its text with / and n', async () => {
		const app = renderApp({columns: 80, rows: 24}, imported);
		await app.waitFor(screen => screen.includes('1 of 2'));
		await app.press('5', keys.enter);
		let screen = await app.waitFor(screen => screen.includes('Reader  Harbour News'), 'the reader');
		expect(screen).toContain('published 10 Mar 2025 · by Jon Reyes');
		expect(screen).toContain('¶1 The harbour authority');
		await app.press('/', 'c', 'o', 'u', 'n', 'c', 'i', 'l');
		screen = await app.waitFor(screen => screen.includes('find: council▌'), 'the typed search');
		expect(screen).toMatch(/1 of \d lines/);
		await app.press(keys.enter, 'n');
		screen = await app.waitFor(screen => /find: council {2}2 of \d lines/.test(screen), 'the next match');
	});

	it('never types an escape sequence that names no key into the search box', async () => {
		const app = renderApp();
		await app.waitFor(screen => screen.includes('1 of 42'));
		await app.press('/', 'a');
		await app.waitFor(screen => screen.includes('/ a▌'));
		for (const sequence of ['\u001B[15~', '\u001B[1;5P', '\u001B[99~', '\u001B[1;2Q', '\u001B[200~']) {
			app.stdin.write(sequence);
			await new Promise(resolve => setTimeout(resolve, 20));
		}
		await app.press('b');
		const screen = await app.waitFor(screen => screen.includes('/ ab▌'), 'only the typed letters');
		expect(screen).not.toMatch(/\[\d|~/);
	});

	it('fits the footer hints whole at every width, in every context', () => {
		for (const context of ['list', 'detail', 'find', 'search', 'help'] as Context[]) {
			const labels = footerHints(context).map(hint => hint.label);
			for (const width of [40, 60, 80, 100, 120]) {
				const line = joinHints(fitHints(footerHints(context), width));
				expect(line.length).toBeLessThanOrEqual(width);
				for (const hint of line.split('  ')) expect(labels, `${context} @${width}: "${hint}"`).toContain(hint);
			}
		}
	});

	it('cuts no word in the header, the tab bars or the footer at 60, 80, 100 and 120 columns', async () => {
		const labels = footerHints('list').map(hint => hint.label);
		for (const columns of [60, 80, 100, 120]) {
			const app = renderApp({columns, rows: 30});
			const screen = await app.waitFor(screen => screen.includes('1 of 42'));
			const lines = screen.split('\n');
			// The counts end the header whole, on the sources line or the next.
			const header = lines.slice(0, lines.findIndex(line => /^[╔┌]/.test(line)));
			expect(header.at(-1), `${columns}`).toMatch(/· \d+ quotes?\s*$/);
			for (const hint of footerLine(screen).trim().split(/ {2,}/)) expect(labels, `${columns}: "${hint}"`).toContain(hint);
			expect(screen, `${columns}`).not.toMatch(/\[\d [A-Z][a-z]*…|\d …\]/);
			expect(screen, `${columns}`).not.toMatch(/[║│]\S*\d \d/);
			app.unmount();
		}
	});

	it('shows a sticky year over the timeline and the precision of a year-only event', async () => {
		const app = renderApp({columns: 60, rows: 20});
		await app.waitFor(screen => screen.includes('1 of 42'));
		await app.press('2');
		let screen = await app.waitFor(screen => screen.includes('[2 Timeline]'));
		expect(screen).toMatch(/that year +◆ Kim Jong Un takes power/);
		await app.press('G');
		screen = await app.waitFor(screen => /◉ .*\[2 Timeline\].* (\d+) of \1║/.test(screen), 'the last event');
		const body = screen.split('\n').slice(screen.split('\n').findIndex(line => line.includes('[2 Timeline]')) + 1);
		expect(body[0]).toMatch(/║ {2}2023 +║/);
		expect(footerLine(screen).length).toBeLessThanOrEqual(60);
	});
});

describe('the breadcrumb of open views', () => {
	it('gives way at its oldest end, keeping the newest step whole', async () => {
		const {fitTrail} = await import('../../source/ui/components/document-view.js');
		const trail = ['Fact', 'Kim Jong Un', 'Forbes ¶2', 'Forbes', 'Kim–Putin summit likely on one of these days'];
		expect(fitTrail(trail, 200)).toBe(trail.join(' › '));
		expect(fitTrail(trail, 60)).toBe('… › Forbes › Kim–Putin summit likely on one of these days');
		expect(fitTrail(['Fact'], 2)).toBe('Fact');
	});
});
