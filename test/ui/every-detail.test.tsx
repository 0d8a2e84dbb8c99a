import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {listPanes, paneNumber} from '../../source/ui/layout.js';
import {bundledPanes as panes, expectedLines, showsFirstLine, showsLastLine} from '../helpers/detail-screen.js';
import {keys, renderApp, widestLine} from '../helpers/render-app.js';

// Every detail and reader of the bundled story, scrolled from its first line to its last: no line of
// a document is lost to the frame, at the two sizes where the chrome takes the most room. Rendered in
// process (the frames are Ink's own); the pseudo-terminal test in e2e/dashboard-reading scrolls one
// detail the same way, where a real terminal could show the frames differently.

afterEach(() => cleanup());

describe('every detail of the bundled story (ink-testing-library)', () => {
	for (const [columns, rows] of [[80, 24], [60, 20]] as const) {
		it(`scrolls every detail from its first line to its last at ${columns}x${rows}, inside the terminal`, async () => {
			const app = renderApp({columns, rows});
			await app.waitFor(screen => screen.includes('1 of 42'), 'the first frame');
			const inside = (screen: string, what: string) => {
				expect(widestLine(screen), `${what}: widest line`).toBeLessThanOrEqual(columns);
				expect(screen.split('\n').length, `${what}: lines drawn`).toBeLessThanOrEqual(rows - 1);
			};
			let opened = 0;
			for (const pane of listPanes) {
				app.stdin.write(String(paneNumber(pane)));
				app.stdin.write('g');
				for (const [index, id] of panes[pane].ids.entries()) {
					const expected = expectedLines(id, columns);
					const what = `${pane} item ${index + 1} (${id}) at ${columns}x${rows}`;
					app.stdin.write(keys.enter);
					inside(await app.waitFor(screen => showsFirstLine(screen, expected), `the top of ${what}`), what);
					app.stdin.write('G');
					inside(await app.waitFor(screen => showsLastLine(screen, expected), `the last line of ${what}`), what);
					app.stdin.write(keys.escape);
					await app.waitFor(screen => !/◉ (Detail|Reader) /.test(screen) && screen.includes(`${index + 1} of ${panes[pane].ids.length}`), `back in the list after ${what}`);
					app.stdin.write('j');
					opened++;
				}
			}
			expect(opened).toBe(listPanes.reduce((sum, pane) => sum + panes[pane].ids.length, 0));
			app.unmount();
		}, 60_000);
	}
});
