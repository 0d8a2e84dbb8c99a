import {describe, expect, it} from 'vitest';
import {keyFactsFirst, storyTitle} from '../../source/library/story-summary.js';
import type {Fact, StoryEvent} from '../../source/model/schema.js';

const fact = (id: string, category: Fact['category'], articles: string[], paragraph = 1): Fact => ({
	id,
	text: `Sentence ${id}.`,
	category,
	about: [],
	cites: articles.map(article => ({article, paragraph, excerpt: `Sentence ${id}`})),
});

describe('the order of key facts', () => {
	it('lists the key fact told by the most outlets first, an old forecast of the first article after it, other facts after them as they were', () => {
		const forecast = fact('forecast', 'key-fact', ['monday']);
		const meeting = fact('meeting', 'key-fact', ['tuesday', 'wednesday', 'thursday']);
		const arrival = fact('arrival', 'key-fact', ['tuesday', 'wednesday'], 2);
		const background = fact('background', 'context', ['monday'], 3);
		const ordered = keyFactsFirst([forecast, background, arrival, meeting]);
		expect(ordered.map(item => item.id)).toEqual(['meeting', 'arrival', 'forecast', 'background']);
	});

	it('puts first, among facts told once, the one whose paragraph an event told by more outlets cites', () => {
		const forecast = fact('forecast', 'key-fact', ['monday']);
		const summit = fact('summit', 'key-fact', ['tuesday']);
		const event: StoryEvent = {id: 'event-1', date: '2024-03-05', precision: 'day', dateEither: false, status: 'happened', title: 'The summit', involves: [], cites: [{article: 'tuesday', paragraph: 1, excerpt: 'x'}, {article: 'wednesday', paragraph: 4, excerpt: 'y'}]};
		expect(keyFactsFirst([forecast, summit], [event]).map(item => item.id)).toEqual(['summit', 'forecast']);
	});
});

describe('the story title', () => {
	const forecast = 'Harbour chief plans to reopen the Vik ferry line in April';
	const reopened = 'Vik ferry line reopens after storm repairs';
	it('is the headline sharing the most words with the others', () => {
		expect(storyTitle([forecast, reopened, 'Ferry line to Vik reopens', 'Vik ferry reopens after the storm'])).toBe(reopened);
	});

	it('stays as it is while each new headline moves the counts only a little', () => {
		const titles = [forecast, 'Vik ferry line to reopen after the storm', 'Vik ferry line reopens after the storm in April'];
		const first = storyTitle(titles.slice(0, 2));
		expect(first).toBe(forecast);
		// Alone, the third headline would now win by one word in ten.
		expect(storyTitle(titles)).toBe(titles[2]);
		expect(storyTitle(titles, first)).toBe(first);
	});

	it('changes once the other headlines clearly share another one', () => {
		const titles = [forecast, reopened, 'Vik ferry line reopens', 'Ferry line reopens after storm', 'Storm repairs done: ferry line reopens'];
		expect(storyTitle(titles, forecast)).toBe(reopened);
	});
});
