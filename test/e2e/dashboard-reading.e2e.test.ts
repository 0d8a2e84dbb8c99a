import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {footerHints, type Context} from '../../source/ui/keys.js';
import {listPanes, paneNumber, paneTitles, shortPaneTitles, type ListPaneId} from '../../source/ui/layout.js';
import {importedStory} from '../fixtures/imported-story.js';
import {bundledPanes as panes, expectedLines, showsFirstLine, showsLastLine} from '../helpers/detail-screen.js';
import {temporaryFolder} from '../helpers/run-cli.js';
import {startCli, type CliSession} from './pty-harness.js';

// Reading in a real terminal: details scroll from their first line to their last, citations open the
// reader, the Quotes pane answers "who said what", and nothing on screen ends in a cut word.

const keys = {enter: '\r', escape: '\u001B'};
let session: CliSession | undefined;
afterEach(() => {
	session?.kill();
	session = undefined;
});

describe('reading in a real pseudo-terminal', {timeout: 120_000}, () => {
	// Every detail is scrolled end to end in process (ui/every-detail.test.tsx); here the longest detail
	// and the longest reader, as a real terminal shows Ink's frames of them.
	it('scrolls the longest detail and the longest reader from their first line to their last at 60x20', async () => {
		const [columns, rows] = [60, 20];
		session = startCli([], {columns, rows});
		await session.waitFor(screen => screen.includes('1 of 42'), 'the first frame');
		type Choice = {pane: ListPaneId; id: string; index: number; lines: string[]};
		const longer = (best: Choice, next: Choice) => (next.lines.length > best.lines.length ? next : best);
		const longestIn = (pane: ListPaneId) => panes[pane].ids.map((id, index) => ({pane, id, index, lines: expectedLines(id, columns)})).reduce(longer);
		// Sources open the reader; every other pane opens a detail.
		const detail = listPanes.filter(pane => pane !== 'sources').map(longestIn).reduce(longer);
		const reader = longestIn('sources');
		for (const {pane, id, index, lines: expected} of [detail, reader]) {
			const what = `${pane} item ${index + 1} (${id}), ${expected.length} lines`;
			expect(expected.length, `${what}: longer than the frame`).toBeGreaterThan(rows);
			session.type(String(paneNumber(pane)));
			session.type('g');
			for (let step = 0; step < index; step++) session.type('j');
			await session.waitFor(screen => screen.includes(`${index + 1} of ${panes[pane].ids.length}`), `the selection on ${what}`);
			session.type(keys.enter);
			await session.waitFor(screen => showsFirstLine(screen, expected), `the top of ${what}`);
			session.type('G');
			await session.waitFor(screen => showsLastLine(screen, expected), `the last line of ${what}`);
			expect(session.wrappedRows(), `${what}: rows wider than the terminal`).toEqual([]);
			session.type(keys.escape);
			await session.waitFor(screen => !/◉ (Detail|Reader) /.test(screen), `back in the list after ${what}`);
		}
	});

	it('opens the reader at the cited paragraph of an imported story', async () => {
		const file = path.join(temporaryFolder(), 'imported.json');
		writeFileSync(file, JSON.stringify(importedStory()));
		session = startCli([file], {columns: 80, rows: 24});
		await session.waitFor(screen => screen.includes('1 of 2'), 'the first frame');
		session.type(keys.enter);
		await session.waitFor(screen => screen.includes('Detail  Fact'), 'the fact detail');
		session.type(keys.enter);
		const screen = await session.waitFor(screen => screen.includes('Reader  Fact › Harbour News ¶4'), 'the reader');
		expect(screen).toMatch(/┃ ¶4 The terminal will handle up to four ferries an hour/);
		expect(screen).toMatch(/¶3 “We are finally ready/);
		expect(screen).toMatch(/¶5 Local traders/);
	});

	it('types no escape sequence that names no key into the search box, and does not fall over on one', async () => {
		session = startCli([], {columns: 80, rows: 24});
		await session.waitFor(screen => screen.includes('1 of 42'), 'the first frame');
		session.type('/');
		session.type('a');
		await session.waitFor(screen => screen.includes('/ a▌'), 'the typed letter');
		// F5, Ctrl-F1, an unknown CSI, Shift-F2, a bracketed-paste start: one write each, as a terminal sends them.
		for (const sequence of ['\u001B[15~', '\u001B[1;5P', '\u001B[99~', '\u001B[1;2Q', '\u001B[200~']) {
			session.type(sequence);
			await new Promise(resolve => setTimeout(resolve, 50));
		}
		session.type('b');
		const screen = await session.waitFor(screen => screen.includes('/ ab▌'), 'only the typed letters');
		expect(screen).not.toContain('internal error');
		expect(screen.split('\n').find(line => line.startsWith('/ '))).toMatch(/^\/ ab▌/);
	});

	it('lists Dmitry Peskov with his 4 quotes in the Quotes pane', async () => {
		session = startCli([], {columns: 100, rows: 30});
		await session.waitFor(screen => screen.includes('1 of 42'), 'the first frame');
		session.type('4');
		const screen = await session.waitFor(screen => screen.includes('[4 Quotes]'), 'the Quotes pane');
		expect(screen).toContain('Dmitry Peskov (4 quotes)');
	});

	it('cuts no footer hint and no tab name mid-word at 60, 80, 100 and 120 columns', async () => {
		const tabNames = new Set(Object.keys(paneTitles).flatMap(pane => [paneTitles[pane as keyof typeof paneTitles], shortPaneTitles[pane as keyof typeof paneTitles]]));
		const checkFooter = (screen: string, context: Context, label: string) => {
			const labels = footerHints(context).map(hint => hint.label);
			const footer = screen.trimEnd().split('\n').at(-1)!.trim();
			for (const hint of footer.split(/ {2,}/)) expect(labels, `${label}: "${hint}" in "${footer}"`).toContain(hint);
		};
		// A frame is whole once its footer is drawn: the last line is no longer a row of a pane.
		const footerDrawn = (screen: string) => /^\/ |^find: /m.test(screen) && !/^[║│╚└╔┌]/.test(screen.trimEnd().split('\n').at(-1)!);
		for (const columns of [60, 80, 100, 120]) {
			session = startCli([], {columns, rows: 30});
			let screen = await session.waitFor(screen => screen.includes('1 of 42'), `the first frame at ${columns}`);
			for (const pane of ['1', '2', '4', '5', '3']) {
				session.type(pane);
				screen = await session.waitFor(screen => footerDrawn(screen) && (new RegExp(`◉ .*(\\[${pane} |^║◉ ${pane} )`, 'm').test(screen) || screen.includes(`◉ ${pane} `)), `pane ${pane} at ${columns}`);
				checkFooter(screen, 'list', `${columns} columns, pane ${pane}`);
				// The frames' title rows: every pane number there is followed by a whole pane name.
				const titleRows = screen.split('\n').filter(line => /^[║│]/.test(line) && /\d+ of \d+ ?[║│]/.test(line));
				expect(titleRows.length, `${columns} columns: title rows`).toBeGreaterThan(0);
				for (const row of titleRows) {
					const bars = row.replace(/\d+ of \d+/g, '');
					const numbers = bars.match(/(?<![\d])\d(?![\d])/g) ?? [];
					const tabs = [...bars.matchAll(/(?<![\d])(\d) (Key facts|[A-Z][a-z]+)/g)];
					expect(tabs.length, `${columns} columns: bare numbers in "${row}"`).toBe(numbers.length);
					for (const [, , name] of tabs) expect(tabNames.has(name!), `${columns} columns: "${name}" in "${row}"`).toBe(true);
				}
			}
			session.type(keys.enter);
			screen = await session.waitFor(screen => footerDrawn(screen) && screen.includes('◉ Detail'), `a detail at ${columns}`);
			checkFooter(screen, 'detail', `${columns} columns, detail`);
			session.kill();
		}
	});
});
