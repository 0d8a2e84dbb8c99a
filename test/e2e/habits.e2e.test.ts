import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {spawn, type IPty} from '@lydell/node-pty';
import xterm from '@xterm/headless';
import {afterEach, describe, expect, it} from 'vitest';

// The dashboard's habits in a real pseudo-terminal: mouse reports, bracketed paste, OSC 52 and the
// config, as a terminal sends and receives them, through the built CLI (flags, config file, history
// under $XDG_STATE_HOME).
const cliPath = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const running: IPty[] = [];
afterEach(() => {
	for (const child of running.splice(0)) child.kill();
});

/** `config`: a config file for --config; `flags`: more arguments; `state`: the $XDG_STATE_HOME to share a history. */
function start(options: {config?: string; flags?: string[]; state?: string} = {}, size = {columns: 100, rows: 30}) {
	const childEnv: Record<string, string> = {};
	for (const [name, value] of Object.entries(process.env)) if (value !== undefined && name !== 'CI' && name !== 'CONTINUOUS_INTEGRATION' && name !== 'NO_COLOR') childEnv[name] = value;
	const state = options.state ?? mkdtempSync(path.join(os.tmpdir(), 'summit-habits-'));
	const history = path.join(state, 'summit-tui', 'history');
	Object.assign(childEnv, {TERM: 'xterm-256color', XDG_STATE_HOME: state, XDG_CONFIG_HOME: state});
	const args = [cliPath, ...(options.config ? ['--config', options.config] : []), ...(options.flags ?? [])];
	const terminal = new xterm.Terminal({cols: size.columns, rows: size.rows, allowProposedApi: true});
	const child = spawn(process.execPath, args, {name: 'xterm-256color', cols: size.columns, rows: size.rows, cwd: process.cwd(), env: childEnv});
	running.push(child);
	let raw = '';
	child.onData(data => {
		raw += data;
		terminal.write(data);
	});
	const exited = new Promise<number>(resolve => child.onExit(({exitCode}) => resolve(exitCode)));
	const screen = () => {
		const buffer = terminal.buffer.active;
		return Array.from({length: terminal.rows}, (_, row) => buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '').join('\n');
	};
	const waitFor = async (condition: (screen: string) => boolean, what: string) => {
		const started = Date.now();
		for (;;) {
			await new Promise<void>(resolve => terminal.write('', resolve));
			if (condition(screen())) return screen();
			if (Date.now() - started > 30_000) throw new Error(`timed out waiting for ${what}; screen:\n${screen()}`);
			await new Promise(resolve => setTimeout(resolve, 25));
		}
	};
	const type = async (...inputs: string[]) => {
		for (const input of inputs) {
			child.write(input);
			await new Promise(resolve => setTimeout(resolve, 60));
		}
	};
	return {raw: () => raw, screen, waitFor, type, exited, history, state};
}

const mouse = (code: number, column: number, row: number, final = 'M') => `\u001B[<${code};${column + 1};${row + 1}${final}`;
const lineOf = (screen: string, text: string) => screen.split('\n').findIndex(line => line.includes(text));

