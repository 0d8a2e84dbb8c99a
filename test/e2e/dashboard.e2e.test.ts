import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {minimalStory} from '../fixtures/minimal-story.js';
import {temporaryFolder} from '../helpers/run-cli.js';
import {startCli, type CliSession} from './pty-harness.js';

const keys = {enter: '\r', escape: '\u001B', down: '\u001B[B'};
let session: CliSession | undefined;

afterEach(() => {
	session?.kill();
	session = undefined;
});

/** Every row the emulator shows fits the terminal: none wrapped, none wider than the screen. */
function expectNothingOverflows(current: CliSession, label: string) {
	expect(current.wrappedRows(), `${label}: wrapped rows\n${current.screen()}`).toEqual([]);
	for (const line of current.lines()) expect(line.length, label).toBeLessThanOrEqual(current.terminal.cols);
}

describe('the dashboard in a real pseudo-terminal', {timeout: 60_000}, () => {
	it('shows the panes with real story content at 120x40, in the alternate screen', async () => {
		session = startCli([], {columns: 120, rows: 40});
		const screen = await session.waitFor(screen => screen.includes('1 of 42'), 'the first frame');
		expect(session.terminal.buffer.active.type).toBe('alternate');
		expect(screen).toContain('Kim Jong Un travels to Russia to meet Putin');
		expect(screen).toContain('1 Key facts');
		expect(screen).toContain('2 Timeline');
		expect(screen).toContain('3 People');
		expect(screen).toContain('Kim crossed from North Korea into');
		expect(screen).toMatch(/Dmitry Peskov · Kremlin/);
		expectNothingOverflows(session, '120x40');
		// No library yet: R cannot refresh from the sample, and the status line says why and what to run.
		session.type('R');
		await session.waitFor(screen => screen.includes('nothing to refresh from the sample story: summit-tui refresh fetches the feeds'), 'why R does nothing');
	});

	it('/peskv then Enter shows Dmitry Peskov with a Forbes citation', async () => {
		session = startCli([], {columns: 120, rows: 40});
		await session.waitFor(screen => screen.includes('1 of 42'), 'the first frame');
		session.type('/');
		await session.waitFor(screen => screen.includes('/ Search'), 'the search pane');
		session.type('peskv');
		await session.waitFor(screen => /▸ person +Dmitry Peskov/.test(screen), 'Peskov as the first result');
		session.type(keys.enter);
		const screen = await session.waitFor(screen => screen.includes('Detail  Dmitry Peskov'), 'the Peskov detail');
		expect(screen).toContain('Kremlin spokesperson');
		expect(screen).toMatch(/Forbes ¶10, 12 Sep 2023/);
		expect(screen).toContain('“Kremlin spokesperson Dmitry Peskov told reporters”');
	});

	it('writes only the part of the frame a move changes, and a move back gives the first screen again', async () => {
		session = startCli([], {columns: 120, rows: 40});
		// The footer is the frame's last line: the frame is all there.
		const first = await session.waitFor(screen => screen.includes('1 of 42') && screen.includes('q/Ctrl-c quit'), 'the first frame');
		// The first frame is written whole (some 7 KB at 120x40); a move changes the first pane's rows and its position.
		const whole = session.raw().length;
		session.type('j');
		await session.waitFor(screen => screen.includes('2 of 42'), 'the second item selected');
		expect(session.raw().length - whole).toBeLessThan(0.8 * whole);
		session.type('k');
		expect(await session.waitFor(screen => screen.includes('1 of 42') && screen.includes('q/Ctrl-c quit'), 'the first item again')).toBe(first);
		expectNothingOverflows(session, 'after two moves');
	});

	it('follows a resize to 70x20 without any row overflowing, and says 30x8 is too small', async () => {
		session = startCli([], {columns: 120, rows: 40});
		await session.waitFor(screen => screen.includes('1 of 42'), 'the first frame');
		session.resize(70, 20);
		let screen = await session.waitFor(screen => screen.includes('[1 Key facts]') && screen.split('\n')[2]!.length <= 70 && !screen.includes('2 Timeline      '), 'the narrow layout');
		expectNothingOverflows(session, '70x20');
		session.type('3');
		screen = await session.waitFor(screen => screen.includes('People (7)'), 'the People tab');
		expectNothingOverflows(session, '70x20 people');
		session.resize(30, 8);
		screen = await session.waitFor(screen => screen.includes('terminal too small'), 'the too-small message');
		expect(screen.replace(/\s+/g, ' ')).toContain('terminal too small (need 40x12, have 30x8)');
		session.resize(120, 40);
		await session.waitFor(screen => screen.includes('3 People') && screen.includes('1 Key facts') && screen.includes('2 Timeline'), 'the wide layout again');
		expectNothingOverflows(session, 'back to 120x40');
	});

	it('draws Korean, Cyrillic, emoji and combining text without overflowing a row', async () => {
		const folder = temporaryFolder();
		const story = minimalStory();
		story.people[0]!.name = '김정은 Ким Чен Ын 🚂🤝 Zemlianichenko e\u0301';
		story.people[0]!.role = '조선민주주의인민공화국 국무위원장 — Председатель Государственного совета КНДР';
		story.facts[0]!.text = '🇰🇵 김정은 위원장이 블라디보스토크에 도착했다 — Ким прибыл во Владивосток, 東方経済フォーラム';
		const file = path.join(folder, 'wide.json');
		writeFileSync(file, JSON.stringify(story));
		for (const [columns, rows] of [[70, 20], [120, 30], [41, 14]] as const) {
			session = startCli([file], {columns, rows});
			await session.waitFor(screen => screen.includes('1 of 1'), `the first frame at ${columns}x${rows}`);
			expectNothingOverflows(session, `facts ${columns}x${rows}`);
			session.type('3');
			await session.waitFor(screen => screen.includes('김정은'), 'the People pane');
			expectNothingOverflows(session, `people ${columns}x${rows}`);
			session.type(keys.enter);
			await session.waitFor(screen => screen.includes('Detail'), 'the detail');
			expectNothingOverflows(session, `detail ${columns}x${rows}`);
			session.kill();
		}
	});

	it('opens two plain-text articles as one merged dashboard, marked as extracted automatically', async () => {
		const fixtures = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));
		session = startCli([path.join(fixtures, 'central-bank-a.txt'), path.join(fixtures, 'central-bank-b.txt')], {columns: 120, rows: 40});
		const screen = await session.waitFor(screen => screen.includes('extracted automatically'), 'the imported dashboard');
		expect(screen).toContain('Central bank of Norway holds rates');
		expect(screen).toContain('Nordic Markets');
		expect(screen).toContain('Fjord Finance');
		expect(screen).toContain('Ingrid Solheim');
		expectNothingOverflows(session, 'imported 120x40');
		session.type('5');
		await session.waitFor(screen => screen.includes('Date of the meeting'), 'the difference between the two articles');
	});

	it('q exits 0 and leaves the normal screen with the cursor visible', async () => {
		session = startCli([], {columns: 100, rows: 30});
		await session.waitFor(screen => screen.includes('1 of 42'), 'the first frame');
		session.type('q');
		const {exitCode} = await session.exited();
		expect(exitCode).toBe(0);
		await session.waitFor(() => session!.terminal.buffer.active.type === 'normal', 'the normal screen buffer');
		expect(session.cursorShown()).toBe(true);
	});

	it('Ctrl-C exits 0 and restores the terminal', async () => {
		session = startCli([], {columns: 100, rows: 30});
		await session.waitFor(screen => screen.includes('1 of 42'), 'the first frame');
		session.type('\u0003');
		expect((await session.exited()).exitCode).toBe(0);
		expect(session.terminal.buffer.active.type).toBe('normal');
		expect(session.cursorShown()).toBe(true);
	});

	it('SIGTERM ends the dashboard and restores the terminal', async () => {
		session = startCli([], {columns: 100, rows: 30});
		await session.waitFor(screen => screen.includes('1 of 42'), 'the first frame');
		await session.handles('SIGTERM');
		session.child.kill('SIGTERM');
		const {exitCode} = await session.exited();
		expect(exitCode).toBe(143);
		await session.waitFor(() => session!.terminal.buffer.active.type === 'normal', 'the normal screen buffer');
		expect(session.cursorShown()).toBe(true);
	});
});

