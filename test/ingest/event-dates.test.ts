import {describe, expect, it} from 'vitest';
import {findDateMentions, isDuration, publicationDay} from '../../source/ingest/event-dates.js';
import {analyseParagraph} from '../../source/ingest/tokens.js';

// Published on Wednesday 6 March 2024.
const published = publicationDay('2024-03-06')!;
const dates = (text: string, reference: Date | null = published) =>
	analyseParagraph(text).flatMap(sentence => findDateMentions(sentence, reference ?? undefined)).map(({text: words, date, precision, dateEnd, dateEither}) => ({words, date, precision, ...(dateEnd ? {dateEnd} : {}), ...(dateEither ? {dateEither} : {})}));

describe('event dates', () => {
	it('places a weekday by tense: before publication if it happened, after if it is expected', () => {
		expect(dates('The ferry sank on Friday.')).toEqual([{words: 'on Friday', date: '2024-03-01', precision: 'day'}]);
		expect(dates('The ferry will sail on Friday.')).toEqual([{words: 'on Friday', date: '2024-03-08', precision: 'day'}]);
		expect(dates('Talks could resume as early as Monday.')[0]).toMatchObject({date: '2024-03-11'});
	});

	it('reads a participle after a present linking verb as a state now, not a past act', () => {
		expect(dates('Will the council act if the pier stays closed past June?')[0]).toMatchObject({date: '2024-06', precision: 'month'});
		expect(dates('The pier is closed until Friday.')[0]).toMatchObject({date: '2024-03-08'});
		// The same participle after a past linking verb stays past.
		expect(dates('The pier was closed on Friday.')[0]).toMatchObject({date: '2024-03-01'});
	});

	it('reads a hope, a vow or a pledge to act as looking ahead', () => {
		expect(dates('The ferry company hopes to resume sailings on Tuesday.')[0]).toMatchObject({date: '2024-03-12'});
		expect(dates('The mayor vows to reopen the bridge on Monday.')[0]).toMatchObject({date: '2024-03-11'});
		expect(dates('The mayor hoped to reopen the bridge on Monday, but it stayed shut.')[0]).toMatchObject({date: '2024-03-04'});
	});

	it('dates a weekday before the past-tense verb it belongs to, and one right after a verb of saying, to the days before publication', () => {
		expect(dates('The ministry on Monday announced new limits on exports.')[0]).toMatchObject({date: '2024-03-04'});
		expect(dates('The road was closed, officials said late Thursday.')[0]).toMatchObject({date: '2024-02-29'});
		expect(dates('The mayor told reporters Tuesday that she would resign.')[0]).toMatchObject({date: '2024-03-05'});
		// What was said keeps its own date: "said a vote in June was likely" is a coming June.
		expect(dates('The chairman said a vote in June was likely.')[0]).toMatchObject({date: '2024-06', precision: 'month'});
	});

	it('dates the saying when only where it was said stands between the verb and the weekday', () => {
		expect(dates('The mayor admitted on a radio show Monday night "we may well lose this one."')[0]).toMatchObject({date: '2024-03-04'});
		expect(dates('The minister said at a briefing on Tuesday that the dam would hold.')[0]).toMatchObject({date: '2024-03-05'});
	});

	it('reads the tense of a verb after an opening weekday from its own group, not from a later "would"', () => {
		expect(dates('On Thursday, he hedged on whether he would back the plan.')[0]).toMatchObject({date: '2024-02-29'});
		expect(dates('The mayor, whose only win on Tuesday came in the north, said she would stay.')[0]).toMatchObject({date: '2024-03-05'});
		expect(dates('On Thursday, the council will vote.')[0]).toMatchObject({date: '2024-03-07'});
	});

	it('reads a verb joined by "and" to one that looks ahead as the future too', () => {
		expect(dates('The mayor is likely to win the vote and put the harbour plan out of reach on Monday.')[0]).toMatchObject({date: '2024-03-11'});
		expect(dates('The ferry will leave Vik and reach the islands on Monday.')[0]).toMatchObject({date: '2024-03-11'});
		// What was done stays done.
		expect(dates('The mayor won the vote and left the hall on Friday.')[0]).toMatchObject({date: '2024-03-01'});
	});

	it('keeps an outcome named as done on its past weekday, though the clause says what it will bring', () => {
		// Published on Wednesday: "Tuesday" is the day before, not the next.
		expect(dates('Her victories in three states on Tuesday will only speed up that shift.')[0]).toMatchObject({date: '2024-03-05'});
		expect(dates('A win on Tuesday would give him the lead.')[0]).toMatchObject({date: '2024-03-12'});
	});

	it('counts "hours earlier" and "the day before" from publication, not "a day earlier than" or "the day before the vote"', () => {
		expect(dates('Hours earlier, the army fired two rockets toward the sea.')[0]).toMatchObject({date: '2024-03-06', precision: 'day'});
		expect(dates('He flew in from the coast, where the day before he had opened a forum.')[0]).toMatchObject({date: '2024-03-05', precision: 'day'});
		expect(dates('The bank opened the door to a cut, a day earlier than many traders had pencilled in.')).toEqual([]);
		expect(dates('He arrived the day before the vote.')).toEqual([]);
	});

	it('reads "could not differ more" as said now, not as looking ahead', () => {
		const tense = (text: string) => analyseParagraph(text).flatMap(sentence => findDateMentions(sentence, published))[0]?.tense;
		expect(tense('Today, the two ports could not differ more.')).not.toBe('future');
		expect(tense('Today, the strike could spread to Vik.')).toBe('future');
	});

	it('counts "hours before" from another happening or a length of time, not from publication', () => {
		expect(dates('Anglers let their nets drift for several hours before hauling them back aboard.')).toEqual([]);
		expect(dates('Minutes before boarding the ferry, she called home.')).toEqual([]);
		expect(dates('Hours before, the army had fired two rockets toward the sea.')[0]).toMatchObject({date: '2024-03-06', precision: 'day'});
	});

	it('gives "the next few months" as the span they name, not one month or day of it', () => {
		const [months] = dates('The chain plans more such offers in the next few months.');
		expect(months).toMatchObject({precision: 'range', date: '2024-03-07'});
		expect(months!.dateEnd! > '2024-04-30').toBe(true);
		// A span that stays within the month of publication is that month.
		expect(dates('Talks will resume in the next few days.')[0]).toMatchObject({date: '2024-03', precision: 'month'});
	});

	it('takes no weekday from a lower-case word that spells its abbreviation ("sun-drenched", "sat")', () => {
		expect(dates('Its sun-drenched beaches drew thousands of tourists.')).toEqual([]);
		expect(dates('The envoy sat beside the minister.')).toEqual([]);
		expect(dates('The shop reopens Sat., the owner said.')[0]).toMatchObject({date: '2024-03-09'});
	});

	it('places what was set to happen on a weekday after publication, like what is set to', () => {
		// Published on Wednesday: the Saturday it was set for is the coming one.
		expect(dates('The capsule was set to dock with the station on Saturday.')[0]).toMatchObject({date: '2024-03-09'});
		expect(dates('The capsule docked with the station on Saturday.')[0]).toMatchObject({date: '2024-03-02'});
	});

	it('reads "in two years" as a span in a clause about what is or was, a date only in one about the future', () => {
		expect(dates('It is the third failed launch in two years.')).toEqual([]);
		expect(dates('The bridge will reopen in two years.')[0]).toMatchObject({date: '2026', precision: 'year'});
	});

	it('takes no date from a plural span without a count ("in the years since the revolt")', () => {
		expect(dates('The party has struggled in the years since the revolt.')).toEqual([]);
		expect(dates('Prices fell over the months that followed.')).toEqual([]);
	});

	it('takes no date from a day used as a noun ("a tomorrow where …")', () => {
		expect(dates('"Imagine a tomorrow where work is honored," she said.')).toEqual([]);
		expect(dates('The vote is tomorrow.')[0]).toMatchObject({date: '2024-03-07'});
	});

	it('reads "earlier in the day" and "later in the day" as the day of publication', () => {
		expect(dates('Earlier in the day, the president met the families.')).toEqual([{words: 'Earlier in the day', date: '2024-03-06', precision: 'day'}]);
		expect(dates('The president met the families later in the day.')).toEqual([{words: 'later in the day', date: '2024-03-06', precision: 'day'}]);
		expect(dates('Earlier in the day, the president met the families.', null)).toEqual([]);
		// A date before a verb of saying dates the saying: past, whatever was said of the future.
		expect(analyseParagraph('On Monday, officials said talks would resume.').flatMap(sentence => findDateMentions(sentence, published))[0]).toMatchObject({date: '2024-03-04', tense: 'past'});
	});

	it('reads "last Monday" as a weekday of the week before publication\'s, not the Monday two days back', () => {
		// Published on a Wednesday: "Monday" is two days back, "last Monday" nine.
		expect(dates('The ferry sank on Monday.')[0]).toMatchObject({date: '2024-03-04'});
		expect(dates('The mayor met the union last Monday.')[0]).toMatchObject({date: '2024-02-26'});
		// A weekday not yet reached this week is the latest one: "last Friday" is five days back.
		expect(dates('The mayor met the union last Friday.')[0]).toMatchObject({date: '2024-03-01'});
		// Written on a Saturday, "last Monday" is the Monday of that week, five days back.
		expect(dates('The mayor met the union last Monday.', publicationDay('2024-03-09')!)[0]).toMatchObject({date: '2024-03-04'});
	});

	it('gives relative dates their honest precision: a year, a month, a week', () => {
		expect(dates('Exports fell last year.')).toEqual([{words: 'last year', date: '2023', precision: 'year'}]);
		expect(dates('The mine closed last month.')).toEqual([{words: 'last month', date: '2024-02', precision: 'month'}]);
		expect(dates('The board met last week.')).toEqual([{words: 'last week', date: '2024-02-26', precision: 'range', dateEnd: '2024-03-03'}]);
	});

	it('reads "Tuesday or Wednesday" as either day, and "from Monday to Wednesday" as all of them', () => {
		expect(dates('The vote is likely on Tuesday or Wednesday, March 13.')).toEqual([
			{words: 'on Tuesday or Wednesday, March 13', date: '2024-03-12', precision: 'range', dateEnd: '2024-03-13', dateEither: true},
		]);
		const allDays = dates('The fair runs from Monday to Wednesday next week.')[0];
		expect(allDays).toMatchObject({precision: 'range'});
		expect(allDays).not.toHaveProperty('dateEither');
	});

	it('reads days joined by a dash, as typeset ("February 12–14, 2024"), as the range of them all', () => {
		expect(dates('On February 12–14, 2024, the delegation toured the port.')).toEqual([{words: 'February 12–14, 2024', date: '2024-02-12', precision: 'range', dateEnd: '2024-02-14'}]);
		expect(dates('On February 12-14, 2024, the delegation toured the port.')).toEqual([{words: 'February 12-14, 2024', date: '2024-02-12', precision: 'range', dateEnd: '2024-02-14'}]);
	});

	it('finds bare years and full dates, and a month without a year by tense', () => {
		expect(dates('The dam was built in 1962 and repaired on May 4, 2019.')).toEqual([
			{words: '1962', date: '1962', precision: 'year'},
			{words: 'May 4, 2019', date: '2019-05-04', precision: 'day'},
		]);
		expect(dates('The complaint was filed in November.')[0]).toMatchObject({date: '2023-11', precision: 'month'});
		expect(dates('Construction will begin in June.')[0]).toMatchObject({date: '2024-06', precision: 'month'});
	});

	it('takes lengths of time for what they are', () => {
		expect(dates('The strike lasted for eleven months, and talks took 48 hours over the past week.')).toEqual([]);
		expect(isDuration('a day after', '')).toBe(true);
		expect(isDuration('on friday', '')).toBe(false);
	});

	it('without a publication date, resolves only dates the text gives in full', () => {
		expect(dates('The ferry sank on Friday, March 1, 2024, after leaving on Thursday.', null)).toEqual([{words: 'on Friday, March 1, 2024', date: '2024-03-01', precision: 'day'}]);
	});
});

