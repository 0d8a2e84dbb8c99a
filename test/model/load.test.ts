import {chmodSync, mkdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseStoryText, readStoryFile} from '../../source/model/load.js';
import {readStories} from '../../source/model/load-stories.js';
import {minimalStory} from '../fixtures/minimal-story.js';
import {temporaryFolder} from '../helpers/run-cli.js';

const parse = (value: unknown) => parseStoryText(typeof value === 'string' ? value : JSON.stringify(value, null, 2), 'story.json');
const messages = (value: unknown) => parse(value).problems.map(problem => `${problem.where ?? ''} ${problem.message}`);

describe('parseStoryText', () => {
	it('accepts a valid story and orders its events by date', () => {
		const result = parse(minimalStory());
		expect(result.problems).toEqual([]);
		expect(result.story!.events.map(event => event.id)).toEqual(['event-earlier', 'event-later']);
	});

	it('gives line and column for malformed JSON', () => {
		const result = parse('{\n  "schemaVersion": 1,\n  "story": }\n');
		expect(result.problems[0]).toMatchObject({file: 'story.json', where: 'line 3, column 12'});
		expect(result.problems[0]!.message).toMatch(/malformed JSON: expected a value/);
	});

	it('points at the last line with text when the file ends too soon', () => {
		const [problem] = parse('{\n  "schemaVersion": 1,\n  "story": {"id": "x"\n\n').problems;
		expect(problem!.where).toMatch(/\(end of file\)$/);
		expect(problem!.excerpt).toEqual(['  "story": {"id": "x"', `${' '.repeat(21)}^`]);
	});

	it('rejects trailing commas, which JSON does not allow', () => {
		expect(messages('{"schemaVersion": 1,}')[0]).toMatch(/line 1, column 21/);
	});

	it('says an empty file is empty', () => {
		expect(messages('  \n')).toEqual([' file is empty (expected a story as JSON)']);
	});

	it('names the wrong top-level type', () => {
		expect(messages('[1, 2]')).toEqual(['$ expected a story object at the top level, found an array']);
	});

	it('refuses an unknown schemaVersion and says which it reads', () => {
		expect(messages({...minimalStory(), schemaVersion: 2})).toEqual([
			'$.schemaVersion unknown schemaVersion 2: this summit-tui reads schemaVersion 1',
		]);
	});

	it('reports every schema violation with its JSON path, not just the first', () => {
		const story = minimalStory() as any;
		delete story.people[0].name;
		story.events[1].status = 'rumoured';
		story.facts[0].cites[0].paragraph = 'two';
		const found = messages(story);
		expect(found).toHaveLength(3);
		expect(found.join('\n')).toMatch(/\$\.people\[0\]\.name .*expected string/);
		expect(found.join('\n')).toMatch(/\$\.events\[1\]\.status .*"happened"\|"expected"\|"historical"/);
		expect(found.join('\n')).toMatch(/\$\.facts\[0\]\.cites\[0\]\.paragraph .*expected number/);
	});

	it('flags unknown fields, which are usually typos', () => {
		const story = minimalStory() as any;
		story.people[1].alias = ['Okoro'];
		expect(messages(story).join('\n')).toMatch(/\$\.people\[1\] .*"alias"/);
	});

	it('finds duplicate ids across collections', () => {
		const story = minimalStory();
		story.places[0]!.id = 'ana-lima';
		expect(messages(story)).toContain('$.places[0].id duplicate id "ana-lima" (first used at $.people[0].id)');
	});

	it('finds dangling references: speakers, subjects, countries and cited articles', () => {
		const story = minimalStory();
		story.quotes[0]!.speaker = 'nobody';
		story.facts[0]!.about.push('ghost');
		story.people[0]!.country = 'atlantis';
		story.events[0]!.cites[0]!.article = 'missing-paper';
		expect(messages(story).toSorted()).toEqual(
			[
				'$.quotes[0].speaker "nobody" is not the id of any person, organisation or place',
				'$.facts[0].about[3] "ghost" is not the id of any person, organisation or place',
				'$.people[0].country "atlantis" is not the id of any place',
				'$.events[0].cites[0].article "missing-paper" is not the id of any article',
			].toSorted(),
		);
	});

	it('rejects impossible calendar dates', () => {
		const story = minimalStory();
		story.events[0]!.date = '2023-02-30';
		expect(messages(story)).toEqual(['$.events[0].date "2023-02-30" is not a real calendar date']);
	});

	it('accepts 29 February in a leap year only', () => {
		const story = minimalStory();
		story.events[0]!.date = '2024-02-29';
		expect(messages(story)).toEqual([]);
		story.events[0]!.date = '2023-02-29';
		expect(messages(story)).toEqual(['$.events[0].date "2023-02-29" is not a real calendar date']);
	});

	it('checks that a date agrees with its precision', () => {
		const story = minimalStory();
		story.events[0]!.precision = 'month';
		expect(messages(story)).toEqual(['$.events[0].precision precision "month" does not match date "2024-03-06" (a day)']);
	});

	it('needs a dateEnd after the date for a range', () => {
		const story = minimalStory() as any;
		story.events[0].precision = 'range';
		expect(messages(story)).toEqual(['$.events[0].dateEnd precision "range" needs a dateEnd']);
		story.events[0].dateEnd = '2024-03-01';
		expect(messages(story)).toEqual(['$.events[0].dateEnd range ends (2024-03-01) before or when it starts (2024-03-06)']);
	});

	it('caps excerpts at 30 words', () => {
		const story = minimalStory();
		story.facts[0]!.cites[0]!.excerpt = Array.from({length: 31}, () => 'word').join(' ');
		expect(messages(story)).toEqual(['$.facts[0].cites[0].excerpt an excerpt is at most 30 words']);
	});

	it('accepts a UTF-8 byte order mark', () => {
		expect(parseStoryText(`\uFEFF${JSON.stringify(minimalStory())}`, 'bom.json').problems).toEqual([]);
	});
});

