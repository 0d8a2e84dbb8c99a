import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {validateStoryValue} from '../../source/model/load.js';
import {minimalStory} from '../fixtures/minimal-story.js';

// The importer validates its one story without zod's compiled parsers (validateStoryValue's `oneOff`): a
// speed-up only, so the story read, and every problem found, must be the same as with them.

const bundled = () => JSON.parse(readFileSync(new URL('../../data/kim-putin-2023.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const both = (make: () => unknown) => [validateStoryValue(make(), 'story.json'), validateStoryValue(make(), 'story.json', {oneOff: true})] as const;

describe('validating a story once, without compiled parsers', () => {
	it('reads the bundled story and a small one exactly as the compiled parsers do', () => {
		for (const make of [bundled, minimalStory]) {
			const [compiled, once] = both(make);
			expect(once.problems).toEqual([]);
			expect(once).toEqual(compiled);
		}
	});

	it('finds the same problems in a broken story, in the same words and places', () => {
		const broken = () => {
			const story = bundled() as {people: Array<Record<string, unknown>>; events: Array<Record<string, unknown>>};
			story.people[0]!['name'] = 42;
			delete story.events[1]!['date'];
			story.events[2]!['unexpected'] = 'field';
			return story;
		};
		const [compiled, once] = both(broken);
		expect(once.problems.length).toBeGreaterThan(0);
		expect(once).toEqual(compiled);
	});
});
