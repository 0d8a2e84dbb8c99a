import fc from 'fast-check';
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {renderApp, widestLine} from '../helpers/render-app.js';

afterEach(() => cleanup());

// Keys and junk a user, a terminal or a paste can send. Quitting (q, Ctrl-C) is left out: it would end
// the run; its own tests cover it.
const pool = [
	'j', 'k', 'g', 'G', 'n', 'N', '1', '2', '3', '4', '5', '6', '/', '?', 'a', 'z', 'p', 'e', 's', 'v', ' ', 'Q', '김', '👍', 'é',
	'\t', '\u001B[Z', '\r', '\u001B', '\u001B[A', '\u001B[B', '\u001B[C', '\u001B[D', '\u001B[5~', '\u001B[6~', '\u001B[H', '\u001B[F',
	'\u0004', '\u0015', '\u000E', '\u0010', '\u0017', '\u007F', '\u0008', '\u0000', '\u009B', '\u001B[1;5C', '\u001BOP',
	'\u001B]52;c;AAAA\u0007', '\u001B[2J', 'jjjj\r', 'peskv\r', '\u001B\u001B', '\u001B[15~', '\u001B[1;5P', '\u001B[99~', '\u001B[<0;3;4M',
];

function checkInvariants(screen: string, columns: number, rows: number, step: string) {
	expect(widestLine(screen), step).toBeLessThanOrEqual(columns);
	expect(screen.split('\n').length, step).toBeLessThanOrEqual(rows - 1);
	expect(screen, step).not.toMatch(/ERROR|TypeError|RangeError/);
	// Every position marker says a place inside its list.
	for (const [, at, of] of screen.matchAll(/(\d+) of (\d+)║/g)) {
		const position = Number(at);
		const count = Number(of);
		expect(position <= count && (position >= 1 || count === 0), `${step}: ${at} of ${of}`).toBe(true);
	}
	for (const [, from, to, of] of screen.matchAll(/lines (\d+)–(\d+) of (\d+)║/g)) {
		expect(Number(from) >= 1 && Number(from) <= Number(to) && Number(to) <= Number(of), `${step}: lines ${from}–${to} of ${of}`).toBe(true);
	}
	// Some pane, detail, search or help always has the focus.
	expect(screen.includes('◉ ') || screen.includes('terminal too small'), `${step}: no focused pane`).toBe(true);
}

describe('the dashboard under random keys', () => {
	it('keeps selections in their lists, a pane focused and every line inside the terminal', async () => {
		let keys = 0;
		const frames = new Set<string>();
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom([100, 30], [60, 20], [40, 12], [81, 24]),
				fc.array(fc.constantFrom(...pool), {minLength: 150, maxLength: 300}),
				async ([columns, rows], sequence) => {
					const app = renderApp({columns: columns!, rows: rows!});
					await app.waitFor(screen => screen.includes(' of 42'));
					for (const [index, input] of sequence.entries()) {
						app.stdin.write(input);
						keys++;
						// Let Ink read the input and draw before looking at the frame.
						await new Promise(resolve => setImmediate(resolve));
						frames.add(app.frame());
						checkInvariants(app.frame(), columns!, rows!, `${columns}x${rows} after ${JSON.stringify(sequence.slice(0, index + 1).slice(-8))}`);
					}
					app.unmount();
				},
			),
			{numRuns: 12},
		);
		expect(keys).toBeGreaterThan(1500);
		// The screen really moved under the keys: these were not checks of one stale frame.
		expect(frames.size).toBeGreaterThan(300);
	}, 120_000);
});
