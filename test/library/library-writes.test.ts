import {spawnSync} from 'node:child_process';
import {existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync, utimesSync, writeFileSync, writeSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadLibrary} from '../../source/library/catalog.js';
import {createPicker} from '../../source/library/picker-model.js';
import {emptySeenState} from '../../source/library/whats-new.js';
import {lockFileOf, lockFileSync} from '../../source/model/file-lock.js';
import {pickerListLines} from '../../source/ui/picker/picker-lines.js';
import {addToStoryFile} from '../../source/library/save-story.js';
import {parseStoryText} from '../../source/model/load.js';
import {writeFileSafely} from '../../source/fs/write-file-safely.js';
import {storyNamed} from '../helpers/library-stories.js';
import {runCli, temporaryFolder} from '../helpers/run-cli.js';
import {runMain} from '../helpers/run-main.js';

// What the library writes, and what it refuses to write: its own files never through a link or into a
// pipe, a story given back byte for byte but for what is added, the catalog trusted only as a cache.

const update = `Title: Ferry talks resume in Vik
Outlet: Coast Courier
Published: 2025-04-12
URL: https://coast-courier.example/ferry-talks

Ferry talks resume in Vik

Ines Moller said on Saturday that talks with the operator had resumed in Vik.
`;

function setup() {
	const home = temporaryFolder();
	const env = {HOME: home, XDG_CONFIG_HOME: path.join(home, 'config'), XDG_DATA_HOME: path.join(home, 'data'), XDG_STATE_HOME: path.join(home, 'state'), XDG_CACHE_HOME: path.join(home, 'cache')};
	const library = path.join(home, 'data', 'summit-tui', 'stories');
	mkdirSync(library, {recursive: true});
	const articleFile = path.join(home, 'update.txt');
	writeFileSync(articleFile, update);
	return {home, env, library, articleFile, run: (args: string[]) => runMain(args, {env})};
}

/** A pid no process has: one that just ended. */
function deadPid(): number {
	return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'}).stdout);
}

describe('the catalog is a cache, not an authority', () => {
	it('--into ID adds to the file that holds the story, not to the one a hand-edited catalog names', async () => {
		const {library, articleFile, run} = setup();
		writeFileSync(path.join(library, 'a.json'), JSON.stringify(storyNamed('harbour-deal', 'Harbour deal signed')));
		writeFileSync(path.join(library, 'b.json'), JSON.stringify(storyNamed('ferry-strike', 'Ferry strike')));
		expect((await run(['library'])).code).toBe(0);
		// The catalog says a.json is the ferry story (size and time still match the file).
		const catalogFile = path.join(library, '.catalog.json');
		const catalog = JSON.parse(readFileSync(catalogFile, 'utf8'));
		for (const entry of catalog.entries) entry.header.id = entry.file === 'a.json' ? 'ferry-strike' : 'harbour-deal';
		writeFileSync(catalogFile, JSON.stringify(catalog));
		const aBefore = readFileSync(path.join(library, 'a.json'), 'utf8');
		const result = await run(['ingest', articleFile, '--into', 'ferry-strike', '--force']);
		expect(result.code, result.stderr).toBe(0);
		expect(result.stderr).toContain(`in ${path.join(library, 'b.json')}`);
		expect(readFileSync(path.join(library, 'a.json'), 'utf8')).toBe(aBefore);
		expect(parseStoryText(readFileSync(path.join(library, 'b.json'), 'utf8'), 'b').story!.articles).toHaveLength(2);
	}, 60_000);
});

describe('two writers: the lock', () => {
	it('tells the second writer, after a bounded wait, that another summit-tui is updating the story', () => {
		const {library} = setup();
		const file = path.join(library, 'story.json');
		writeFileSync(file, JSON.stringify(storyNamed('harbour-deal', 'Harbour deal signed')));
		const held = lockFileSync(file);
		if ('problem' in held) throw new Error(held.problem.message);
		try {
			const imported = parseStoryText(JSON.stringify(storyNamed('other', 'Other')), 'x').story!;
			const outcome = addToStoryFile(file, imported, {backup: true, maxBytes: 1e6, today: '2025-04-12', waitMs: 200});
			expect(outcome).toEqual({problems: [{file, message: expect.stringMatching(/^another summit-tui is updating it \(process \d+ since [\d:]+ UTC\); try again when it is done \(if no summit-tui is running, remove .*story\.json\.lock\)$/)}], heading: 'nothing written'});
		} finally {
			held.release();
		}
		expect(existsSync(lockFileOf(file))).toBe(false);
	});

	it('breaks a lock left by a process that is gone', () => {
		const {library} = setup();
		const file = path.join(library, 'story.json');
		writeFileSync(lockFileOf(file), JSON.stringify({pid: deadPid(), host: os.hostname(), time: Date.now(), token: 'gone'}));
		const held = lockFileSync(file, {waitMs: 2000});
		expect('release' in held).toBe(true);
		if ('release' in held) held.release();
		expect(existsSync(lockFileOf(file))).toBe(false);
	});

	it('never puts a new file over one that appeared under its name while it was written (a second --save)', () => {
		const folder = temporaryFolder();
		const target = path.join(folder, 'story.json');
		// The other writer's file lands between the check and the end of this write.
		const problem = writeFileSafely(target, 'mine\n', {
			writeChunk: (descriptor, buffer, offset, length) => {
				if (!existsSync(target)) writeFileSync(target, 'theirs\n');
				return writeSync(descriptor, buffer, offset, length);
			},
		});
		expect(problem?.message).toMatch(/appeared while it was being written/);
		expect(readFileSync(target, 'utf8')).toBe('theirs\n');
		expect(readdirSync(folder)).toEqual(['story.json']);
	});
});

