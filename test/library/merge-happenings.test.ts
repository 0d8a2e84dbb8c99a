import {describe, expect, it} from 'vitest';
import {confirmFromLeads} from '../../source/library/confirm-leads.js';
import {mergeHappenings} from '../../source/library/merge-happenings.js';
import {settleForecastFacts} from '../../source/library/settled-forecasts.js';
import type {Fact, StoryEvent} from '../../source/model/schema.js';

const names = new Map([
	['lima', 'Ana Lima'],
	['berg', 'Marco Berg'],
	['vik', 'Vik'],
	['union', 'Sailors Union'],
]);
const event = (id: string, article: string, date: string, title: string, involves: string[], extra: Partial<StoryEvent> = {}): StoryEvent => ({
	id,
	date,
	precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
	dateEither: false,
	status: 'happened',
	title,
	involves,
	cites: [{article, paragraph: 1, excerpt: title}],
	...extra,
});

describe('one event per happening', () => {
	it('joins the same meeting told by two outlets, one dating it to the day and one to the month', () => {
		const {events} = mergeHappenings(
			[],
			[event('a', 'times', '2024-05-08', 'Ana Lima met Marco Berg in Vik to discuss the ferry strike', ['lima', 'berg', 'vik']), event('b', 'post', '2024-05', 'Lima and Berg met in Vik over the ferry strike', ['lima', 'berg', 'vik'])],
			{entityNames: names},
		);
		expect(events).toHaveLength(1);
		expect(events[0]!.cites.map(citation => citation.article)).toEqual(['times', 'post']);
		expect(events[0]!.date).toBe('2024-05-08');
	});

	it('keeps apart what the same people did on days that do not meet, and a forecast from what happened', () => {
		const {events} = mergeHappenings(
			[],
			[
				event('a', 'times', '2024-05-08', 'Ana Lima met Marco Berg in Vik to discuss the ferry strike', ['lima', 'berg', 'vik']),
				event('b', 'post', '2024-05-20', 'Ana Lima met Marco Berg in Vik to discuss the ferry strike again', ['lima', 'berg', 'vik']),
				event('c', 'post', '2024-05-06', 'Lima and Berg are expected to meet in Vik over the strike', ['lima', 'berg', 'vik'], {status: 'expected', precision: 'range', dateEnd: '2024-05-10'}),
			],
			{entityNames: names},
		);
		expect(events.map(item => item.id)).toEqual(['a', 'b', 'c']);
	});

	it('joins what two outlets date to the same year with one participant and the same verb of what was done', () => {
		const {events} = mergeHappenings(
			[],
			[
				event('a', 'times', '2019', 'In 2019 Lima resigned from the Sailors Union after a vote', ['lima', 'union']),
				event('b', 'post', '2019', 'In 2019 she resigned from the Sailors Union, months after the strike', ['union']),
				// The same year and body, but another thing done: kept apart.
				event('c', 'post', '2019', 'In 2019 the Sailors Union elected a new board', ['union']),
			],
			{entityNames: names},
		);
		expect(events.map(item => item.id)).toEqual(['a', 'c']);
		expect(events[0]!.cites.map(citation => citation.article)).toEqual(['times', 'post']);
	});

	it('keeps apart two paragraphs of one article on one day that do not say the same was done', () => {
		const {events} = mergeHappenings(
			[],
			[
				event('a', 'times', '2024-05-08', 'Talks between Ana Lima and Marco Berg began in Vik', ['lima', 'berg', 'vik']),
				{...event('b', 'times', '2024-05-08', 'Hours earlier the Sailors Union struck in Vik as Lima and Berg prepared the talks', ['union', 'lima', 'berg', 'vik']), cites: [{article: 'times', paragraph: 4, excerpt: 'Hours earlier the Sailors Union struck'}]},
			],
			{entityNames: names},
		);
		expect(events.map(item => item.id)).toEqual(['a', 'b']);
	});

	it('keeps a stay of several days apart from a meeting on one of its days', () => {
		const {events} = mergeHappenings(
			[],
			[
				event('a', 'wiki', '2024-05-08', 'Ana Lima visited Vik and met Marco Berg there', ['lima', 'berg', 'vik'], {precision: 'range', dateEnd: '2024-05-12'}),
				event('b', 'post', '2024-05-08', 'Ana Lima met Marco Berg in Vik during her visit', ['lima', 'berg', 'vik']),
			],
			{entityNames: names},
		);
		expect(events.map(item => item.id)).toEqual(['a', 'b']);
	});

	it('joins a happening one outlet dates to "last week" with the same happening another dates to one of its days', () => {
		// "last week" is dated as its calendar week, Monday 6 to Sunday 12 May: when it happened, not how long.
		const {events} = mergeHappenings(
			[],
			[
				event('a', 'times', '2024-05-06', 'Ana Lima held a private meeting with Marco Berg aboard the ferry', ['lima', 'berg'], {precision: 'range', dateEnd: '2024-05-12'}),
				event('b', 'post', '2024-05-08', 'Lima has been criticised for her private meeting on Wednesday with Marco Berg aboard the ferry', ['lima', 'berg']),
			],
			{entityNames: names},
		);
		expect(events.map(item => item.cites.map(citation => citation.article))).toEqual([['times', 'post']]);
	});

	it('joins on the very same day what two outlets tell of the same two participants with one word in common', () => {
		const {events} = mergeHappenings(
			[],
			[
				event('a', 'times', '2024-05-08', 'A video showed Ana Lima talking to officials in Vik after her arrival', ['lima', 'vik']),
				event('b', 'post', '2024-05-08', 'Lima arrived in Vik by ferry', ['lima', 'vik']),
				event('c', 'post', '2024-05-09', 'Lima arrived in Vik again by ferry', ['lima', 'vik']),
			],
			{entityNames: names},
		);
		expect(events.map(item => [item.id, item.cites.map(citation => citation.article)])).toEqual([
			['a', ['times', 'post']],
			['c', ['post']],
		]);
	});

	it('does not join two happenings of one day that share only a place', () => {
		const {events} = mergeHappenings([], [event('a', 'times', '2024-05-08', 'The Sailors Union walked out in Vik', ['union', 'vik']), event('b', 'post', '2024-05-08', 'Ana Lima opened a bridge in Vik', ['lima', 'vik'])], {entityNames: names});
		expect(events).toHaveLength(2);
	});

	it('joins two outlets\' forecasts of the same given day that share someone or somewhere and two words of what will happen', () => {
		const expected = {status: 'expected' as const};
		const {events} = mergeHappenings(
			[],
			[
				event('a', 'times', '2024-05-10', 'Lima told a crowd in Vik that she expects to win the May 10 vote', ['lima', 'vik'], expected),
				event('b', 'post', '2024-05-10', 'Predicting she would win Vik when it votes May 10', ['vik'], expected),
				event('c', 'daily', '2024-05-10', 'The ferry to Vik is set to resume on May 10', ['vik'], expected),
			],
			{entityNames: names},
		);
		expect(events.map(item => [item.id, item.cites.map(citation => citation.article)])).toEqual([
			['a', ['times', 'post']],
			['c', ['daily']],
		]);
	});

	it('titles a joined event with the clause that says what happened, not one that opens with its time', () => {
		const {events} = mergeHappenings(
			[],
			[
				event('a', 'times', '2024-05-08', 'Hours earlier Ana Lima met Marco Berg in Vik for strike talks', ['lima', 'berg', 'vik']),
				event('b', 'post', '2024-05-08', 'Ana Lima met Marco Berg in Vik for talks on the strike', ['lima', 'berg', 'vik']),
			],
			{entityNames: names},
		);
		expect(events.map(item => item.title)).toEqual(['Ana Lima met Marco Berg in Vik for talks on the strike']);
	});

	it('joins one person\'s words on one day told by two outlets, whatever verb each uses, and not someone only named in them', () => {
		const terms = new Map([
			['Ana Lima', 'lima'],
			['Lima', 'lima'],
			['Marco Berg', 'berg'],
			['Berg', 'berg'],
		]);
		const {events} = mergeHappenings(
			[],
			[
				event('a', 'times', '2024-05-07', 'Ana Lima announced that the ferry strike was over', ['lima']),
				event('b', 'post', '2024-05-07', 'Listeners to Ana Lima’s news conference on Tuesday heard little new', ['lima']),
				event('c', 'herald', '2024-05-07', 'Marco Berg said on Tuesday that Lima had misled the sailors', ['berg', 'lima']),
				event('d', 'daily', '2024-05-07', 'Ana Lima decided to end the ferry strike at a news conference', ['lima']),
			],
			{entityNames: names, entityTerms: terms},
		);
		expect(events.map(item => item.cites.map(citation => citation.article))).toEqual([['times', 'post', 'daily'], ['herald']]);
	});

	it('titles a joined event with what was done rather than who said it, or a clause that opens with a pronoun', () => {
		const {events} = mergeHappenings(
			[],
			[
				event('a', 'times', '2024-05-08', 'Lima said in an interview with the Vik Herald on Wednesday', ['lima', 'berg', 'vik'], {cites: [{article: 'times', paragraph: 2, excerpt: 'Ana Lima met Marco Berg in Vik for talks on the ferry strike, Lima said in an interview'}]}),
				event('b', 'post', '2024-05-08', 'She met Marco Berg in Vik for talks on the ferry strike', ['lima', 'berg', 'vik']),
				event('c', 'daily', '2024-05-08', 'Ana Lima met Marco Berg in Vik for talks on the ferry strike', ['lima', 'berg', 'vik']),
			],
			{entityNames: names},
		);
		expect(events.map(item => item.title)).toEqual(['Ana Lima met Marco Berg in Vik for talks on the ferry strike']);
	});

	it('gives a story’s event the clearer title of a later report while its title is still the words of a sentence it cites', () => {
		const existing = event('a', 'times', '2024-05-08', 'Lima said in an interview with the Vik Herald on Wednesday', ['lima', 'berg', 'vik'], {
			cites: [{article: 'times', paragraph: 2, excerpt: 'Ana Lima met Marco Berg for talks on the ferry strike, Lima said in an interview with the Vik Herald on Wednesday'}],
		});
		const report = () => event('b', 'post', '2024-05-08', 'Ana Lima met Marco Berg in Vik for talks on the ferry strike', ['lima', 'berg', 'vik']);
		const {events} = mergeHappenings([existing], [report()], {entityNames: names, today: '2024-05-09'});
		expect(events[0]).toMatchObject({title: 'Ana Lima met Marco Berg in Vik for talks on the ferry strike', updated: '2024-05-09'});
		// Stable: a report worded about as clearly leaves it as it is.
		const again = mergeHappenings(events, [event('c', 'daily', '2024-05-08', 'Marco Berg met Ana Lima in Vik for ferry strike talks', ['lima', 'berg', 'vik'])], {entityNames: names, today: '2024-05-10'});
		expect(again.events[0]!.title).toBe('Ana Lima met Marco Berg in Vik for talks on the ferry strike');
	});

	it('gives an existing event the new citation and the day, and keeps its text as it was', () => {
		const existing = event('a', 'times', '2024-05-08', 'Lima–Berg talks in Vik (checked by hand)', ['lima', 'berg', 'vik']);
		existing.cites[0]!.excerpt = 'Ana Lima met Marco Berg in Vik to discuss the ferry strike';
		const {events, joined} = mergeHappenings([existing], [event('b', 'post', '2024-05-08', 'Ana Lima met Marco Berg in Vik on Wednesday to discuss the strike', ['lima', 'berg', 'vik'])], {entityNames: names, today: '2024-05-09'});
		expect(events).toHaveLength(1);
		expect(events[0]!.title).toBe('Lima–Berg talks in Vik (checked by hand)');
		expect(events[0]!.updated).toBe('2024-05-09');
		expect(joined.get('b')).toBe('a');
		expect(existing.cites).toHaveLength(1);
	});

	it('takes an undated lead published that day as a confirmation of the dated event', () => {
		const events = [event('a', 'times', '2024-05-08', 'Ana Lima met Marco Berg in Vik to discuss the ferry strike', ['lima', 'berg', 'vik'])];
		const lead: Fact = {id: 'f', text: 'Ana Lima and Marco Berg met in Vik over the ferry strike.', category: 'key-fact', about: ['lima', 'berg', 'vik'], cites: [{article: 'post', paragraph: 1, excerpt: 'Ana Lima and Marco Berg met'}]};
		const unrelated: Fact = {id: 'g', text: 'Ana Lima and Marco Berg once studied together.', category: 'key-fact', about: ['lima', 'berg'], cites: [{article: 'herald', paragraph: 1, excerpt: 'once studied'}]};
		confirmFromLeads(events, [lead, unrelated], new Map([['post', '2024-05-08'], ['herald', '2024-05-08']]), {entityNames: names});
		expect(events[0]!.cites.map(citation => citation.article)).toEqual(['times', 'post']);
	});

	it('takes an undated lead sentence as a confirmation though another sentence of its paragraph is dated, not the dated one itself', () => {
		const strike = event('a', 'times', '2024-05-08', 'Ana Lima met Marco Berg in Vik to discuss the ferry strike', ['lima', 'berg', 'vik']);
		// The post's lead: its first sentence dates a walk-out of 2023 (an event of its own), its second tells the meeting without a date.
		const walkOut = event('b', 'post', '2023', 'The union has been on strike in Vik since 2023', ['union', 'vik'], {status: 'historical', cites: [{article: 'post', paragraph: 1, excerpt: 'The union has been on strike in Vik since 2023'}]});
		const events = [strike, walkOut];
		const meeting: Fact = {id: 'f', text: 'Ana Lima and Marco Berg met in Vik over the ferry strike, the paper reported.', category: 'key-fact', about: ['lima', 'berg', 'vik'], cites: [{article: 'post', paragraph: 1, excerpt: 'Ana Lima and Marco Berg met'}]};
		const dated: Fact = {id: 'g', text: 'The union has been on strike in Vik since 2023, and Ana Lima met Marco Berg about it.', category: 'key-fact', about: ['lima', 'berg', 'vik'], cites: [{article: 'post', paragraph: 1, excerpt: 'The union has been on strike'}]};
		confirmFromLeads(events, [dated, meeting], new Map([['post', '2024-05-08']]), {entityNames: names});
		expect(strike.cites.map(citation => citation.article)).toEqual(['times', 'post']);
		expect(strike.cites.at(-1)!.excerpt).toBe('Ana Lima and Marco Berg met');
	});

	it('takes an undated sentence further down as a confirmation of an event of the last days only with more in common', () => {
		const events = [event('a', 'times', '2024-05-08', 'Ana Lima met Marco Berg in Vik to discuss the ferry strike', ['lima', 'berg', 'vik'])];
		const recalled: Fact = {id: 'f', text: 'Ana Lima met Marco Berg to discuss the ferry strike, which the union welcomed.', category: 'claim', about: ['lima', 'berg'], cites: [{article: 'post', paragraph: 9, excerpt: 'Ana Lima met Marco Berg'}]};
		const loose: Fact = {id: 'g', text: 'Ana Lima and Marco Berg disagree about the strike.', category: 'claim', about: ['lima', 'berg'], cites: [{article: 'herald', paragraph: 9, excerpt: 'disagree'}]};
		const forecast: Fact = {id: 'h', text: 'Ana Lima will meet Marco Berg again to discuss the ferry strike.', category: 'to-watch', about: ['lima', 'berg'], cites: [{article: 'daily', paragraph: 9, excerpt: 'will meet'}]};
		confirmFromLeads(events, [recalled, loose, forecast], new Map([['post', '2024-05-11'], ['herald', '2024-05-09'], ['daily', '2024-05-09']]), {entityNames: names});
		expect(events[0]!.cites.map(citation => citation.article)).toEqual(['times', 'post']);
	});
});

