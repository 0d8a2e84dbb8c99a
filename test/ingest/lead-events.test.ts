import {describe, expect, it} from 'vitest';
import {ingestText} from '../helpers/ingest-text.js';

const lead = (text: string) => ingestText({text, published: '2024-05-02'}).events.map(event => [event.date, event.precision]);

describe('undated events in the lead', () => {
	it('a lead in the present perfect with no date is dated by the day of publication', () => {
		expect(lead('Ferry deal signed\n\nThe island council has signed a ten-year ferry contract with Nordlys Lines.')).toEqual([['2024-05-02', 'day']]);
	});

	it('not when the lead gives its own date, and not beyond the first two prose paragraphs', () => {
		expect(lead('Ferry deal\n\nThe council signed the contract on Monday.\n\nIt has promised cheaper fares.')).toEqual([['2024-04-29', 'day']]);
		expect(lead('Ferry deal\n\nFares are a worry.\n\nCrossings are slow.\n\nThe council has signed a contract.')).toEqual([]);
	});

	it('a year standing before a noun: "the 1991 collapse"', () => {
		expect(lead('The factory closed soon after the 1991 collapse of the old regime.')).toEqual([['1991', 'year']]);
	});
});
