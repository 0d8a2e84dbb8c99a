import {describe, expect, it} from 'vitest';
import {parseStoryBytes, parseStoryText, shownSyntaxErrors} from '../../source/model/load.js';
import {looksLikeStoryJson} from '../../source/model/read-stories.js';
import {minimalStory} from '../fixtures/minimal-story.js';

const storyJson = (change: (story: any) => void = () => {}) => {
	const story = minimalStory() as any;
	change(story);
	return JSON.stringify(story, null, 2);
};

describe('a storm of errors', () => {
	it('a file with a million syntax errors is reported in seconds, 20 shown with the true total', () => {
		// "[1 1 1 …]": every number after the first is a missing comma.
		const text = `[${'1 '.repeat(1_000_000)}]`;
		const started = performance.now();
		const result = parseStoryText(text, 'storm.json');
		// Takes well under a second on a developer machine; the quadratic filter it replaces took hours.
		expect(performance.now() - started).toBeLessThan(15_000);
		expect(result.problems).toHaveLength(shownSyntaxErrors);
		expect(result.problemsTotal).toBe(999_999);
		expect(result.problems[0]).toMatchObject({where: 'line 1, column 4', message: 'malformed JSON: expected "," between items'});
	});

	it('thousands of content problems are counted, not all listed', () => {
		const text = storyJson(story => {
			story.facts = Array.from({length: 5000}, (_, index) => ({id: `fact-${index}`, category: 'nonsense', text: 'x', cites: []}));
		});
		const result = parseStoryText(text, 'many.json');
		expect(result.problems.length).toBeLessThanOrEqual(100);
		expect(result.problemsTotal).toBeGreaterThanOrEqual(5000);
	});
});

describe('values and keys a validator must not be fooled by', () => {
	it('names an unreadable schemaVersion such as 1e400 instead of calling it null', () => {
		const result = parseStoryText('{"schemaVersion": 1e400}', 'v.json');
		expect(result.problems[0]!.message).toBe('unknown schemaVersion (a number too large to represent): this summit-tui reads schemaVersion 1');
	});

	it('rejects a key that sanitises to __proto__ instead of letting it set a prototype', () => {
		const text = storyJson().replace('"people": [\n    {', '"people": [\n    {\n      "__pro\\u001b[0mto__": {"role": "Injected"},');
		const result = parseStoryText(text, 'proto.json');
		expect(result.story).toBeUndefined();
		expect(result.problems[0]).toMatchObject({where: '$.people[0]', message: 'a key named "__proto__" is not allowed (it would change how the program reads the object)'});
	});

	it('refuses a key that reads as another key once invisible characters are removed', () => {
		const text = storyJson().replace('"role": "', '"ro\\u200ble": "hidden role",\n      "role": "');
		const result = parseStoryText(text, 'smuggled.json');
		expect(result.story).toBeUndefined();
		expect(result.problems[0]).toMatchObject({where: '$.people[0]', message: 'two keys read "role" once invisible characters are removed'});
	});

	it.each(['constructor', 'prototype', '__proto__'])('rejects a "%s" key wherever it stands', key => {
		const result = parseStoryText(storyJson().replace('"story": {', `"story": {\n    "${key}": "x",`), 'keys.json');
		expect(result.problems.map(problem => problem.message)).toContain(`a key named "${key}" is not allowed (it would change how the program reads the object)`);
	});
});

describe('text encodings', () => {
	const utf16 = (text: string, order: 'le' | 'be') => {
		const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le');
		if (order === 'be') bytes.swap16();
		return bytes;
	};

	it.each(['le', 'be'] as const)('reads a story saved as UTF-16 %s with a byte-order mark', order => {
		const result = parseStoryBytes(utf16(storyJson(), order), 'windows.json');
		expect(result.problems).toEqual([]);
		expect(result.story?.story.title).toBe(minimalStory().story.title);
	});

	it('names broken UTF-16 as UTF-16, not as binary data', () => {
		const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([0x00, 0xd8, 0x41, 0x00])]);
		expect(parseStoryBytes(bytes, 'broken.json').problems[0]!.message).toBe('is not valid UTF-16LE text (it starts with a UTF-16LE byte-order mark)');
	});

	it('tells story JSON from an article by the bytes read, also in UTF-16', () => {
		expect(looksLikeStoryJson('/dev/fd/63', Buffer.from('  {"schemaVersion": 1}'))).toBe(true);
		expect(looksLikeStoryJson('/dev/fd/63', Buffer.from('Title: A story\n\nText.'))).toBe(false);
		expect(looksLikeStoryJson('notes', utf16('{"schemaVersion": 1}', 'le'))).toBe(true);
	});
});