describe('a weekday beside a date without a year', () => {
	it('picks the year in which the date falls on that weekday, even in a clause about the future', async () => {
		const {ingestText} = await import('../helpers/ingest-text.js');
		const story = ingestText({text: 'Vote set\n\nAfter the debate on Thursday, March 23, the council is expected to vote on Friday.', published: '2023-03-24'});
		expect(story.events.map(event => event.date)).toContain('2023-03-23');
	});
});

describe('dates by tense in an imported article', () => {
	it('past clauses are the days before publication and happened, future and modal ones expected, each with its reasoning', async () => {
		const {ingestText} = await import('../helpers/ingest-text.js');
		const story = ingestText({
			text: 'Harbour talks\n\nThe ministry on Monday announced new limits on fishing in the bay.\n\nThe port was closed, officials said late Thursday.\n\nEarlier in the day, the mayor visited the docks.\n\nThe council will vote on Friday on the new limits.\n\nThe minister may travel to the coast on Saturday.',
			published: '2024-03-06',
		});
		const byDate = new Map(story.events.map(event => [event.date, event]));
		expect(byDate.get('2024-03-04')).toMatchObject({status: 'happened', dateBasis: expect.stringContaining('before publication')});
		expect(byDate.get('2024-02-29')).toMatchObject({status: 'happened', dateBasis: expect.stringContaining('before publication')});
		expect(byDate.get('2024-03-06')).toMatchObject({status: 'happened', dateBasis: expect.stringContaining('day of publication')});
		expect(byDate.get('2024-03-08')).toMatchObject({status: 'expected', dateBasis: expect.stringContaining('after publication')});
		expect(byDate.get('2024-03-09')).toMatchObject({status: 'expected'});
		expect(story.events.filter(event => event.status === 'expected').map(event => event.date).sort()).toEqual(['2024-03-08', '2024-03-09']);
	});
});

