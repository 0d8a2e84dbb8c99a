import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {closestMatch, editDistance} from '../source/commands/suggest.js';
import {runMain} from './helpers/run-main.js';

describe('near misses', () => {
	it('measures edit distance, stopping early past the limit', () => {
		expect(editDistance('serch', 'search')).toBe(1);
		// Two neighbouring letters swapped count as one slip.
		expect(editDistance('valdiate', 'validate')).toBe(1);
		expect(editDistance('mpa', 'map')).toBe(1);
		expect(editDistance('x', 'validate', 2)).toBe(3);
	});

	it('suggests only what is close for the length of the word', () => {
		expect(closestMatch('serch', ['search', 'show', 'validate', 'ingest'])).toBe('search');
		expect(closestMatch('shwo', ['search', 'show'])).toBe('show');
		expect(closestMatch('mpa', ['search', 'show', 'map'])).toBe('map');
		expect(closestMatch('xyz', ['search', 'show', 'map'])).toBeUndefined();
		expect(closestMatch('sho', ['search', 'show'])).toBe('show');
		expect(closestMatch('peskov', ['search', 'show', 'validate', 'ingest'])).toBeUndefined();
	});
});

describe('command-line manners', () => {
	it('an unknown first word close to a command gets "did you mean" and exit 2', async () => {
		const result = await runMain(['serch', 'peskov']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain("summit-tui: unknown command 'serch'; did you mean 'search'?");
	});

	it('an unknown option close to a known one gets "did you mean"', async () => {
		const result = await runMain(['--plian']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('unknown option --plian; did you mean --plain?');
	});

	it.each([
		[['search', 'kim', '--limit']],
		[['--limit']],
		[['--plain', '--output']],
		[['search', 'kim', '--limit', '--json']],
	])('a flag that needs a value fails without one: %j', async args => {
		const result = await runMain(args);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/--(?:limit|output) needs a value/);
		expect(result.stdout).toBe('');
	});

	it('one problem is one line naming the file or URL; several are listed under a count', async () => {
		const url = await runMain(['ingest', 'ftp://example.invalid/story']);
		expect(url.code).toBe(1);
		expect(url.stderr).toBe('summit-tui: cannot import: ftp://example.invalid/story: only http and https addresses can be imported, not ftp\n');
		const two = await runMain(['ingest', 'absent-1.txt', 'absent-2.txt']);
		expect(two.stderr).toBe('summit-tui: cannot import (2 problems):\n  absent-1.txt: no such file\n  absent-2.txt: no such file\n');
	});

	it('takes a value that starts with "-" (--limit -1 is a bad limit, not a missing one), and says how to write -o=x', async () => {
		expect((await runMain(['search', 'kim', '--limit', '-1'])).stderr).toMatch(/--limit takes a whole number of 1 or more/);
		expect((await runMain(['--plain', '-o=x.json'])).stderr).toMatch(/write -o x\.json: a short option takes its value after a space/);
	});

	it('refuses a --max-size under a byte or over what can be decoded, and a --url that is no web address', async () => {
		expect((await runMain(['--plain', '--max-size', '0.5'])).stderr).toMatch(/--max-size must be at least one byte/);
		const big = await runMain(['--plain', '--max-size', '1G']);
		expect(big.code).toBe(2);
		expect(big.stderr).toMatch(/--max-size can be at most 512M/);
		const url = await runMain(['ingest', '-', '--url', 'javascript:alert(1)'], {input: 'Some text.'});
		expect(url.code).toBe(2);
		expect(url.stderr).toMatch(/--url: "javascript:alert\(1\)" is not a web address/);
	});

	it('-h is --help', async () => {
		const [short, long] = await Promise.all([runMain(['-h']), runMain(['--help'])]);
		expect(short.code).toBe(0);
		expect(short.stdout).toBe(long.stdout);
		expect(short.stdout).toContain('show ID');
	});

	it('"-" reads standard input for validate as for ingest', async () => {
		const story = readFileSync('data/kim-putin-2023.json');
		const result = await runMain(['validate', '-'], {input: story});
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^ok {4}standard input: 7 people/);
		const report = await runMain(['-', '--plain'], {input: story});
		expect(report.stdout).toMatch(/^Kim Jong Un travels to Russia/);
	});
});

describe('summit-tui show', () => {
	it('prints one item with its citations and links, by the id search prints', async () => {
		const found = await runMain(['search', 'peskv', '--limit', '1']);
		const id = /#([a-z0-9-]+)$/m.exec(found.stdout)![1]!;
		const result = await runMain(['show', `#${id}`]);
		expect(result.code).toBe(0);
		expect(result.stdout.split('\n')[0]).toBe('person  Dmitry Peskov  #dmitry-peskov');
		expect(result.stdout).toMatch(/role: +Kremlin spokesperson/);
		expect(result.stdout).toMatch(/Cited from\n {2}Forbes ¶10: “Kremlin spokesperson Dmitry Peskov told reporters”/);
		expect(result.stdout).toMatch(/quote +“the next few days” +#quote-peskov-next-few-days/);
	});

	it('--json gives the same as data', async () => {
		const result = await runMain(['show', 'quote-peskov-next-few-days', '--json']);
		const item = JSON.parse(result.stdout);
		expect(item).toMatchObject({id: 'quote-peskov-next-few-days', kind: 'quote', title: '“the next few days”'});
		expect(item.fields).toContainEqual(['speaker', 'Dmitry Peskov']);
		expect(item.cites[0]).toMatchObject({outlet: 'Forbes'});
	});

	it('shows articles and differences too', async () => {
		const difference = await runMain(['show', 'difference-arms-deal']);
		expect(difference.stdout).toMatch(/^difference {2}Arms deal/);
		expect(difference.stdout).toMatch(/Forbes: /);
		expect((await runMain(['show', 'forbes-2023-09-12'])).stdout).toMatch(/^article {2}North Korea/);
	});

	it('an unknown id exits 1 with the closest id', async () => {
		const result = await runMain(['show', 'dmitri-peskov']);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe('summit-tui: no item with the id "dmitri-peskov"; did you mean "dmitry-peskov"?\n');
	});
});
