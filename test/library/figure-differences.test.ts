import {describe, expect, it} from 'vitest';
import {figureDifferences, figuresOf} from '../../source/library/figure-differences.js';
import type {Article} from '../../source/model/schema.js';

// Invented reports of an invented landslide in Vik.
const article = (id: string, outlet: string, published: string, sentence: string): Article => ({
	id,
	outlet,
	title: `${outlet} on the landslide`,
	published,
	publishedBasis: 'given',
	sections: [],
	paragraphs: ['Rescue teams worked through the night in the hills above Vik after the slope gave way on Sunday.', sentence],
});
const sentence = (text: string) => ({article: 'a', paragraph: 1, text, start: 0, paragraphText: text});
const counts = (text: string) => figuresOf(sentence(text)).map(({count, value}) => [count, value]);
let counter = 0;
const newId = (fallback: string) => `${fallback}-${++counter}`;

describe('numbers read with what they count', () => {
	it('tells the dead from the injured, whichever side the toll word is on', () => {
		expect(counts('The landslide left 22 dead and 32 injured in the valley below the town.')).toEqual([
			['dead', 22],
			['injured', 32],
		]);
		expect(counts('Officials said at least 80 people were killed when the slope collapsed onto the road.')).toEqual([['dead', 80]]);
		expect(counts('The death toll rose to 23 on Monday as rescuers reached the buried houses.')).toEqual([['dead', 23]]);
		expect(counts('Crews cleared four houses and two roads before the rain returned in the evening.')).toEqual([
			['house', 4],
			['road', 2],
		]);
	});

	it('takes no count from dates, years, lengths of time, ages or money', () => {
		expect(counts('On 13 September 2023, after 18 months of warnings and $5 million spent, the slope gave way.')).toEqual([]);
		expect(counts('The road had been closed for 40 minutes before the slope gave way on the houses.')).toEqual([]);
	});
});

describe('the same count with other values', () => {
	it('sets outlets of the same day that give other tolls against each other, each side citing its sentence', () => {
		const articles = [
			article('times', 'Times', '2024-05-06', 'The landslide killed 22 people and injured 32 more, the regional governor said on Monday.'),
			article('post', 'Post', '2024-05-06', 'At least 23 people died in the landslide and 32 were injured, according to the fire service.'),
		];
		const {differences, facts} = figureDifferences(articles, [], newId);
		expect(differences.map(difference => difference.topic)).toEqual(['How many dead (2024-05-06): 22 or 23']);
		expect(differences[0]!.sides.map(side => side.article)).toEqual(['times', 'post']);
		expect(facts.map(fact => [fact.category, fact.cites[0]!.paragraph])).toEqual([
			['number', 2],
			['number', 2],
		]);
	});

	it('finds "at least 80" against "more than 100", and nothing where the values agree or the days differ', () => {
		const eighty = article('times', 'Times', '2024-05-06', 'The governor said at least 80 people were killed when the slope came down on the village.');
		expect(figureDifferences([eighty, article('post', 'Post', '2024-05-06', 'More than 100 people were killed when the slope came down, the fire service said.')], [], newId).differences).toHaveLength(1);
		expect(figureDifferences([eighty, article('post', 'Post', '2024-05-06', 'The fire service said 80 people were killed and the search would go on all week.')], [], newId).differences).toEqual([]);
		// A toll that rises from one day to the next is an update.
		expect(figureDifferences([eighty, article('post', 'Post', '2024-05-07', 'More than 100 people were killed when the slope came down, the fire service said.')], [], newId).differences).toEqual([]);
	});

	it('sets counts of things against each other only where the sentences share two more words than what they count', () => {
		const two = article('times', 'Times', '2024-05-06', 'The mayor, whose career ended after two funding scandals, was unable to stop the slope work.');
		expect(figureDifferences([two, article('post', 'Post', '2024-05-06', 'It appears three funding scandals was one too many for the council.')], [], newId).differences).toEqual([]);
		const closed = article('times', 'Times', '2024-05-06', 'Crews closed four roads into the valley after the slope gave way on the houses.');
		expect(figureDifferences([closed, article('post', 'Post', '2024-05-06', 'Crews closed six roads into the valley while the slope kept moving.')], [], newId).differences).toHaveLength(1);
	});

	it('sets shares of the same thing against each other ("31.4% of the vote", "turnout was 61%"), and a part of a whole by the part', () => {
		const vote = (id: string, outlet: string, text: string) => ({...article(id, outlet, '2024-05-06', text), paragraphs: ['The count in the valley towns finished overnight after the slope closed two polling stations.', text]});
		const first = vote('times', 'Times', 'The Farmers League won the valley vote with 41.5% of the vote and will hold 12 of the 30 seats on the council. Turnout was 64%, the returning officer for the valley said.');
		const second = vote('post', 'Post', 'The Farmers League took 40.9% of the vote and 11 seats on the 30-seat council. Turnout reached 61%, according to the returning officer.');
		expect(figureDifferences([first, second], [], newId).differences.map(difference => difference.topic)).toEqual([
			'Share of the vote (2024-05-06): 41.5% or 40.9%',
			'How many seats (2024-05-06): 12 or 11',
			'Share for turnout (2024-05-06): 64% or 61%',
		]);
		// A share of nothing named is no figure; the whole (30 seats) is not a count of its own.
		expect(counts('The league gained 4% and holds 12 of the 30 seats.')).toEqual([['seat', 12]]);
	});

	it('cites the story\'s own fact for a side whose sentence opens with a dateline, not a copy with the dateline', () => {
		const times = article('times', 'Times', '2024-05-06', 'VIK — The landslide killed 22 people and injured 32 more, the regional governor said on Monday.');
		const post = article('post', 'Post', '2024-05-06', 'At least 23 people died in the landslide and 32 were injured, according to the fire service.');
		const known = {id: 'fact-known', text: 'The landslide killed 22 people and injured 32 more, the regional governor said on Monday.', category: 'key-fact' as const, about: [], cites: [{article: 'times', paragraph: 2, excerpt: 'The landslide killed 22 people'}]};
		const {differences, facts} = figureDifferences([times, post], [known], newId);
		expect(differences[0]!.sides[0]!.refs).toEqual(['fact-known']);
		expect(facts.map(fact => fact.text)).toEqual(['At least 23 people died in the landslide and 32 were injured, according to the fire service.']);
	});
});

