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

	it('finds a person named with a generational suffix by the name without it, and the other way round', () => {
		const gold = readGold({people: [{name: 'Walter Q. Pryce Jr.'}, {name: 'Odile Marren'}], organizations: [], places: [], events: [], quotes: []});
		const scores = scoreStory(storyWith([], ['Walter Q. Pryce', 'Odile Marren III']), gold);
		expect(scores.people.goldFound).toBe(2);
		expect(scores.people.truePositives).toBe(2);
		const father = readGold({people: [{name: 'Walter Q. Pryce Sr.'}], organizations: [], places: [], events: [], quotes: []});
		expect(scoreStory(storyWith([], ['Walter Q. Pryce Jr.']), father).people.goldFound).toBe(0);
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

	it('counts a name with or without its generational suffix as the same person', () => {
		expect(speakerMatches(forms('walter q pryce jr'), 'Admiral Pryce')).toBe(true);
		expect(speakerMatches(forms('odile marren'), 'Odile Marren III')).toBe(true);
		expect(speakerMatches(forms('walter q pryce jr'), 'Walter Q. Pryce')).toBe(true);
	});

	it('counts a gold span cut after an initial, or the last two words of the name, as the person', () => {
		expect(speakerMatches(forms('tomas k varga'), 'K. Varga')).toBe(true);
		expect(speakerMatches(forms('ines van loon'), 'van Loon')).toBe(true);
		expect(speakerMatches(forms('deacon ruth okafor'), 'Ruth Okafor')).toBe(true);
	});

	it('still tells apart two people who share a surname when the gold gives the full name', () => {
		expect(speakerMatches(forms('walter q pryce jr'), 'Walter Q. Pryce Sr.')).toBe(false);
		expect(speakerMatches(forms('ines van loon'), 'Pieter van Loon')).toBe(false);
		expect(speakerMatches(forms('tomas k varga'), 'Ana K. Varga')).toBe(false);
		expect(speakerMatches(forms('bill clinton'), 'Hillary Clinton')).toBe(false);
		expect(speakerMatches(forms('clinton'), 'Hillary Clinton')).toBe(false);
		expect(speakerMatches(forms('vikram amar'), 'Dean Smith')).toBe(false);
	});
});
