// String.prototype.localeCompare's order without ICU for printable ASCII. The first localeCompare of a
// process loads ICU's collation data (about 30 ms of CPU, before the dashboard's first frame: the quotes
// pane sorts its speakers by name). For the default collation of English and of "C"/POSIX (which V8
// reads as en-US) ASCII is ordered as CLDR's root order: whitespace, punctuation, symbols, digits, then
// letters regardless of case; only when two strings are equal so (alternate "non-ignorable": punctuation
// counts like a letter) does case decide, at the first place they differ, lowercase first. Other text and
// other locales (Danish sorts "aa" after "z", Lithuanian "y" after "i") are left to localeCompare itself.

/** Printable ASCII in the root collation's order; characters of one primary weight are beside each other. */
const rootOrder = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789aAbBcCdDeEfFgGhHiIjJkKlLmMnNoOpPqQrRsStTuUvVwWxXyYzZ';
/** Primary weight by character code (0 for a character outside printable ASCII). */
const primary = new Uint8Array(128);
{
	let weight = 0;
	for (let index = 0; index < rootOrder.length; index++) {
		const code = rootOrder.charCodeAt(index);
		const isUpper = code >= 0x41 && code <= 0x5a;
		if (!isUpper) weight++;
		primary[code] = weight;
	}
}

/**
 * Whether the process's default collation is the root's for ASCII. ICU takes the default locale from
 * LC_ALL, else LC_MESSAGES, else LANG (not LC_COLLATE); unset, "C" and "POSIX" are en-US to V8.
 */
export function rootOrderedLocale(env: Record<string, string | undefined>): boolean {
	const locale = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find(value => value !== undefined && value !== '');
	return locale === undefined || /^(?:C|POSIX|en)(?:[._@-]|$)/i.test(locale);
}

let rootOrdered: boolean | undefined;

/** The root order of two printable ASCII strings, or undefined when either holds another character. */
export function compareAscii(a: string, b: string): number | undefined {
	const shorter = Math.min(a.length, b.length);
	for (let index = 0; index < shorter; index++) {
		const left = primary[a.charCodeAt(index)] ?? 0;
		const right = primary[b.charCodeAt(index)] ?? 0;
		if (left === 0 || right === 0) return undefined;
		if (left !== right) return left < right ? -1 : 1;
	}
	for (const rest of [a.slice(shorter), b.slice(shorter)]) for (let index = 0; index < rest.length; index++) if ((primary[rest.charCodeAt(index)] ?? 0) === 0) return undefined;
	if (a.length !== b.length) return a.length < b.length ? -1 : 1;
	// The same letters: the first difference is one of case, and lowercase comes first.
	for (let index = 0; index < a.length; index++) {
		const left = a.charCodeAt(index);
		const right = b.charCodeAt(index);
		if (left !== right) return left > right ? -1 : 1;
	}
	return 0;
}

/** The order of `a.localeCompare(b)` (its sign): without ICU for printable ASCII under a root-ordered locale. */
export function localeOrder(a: string, b: string): number {
	rootOrdered ??= rootOrderedLocale(process.env);
	return (rootOrdered ? compareAscii(a, b) : undefined) ?? a.localeCompare(b);
}