describe('readStoryFile', () => {
	const folder = temporaryFolder();
	const write = (name: string, content: string | Buffer) => {
		const file = path.join(folder, name);
		writeFileSync(file, content);
		return file;
	};

	it('says when a file does not exist', () => {
		expect(readStoryFile(path.join(folder, 'nope.json')).problems).toEqual([{file: path.join(folder, 'nope.json'), message: 'no such file'}]);
	});

	it('says when it was given a folder', () => {
		const sub = path.join(folder, 'a-folder');
		mkdirSync(sub);
		expect(readStoryFile(sub).problems[0]!.message).toMatch(/is a directory, not a story file \(use --data DIR/);
	});

	it.skipIf(process.getuid?.() === 0)('says when it may not read a file', () => {
		const file = write('secret.json', '{}');
		chmodSync(file, 0o000);
		expect(readStoryFile(file).problems[0]!.message).toBe('permission denied');
	});

	it('recognises binary data and invalid UTF-8', () => {
		expect(readStoryFile(write('binary.json', Buffer.from([0x7b, 0x00, 0x01]))).problems[0]!.message).toMatch(/binary data/);
		expect(readStoryFile(write('latin1.json', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]))).problems[0]!.message).toBe('is not valid UTF-8 text');
	});

	it('refuses files over the size limit and says how to raise it', () => {
		const file = write('big.json', JSON.stringify(minimalStory()));
		const [problem] = readStoryFile(file, {maxBytes: 100}).problems;
		expect(problem!.message).toMatch(/over the 100 B limit \(raise it with --max-size/);
	});

	it('never writes to the file it reads', () => {
		const file = write('valid.json', JSON.stringify(minimalStory()));
		const before = statSync(file).mtimeMs;
		const content = readFileSync(file, 'utf8');
		expect(readStoryFile(file).problems).toEqual([]);
		expect(statSync(file).mtimeMs).toBe(before);
		expect(readFileSync(file, 'utf8')).toBe(content);
	});
});

describe('readStories', () => {
	const folder = temporaryFolder();

	it('merges several stories into one view', async () => {
		const first = path.join(folder, 'one.json');
		const second = path.join(folder, 'two.json');
		const other = minimalStory() as any;
		other.story.id = 'other';
		for (const collection of ['articles', 'people', 'organizations', 'places', 'facts', 'events', 'quotes']) {
			for (const item of other[collection]) item.id = `x-${item.id}`;
		}
		other.people[0].country = 'x-brazil';
		for (const fact of other.facts) fact.about = fact.about.map((id: string) => `x-${id}`);
		for (const event of other.events) event.involves = event.involves.map((id: string) => `x-${id}`);
		for (const quote of other.quotes) quote.speaker = `x-${quote.speaker}`;
		for (const item of [...other.facts, ...other.events, ...other.quotes]) item.cites[0].article = 'x-gazette';
		writeFileSync(first, JSON.stringify(minimalStory()));
		writeFileSync(second, JSON.stringify(other));
		const result = await readStories([first, second]);
		expect(result.problems).toEqual([]);
		expect(result.story!.people).toHaveLength(4);
		expect(result.story!.story.title).toBe('A test story · A test story');
	});

	it('reports problems from every file together', async () => {
		const broken = path.join(folder, 'broken.json');
		writeFileSync(broken, '{');
		const result = await readStories([broken, path.join(folder, 'missing.json')]);
		expect(result.story).toBeUndefined();
		expect(result.problems.map(problem => path.basename(problem.file))).toEqual(['broken.json', 'missing.json']);
	});

	it('refuses the same id in two files', async () => {
		const file = path.join(folder, 'same.json');
		writeFileSync(file, JSON.stringify(minimalStory()));
		const copy = path.join(folder, 'same-copy.json');
		// Not a byte-for-byte copy (that is read once): another file whose ids collide.
		writeFileSync(copy, JSON.stringify({...minimalStory(), story: {...minimalStory().story, summary: 'Another summary.'}}));
		const result = await readStories([file, copy]);
		expect(result.problems[0]).toMatchObject({file: copy, where: '$.articles[0].id'});
		expect(result.problems[0]!.message).toMatch(/also used in .*same\.json/);
	});

	it('reads the same content under two names once, with a warning', async () => {
		const file = path.join(folder, 'twice.json');
		writeFileSync(file, JSON.stringify(minimalStory()));
		const copy = path.join(folder, 'twice-copy.json');
		writeFileSync(copy, JSON.stringify(minimalStory()));
		const result = await readStories([file, copy]);
		expect(result.problems).toEqual([]);
		expect(result.warnings).toEqual([`${copy}: the same content as ${file}; read once`]);
	});
});