describe("the program's own files", () => {
	it('a link at .catalog.json: `library` never writes through it', async () => {
		const {home, library, run} = setup();
		writeFileSync(path.join(library, 'a.json'), JSON.stringify(storyNamed('harbour-deal', 'Harbour deal signed')));
		const elsewhere = path.join(home, 'precious.txt');
		writeFileSync(elsewhere, 'precious\n');
		symlinkSync(elsewhere, path.join(library, '.catalog.json'));
		const result = await run(['library']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Harbour deal signed');
		expect(readFileSync(elsewhere, 'utf8')).toBe('precious\n');
		expect(lstatSync(path.join(library, '.catalog.json')).isSymbolicLink()).toBe(true);
	});

	it('a link at STORY.json.bak: --into writes nothing through it and says why', async () => {
		const {home, library, articleFile, run} = setup();
		const file = path.join(library, 'story.json');
		writeFileSync(file, JSON.stringify(storyNamed('harbour-deal', 'Harbour deal signed')));
		const elsewhere = path.join(home, 'precious.txt');
		writeFileSync(elsewhere, 'precious\n');
		symlinkSync(elsewhere, `${file}.bak`);
		const before = readFileSync(file, 'utf8');
		const result = await run(['ingest', articleFile, '--into', file, '--force']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(`summit-tui: nothing written: ${file}.bak: is a symbolic link; summit-tui never writes its own files through a link`);
		expect(readFileSync(elsewhere, 'utf8')).toBe('precious\n');
		expect(readFileSync(file, 'utf8')).toBe(before);
	}, 60_000);

	it('a FIFO at .catalog.json or STORY.json.bak: `library` and --into finish with a message, no hang', () => {
		const {env, library, articleFile} = setup();
		const file = path.join(library, 'story.json');
		writeFileSync(file, JSON.stringify(storyNamed('harbour-deal', 'Harbour deal signed')));
		for (const fifo of [path.join(library, '.catalog.json'), `${file}.bak`]) expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
		// A hang ends in runCli's time limit, with no exit code.
		const listing = runCli(['library'], {env});
		expect(listing.code).toBe(0);
		expect(listing.stdout).toContain('Harbour deal signed');
		const into = runCli(['ingest', articleFile, '--into', file, '--force'], {env});
		expect(into.code).toBe(1);
		expect(into.stderr).toContain(`${file}.bak: is a named pipe; summit-tui keeps its own files only as regular files`);
	}, 60_000);
});

describe('file times outside what a date can hold', () => {
	it('`library` lists a story whose file time is past the year 275760 (tmpfs) as updated at an unknown time', async context => {
		if (!existsSync('/dev/shm')) context.skip('no tmpfs at /dev/shm here');
		const folder = temporaryFolderIn('/dev/shm');
		const file = path.join(folder, 'far.json');
		writeFileSync(file, JSON.stringify(storyNamed('far-future', 'From the far future')));
		utimesSync(file, 1, 9.5e12);
		if (!(lstatSync(file).mtimeMs > 8.64e15)) context.skip('this file system cannot hold such a time');
		const {env} = setup();
		const listing = await runMain(['library', '--library', folder], {env});
		expect(listing.stderr).toBe('');
		expect(listing.stdout).toMatch(/^unknown {2}From the far future/);
		const json = await runMain(['library', '--library', folder, '--json'], {env});
		expect(JSON.parse(json.stdout)[0].updated).toBeNull();
		const picker = createPicker(await loadLibrary(folder, {cache: path.join(env.XDG_CACHE_HOME, 'summit-tui')}), emptySeenState());
		expect(pickerListLines(picker, 0, 120, 10).flatMap(line => line.cells.map(cell => cell.text)).join('')).toContain('updated unknown');
	});
});

function temporaryFolderIn(parent: string): string {
	const folder = path.join(parent, `summit-tui-test-${process.pid}-${Math.random().toString(36).slice(2)}`);
	mkdirSync(folder);
	return folder;
}

describe('problem headings', () => {
	it('are punctuated once: one colon, one count', async () => {
		const {home, articleFile, run} = setup();
		const notAFolder = await run(['library', '--library', '/dev/null']);
		expect(notAFolder.stderr).toBe('summit-tui: cannot open the library: /dev/null: is not a folder\n');
		const broken = path.join(home, 'broken.json');
		writeFileSync(broken, JSON.stringify({...storyNamed('x', 'X'), events: [{id: 'a'}], quotes: [{id: 'b'}]}));
		const twoProblems = await run(['ingest', articleFile, '--into', broken]);
		expect(twoProblems.stderr).toMatch(/^summit-tui: cannot add to the story \(\d+ problems\):\n {2}/);
		expect(twoProblems.stderr).not.toMatch(/problems\):.*problems\)/);
		const existing = path.join(home, 'existing.json');
		writeFileSync(existing, '{}');
		const refused = await run(['ingest', articleFile, '-o', existing]);
		expect(refused.stderr).toMatch(/^summit-tui: nothing written: .*existing\.json: already exists/);
		expect(`${notAFolder.stderr}${twoProblems.stderr}${refused.stderr}`).not.toContain('::');
	}, 60_000);
});

describe('--into a file that is not a regular file', () => {
	it('a named pipe as the story: refused at once, never read', async () => {
		const {home, articleFile, run} = setup();
		const fifo = path.join(home, 'story.json');
		expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
		const result = await run(['ingest', articleFile, '--into', fifo]);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe(`summit-tui: cannot add to the story: ${fifo}: is a named pipe; --into adds to a story file\n`);
	}, 60_000);
});