describe('the dashboard in monochrome and without a terminal on stdin', {timeout: 60_000}, () => {
	for (const [label, args, env] of [
		['NO_COLOR', [], {NO_COLOR: '1'}],
		['--no-color', ['--no-color'], {}],
	] as const) {
		it(`${label} gives a screen without colour codes, focus still shown by border and marker`, async () => {
			session = startCli([...args], {columns: 100, rows: 30}, {...env});
			const screen = await session.waitFor(screen => screen.includes('1 of 42'), 'the first frame');
			expect(session.raw().match(/\u001B\[[0-9;]*m/g) ?? []).toEqual([]);
			expect(screen).toMatch(/╔═+╗/);
			expect(screen).toContain('◉ [1 Key facts]');
			expect(screen).toContain('▸ F Kim crossed');
		});
	}

	it('uses colour otherwise', async () => {
		session = startCli([], {columns: 100, rows: 30});
		await session.waitFor(screen => screen.includes('1 of 42'), 'the first frame');
		expect(session.raw()).toMatch(/\u001B\[3[0-9]m/);
	});

	it('explains in one line why it does not start when stdin is not a terminal', async () => {
		const folder = temporaryFolder();
		const script = path.join(folder, 'run.sh');
		writeFileSync(script, `exec "${process.execPath}" "$@" < /dev/null\n`);
		session = startCliThrough(script);
		const {exitCode} = await session.exited();
		await session.waitFor(screen => screen.includes('needs a terminal on standard input'), 'the hint');
		expect(exitCode).toBe(2);
		expect(session.raw()).not.toContain('\u001B[?1049h');
	});
});

function startCliThrough(script: string): CliSession {
	return startCli([], {columns: 100, rows: 30}, {}, ['bash', script]);
}
