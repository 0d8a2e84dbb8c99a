import {spawnSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseStoryText} from '../source/model/load.js';
import {minimalStory} from './fixtures/minimal-story.js';
import {cliPath, runCli, temporaryFolder} from './helpers/run-cli.js';
import {runMain} from './helpers/run-main.js';

const folder = temporaryFolder();

describe('summit-tui (the built CLI, without a terminal)', () => {
	it('prints the plain report when stdout is not a terminal', async () => {
		const result = await runMain([]);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^Kim Jong Un travels to Russia/);
		expect(result.stdout).toContain('KEY FACTS');
	});

	it('--json prints the normalised story, which loads back', async () => {
		const result = await runMain(['--json']);
		expect(result.code).toBe(0);
		const again = parseStoryText(result.stdout, 'stdout');
		expect(again.problems).toEqual([]);
		expect(again.story!.people.map(person => person.name)).toContain('Dmitry Peskov');
	});

	it('search peskv puts Dmitry Peskov on the first line', async () => {
		const result = await runMain(['search', 'peskv']);
		expect(result.code).toBe(0);
		expect(result.stdout.split('\n')[0]).toMatch(/^person\s+Dmitry Peskov\s+#dmitry-peskov$/);
	});

	it('search --json --limit gives ranked hits as JSON', async () => {
		const result = await runMain(['search', 'vladivostock', '--json', '--limit', '3']);
		const hits = JSON.parse(result.stdout);
		expect(hits).toHaveLength(3);
		expect(hits[0]).toMatchObject({id: 'vladivostok', kind: 'place', label: 'Vladivostok'});
	});

	it('search exits 1 with a short message when nothing matches', async () => {
		const result = await runMain(['search', 'xylophone zebra']);
		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toBe('summit-tui: nothing matches "xylophone zebra"\n');
	});

	it('validate passes the bundled story with a one-line summary', async () => {
		const result = await runMain(['validate', 'data/kim-putin-2023.json']);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^ok {4}data\/kim-putin-2023\.json: 7 people · \d+ organisations/);
	});

	it('validate names the file, the JSON path and the reason for each problem', async () => {
		const story = minimalStory() as any;
		story.events[0].date = '2023-02-30';
		story.quotes[0].speaker = 'nobody';
		const file = path.join(folder, 'broken.json');
		writeFileSync(file, JSON.stringify(story));
		const result = await runMain(['validate', file]);
		expect(result.code).toBe(1);
		expect(result.stdout).toContain(`FAIL  ${file}: 2 problems`);
		expect(result.stdout).toContain(`${file}: $.events[0].date: "2023-02-30" is not a real calendar date`);
		expect(result.stdout).toContain(`${file}: $.quotes[0].speaker: "nobody" is not the id of any person, organisation or place`);
		expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
	});

	it('loading a malformed file reports line and column, exit 1, no stack trace', async () => {
		const file = path.join(folder, 'malformed.json');
		writeFileSync(file, '{\n  "schemaVersion": 1,\n  "story": {,\n}');
		const result = await runMain([file, '--plain']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(`${file}: line 3, column 13: malformed JSON`);
		expect(result.stderr).not.toMatch(/\n\s+at /);
	});

	it('reports a missing file and a folder given as a file together', async () => {
		const result = await runMain([path.join(folder, 'absent.json'), folder, '--plain']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('absent.json: no such file');
		expect(result.stderr).toContain(`${folder}: is a directory`);
	});

	it('reads every story in --data DIR', async () => {
		const dataFolder = temporaryFolder();
		writeFileSync(path.join(dataFolder, 'a.json'), JSON.stringify(minimalStory()));
		const result = await runMain(['--data', dataFolder, 'search', 'okoro']);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^person\s+Ben Okoro/);
	});

	it('validates an edited copy of the bundled story in full, however close to the original', async () => {
		// The build's cache of validated stories is keyed by the exact bytes; one changed byte misses it.
		const original = readFileSync('data/kim-putin-2023.json', 'utf8');
		const edited = path.join(folder, 'edited.json');
		writeFileSync(edited, original.replace('"date": "2019-04-25"', '"date": "2019-04-31"'));
		const result = await runMain([edited, '--plain']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('"2019-04-31" is not a real calendar date');
	});

	it('exits 2 with a hint on bad usage', async () => {
		for (const args of [['--bogus'], ['search'], ['validate'], ['--plain', '--json'], ['search', 'x', '--limit', '0']]) {
			const result = await runMain(args);
			expect(result.code, args.join(' ')).toBe(2);
			expect(result.stderr.length, args.join(' ')).toBeGreaterThan(0);
		}
	});

	it('--help teaches the commands and --version prints the version', async () => {
		const help = await runMain(['--help']);
		expect(help.code).toBe(0);
		for (const word of ['search QUERY', 'validate FILE', '--plain', '--markdown', '--json', '--data DIR', '--no-color']) expect(help.stdout).toContain(word);
		// The built CLI carries the package's version, and prints only that.
		const {version} = JSON.parse(readFileSync('package.json', 'utf8')) as {version: string};
		expect(runCli(['--version']).stdout).toBe(`${version}\n`);
		expect((await runMain(['-h'])).stdout).toBe(help.stdout);
	});

	it('keeps its own exit status when the reader closes the pipe early: validate of a broken file is 1', () => {
		const story = minimalStory() as any;
		story.facts = Array.from({length: 3000}, () => ({...story.facts[0]}));
		const file = path.join(folder, 'duplicates.json');
		writeFileSync(file, JSON.stringify(story));
		const result = spawnSync('bash', ['-c', `node ${JSON.stringify(cliPath)} validate ${JSON.stringify(file)} | head -1; exit \${PIPESTATUS[0]}`], {encoding: 'utf8'});
		expect(result.stdout).toMatch(/^FAIL {2}/);
		expect(result.status).toBe(1);
	});

	it('does not crash when the reader closes the pipe early (| head -1)', () => {
		const result = spawnSync('bash', ['-c', `set -o pipefail; node ${JSON.stringify(cliPath)} --plain | head -1`], {encoding: 'utf8'});
		expect(result.stdout).toMatch(/^Kim Jong Un travels/);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
	});
});
