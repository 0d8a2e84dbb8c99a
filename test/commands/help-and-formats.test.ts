import {describe, expect, it} from 'vitest';
import {runMain} from '../helpers/run-main.js';

describe('summit-tui help', () => {
	it('is the help, not a file named "help"', async () => {
		const [help, long] = await Promise.all([runMain(['help']), runMain(['--help'])]);
		expect(help.code).toBe(0);
		expect(help.stdout).toBe(long.stdout);
		expect(help.stdout).toContain('$ summit-tui ingest ARTICLE');
	});

	it('help ingest and ingest --help print the one command, with its own options only', async () => {
		const [named, flagged] = await Promise.all([runMain(['help', 'ingest']), runMain(['ingest', '--help'])]);
		expect(named.code).toBe(0);
		expect(named.stdout).toBe(flagged.stdout);
		expect(named.stdout).toMatch(/^Usage\n {2}\$ summit-tui ingest ARTICLE/);
		expect(named.stdout).toContain('--into FILE|ID');
		expect(named.stdout).not.toContain('--limit');
	});

	it('suggests the command meant, with exit 2', async () => {
		const result = await runMain(['help', 'serch']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain("unknown command 'serch'; did you mean 'search'?");
	});
});

describe('an option the command does not take', () => {
	it('is refused with exit 2, saying what the command does and which commands take it', async () => {
		const result = await runMain(['show', 'dmitry-peskov', '--limit', '3']);
		expect(result.code).toBe(2);
		expect(result.stderr).toBe('summit-tui: --limit does not go with show: show prints the item as text, or as JSON with --json (--limit goes with search)\nRun "summit-tui help show" for usage.\n');
	});

	it('--save outside ingest is refused the same way', async () => {
		const result = await runMain(['--plain', '--save']);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/^summit-tui: --save does not go with summit-tui: .*\(--save goes with ingest\)\n/);
	});
});

describe('--format', () => {
	it('--format plain, markdown and json print what --plain, --markdown and --json print', async () => {
		for (const format of ['plain', 'markdown', 'json']) {
			const [named, alias] = await Promise.all([runMain(['--format', format]), runMain([`--${format}`])]);
			expect(named.code, format).toBe(0);
			expect(named.stdout, format).toBe(alias.stdout);
		}
		expect((await runMain(['--format', 'markdown'])).stdout).toMatch(/^# /);
	});

	it('search --format json is search --json', async () => {
		const [named, alias] = await Promise.all([runMain(['search', 'peskv', '--format', 'json']), runMain(['search', 'peskv', '--json'])]);
		expect(JSON.parse(named.stdout)[0].id).toBe('dmitry-peskov');
		expect(named.stdout).toBe(alias.stdout);
	});

	it('refuses a format it does not know, and two formats at once', async () => {
		const unknown = await runMain(['--format', 'yaml']);
		expect(unknown.code).toBe(2);
		expect(unknown.stderr).toContain('--format takes plain, markdown or json, not "yaml"');
		expect((await runMain(['--format', 'json', '--plain'])).code).toBe(2);
	});
});