describe('the dashboard habits in a real pseudo-terminal', {timeout: 90_000}, () => {
	it('switches mouse reporting on, acts on SGR clicks and the wheel, and switches it off on the way out', async () => {
		const app = start();
		let screen = await app.waitFor(screen => screen.includes('1 of 42'), 'the first frame');
		expect(app.raw()).toContain('\u001B[?1000h\u001B[?1002h\u001B[?1006h');
		const row = lineOf(screen, 'Vladimir Putin');
		const column = screen.split('\n')[row]!.indexOf('Vladimir Putin');
		await app.type(mouse(0, column, row), mouse(0, column, row, 'm'));
		screen = await app.waitFor(screen => screen.includes('◉ [3 People]') && screen.includes('2 of 40'), 'People focused with Putin selected');
		await app.type(mouse(65, column, row));
		await app.waitFor(screen => screen.includes('5 of 40'), 'the wheel moved three rows down');
		await app.type('q');
		expect(await app.exited).toBe(0);
		expect(app.raw().slice(app.raw().lastIndexOf('\u001B[?1000h'))).toContain('\u001B[?1006l\u001B[?1002l\u001B[?1000l');
		expect(app.raw()).toContain('\u001B[?2004l');
	});

	it('reads a bracketed paste as text: no Enter, no markers', async () => {
		const app = start();
		await app.waitFor(screen => screen.includes('1 of 42'), 'the first frame');
		expect(app.raw()).toContain('\u001B[?2004h');
		await app.type('/', '\u001B[200~peskov\r\u001B[201~');
		const screen = await app.waitFor(screen => screen.includes('/ peskov ▌') && / \d+ results?/.test(screen), 'the pasted query and its results');
		expect(screen).toContain('Dmitry Peskov');
		expect(screen).not.toContain('200~');
		expect(screen).not.toContain('Detail');
	});

	it('writes OSC 52 only when y is pressed, and not at all with --no-osc52', async () => {
		const app = start();
		await app.waitFor(screen => screen.includes('1 of 42'), 'the first frame');
		await app.type('j', '3', '/', 'kim');
		await app.waitFor(screen => / \d+ results?/.test(screen), 'the results for kim');
		// Esc and the next key in one read are Alt-j to any terminal program: wait until the Esc has landed.
		await app.type(keysEscape);
		await app.waitFor(screen => screen.includes('Tab pane'), 'the search left');
		await app.type('j');
		await new Promise(resolve => setTimeout(resolve, 300));
		expect(app.raw()).not.toContain('\u001B]52;');
		await app.type('y');
		await app.waitFor(screen => screen.includes('copied'), 'the copy notice');
		expect(app.raw().match(/\u001B\]52;c;[A-Za-z\d+/=]+\u0007/g)).toHaveLength(1);

		const off = start({flags: ['--no-osc52']});
		await off.waitFor(screen => screen.includes('1 of 42'), 'the first frame');
		await off.type('y');
		await off.waitFor(screen => screen.includes('cannot copy'), 'the refusal');
		expect(off.raw()).not.toContain('\u001B]52;');
	});

	it('runs a config that rebinds quit to x, and warns about an invalid entry without stopping', async () => {
		const folder = mkdtempSync(path.join(os.tmpdir(), 'summit-config-'));
		const config = path.join(folder, 'config.json');
		writeFileSync(config, '{\n  "keys": {\n    "quit": "x",\n    "fly": "f"\n  },\n  "mouse": false\n}\n');
		const app = start({config});
		const screen = await app.waitFor(screen => screen.includes('1 of 42') && screen.includes('config: '), 'the first frame with the warning');
		expect(screen).toMatch(/config: .*config\.json: \$\.keys\.fly \(line 4\): unknown command/);
		expect(app.raw()).not.toContain('\u001B[?1000h');
		await app.type('?');
		await app.waitFor(screen => screen.includes('closes'), 'the help');
		await app.type('G');
		await app.waitFor(screen => /x, Ctrl-c +quit/.test(screen), 'the help showing the bound key');
		await app.type('q');
		await app.waitFor(screen => !screen.includes('closes'), 'q closed the help');
		await app.type('q', 'j');
		await app.waitFor(screen => screen.includes('2 of 42'), 'q no longer quits');
		await app.type('x');
		expect(await app.exited).toBe(0);
	});

	it('keeps the queries chosen with Enter across runs', async () => {
		const first = start();
		await first.waitFor(screen => screen.includes('1 of 42'), 'the first frame');
		await first.type('/', ...'peskov', '\r');
		await first.waitFor(screen => screen.includes('Detail'), 'the result opened');
		await first.type('\u0003');
		await first.exited;
		expect(readFileSync(first.history, 'utf8')).toBe('peskov\n');
		const second = start({state: first.state});
		await second.waitFor(screen => screen.includes('1 of 42'), 'the first frame');
		await second.type('/', '\u0012');
		await second.waitFor(screen => screen.includes('/ peskov▌'), 'the query recalled with Ctrl-r');
	});
});

const keysEscape = '\u001B';
