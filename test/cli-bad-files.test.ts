import {spawnSync} from 'node:child_process';
import {chmodSync, mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {minimalStory} from './fixtures/minimal-story.js';
import {cliPath, runCli, temporaryFolder} from './helpers/run-cli.js';
import {runMain} from './helpers/run-main.js';

const folder = temporaryFolder();
chmodSync(folder, 0o755);
const file = (name: string, content: string | Buffer) => {
	const target = path.join(folder, name);
	writeFileSync(target, content);
	return target;
};
const story = (change: (story: any) => void) => {
	const value = minimalStory() as any;
	change(value);
	return JSON.stringify(value, null, 2);
};

/** The CLI's answer must name the file, say what is wrong, exit 1 and show no stack trace. */
function expectRefused(result: ReturnType<typeof runCli>, target: string, message: RegExp) {
	expect(result.code).toBe(1);
	expect(result.stderr).toContain(target);
	expect(result.stderr).toMatch(message);
	expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
	expect(result.stdout).toBe('');
}

describe('every bad story file gets a precise message through the real CLI', () => {
	it('a missing file', async () => {
		const target = path.join(folder, 'absent.json');
		expectRefused(await runMain([target, '--plain']), target, /absent\.json: no such file/);
	});

	it('a directory given as a file', async () => {
		const target = path.join(folder, 'a-folder');
		mkdirSync(target);
		expectRefused(await runMain([target, '--plain']), target, /is a directory, not a story file/);
	});

	it('a file it may not read', () => {
		const target = file('locked.json', JSON.stringify(minimalStory()));
		chmodSync(target, 0o000);
		// Root reads anything; run as an unprivileged user where the tests run as root.
		const asNobody = process.getuid?.() === 0 ? {uid: 65534, gid: 65534} : {};
		const result = spawnSync(process.execPath, [cliPath, target, '--plain'], {encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}, ...asNobody});
		expectRefused({code: result.status, stdout: result.stdout, stderr: result.stderr}, target, /locked\.json: permission denied/);
	});

	it('an empty file', async () => {
		const target = file('empty.json', '');
		expectRefused(await runMain([target, '--plain']), target, /file is empty/);
	});

	it('invalid UTF-8', async () => {
		const target = file('latin1.json', Buffer.from('{"story": "caf\xe9"}', 'latin1'));
		expectRefused(await runMain([target, '--plain']), target, /is not valid UTF-8 text/);
	});

	it('a UTF-8 byte order mark is accepted', async () => {
		const target = file('bom.json', `\uFEFF${JSON.stringify(minimalStory())}`);
		const result = await runMain(['validate', target]);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(`ok    ${target}`);
	});

	it('binary data', async () => {
		const target = file('image.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
		expectRefused(await runMain([target, '--plain']), target, /looks like binary data/);
	});

	it('malformed JSON, with line, column and a caret under the spot', async () => {
		const target = file('malformed.json', '{\n  "schemaVersion": 1,\n  "story": {"id": "x" "title": "t"}\n}\n');
		const result = await runMain([target, '--plain']);
		// Column 23 is the quote that opens "title", where a comma was due.
		expectRefused(result, target, /line 3, column 23: malformed JSON: expected "," between items/);
		expect(result.stderr).toContain(`\n      "story": {"id": "x" "title": "t"}\n    ${' '.repeat(22)}^\n`);
	});

	it('the wrong top-level type', async () => {
		const target = file('array.json', '[{"schemaVersion": 1}]');
		expectRefused(await runMain([target, '--plain']), target, /\$: expected a story object at the top level, found an array/);
	});

	it('an unknown schemaVersion', async () => {
		const target = file('future.json', story(value => (value.schemaVersion = 7)));
		expectRefused(await runMain([target, '--plain']), target, /\$\.schemaVersion: unknown schemaVersion 7: this summit-tui reads schemaVersion 1/);
	});

	it('missing and wrongly typed fields, by JSON path', async () => {
		const target = file('fields.json', story(value => {
			delete value.story.title;
			value.people[1].aliases = 'Okoro';
		}));
		const result = await runMain([target, '--plain']);
		expectRefused(result, target, /\$\.story\.title: .*expected string/);
		expect(result.stderr).toMatch(/\$\.people\[1\]\.aliases: .*expected array/);
	});

	it('duplicate ids', async () => {
		const target = file('duplicates.json', story(value => (value.facts[0].id = 'event-later')));
		expectRefused(await runMain([target, '--plain']), target, /\$\.events\[0\]\.id: duplicate id "event-later" \(first used at \$\.facts\[0\]\.id\)/);
	});

	it('dangling references', async () => {
		const target = file('dangling.json', story(value => (value.events[0].involves = ['nobody-at-all'])));
		expectRefused(await runMain([target, '--plain']), target, /\$\.events\[0\]\.involves\[0\]: "nobody-at-all" is not the id of any person, organisation or place/);
	});

	it('impossible dates', async () => {
		const target = file('dates.json', story(value => (value.events[0].date = '2023-02-30')));
		expectRefused(await runMain([target, '--plain']), target, /\$\.events\[0\]\.date: "2023-02-30" is not a real calendar date/);
	});

	it('a file over the size limit, saying how to raise it', async () => {
		const target = file('large.json', JSON.stringify(minimalStory()));
		const result = await runMain([target, '--plain', '--max-size', '1K']);
		expectRefused(result, target, /over the 1\.0 KiB limit \(raise it with --max-size, e\.g\. --max-size 2M\)/);
		expect((await runMain([target, '--plain', '--max-size', '2M'])).code).toBe(0);
	});

	it('pathologically deep nesting', async () => {
		const target = file('deep.json', `${'['.repeat(50_000)}${']'.repeat(50_000)}`);
		expectRefused(await runMain([target, '--plain']), target, /nested too deeply|nested (more than )?\d+ levels deep/);
	});

	it('several bad files are reported together', async () => {
		const result = await runMain([path.join(folder, 'absent.json'), file('empty2.json', ''), file('fine.json', JSON.stringify(minimalStory())), '--plain']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('cannot load story data (2 problems)');
	});
});

describe('internal errors', () => {
	it('are one line without --debug, and a stack trace with it', async () => {
		const plain = await runMain(['--plain'], {env: {SUMMIT_TUI_FAULT: 'cli'}});
		expect(plain.code).toBe(1);
		expect(plain.stderr).toBe('summit-tui: internal error: injected fault (SUMMIT_TUI_FAULT=cli) (run with --debug for details)\n');
		const debug = await runMain(['--plain', '--debug'], {env: {SUMMIT_TUI_FAULT: 'cli'}});
		expect(debug.stderr).toMatch(/Error: injected fault[\s\S]*\n\s+at /);
		const viaEnv = await runMain(['--plain'], {env: {SUMMIT_TUI_FAULT: 'cli', DEBUG: 'summit-tui'}});
		expect(viaEnv.stderr).toMatch(/\n\s+at /);
	});
});

describe('writing output files', () => {
	it('writes --json to a file, refuses to replace it without --force, and never writes onto an input', async () => {
		const target = path.join(folder, 'story-out.json');
		expect((await runMain(['--json', '-o', target])).code).toBe(0);
		expect((await runMain(['validate', target])).code).toBe(0);
		const again = await runMain(['--json', '-o', target]);
		expect(again.code).toBe(1);
		expect(again.stderr).toContain(`${target}: already exists; add --force to replace it`);
		expect((await runMain(['--markdown', '-o', target, '--force'])).code).toBe(0);
		const input = file('input.json', JSON.stringify(minimalStory()));
		const onto = await runMain([input, '--json', '-o', input, '--force']);
		expect(onto.code).toBe(1);
		expect(onto.stderr).toContain('is one of the files being read');
	});
});
