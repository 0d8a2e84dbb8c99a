import {quickChrono} from './chrono-patterns.js';
import {parsePartialDate} from '../model/dates.js';
import type {ArticleMetadata} from './article-input.js';

// The values of an article's header (and of --published and --url) are checked at the door, so that
// what reaches the story builder is a real web address and a real, absolute date — or nothing, with a
// warning that says why. Nothing is read against the machine's clock: an article imported next year
// must get the same dates as today.

/** The years a publication date may have: four digits, as ISO dates and the story format write them. */
export const yearRange = {first: 1000, last: 9999} as const;

export function isYearInRange(year: number): boolean {
	return Number.isInteger(year) && year >= yearRange.first && year <= yearRange.last;
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const maxDateLength = 100;

export type Checked<T> = {value?: T; problem?: string};

/**
 * A header's date as YYYY-MM-DD: an ISO day, or a written-out date with its day, month and year
 * ("September 12, 2023", "12 Sep 2023"). Relative words ("yesterday", "last Tuesday") and dates
 * without a year are refused: they would be read against the clock of the day of import.
 */
export function checkPublished(text: string): Checked<string> {
	const value = text.trim();
	// Written-out dates are short; a long value is not one (and the date parser's time grows with it).
	if (value.length > maxDateLength) return {problem: `"${value.slice(0, 40)}…" is too long to be a date (${value.length} characters)`};
	if (isoDay.test(value)) {
		const date = parsePartialDate(value);
		if (!date) return {problem: `"${value}" is not a real calendar date`};
		if (!isYearInRange(date.year)) return {problem: `the year ${date.year} is outside ${yearRange.first}–${yearRange.last}`};
		return {value};
	}
	const numeric = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value);
	if (numeric) {
		// 12/09/2023 is 12 September in most of the world and December 9 in the US: say so, don't guess.
		const [first, second] = [Number(numeric[1]), Number(numeric[2])];
		if (first <= 12 && second <= 12 && first !== second) return {problem: `"${value}" could be day/month or month/day; write it as YYYY-MM-DD`};
		const [day, month] = first > 12 ? [first, second] : [second, first];
		return checkPublished(`${numeric[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
	}
	const year = /\b(\d{3,})\b/.exec(value)?.[1];
	if (year === undefined) return {problem: `"${value}" has no year; give the date itself (e.g. 2024-03-05), not a word relative to today`};
	if (!isYearInRange(Number(year))) return {problem: `the year ${year} is outside ${yearRange.first}–${yearRange.last}`};
	// A fixed reference, so that chrono's guesses never depend on the day of import.
	const results = quickChrono.parse(value, new Date(Date.UTC(2000, 0, 1)));
	if (results.length > 1) return {problem: `"${value}" names more than one date`};
	const parsed = results[0];
	// Numbers outside what was read as the date ("12 Sep 2023 25:00") mean the value is not one date.
	if (parsed && /\d/.test(value.slice(0, parsed.index) + value.slice(parsed.index + parsed.text.length))) return {problem: `"${value}" holds numbers that are not part of a date`};
	const start = parsed?.start;
	if (!start || !start.isCertain('day') || !start.isCertain('month') || !start.isCertain('year') || start.get('year') !== Number(year)) {
		return {problem: `"${value}" is not a date with a day, month and year`};
	}
	const iso = `${year}-${String(start.get('month')).padStart(2, '0')}-${String(start.get('day')).padStart(2, '0')}`;
	return parsePartialDate(iso) ? {value: iso} : {problem: `"${value}" is not a real calendar date`};
}

/** A web address (http or https, with a host name that has at least one dot, or localhost or an IP). */
export function checkUrl(text: string): Checked<string> {
	const value = text.trim();
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return {problem: `"${value}" is not a web address`};
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return {problem: `"${value}" is not a web address (only http and https are kept, not ${url.protocol})`};
	const host = url.hostname;
	const named = /^(?:[\p{L}\d](?:[\p{L}\d-]*[\p{L}\d])?\.)+\p{L}(?:[\p{L}\d-]*[\p{L}\d])?$/u.test(host);
	const ip = /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) || host.startsWith('[');
	if (!named && !ip && host !== 'localhost') return {problem: `"${value}" has no valid host name`};
	return {value};
}

/** The metadata with every invalid value dropped, and a warning for each. */
export function checkMetadata(metadata: ArticleMetadata, source: string): {metadata: ArticleMetadata; warnings: string[]} {
	const warnings: string[] = [];
	const checked: ArticleMetadata = {...metadata};
	if (metadata.published !== undefined) {
		const {value, problem} = checkPublished(metadata.published);
		checked.published = value;
		if (problem) warnings.push(`${source}: publication date not used: ${problem}`);
	}
	// "Source: https://…": an address given where the outlet goes is the article's address.
	if (checked.outlet !== undefined && /^https?:\/\//i.test(checked.outlet)) {
		checked.url ??= checked.outlet;
		checked.outlet = undefined;
	}
	if (checked.url !== undefined) {
		const {value, problem} = checkUrl(checked.url);
		checked.url = value;
		if (problem) warnings.push(`${source}: URL not used: ${problem}`);
	}
	return {metadata: checked, warnings};
}
