import {describe, expect, it} from 'vitest';
import {stayStartDifferences} from '../../source/library/outlet-differences.js';
import type {Article, StoryEvent} from '../../source/model/schema.js';

const article = (id: string, outlet: string): Article => ({id, outlet, title: `${outlet} on the visit`, publishedBasis: 'given', sections: []});
const articles = [article('wiki', 'Encyclopedia'), article('wire', 'Wire'), article('post', 'Post')];
const event = (id: string, cites: Array<[string, string]>, date: string, extra: Partial<StoryEvent> = {}): StoryEvent => ({
	id,
	date,
	precision: 'day',
	dateEither: false,
	status: 'happened',
	title: cites[0]![1],
	involves: ['lima', 'vik'],
	cites: cites.map(([from, excerpt], index) => ({article: from, paragraph: index + 1, excerpt})),
	...extra,
});
let counter = 0;
const newId = (fallback: string) => `${fallback}-${++counter}`;

describe('a stay begun on different days', () => {
	const stay = event('stay', [['wiki', 'Ana Lima visited Vik']], '2024-05-08', {precision: 'range', dateEnd: '2024-05-12'});

	it('sets the outlet that dates the visit against those that have the arrival a day earlier, each side citing its own event', () => {
		const arrival = event('arrival', [['wire', 'Ana Lima arrived in Vik by train'], ['post', 'Lima arrived in Vik on Tuesday'], ['wiki', 'She arrived in Vik on 7 May']], '2024-05-07');
		const [difference, ...others] = stayStartDifferences([stay, arrival], articles, newId);
		expect(others).toEqual([]);
		expect(difference!.sides).toEqual([
			{article: 'wiki', refs: ['stay']},
			{article: 'wire', refs: ['arrival']},
			{article: 'post', refs: ['arrival']},
		]);
		expect(difference!.topic).toBe('When the visit began: 2024-05-08 or 2024-05-07');
		expect(difference!.note).toContain('2024-05-08 – 2024-05-12');
		expect(difference!.note).toContain('2024-05-07');
	});

	it('lists nothing when the arrival is the first day, far from it, about other people, or once already', () => {
		const sameDay = event('arrival', [['wire', 'Ana Lima arrived in Vik']], '2024-05-08');
		const weekBefore = event('arrival', [['wire', 'Ana Lima arrived in Vik']], '2024-04-30');
		const someoneElse = event('arrival', [['wire', 'Marco Berg arrived in Vik']], '2024-05-07', {involves: ['berg', 'vik']});
		const notAnArrival = event('talks', [['wire', 'Ana Lima spoke in Vik']], '2024-05-07');
		// An arrival on a later day of the stay is one somewhere along the way, not its start.
		const duringTheStay = event('arrival', [['wire', 'Ana Lima arrived in Vik harbour for the boat show']], '2024-05-10');
		for (const other of [sameDay, weekBefore, someoneElse, notAnArrival, duringTheStay]) expect(stayStartDifferences([stay, other], articles, newId)).toEqual([]);
		const arrival = event('arrival', [['wire', 'Ana Lima arrived in Vik by train']], '2024-05-07');
		const known = stayStartDifferences([stay, arrival], articles, newId);
		expect(stayStartDifferences([stay, arrival], articles, newId, known)).toEqual([]);
	});
});
