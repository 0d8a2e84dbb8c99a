import {describe, expect, it} from 'vitest';
import {eventTitle, maxTitleWords, quotedDateTitle} from '../../source/ingest/event-titles.js';
import {analyseParagraph} from '../../source/ingest/tokens.js';

function titleFor(paragraph: string, dateWords: string): string {
	const sentences = analyseParagraph(paragraph);
	const at = paragraph.indexOf(dateWords);
	const sentence = sentences.find(item => at < item.end)!;
	return eventTitle(sentence, paragraph, at);
}

describe('event titles', () => {
	it('are the clause that holds the date, at most twelve words', () => {
		const title = titleFor('The storm, which flooded the old town on Friday, forced the council to close schools across the region for a week.', 'Friday');
		expect(title).toBe('The storm flooded the old town on Friday');
		const long = titleFor('Emergency crews from three neighbouring provinces worked through the night on Tuesday to clear the debris from the collapsed bridge near the harbour.', 'Tuesday');
		expect(long.split(/\s+/).length).toBeLessThanOrEqual(maxTitleWords);
	});

	it('leave out a dateline and quoted words', () => {
		expect(titleFor('LAGOS, Nigeria – The port reopened on Monday after a week-long strike.', 'Monday')).toBe('The port reopened on Monday after a week-long strike');
		expect(titleFor('LAGOS (Reuters) - The port reopened on Monday after a week-long strike.', 'Monday')).toBe('The port reopened on Monday after a week-long strike');
		expect(titleFor('The minister said the deal was “a new start for the whole coast” on Monday.', 'Monday')).not.toMatch(/new start/);
	});

	it('keep quoted words that carry on the writer\'s verb, and read "told X that …" as what was said', () => {
		expect(titleFor('The harbour master told crews at the north quay that the board had “given up on the ferry service” in April.', 'April')).toBe('The board had “given up on the ferry service” in April');
		// A "that" after a noun with no verb of saying before it still opens a relative clause.
		expect(titleFor('She boarded the old ferry that she had first taken in 1984 with her father.', '1984')).toMatch(/^The old ferry that she had first taken in 1984/);
	});

	it('start at the thing a linking participle or a time told against another happening leads to', () => {
		// "including …", "extending …" only tie the clause to the thing named after them.
		expect(titleFor('The mayor thanked the guild for a run of harbour festivals, including 40 years since the opening of the Vik ferry line in 1984.', '1984')).toBe('The opening of the Vik ferry line in 1984');
		expect(titleFor('Hours earlier the port closed again, extending a run of strikes at the docks since the start of 2021.', 'since the start of 2021')).toBe('A run of strikes at the docks since the start of 2021');
		// "The day before he took part …": the clause after the time is what happened.
		expect(titleFor('The minister flew in from Vik, where the day before she opened the new harbour bridge.', 'the day before')).toBe('The minister opened the new harbour bridge');
		// A participle that tells an action keeps its clause.
		expect(titleFor('The mayor left Vik on Monday, visiting the ferry yard on the way.', 'Monday')).toMatch(/^The mayor left Vik on Monday/u);
	});

	it('name their subject: never a pronoun when the sentence names who, never a verb alone after a list of asides', () => {
		// "he" is the subject of the last verb before it ("the harbour master flew"), not the sentence's "It".
		expect(titleFor('It is said that the harbour master flew here from Vik, where the day before he opened the ferry fair.', 'the day before')).toBe('The harbour master opened the ferry fair');
		// The clause before "then flew" has its subject three commas back, past an aside and another verb.
		expect(titleFor('In apparent preparation for the fair, about 20 ferry officials, including some who run the docks, reportedly sailed from Vik to Dal, then flew to Oslo, in August.', 'in August')).toBe('About 20 ferry officials flew to Oslo in August');
		// A pronoun whose sentence names nobody before it stays as it is.
		expect(titleFor('They opened the ferry fair on Monday after a long delay.', 'Monday')).toBe('They opened the ferry fair on Monday after a long delay');
	});

	it('keep the subject a comma took from the clause, and start after a date that opens them', () => {
		// The name in apposition is who did it (the role is the person's, in the people pane).
		expect(titleFor('The mayor of the harbour town, Ana Lima, opened the bridge on Friday.', 'Friday')).toBe('Ana Lima opened the bridge on Friday');
		expect(titleFor('The mayor of the harbour town, who was elected in May, opened the bridge on Friday.', 'Friday')).toBe('The mayor of the harbour town opened the bridge on Friday');
		expect(titleFor('The ferry union, which has 900 members, called a strike on Monday.', 'Monday')).toBe('The ferry union called a strike on Monday');
		expect(titleFor('Lima and Berg will attend the harbour festival, which is scheduled to run from May 10 to 13.', 'May 10')).toBe('The harbour festival is scheduled to run from May 10 to 13');
		expect(titleFor('On 10 May, the strike was called off by both sides after talks in Vik.', '10 May')).toBe('The strike was called off by both sides after talks in Vik');
		expect(titleFor('On May 13–17, 2024, the minister toured the northern ports.', 'May 13')).toBe('The minister toured the northern ports');
	});

	it('are the side clause that holds the date when a long clause has one: its date is not the main clause\'s', () => {
		const paragraph = 'On 4 May, the visit was confirmed by the council after the mayor left Vik on the old ferry that she had taken to the islands in 2011.';
		expect(titleFor(paragraph, '2011')).toBe('The old ferry that she had taken to the islands in 2011');
		expect(titleFor(paragraph, '4 May')).toBe('The visit was confirmed by the council after the mayor left Vik…');
		// "that" after a verb or a time opens what was said: no thing named before it to read it from.
		expect(titleFor('The harbour paper reported on Monday that the mayor plans to visit Vik later this month.', 'later this month')).toBe('The mayor plans to visit Vik later this month');
		// A date in the main clause keeps the main clause, though a side clause follows it.
		expect(titleFor('The ferry company cut its fares on Monday after the council that runs the port complained.', 'Monday')).toMatch(/^The ferry company cut its fares on Monday/u);
	});

	it('never stop at a clause that is only its time ("Earlier in the day")', () => {
		expect(titleFor('Earlier in the day, local television showed the ferry leaving the harbour.', 'Earlier in the day')).toBe('Local television showed the ferry leaving the harbour');
		// A word or three in quotation marks belong to the writer's sentence: the title keeps them.
		expect(titleFor('The premier warned against a “bad deal” in his March 3 address.', 'March 3')).toBe('The premier warned against a bad deal in his March 3 address');
		// A comma inside a number does not end the clause.
		expect(titleFor('More than 5,000 strandings have been recorded since 1840, the agency says.', '1840')).toBe('More than 5,000 strandings have been recorded since 1840');
		// A year with only a connective before it ("Then, in 2012, …") is a time as well.
		expect(titleFor('Then, in 2012, hundreds of protesters stormed the embassy, breaking windows.', '2012')).toBe('Hundreds of protesters stormed the embassy');
		expect(titleFor('In 1998, the council sold the harbour to a shipping firm.', '1998')).toBe('The council sold the harbour to a shipping firm');
	});

	it('are never a quotation: a date named only inside one gets a plain title', () => {
		expect(titleFor('“I went back to the village yesterday and it was gone,” he said.', 'yesterday')).toBe(quotedDateTitle);
		// Also when the writer's clause has a date of its own: that clause is the other date's event.
		expect(titleFor('“We have met the operator four times since January,” the mayor told reporters on Tuesday.', 'January')).toBe(quotedDateTitle);
		expect(titleFor('“We have met the operator four times since January,” the mayor told reporters on Tuesday.', 'Tuesday')).toBe('The mayor told reporters on Tuesday');
	});

	it('read a list\'s commas as one clause, and what was said after an apposition\'s commas as its own happening', () => {
		// The list ("the boats, nets and crates") is one thing taken, not three clauses.
		expect(titleFor('The co-operative said that thieves had taken the boats, nets and crates from the quay last week.', 'last week')).toMatch(/^Thieves had taken the boats, nets and crates from the quay/);
		// "X, the trust that runs the mill, said on Monday that …": the clause of saying is short, cut by the
		// apposition, and the date inside what was said dates that.
		expect(titleFor('Dunmore Mills, the trust that runs the old mill, said on Monday that a flood had wrecked the turbines, pumps and gates of its weir in March.', 'March')).toMatch(/^A flood had wrecked the turbines, pumps and gates/);
		expect(titleFor('Dunmore Mills, the trust that runs the old mill, said on Monday that a flood had wrecked the turbines, pumps and gates of its weir in March.', 'Monday')).toMatch(/^Dunmore Mills said on Monday/);
		// A time word before the comma ends its own phrase: "On Friday evening, pickets and …" is no list.
		expect(titleFor('On Friday evening, pickets and drivers met at the depot gates.', 'Friday')).toBe('Pickets and drivers met at the depot gates');
	});

	it('name who did it: past an age, an initialism in brackets, a possessive read as "is", a name in apposition', () => {
		// "X, 61, who led …": the relative clause is about the person, not the age.
		expect(titleFor('Marta Vilar, 61, who ran the ferry company from 2009 to 2020, was fined on Tuesday.', '2009')).toBe('Marta Vilar ran the ferry company from 2009 to 2020');
		// The bracketed initialism is the subject's other name: no stray bracket in the title.
		expect(titleFor('The Lock Keepers Guild (LKG) said its members would strike on Friday.', 'Friday')).toBe('The Lock Keepers Guild said its members would strike on Friday');
		// "Kestrel Ferries' former director, Ana Ruiz, admitted …": the name is who did it; compromise's "is"
		// read from "'s" is no verb that cuts the subject short.
		expect(titleFor("Dunmore Mill's former finance director, Ola Brekke, admitted fraud last year and repaid the money.", 'last year')).toBe('Ola Brekke admitted fraud last year and repaid the money');
		expect(titleFor('The chief engineer, Ines Moura, said on Monday that the lock would reopen.', 'Monday')).toMatch(/^Ines Moura said on Monday/u);
	});

	it('start at the source a clause cites, not at "according to"', () => {
		expect(titleFor('Ferry crossings fell by a third, according to a survey of 900 skippers published on Tuesday by the harbour board.', 'Tuesday')).toMatch(/^A survey of 900 skippers published on Tuesday/u);
	});
});
