import {describe, expect, it} from 'vitest';
import {describeDateProblem, formatEventDate, parsePartialDate} from '../../source/model/dates.js';

describe('dates', () => {
	it('parses year, month and day precision', () => {
		expect(parsePartialDate('2023')).toEqual({year: 2023});
		expect(parsePartialDate('2023-09')).toEqual({year: 2023, month: 9});
		expect(parsePartialDate('2023-09-12')).toEqual({year: 2023, month: 9, day: 12});
	});

	it('explains what is wrong with a bad date', () => {
		expect(describeDateProblem('2023-13')).toBe('"2023-13" is not a real calendar date');
		expect(describeDateProblem('12/09/2023')).toMatch(/not an ISO date/);
		expect(describeDateProblem('2023-04-31')).toBe('"2023-04-31" is not a real calendar date');
	});

	it('labels dates no more precisely than the data knows', () => {
		expect(formatEventDate('2019', 'year')).toBe('2019');
		expect(formatEventDate('2023-09', 'month')).toBe('Sep 2023');
		expect(formatEventDate('2023-09-12', 'day')).toBe('12 Sep 2023');
		expect(formatEventDate('2023-09-12', 'range', '2023-09-13', true)).toBe('12 or 13 Sep 2023');
		expect(formatEventDate('2023-09-04', 'range', '2023-09-10')).toBe('4–10 Sep 2023');
		expect(formatEventDate('2023-08-30', 'range', '2023-09-02')).toBe('30 Aug–2 Sep 2023');
		expect(formatEventDate('2023-12-30', 'range', '2024-01-02')).toBe('30 Dec 2023–2 Jan 2024');
	});
});
