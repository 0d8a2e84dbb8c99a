import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {cliPath} from '../helpers/run-cli.js';
import {startCli, type CliSession} from './pty-harness.js';

const hostileStory = fileURLToPath(new URL('../fixtures/hostile-story.json', import.meta.url));

// What the hostile story carries; none of it may reach the terminal.
const forbidden: Array<[string, RegExp]> = [
	['OSC 52 (clipboard)', /\u001B\]52/],
	['OSC 8 (hyperlink)', /\u001B\]8;/],
	['OSC 0 (window title)', /\u001B\]0;/],
	['CSI 2J (clear screen)', /\u001B\[2J/],
	['cursor position', /\u001B\[12;34H/],
	['cursor up 7', /\u001B\[7A/],
	['BEL', /\u0007/],
	['C1 controls', /[\u0080-\u009F]/],
	['bidi controls', /[\u202A-\u202E\u2066-\u2069]/],
	['payloads', /pwned-title|c1-title|evil\.example|cm0gLXJmIH4v/],
];

function expectClean(output: string, label: string) {
	for (const [name, pattern] of forbidden) expect(pattern.test(output), `${label}: ${name}`).toBe(false);
}

let session: CliSession | undefined;
afterEach(() => {
	session?.kill();
	session = undefined;
});

describe('hostile text never reaches the terminal', {timeout: 60_000}, () => {
	it('in the dashboard, while the words around it still show', async () => {
		session = startCli([hostileStory], {columns: 120, rows: 40});
		let screen = await session.waitFor(screen => screen.includes('Clipboard writes are blocked'), 'the first frame');
		expect(screen).toContain('Hostile Story Title');
		expect(screen).toContain('E Evil Gazette 1 May 2024');
		session.type('3');
		screen = await session.waitFor(screen => screen.includes('Mallory Mayhem'), 'the People pane');
		session.type('\r');
		screen = await session.waitFor(screen => screen.includes('Detail  Mallory Mayhem'), 'the detail');
		// The bidi payload sits inside the words; it reads as stored, without being reordered.
		expect(screen).toContain('Chiefgnp.exe Prankster');
		expect(screen).toContain('Trustgnp.exe nothing printed');
		session.type('\u001B');
		await session.waitFor(screen => !screen.includes('Detail'), 'the panes again');
		session.type('/acme');
		await session.waitFor(screen => /organisation +Acme Corp/.test(screen), 'a search result');
		// One key at a time: Esc and a letter read together would be Meta and that letter.
		session.type('\u001B');
		await session.waitFor(screen => !screen.includes('/ Search'), 'search left');
		session.type('\u001B');
		// Not just "/ search": the footer's key hints say that too. The query itself must be gone, or q
		// could arrive with the pending Esc and read as Meta-q.
		await session.waitFor(screen => /^\/ search\s*$/m.test(screen), 'the query cleared');
		session.type('q');
		await session.exited();
		expectClean(session.raw(), 'dashboard');
	});

	for (const format of ['--plain', '--markdown', '--json']) {
		it(`in ${format} through a pipe`, () => {
			const result = spawnSync(process.execPath, [cliPath, hostileStory, format], {encoding: 'utf8'});
			expect(result.status).toBe(0);
			expectClean(result.stdout, format);
			expect(result.stdout).not.toContain('\\u001b');
			expect(result.stdout).toContain('Mallory Mayhem');
			expect(result.stdout).toContain('Clipboard writes are blocked here.');
		});
	}

	it('in search results and in messages that echo a query or a file name', () => {
		const search = spawnSync(process.execPath, [cliPath, '--data', fileURLToPath(new URL('../fixtures/', import.meta.url)), 'search', 'mallory\u001B]0;x\u0007'], {encoding: 'utf8'});
		expectClean(search.stdout + search.stderr, 'search');
		const missing = spawnSync(process.execPath, [cliPath, 'no\u001B]52;c;eA==\u0007such.json', '--plain'], {encoding: 'utf8'});
		expect(missing.status).toBe(1);
		expectClean(missing.stderr, 'file name');
		expect(missing.stderr).toContain('nosuch.json: no such file');
	});
});

describe('process and terminal faults', {timeout: 60_000}, () => {
	for (const [signal, code] of [['SIGHUP', 129], ['SIGINT', 130]] as const) {
		it(`${signal} ends the dashboard with the terminal restored`, async () => {
			session = startCli([], {columns: 100, rows: 30});
			await session.waitFor(screen => screen.includes('1 of 42'), 'the first frame');
			await session.handles(signal);
			session.child.kill(signal);
			expect((await session.exited()).exitCode).toBe(code);
			await session.waitFor(() => session!.terminal.buffer.active.type === 'normal', 'the normal screen');
			expect(session.cursorShown()).toBe(true);
		});
	}

	it('an error while rendering shows a readable screen, then exits 1 with the terminal restored', async () => {
		session = startCli([], {columns: 100, rows: 30}, {SUMMIT_TUI_FAULT: 'render'});
		// The whole error screen, not a frame of it still arriving through the pseudo-terminal.
		const screen = await session.waitFor(screen => screen.includes('hit an internal error') && screen.includes('injected render fault'), 'the error screen');
		expect(screen).not.toMatch(/\n\s+at /);
		session.type('x');
		expect((await session.exited()).exitCode).toBe(1);
		await session.waitFor(screen => screen.includes('the dashboard failed: injected render fault'), 'the message after restoring');
		expect(session.terminal.buffer.active.type).toBe('normal');
		expect(session.cursorShown()).toBe(true);
	});

	it('TERM=dumb prints the plain report instead of drawing a dashboard', async () => {
		session = startCli([], {columns: 100, rows: 30}, {TERM: 'dumb'});
		expect((await session.exited()).exitCode).toBe(0);
		expect(session.raw()).not.toContain('\u001B[?1049h');
		expect(session.raw()).toContain('KEY FACTS');
	});

	it('survives a 1x1 terminal and a storm of resizes, then draws the right frame', async () => {
		session = startCli([], {columns: 100, rows: 30});
		await session.waitFor(screen => screen.includes('1 of 42'), 'the first frame');
		session.resize(1, 1);
		await new Promise(resolve => setTimeout(resolve, 100));
		for (let index = 0; index < 300; index++) session.resize(20 + (index % 180), 5 + (index % 50));
		session.resize(130, 35);
		// Frames drawn for sizes of the storm may still be arriving on a loaded machine: wait for the
		// final one, which must come with no row wider than the terminal (a frame that stays wrapped fails).
		const screen = await session.waitFor(screen => screen.includes('2 Timeline') && screen.includes('3 People') && !screen.includes('too small') && session!.wrappedRows().length === 0, 'the wide layout after the storm, no row wrapped');
		expect(screen).toContain('1 Key facts');
		session.type('q');
		expect((await session.exited()).exitCode).toBe(0);
	});
});
