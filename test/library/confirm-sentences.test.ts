import {describe, expect, it} from 'vitest';
import {confirmFromSentences, entityTermsOf} from '../../source/library/confirm-sentences.js';
import type {Article, StoryEvent} from '../../source/model/schema.js';

const people = [
	{id: 'lima', name: 'Ana Lima', aliases: []},
	{id: 'red-fox', name: 'Red Fox', aliases: []},
	{id: 'berg', name: 'Marco Berg', aliases: []},
	{id: 'rui-lima', name: 'Rui Lima', aliases: []},
];
const places = [{id: 'vik', name: 'Vik', aliases: []}];
const terms = entityTermsOf(people, places);
const article = (id: string, published: string, paragraphs: string[]): Article => ({id, outlet: id, title: `${id} story`, published, publishedBasis: 'given', paragraphs, sections: []});
const event = (id: string, articleId: string, date: string, excerpt: string, involves: string[], extra: Partial<StoryEvent> = {}): StoryEvent => ({
	id,
	date,
	precision: 'day',
	dateEither: false,
	status: 'happened',
	title: excerpt,
	involves,
	cites: [{article: articleId, paragraph: 3, excerpt}],
	...extra,
});
const confirm = (events: StoryEvent[], articles: Article[]) =>
	confirmFromSentences({events, articles, publishedOf: new Map(articles.map(item => [item.id, item.published!])), entityTerms: terms, personIds: new Set(people.map(person => person.id))});

describe('an undated sentence confirms the happening another outlet dated', () => {
	it('adds the sentence of an article published the day after as a citation of the event it tells', () => {
		const speech = event('a', 'times', '2024-05-07', 'Mrs. Lima praised Mr. Berg on Tuesday night for challenging the ferry owners in public', ['berg']);
		const post = article('post', '2024-05-08', [
			'The ferry strike ended in Vik after a long night of talks between the two sides.',
			'A second paragraph that tells nothing of the speech at all, only the weather in the harbour town.',
			'Lima acknowledged Berg at the rally, saying she applauded him for challenging the ferry owners in public.',
		]);
		confirm([speech], [post]);
		// 'Lima' alone names two people of the story: it counts as the same word on both sides.
		expect(speech.cites.map(citation => `${citation.article} ¶${citation.paragraph}`)).toEqual(['times ¶3', 'post ¶3']);
	});

	it('leaves alone what is not told as done, what names a day of its own, what is quoted, and what the days do not reach', () => {
		const speech = event('a', 'times', '2024-05-07', 'Mrs. Lima praised Mr. Berg on Tuesday night for challenging the ferry owners in public', ['berg']);
		const post = article('post', '2024-05-08', [
			'Lima would acknowledge Berg at the rally, saying she applauded him for challenging the ferry owners in public.',
			'On Monday Lima acknowledged Berg at the rally, saying she applauded him for challenging the ferry owners.',
			'“I applauded Berg for challenging the ferry owners in public, and Lima knows it,” a sailor said.',
		]);
		const late = article('late', '2024-05-20', ['Lima acknowledged Berg at the rally, saying she applauded him for challenging the ferry owners in public.']);
		confirm([speech], [post, late]);
		expect(speech.cites.map(citation => citation.article)).toEqual(['times']);
	});

	it('adds a second lead sentence of the article whose lead the event cites: the same night told over two paragraphs', () => {
		// The event's excerpt of the lead is cut around its date ("winner in Vik … on Tuesday night"): the
		// lead's whole paragraph is read for its words.
		const night = event('a', 'post', '2024-05-07', 'winner in the Vik and Dal primaries on Tuesday night', ['lima', 'berg', 'vik'], {cites: [{article: 'post', paragraph: 1, excerpt: 'winner in the Vik and Dal primaries on Tuesday night'}]});
		const post = article('post', '2024-05-08', [
			'Ana Lima was declared the winner in the Vik and Dal primaries on Tuesday night, ahead of Marco Berg.',
			'But Berg was declared the winner in Vik, and he has no plan to leave the race.',
			'Further down, Berg was declared the winner in Vik once more, the paper says again here.',
		]);
		confirm([night], [post]);
		expect(night.cites.map(citation => `${citation.article} ¶${citation.paragraph}`)).toEqual(['post ¶1', 'post ¶2']);
	});

	it('adds nothing when the best match is an event its own article already dated', () => {
		const talks = event('a', 'post', '2024-05-08', 'Ana Lima met Marco Berg in Vik on Wednesday for talks on the ferry strike', ['lima', 'berg', 'vik']);
		const arrival = event('b', 'times', '2024-05-07', 'Marco Berg arrived in Vik on Tuesday before the talks', ['berg', 'vik']);
		const post = article('post', '2024-05-08', ['Earlier, Marco Berg arrived in Vik and met Ana Lima for talks on the ferry strike, which lasted for hours.']);
		confirm([talks, arrival], [post]);
		expect(arrival.cites.map(citation => citation.article)).toEqual(['times']);
		expect(talks.cites).toHaveLength(1);
	});

	it('adds an undated sentence naming what only one past happening involves, with another of its participants', () => {
		const past = {precision: 'year' as const, status: 'historical' as const};
		const alias = event('a', 'times', '2013', 'Lima lost the mayoral race in 2013 amid a second scandal, the one where she used the alias Red Fox', ['lima', 'red-fox'], past);
		const resigned = event('b', 'times', '2011', 'Lima resigned from the council in 2011', ['lima'], past);
		const post = article('post', '2024-05-08', [
			'The ferry strike ended in Vik after a long night of talks between the two sides.',
			'Lima wrote under the name “Red Fox,” but it did her no good, as she was eventually unmasked.',
			'Lima resigned again and again from every board she ever sat on in the harbour town.',
			'Red Fox would be a fine name for a ferry, a sailor joked at the harbour afterwards.',
		]);
		confirm([alias, resigned], [post]);
		expect(alias.cites.map(citation => `${citation.article} ¶${citation.paragraph}`)).toEqual(['times ¶3', 'post ¶2']);
		// A name many happenings involve ("Lima") says nothing of which; a sentence that looks ahead tells none.
		expect(resigned.cites).toHaveLength(1);
	});

	it('takes no place for such a name: a place only one event lists may be where every happening was', () => {
		const opened = event('a', 'times', '2016', 'The Vik ferry terminal opened in 2016 under mayor Ana Lima', ['vik', 'lima'], {precision: 'year', status: 'historical'});
		const elected = event('b', 'times', '2015', 'Ana Lima was elected mayor in 2015', ['lima'], {precision: 'year', status: 'historical'});
		const post = article('post', '2024-05-08', ['The strike ended in Vik after Ana Lima called the two sides to the terminal.']);
		confirm([opened, elected], [post]);
		expect(opened.cites).toHaveLength(1);
	});
});