describe('a forecast a later report tells done', () => {
	const forum = (extra: Partial<StoryEvent> = {}) =>
		event('a', 'times', '2024-05-06', 'Ana Lima and Marco Berg are expected to open the ferry forum in Vik next week', ['lima', 'berg', 'vik'], {status: 'expected', precision: 'range', dateEnd: '2024-05-12', ...extra});
	const opened = event('b', 'post', '2024-05-08', 'Ana Lima and Marco Berg opened the ferry forum in Vik on Wednesday', ['lima', 'berg', 'vik']);
	const publishedOf = new Map([
		['times', '2024-05-01'],
		['post', '2024-05-09'],
	]);

	it('moves the story’s forecast out of To watch: happened, on the day the report gives, marked updated', () => {
		const {events, joined, settled} = mergeHappenings([forum()], [opened], {entityNames: names, today: '2024-05-09', publishedOf});
		expect(events).toHaveLength(1);
		expect(joined.get('b')).toBe('a');
		expect(events[0]).toMatchObject({id: 'a', status: 'happened', date: '2024-05-08', precision: 'day', updated: '2024-05-09'});
		expect(events[0]!.dateEnd).toBeUndefined();
		expect(events[0]!.cites.map(citation => citation.article)).toEqual(['times', 'post']);
		// The forecast's own citations, for its To watch facts.
		expect(settled.get('a')!.map(citation => citation.article)).toEqual(['times']);
	});

	it('keeps a forecast to watch against what was only announced, what was dated before it was published, or a day outside its window', () => {
		const announced = event('c', 'post', '2024-05-08', 'Ana Lima and Marco Berg announced they would open the ferry forum in Vik', ['lima', 'berg', 'vik']);
		const before = event('d', 'post', '2024-05-01', 'Ana Lima and Marco Berg opened the ferry forum in Vik on Wednesday', ['lima', 'berg', 'vik']);
		const later = event('e', 'post', '2024-05-20', 'Ana Lima and Marco Berg opened the ferry forum in Vik on Monday', ['lima', 'berg', 'vik']);
		// Another thing done by the same people in the window: the forecast was of the forum, not of the trip.
		const arrived = event('f', 'post', '2024-05-08', 'Ana Lima and Marco Berg arrived in Vik for the ferry forum on Wednesday', ['lima', 'berg', 'vik']);
		for (const report of [announced, later, arrived]) expect(mergeHappenings([forum()], [report], {entityNames: names, publishedOf}).events.map(item => item.status)).toEqual(['expected', 'happened']);
		// The forecast of a month the article was published in: a report dated before publication is not its outcome.
		expect(mergeHappenings([forum({date: '2024-05', precision: 'month', dateEnd: undefined})], [before], {entityNames: names, publishedOf}).events.map(item => item.status)).toEqual(['expected', 'happened']);
	});

	const terms = new Map([
		['Ana Lima', 'lima'],
		['Lima', 'lima'],
		['Marco Berg', 'berg'],
		['Vik', 'vik'],
		['Vik Fair', 'fair'],
		['Port Sol', 'sol'],
	]);

	it('settles an occasion set for some days by any report of something done at it on one of them, and takes the report\'s title', () => {
		// The title made from a relative clause: the sentence's words, not in one run.
		const excerpt = 'Lima will attend the Vik Fair, which is scheduled to run from May 10 to 13 in the old port.';
		const fair = event('a', 'times', '2024-05-10', 'The Vik Fair is scheduled to run from May 10 to 13', ['fair', 'vik'], {status: 'expected', precision: 'range', dateEnd: '2024-05-13', cites: [{article: 'times', paragraph: 1, excerpt}]});
		const there = event('b', 'post', '2024-05-08', 'Ana Lima took part in the Vik Fair', ['lima', 'fair'], {date: '2024-05-12'});
		const {events} = mergeHappenings([fair], [there], {entityNames: names, entityTerms: terms, publishedOf: new Map([['times', '2024-05-01'], ['post', '2024-05-13']])});
		expect(events).toHaveLength(1);
		expect(events[0]).toMatchObject({status: 'happened', date: '2024-05-12', title: 'Ana Lima took part in the Vik Fair'});
	});

	it('settles a journey someone plans by a report of that person on the way inside the window, not of someone else', () => {
		const plan = event('a', 'times', '2024-05', 'Ana Lima plans to travel to Vik later this month', ['lima', 'vik'], {status: 'expected'});
		const publishedOf = new Map([['times', '2024-05-01'], ['post', '2024-05-20']]);
		const arrived = event('b', 'post', '2024-05-18', 'Ana Lima arrived in Port Sol on the night ferry', ['lima', 'sol']);
		expect(mergeHappenings([plan], [arrived], {entityNames: names, entityTerms: terms, publishedOf}).events.map(item => item.status)).toEqual(['happened']);
		const other = event('c', 'post', '2024-05-18', 'Marco Berg arrived in Vik with Ana Lima’s letter', ['berg', 'vik', 'lima']);
		expect(mergeHappenings([plan], [other], {entityNames: names, entityTerms: terms, publishedOf}).events.map(item => item.status)).toEqual(['expected', 'happened']);
		// People set to open something are no occasion: their arrival is not the opening.
		const arrivedForForum = event('f', 'post', '2024-05-08', 'Ana Lima and Marco Berg arrived in Vik for the ferry forum on Wednesday', ['lima', 'berg', 'vik']);
		expect(mergeHappenings([forum()], [arrivedForForum], {entityNames: names, entityTerms: terms, publishedOf: new Map([['times', '2024-05-01'], ['post', '2024-05-09']])}).events.map(item => item.status)).toEqual(['expected', 'happened']);
	});

	it('turns the forecast’s To watch fact into context, and leaves other To watch facts alone', () => {
		const {settled} = mergeHappenings([forum()], [opened], {entityNames: names, today: '2024-05-09', publishedOf});
		const told: Fact = {id: 'f', text: 'Ana Lima and Marco Berg are expected to open the ferry forum in Vik next week.', category: 'to-watch', about: ['lima', 'berg', 'vik'], cites: [{article: 'times', paragraph: 1, excerpt: 'Ana Lima and Marco Berg are expected to open the ferry forum in Vik next week'}]};
		const other: Fact = {id: 'g', text: 'The union may strike again in June.', category: 'to-watch', about: ['union'], cites: [{article: 'times', paragraph: 4, excerpt: 'The union may strike again in June.'}]};
		const facts = settleForecastFacts([told, other], settled, '2024-05-09');
		expect(facts.map(fact => fact.category)).toEqual(['context', 'to-watch']);
		expect(facts[0]!.updated).toBe('2024-05-09');
	});
});
