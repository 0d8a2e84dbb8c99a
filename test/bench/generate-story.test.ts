import {describe, expect, it} from 'vitest';
import {parseStoryText} from '../../source/model/load.js';
import {generateStory} from './generate-story.js';

describe('the benchmark’s story generator', () => {
	it('generates the same valid story for the same seed, with non-Latin names among them', () => {
		const story = generateStory(1000);
		expect(JSON.stringify(generateStory(1000))).toBe(JSON.stringify(story));
		const loaded = parseStoryText(JSON.stringify(story), 'synthetic.json');
		expect(loaded.problems).toEqual([]);
		const counts = [story.people, story.organizations, story.places, story.facts, story.events, story.quotes].map(list => list.length);
		expect(counts.reduce((sum, count) => sum + count, 0)).toBe(1000);
		expect(story.people.some(person => /[\u3131-\uD79D]/.test(person.name))).toBe(true);
		expect(story.people.some(person => /[\u0400-\u04FF]/.test(person.name))).toBe(true);
	});
});
