import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseStoryBytes, parseStoryText} from '../../source/model/load.js';
import {renderJson} from '../../source/report/render-reports.js';
import {minimalStory} from '../fixtures/minimal-story.js';

function expectStoryOrProblems(result: ReturnType<typeof parseStoryText>) {
	if (result.story) expect(result.problems).toEqual([]);
	else expect(result.problems.length).toBeGreaterThan(0);
	for (const problem of result.problems) expect(problem.message.length).toBeGreaterThan(0);
}

describe('the loader under fuzzing', () => {
	it('returns a story or a list of problems for any JSON value, and never throws', () => {
		fc.assert(
			fc.property(fc.json({depthSize: 'medium'}), text => {
				expectStoryOrProblems(parseStoryText(text, 'fuzz.json'));
			}),
			{numRuns: 2000},
		);
	});

	it('returns a story or a list of problems for any bytes, and never throws', () => {
		fc.assert(
			fc.property(fc.uint8Array({maxLength: 400}), bytes => {
				expectStoryOrProblems(parseStoryBytes(bytes, 'bytes.json'));
			}),
			{numRuns: 2000},
		);
	});

	it('survives a story mutated at random places', () => {
		const paths = (value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> =>
			value !== null && typeof value === 'object'
				? Object.entries(value).flatMap(([key, child]) => [[...prefix, Array.isArray(value) ? Number(key) : key], ...paths(child, [...prefix, Array.isArray(value) ? Number(key) : key])])
				: [];
		const all = paths(minimalStory());
		fc.assert(
			fc.property(fc.constantFrom(...all), fc.jsonValue(), (path, replacement) => {
				const story = minimalStory() as any;
				let holder = story;
				for (const key of path.slice(0, -1)) holder = holder[key];
				holder[path.at(-1)!] = replacement;
				expectStoryOrProblems(parseStoryText(JSON.stringify(story), 'mutated.json'));
			}),
			{numRuns: 2000},
		);
	});

	it('loads a valid story back unchanged after serialising it, whatever its text (property)', () => {
		const anyText = fc.string({unit: 'binary', minLength: 1, maxLength: 60}).filter(text => text.trim() !== '' && /\S/.test(text.replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '')));
		let compared = 0;
		fc.assert(
			fc.property(anyText, anyText, anyText, (name, factText, quote) => {
				const story = minimalStory();
				story.people[0]!.name = name;
				story.facts[0]!.text = factText;
				story.quotes[0]!.text = quote;
				const first = parseStoryText(JSON.stringify(story), 'first.json');
				if (!first.story) return;
				const again = parseStoryText(renderJson(first.story), 'again.json');
				expect(again.problems).toEqual([]);
				expect(again.story).toEqual(first.story);
				compared++;
			}),
			{numRuns: 500},
		);
		// Most generated stories must load, or this property would say little.
		expect(compared).toBeGreaterThan(400);
	});

	it('answers a pathologically deep file with a message, not a crash', () => {
		const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
		expect(parseStoryText(deep, 'deep.json').problems[0]!.message).toMatch(/nested too deeply|nested (more than )?\d+ levels deep/);
		const lessDeep = `{"a":${'['.repeat(80)}${']'.repeat(80)}}`;
		expect(parseStoryText(lessDeep, 'deep.json').problems[0]!.message).toMatch(/nested (more than )?\d+ levels deep/);
	});
});
