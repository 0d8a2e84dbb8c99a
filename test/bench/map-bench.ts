// `npm run bench` (last part): the map pane's frames at 120x40 in a real terminal, through the built CLI.
// The first map frame (6 pressed in a running dashboard: the map's code and boundary data load, then it
// is drawn) and redraws (zoom, pan, fit), with moving a list's selection in the same session as the
// baseline. Medians over several sessions; results in test/bench/map-results.json.
import {mkdtempSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {farEastStory} from '../fixtures/map-story.js';
import {round, startPty, summarise} from './measure.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = path.join(root, 'dist/cli.js');
const sessions = Number(process.argv.find(arg => arg.startsWith('--runs='))?.split('=')[1] ?? 7);
const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'summit-map-bench-')), 'far-east.json');
writeFileSync(file, JSON.stringify(farEastStory));
// Braille dots and the list of places: the map is drawn, not just its "Drawing the map…" frame.
const mapShown = /^(?=[\s\S]*[\u2801-\u28FF])(?=[\s\S]*Places · 3)(?![\s\S]*Drawing the map)/;

const first: number[] = [];
const redraw: number[] = [];
const navigation: number[] = [];
for (let run = 0; run < sessions; run++) {
	const session = startPty(process.execPath, [cli, file]);
	try {
		await session.until(/1 of \d+/, 60_000);
		for (let index = 0; index < 5; index++) navigation.push(await session.keyToFrame(index === 4 ? 'g' : 'j'));
		// Milliseconds since spawn, now: the screen already shows this.
		const sent = await session.until(/1 of \d+/);
		session.keyToFrame('6').catch(() => undefined);
		first.push((await session.until(mapShown, 20_000)) - sent);
		for (const key of ['+', '\u001B[C', '\u001B[B', '-', '0']) redraw.push(await session.keyToFrame(key));
	} finally {
		session.kill();
		await session.exited;
	}
}
const results = {
	measuredAt: new Date().toISOString(),
	terminal: '120x40',
	firstMapFrameMs: summarise(first),
	mapRedrawMs: summarise(redraw),
	listNavigationMs: summarise(navigation),
	firstMapToNavigation: round(summarise(first).median / summarise(navigation).median),
};
writeFileSync(path.join(root, 'test/bench/map-results.json'), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
