// Calendar arithmetic for the partial ISO dates stories use (YYYY, YYYY-MM, YYYY-MM-DD).

export type Precision = 'day' | 'month' | 'year' | 'range';

const isoPattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export type PartialDate = {year: number; month?: number; day?: number};

function daysInMonth(year: number, month: number): number {
	// Day 0 of the next month is the last day of this one.
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses an ISO date of year, month or day precision; undefined when it is not a real calendar date. */
export function parsePartialDate(text: string): PartialDate | undefined {
	const match = isoPattern.exec(text);
	if (!match) return undefined;
	const year = Number(match[1]);
	if (match[2] === undefined) return {year};
	const month = Number(match[2]);
	if (month < 1 || month > 12) return undefined;
	if (match[3] === undefined) return {year, month};
	const day = Number(match[3]);
	if (day < 1 || day > daysInMonth(year, month)) return undefined;
	return {year, month, day};
}

/** Why a date string is not acceptable, or undefined when it is. */
export function describeDateProblem(text: string): string | undefined {
	if (!isoPattern.test(text)) return `"${text}" is not an ISO date (expected YYYY, YYYY-MM or YYYY-MM-DD)`;
	if (!parsePartialDate(text)) return `"${text}" is not a real calendar date`;
	return undefined;
}

export function granularityOf(text: string): 'day' | 'month' | 'year' {
	const parts = text.split('-').length;
	return parts === 3 ? 'day' : parts === 2 ? 'month' : 'year';
}

/** Sort key: a partial date sorts before the days inside it (2023 < 2023-09 < 2023-09-01). */
export function compareIsoDates(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

export function formatPartialDate(text: string): string {
	const date = parsePartialDate(text);
	if (!date) return text;
	if (date.month === undefined) return String(date.year);
	const month = monthNames[date.month - 1] ?? '';
	if (date.day === undefined) return `${month} ${date.year}`;
	return `${date.day} ${month} ${date.year}`;
}

/**
 * Human label for an event date that says no more than the data knows:
 * "2019", "Sep 2023", "12 Sep 2023", "12 or 13 Sep 2023", "4–10 Sep 2023".
 */
export function formatEventDate(date: string, precision: Precision, dateEnd?: string, either = false): string {
	if (precision !== 'range' || !dateEnd) return formatPartialDate(date);
	const start = parsePartialDate(date);
	const end = parsePartialDate(dateEnd);
	const joiner = either ? ' or ' : '–';
	if (start?.day !== undefined && end?.day !== undefined && start.year === end.year && start.month === end.month) {
		return `${start.day}${joiner}${formatPartialDate(dateEnd)}`;
	}
	// "29 Apr–28 Jul 2019": one year is written once.
	if (start?.day !== undefined && end?.day !== undefined && start.year === end.year) {
		return `${start.day} ${monthNames[start.month! - 1]}${joiner}${formatPartialDate(dateEnd)}`;
	}
	return `${formatPartialDate(date)}${joiner}${formatPartialDate(dateEnd)}`;
}
