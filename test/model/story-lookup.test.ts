import {describe, expect, it} from 'vitest';
import {buildStoryLookup} from '../../source/model/story-lookup.js';
import {generateStory} from '../bench/generate-story.js';

const story = generateStory(30_000, 7);
const ids = [story.people[3]!.id, story.places[10]!.id, story.organizations[2]!.id, story.facts[500]!.id, story.events[40]!.id, story.quotes[900]!.id];
const entityIds = [story.people[3]!.id, story.places[10]!.id, story.organizations[2]!.id, story.quotes[900]!.speaker ?? story.people[0]!.id];
const answers = (lookup: ReturnType<typeof buildStoryLookup>) => ({
	items: ids.map(id => lookup.item(id)),
	mentions: entityIds.map(id => lookup.mentionsOf(id)),
});

describe('the story lookup built in idle steps', () => {
	it('builds its indexes in many small steps, and answers as when built on first use', () => {
		const lookup = buildStoryLookup(story);
		let steps = 0;
		for (const _ of lookup.indexSteps()) steps++;
		// Items and mentions of 30,000 items, 5,000 a step: a key waits for one step, not for all of them.
		expect(steps).toBeGreaterThanOrEqual(10);
		expect(answers(lookup)).toEqual(answers(buildStoryLookup(story)));
	});

	it('answers a question asked halfway through the steps at once and in full, and the steps then end', () => {
		const lookup = buildStoryLookup(story);
		const steps = lookup.indexSteps();
		for (let step = 0; step < 3; step++) expect(steps.next().done).toBe(false);
		expect(answers(lookup)).toEqual(answers(buildStoryLookup(story)));
		// Both indexes were finished by the questions: nothing is left to build.
		expect(steps.next().done).toBe(true);
		expect(answers(lookup).mentions.some(mentions => mentions.facts.length + mentions.events.length + mentions.quotes.length > 0)).toBe(true);
	});
});
