import {spawn} from 'node:child_process';
import {mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseStoryText} from '../../source/model/load.js';
import {cliPath, temporaryFolder} from '../helpers/run-cli.js';

// Several summit-tui processes writing one library at once, as a feed refresh in one window and an
// import in another would: the built CLI, spawned together, the race repeated. Every article lands, or
// a writer is told; nothing is lost in silence.

function environment(home: string) {
	return {
		...process.env,
		NO_COLOR: '1',
		HOME: home,
		XDG_CONFIG_HOME: path.join(home, 'config'),
		XDG_DATA_HOME: path.join(home, 'data'),
		XDG_STATE_HOME: path.join(home, 'state'),
		XDG_CACHE_HOME: path.join(home, 'cache'),
	};
}

/** The built CLI as a process of its own; resolves when it ends, with what it said. */
function start(args: string[], home: string): Promise<{code: number | null; stderr: string}> {
	return new Promise(resolve => {
		const child = spawn(process.execPath, [cliPath, ...args], {env: environment(home), stdio: ['ignore', 'ignore', 'pipe']});
		let stderr = '';
		child.stderr.on('data', chunk => (stderr += chunk));
		child.on('close', code => resolve({code, stderr}));
	});
}

/** An article of its own: its own title, address and words, so that merging keeps it apart. */
function article(home: string, name: string, round: number, index: number): string {
	const file = path.join(home, `${name}.txt`);
	const places = ['Vik', 'Lunden', 'Sandnes', 'Mora', 'Kiruna', 'Bodo'];
	writeFileSync(
		file,
		`Title: Ferry report ${round}-${index} from ${places[index % places.length]}
Outlet: Outlet ${index}
Published: 2025-04-1${index % 10}
URL: https://outlet-${index}.example/report-${round}-${index}

Ferry report ${round}-${index} from ${places[index % places.length]}

Crews in ${places[index % places.length]} met on Friday for round ${round} of talks, report ${index} says.
`,
	);
	return file;
}

const storyFiles = (folder: string) => readdirSync(folder).filter(name => name.endsWith('.json') && !name.startsWith('.'));

describe('the file lock, between processes', () => {
	it('lets one process at a time through: many processes adding to one counter lose no addition', async () => {
		const folder = temporaryFolder();
		// The lock module as plain JavaScript, so that each process starts in a blink (node, no loader).
		const {transformSync} = await import('esbuild');
		const lockModule = path.join(folder, 'file-lock.mjs');
		writeFileSync(lockModule, transformSync(readFileSync(new URL('../../source/model/file-lock.ts', import.meta.url), 'utf8'), {loader: 'ts', format: 'esm'}).code);
		const counter = path.join(folder, 'counter');
		writeFileSync(counter, '0');
		const child = path.join(folder, 'child.mjs');
		writeFileSync(
			child,
			`import {readFileSync, writeFileSync} from 'node:fs';
import {withFileLockSync} from ${JSON.stringify(lockModule)};
for (let round = 0; round < 40; round++) {
	const done = withFileLockSync(${JSON.stringify(counter)}, () => {
		const value = Number(readFileSync(${JSON.stringify(counter)}, 'utf8'));
		// Read, yield the processor, write: the window in which an unlocked writer loses an update.
		Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
		writeFileSync(${JSON.stringify(counter)}, String(value + 1));
	}, {waitMs: 60000});
	if ('problem' in done) { console.error(done.problem.message); process.exit(1); }
}
`,
		);
		const processes = 6;
		const codes = await Promise.all(
			Array.from({length: processes}, () => new Promise<number | null>(resolve => spawn(process.execPath, [child], {stdio: 'inherit'}).on('close', resolve))),
		);
		expect(codes).toEqual(Array.from({length: processes}, () => 0));
		expect(readFileSync(counter, 'utf8')).toBe(String(processes * 40));
		expect(readdirSync(folder).filter(name => name.includes('.lock'))).toEqual([]);
	}, 60_000);
});

describe('two writers at once', () => {
	it('ingest --into from several processes at once: every article lands in the story, every time', async () => {
		const home = temporaryFolder();
		const library = path.join(home, 'data', 'summit-tui', 'stories');
		const first = await start(['ingest', article(home, 'first', 0, 0), '--save'], home);
		expect(first.code, first.stderr).toBe(0);
		const [name] = storyFiles(library);
		const file = path.join(library, name!);
		const writers = 3;
		const rounds = 2;
		for (let round = 1; round <= rounds; round++) {
			const results = await Promise.all(Array.from({length: writers}, (_, index) => start(['ingest', article(home, `r${round}-${index}`, round, index + 1), '--into', file, '--force'], home)));
			for (const result of results) expect(result.code, result.stderr).toBe(0);
		}
		const story = parseStoryText(readFileSync(file, 'utf8'), file).story!;
		// The first article and one from each writer of each round.
		expect(story.articles).toHaveLength(1 + writers * rounds);
		expect(readdirSync(library).filter(entry => entry.endsWith('.lock'))).toEqual([]);
	}, 120_000);

	it('ingest --save of one story from several processes at once: as many stories, each under its own id and file', async () => {
		const home = temporaryFolder();
		const library = path.join(home, 'data', 'summit-tui', 'stories');
		mkdirSync(library, {recursive: true});
		const same = article(home, 'same', 0, 1);
		const savers = 3;
		for (let round = 0; round < 1; round++) {
			const results = await Promise.all(Array.from({length: savers}, () => start(['ingest', same, '--save'], home)));
			for (const result of results) expect(result.code, result.stderr).toBe(0);
		}
		const files = storyFiles(library);
		expect(files).toHaveLength(savers);
		const ids = files.map(name => parseStoryText(readFileSync(path.join(library, name), 'utf8'), name).story!.story.id);
		expect(new Set(ids).size).toBe(savers);
	}, 120_000);
});
