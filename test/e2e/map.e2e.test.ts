import {mkdtempSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {farEastStory} from '../fixtures/map-story.js';
import {startCli, type CliSession} from './pty-harness.js';

// The map pane in a real terminal, through the built CLI: the boundary data is read from beside the
// bundle, the braille drawing fits the terminal, and zoom, pan and fit redraw it.

let session: CliSession | undefined;
afterEach(() => {
	session?.kill();
	session = undefined;
});

const storyFile = () => {
	const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'summit-map-')), 'far-east.json');
	writeFileSync(file, JSON.stringify(farEastStory));
	return file;
};
const drawn = (screen: string) => /[\u2801-\u28FF]/.test(screen) && screen.includes('Places · 3') && !screen.includes('Drawing the map');

describe('the map pane in a real terminal', {timeout: 60_000}, () => {
	for (const size of [
		{columns: 80, rows: 24},
		{columns: 120, rows: 40},
	]) {
		it(`draws the places at ${size.columns}x${size.rows}, and zooms, pans and fits again`, async () => {
			session = startCli([storyFile()], size);
			await session.waitFor(screen => screen.includes('1 of 42'), 'the first frame');
			session.type('6');
			const fitted = await session.waitFor(drawn, 'the map');
			for (const name of ['Pyongyang', 'Khasan', 'Vladivostok']) expect(fitted).toContain(name);
			expect(session.wrappedRows(), 'no line wider than the terminal').toEqual([]);

			session.type('+');
			const zoomed = await session.waitFor(screen => screen.includes('×1.5'), 'zoomed in');
			expect(zoomed).not.toBe(fitted);
			session.type('\u001B[C');
			const panned = await session.waitFor(screen => screen !== zoomed && screen.includes('×1.5'), 'panned east');
			expect(session.wrappedRows()).toEqual([]);
			session.type('0');
			const again = await session.waitFor(screen => !screen.includes('×') && drawn(screen), 'fitted again');
			expect(again).toBe(fitted);
			expect(panned).not.toBe(again);
			session.type('q');
			expect((await session.exited()).exitCode).toBe(0);
		});
	}
});
