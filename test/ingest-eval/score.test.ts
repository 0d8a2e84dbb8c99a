import {describe, expect, it} from 'vitest';
import {readGold, scoreStory, speakerMatches} from './score.js';
import type {StoryFile} from '../../source/model/schema.js';

// The yardstick is lenient in the same way for every gold file: a hand-written name may carry what the
// text said of it, and the bare name a reader would give still counts as found.

const storyWith = (places: string[], people: string[] = []) =>
	({people: people.map((name, index) => ({id: `p${index}`, name, aliases: []})), organizations: [], places: places.map((name, index) => ({id: `l${index}`, name, aliases: []})), quotes: [], events: [], articles: []}) as unknown as StoryFile;

describe('reading a gold file', () => {
	it('counts the name before a qualifying comma: "Austin, Texas" is found as Austin, "Ann Lee, 2nd Countess of Dale" as Ann Lee', () => {
		const gold = readGold({people: [{name: 'Ann Lee, 2nd Countess of Dale'}], organizations: [], places: ['Austin, Texas'], events: [], quotes: []});
		const scores = scoreStory(storyWith(['Austin'], ['Ann Lee']), gold);
		expect(scores.places.goldFound).toBe(1);
		expect(scores.places.truePositives).toBe(1);
		expect(scores.people.goldFound).toBe(1);
	});

	it('still counts a place that only shares the qualifier as an extra: Texas is not Austin', () => {
		const gold = readGold({people: [], organizations: [], places: ['Austin, Texas'], events: [], quotes: []});
		const scores = scoreStory(storyWith(['Texas']), gold);
		expect(scores.places.goldFound).toBe(0);
		expect(scores.places.truePositives).toBe(0);
	});
});

describe('judging a speaker against a gold speaker', () => {
	const forms = (...names: string[]) => new Set(names.map(name => name.toLowerCase()));

	it('counts a gold title and surname, or a gold surname alone, as the person whose full name ends with it', () => {
		expect(speakerMatches(forms('antonin scalia'), 'Justice Scalia')).toBe(true);
		expect(speakerMatches(forms('harris'), 'Admiral Harris')).toBe(true);
		expect(speakerMatches(forms('barack obama', 'obama'), 'Pres. Obama')).toBe(true);
		expect(speakerMatches(forms('april mellody'), 'Mellody')).toBe(true);
	});

	it('still tells apart two people who share a surname when the gold gives the full name', () => {
		expect(speakerMatches(forms('bill clinton'), 'Hillary Clinton')).toBe(false);
		expect(speakerMatches(forms('clinton'), 'Hillary Clinton')).toBe(false);
		expect(speakerMatches(forms('vikram amar'), 'Dean Smith')).toBe(false);
	});
});