describe('a date in an opening "after …" phrase', () => {
	it('is what came first: past, unless the main clause says "will"', () => {
		expect(analyseParagraph('After a long debate on Monday, the house was expected to vote today.').flatMap(sentence => findDateMentions(sentence, published))[0]).toMatchObject({date: '2024-03-04', tense: 'past'});
		expect(dates('After the vote on Friday, the mayor will sign the bill.')[0]).toMatchObject({date: '2024-03-08'});
		// A "will" after the main clause (past a colon, in a "that" clause) is not the main clause's.
		expect(dates('After Tuesday night, the mayor’s slim chance of keeping her seat rests on one hope: that the council will overturn the vote.')[0]).toMatchObject({date: '2024-03-05'});
	});
});

describe('the date of a wire dateline', () => {
	it('dates the lead only when the lead gives no date of its own', async () => {
		const {ingestText} = await import('../helpers/ingest-text.js');
		const own = ingestText({text: 'Fund set up\n\nHARBOUR CITY, April 8 (Wire) - The ministry on Monday announced a relief fund for the families.', published: '2025-04-08'});
		expect(own.events.map(event => event.date)).toEqual(['2025-04-07']);
		const none = ingestText({text: 'Fund set up\n\nHARBOUR CITY, April 8 (Wire) - The ministry announced a relief fund for the families.', published: '2025-04-08'});
		expect(none.events.map(event => event.date)).toEqual(['2025-04-08']);
	});
});

