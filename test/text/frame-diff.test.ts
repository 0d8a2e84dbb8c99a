import {Writable} from 'node:stream';
import xterm from '@xterm/headless';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
// Ink's own frame writer, which the bundle wraps (source/build-plugins.mjs); Ink's exports do not name the file.
import inkLogUpdate from '../../node_modules/ink/build/log-update.js';
import {frameDiff} from '../../source/text/frame-diff.js';
import {lineDiffLogUpdate} from '../../source/text/ink-log-update-bundled.js';

const {Terminal} = xterm;
const columns = 30;
const rows = 8;

/** A terminal emulator fed by a stream, and what was written to it. */
function screenStream() {
	// convertEol: a newline returns to the line's start, as the terminal's own ONLCR does for Ink's raw mode.
	const terminal = new Terminal({cols: columns, rows, allowProposedApi: true, convertEol: true});
	let bytes = 0;
	const pending: Array<Promise<void>> = [];
	const stream = new Writable({
		write(chunk: Buffer, _encoding, done) {
			bytes += chunk.length;
			pending.push(new Promise(resolve => terminal.write(chunk, resolve)));
			done();
		},
	});
	// Each cell's character and the attributes the dashboard uses.
	const cells = async () => {
		await Promise.all(pending);
		const buffer = terminal.buffer.active;
		const text: string[] = [];
		for (let row = 0; row < rows; row++) {
			const line = buffer.getLine(row)!;
			for (let column = 0; column < columns; column++) {
				const cell = line.getCell(column)!;
				text.push(`${cell.getChars() || ' '}/${cell.getFgColorMode()}:${cell.getFgColor()}/${cell.getBgColorMode()}:${cell.getBgColor()}/${cell.isBold()}/${cell.isDim()}/${cell.isInverse()}/${cell.getWidth()}`);
			}
		}
		return text.join('|');
	};
	return {stream, cells, bytes: () => bytes};
}

// Invented frame lines: plain, coloured, bold, inverse, wide characters, lines as wide as the terminal;
// each closes its styles at its end, as every row of Ink's Output does.
const piece = fc.constantFrom('a', 'b', ' ', '  ', '─', '│', '北', '김', 'é', 'ж', 'e\u0301', '🙂', '\u001B[33ma\u001B[39m', '\u001B[1mB\u001B[22m', '\u001B[7m x \u001B[27m', '\u001B[38;5;208mq\u001B[39m', '\u001B[38;2;1;2;3m北\u001B[39m', '\u001B[41m \u001B[49m', '\u001B[2md\u001B[22m', '\u001B[1;36mc', '\u001B[0m', '\u001B[m', '\u001B[90m');
const line = fc.oneof(
	fc.array(piece, {maxLength: 12}).map(parts => `${parts.join('')}\u001B[0m`),
	// As wide as the terminal: a pane's border in its last column.
	fc.array(fc.constantFrom('a', 'b', '─'), {minLength: columns - 1, maxLength: columns - 1}).map(parts => `${parts.join('')}│`),
);
const frame = (height: number) => fc.array(line, {minLength: height, maxLength: height}).map(lines => `${lines.join('\n')}\n`);
const frames = fc.integer({min: 1, max: rows - 1}).chain(height => fc.array(fc.oneof(frame(height), frame(Math.max(1, height - 1))), {minLength: 2, maxLength: 6}));

describe('writing only the lines of a frame that changed', () => {
	it("leaves the screen as Ink's writer does, writing each frame whole, for any frames", {timeout: 120_000}, async () => {
		await fc.assert(
			fc.asyncProperty(frames, async sequence => {
				const whole = screenStream();
				const diffed = screenStream();
				const ink = inkLogUpdate.create(whole.stream);
				const lineDiff = lineDiffLogUpdate(inkLogUpdate.create(diffed.stream), diffed.stream);
				for (const text of sequence) {
					ink(text);
					lineDiff(text);
					expect(await diffed.cells()).toBe(await whole.cells());
				}
			}),
			{numRuns: 200},
		);
	});

	it('writes a change in one pane of lines shared by panes as that pane\'s columns', async () => {
		const lines = Array.from({length: rows - 1}, (_, row) => `│ left ${row} │ right ${row} ${'─'.repeat(columns - 20)}│`);
		const diffed = screenStream();
		const write = lineDiffLogUpdate(inkLogUpdate.create(diffed.stream), diffed.stream);
		write(`${lines.join('\n')}\n`);
		const whole = diffed.bytes();
		const changed = lines.map(line => line.replace('left', '\u001B[7mLEFT\u001B[27m'));
		write(`${changed.join('\n')}\n`);
		expect(diffed.bytes() - whole).toBeLessThan(whole / 2);
		const expected = screenStream();
		inkLogUpdate.create(expected.stream)(`${changed.join('\n')}\n`);
		expect(await diffed.cells()).toBe(await expected.cells());
	});

	it('writes a move of one line as that line, not the whole frame', async () => {
		const lines = Array.from({length: rows - 1}, (_, row) => `│ row ${row} ${'─'.repeat(columns - 10)}│`);
		const diffed = screenStream();
		const write = lineDiffLogUpdate(inkLogUpdate.create(diffed.stream), diffed.stream);
		write(`${lines.join('\n')}\n`);
		const whole = diffed.bytes();
		lines[3] = `\u001B[7m${lines[3]}\u001B[27m`;
		write(`${lines.join('\n')}\n`);
		expect(diffed.bytes() - whole).toBeLessThan(whole / 3);
	});

	it("keeps the last column of a changed line as wide as the terminal (Ink's incremental writer erases it)", async () => {
		const first = `${'a'.repeat(columns - 1)}│\n${'b'.repeat(columns - 1)}│\n`;
		const second = `${'c'.repeat(columns - 1)}│\n${'b'.repeat(columns - 1)}│\n`;
		const diffed = screenStream();
		const write = lineDiffLogUpdate(inkLogUpdate.create(diffed.stream), diffed.stream);
		write(first);
		write(second);
		const expected = screenStream();
		inkLogUpdate.create(expected.stream)(second);
		expect(await diffed.cells()).toBe(await expected.cells());
	});

	it('writes the whole frame again after a clear (a suspend and resume) and after a resize', async () => {
		const lines = Array.from({length: rows - 1}, (_, row) => `row ${row} ${'-'.repeat(20)}`);
		const frameText = (mark: string) => `${lines.map(line => `${line} ${mark}`).join('\n')}\n`;
		for (const interrupt of ['clear', 'resize'] as const) {
			const diffed = screenStream();
			const write = lineDiffLogUpdate(inkLogUpdate.create(diffed.stream), diffed.stream);
			write(frameText('a'));
			if (interrupt === 'clear') write.clear();
			else diffed.stream.emit('resize');
			const before = diffed.bytes();
			write(frameText('b'));
			// Every line whole, from its start.
			expect(diffed.bytes() - before, interrupt).toBeGreaterThanOrEqual(frameText('b').length);
			const expected = screenStream();
			inkLogUpdate.create(expected.stream)(frameText('b'));
			expect(await diffed.cells(), interrupt).toBe(await expected.cells());
		}
	});

	it('says nothing changed for the same frame, and leaves frames of another height to the whole writer', () => {
		expect(frameDiff(['a', 'b', ''], ['a', 'b', ''])).toBe('');
		expect(frameDiff(['a', ''], ['a', 'b', ''])).toBeUndefined();
		expect(frameDiff(['a', 'b'], ['a', 'c'])).toBeUndefined();
	});
});