describe('a saying dated after a quotation, and weeks counted from publication', () => {
	it('dates "told supporters in X late on Sunday" after a quotation that says "will" as the Sunday before', async () => {
		// Straight quotation marks, as many pages write them.
		const {ingestText} = await import('../helpers/ingest-text.js');
		// Published on a Monday.
		const story = ingestText({text: 'Count ends\n\n"Families voted for a fresh start, and we will deliver it," Ostrova told supporters in Dravik late on Sunday.', published: '2026-11-30'});
		expect(story.events.map(event => [event.date, event.status])).toEqual([['2026-11-29', 'happened']]);
	});

	it('reads "this week" on a Monday as the week that Monday opens, and "next week" as the one after', async () => {
		const {ingestText} = await import('../helpers/ingest-text.js');
		const story = ingestText({text: 'Talks\n\nThe two parties said talks would begin this week.\n\nThe assembly will sit next week.', published: '2026-11-30'});
		expect(story.events.map(event => [event.date, event.dateEnd])).toEqual([
			['2026-11-30', '2026-12-06'],
			['2026-12-07', '2026-12-13'],
		]);
	});
});

describe('the year a record is measured from', () => {
	it('is no happening: "the highest since 2008", "the wettest month on the coast since 1990", "the most since March"', async () => {
		const {ingestText} = await import('../helpers/ingest-text.js');
		const story = ingestText({text: 'Records\n\nTurnout in the valley was 71%, the clerk said, the highest since 2008.\n\nIt was the wettest month on the coast since 1990, forecasters said.\n\nFerry fares rose 6% in October, the most since March.', published: '2026-11-30'});
		expect(story.events.map(event => event.date)).toEqual(['2026-10']);
	});
});

describe('an expectation after a comma', () => {
	it('"…, due to arrive on Saturday" is the Saturday after publication, titled by what is due', async () => {
		const {ingestText} = await import('../helpers/ingest-text.js');
		// Published on a Friday.
		const story = ingestText({text: 'Relief\n\nThe charity said it had loaded two trucks with water tanks and blankets, due to arrive on Saturday.', published: '2026-12-04'});
		expect(story.events.map(event => [event.date, event.status])).toEqual([['2026-12-05', 'expected']]);
		expect(story.events[0]!.title).toBe('Water tanks and blankets due to arrive on Saturday');
	});
});

describe('the figure a change is measured from', () => {
	it('is no happening: "up from 40 on Monday", "down from 4.2% in 2019"; the change keeps its date', () => {
		expect(dates('The count of stranded ferries rose to 57 on Tuesday, up from 40 on Monday, the port said.').map(date => date.date)).toEqual(['2024-03-05']);
		expect(dates('Ferry fares fell to 3.1% in January, down from 4.2% in 2019.').map(date => date.date)).toEqual(['2024-01']);
		// A date after "from" with no figure is a happening's own: "moved from Vik in 2019".
		expect(dates('The guild moved its office from Vik in 2019.').map(date => date.date)).toEqual(['2019']);
	});
});

describe('a month called May and a plea in court', () => {
	it('"pleaded guilty in May" is the May before publication: the month is no "may", the plea no saying', () => {
		expect(dates('The skipper pleaded guilty in May.')[0]).toMatchObject({date: '2023-05', precision: 'month'});
		expect(dates('The harbour board said it met in May.')[0]).toMatchObject({date: '2023-05'});
		// The modal still looks ahead.
		expect(dates('The harbour board may meet in June.')[0]).toMatchObject({date: '2024-06'});
	});
});
