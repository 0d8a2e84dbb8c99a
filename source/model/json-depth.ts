import {jsonTextIsClean, sanitiseJson} from './sanitise.js';

// How deeply a JSON (or JSONC: comments allowed) text nests, measured in one pass over the characters
// before any parser sees it: recursive parsers (jsonc-parser's, and every walk over a parsed value that
// recurses) exhaust the stack on a few kilobytes of brackets, so each file the program reads is refused
// past a depth it never needs, with a message, instead of ending in "Maximum call stack size exceeded".

/** The deepest nesting of [ and { outside strings and comments; stops counting once past `limit`. */
export function jsonNestingDepth(text: string, limit = Number.POSITIVE_INFINITY): number {
	let depth = 0;
	let deepest = 0;
	for (let index = 0; index < text.length; index++) {
		const character = text.charCodeAt(index);
		if (character === 0x22) {
			// A string: to its closing quote, past escapes.
			for (index++; index < text.length; index++) {
				const inner = text.charCodeAt(index);
				if (inner === 0x5c) index++;
				else if (inner === 0x22) break;
			}
		} else if (character === 0x2f && text.charCodeAt(index + 1) === 0x2f) {
			const end = text.indexOf('\n', index);
			index = end === -1 ? text.length : end;
		} else if (character === 0x2f && text.charCodeAt(index + 1) === 0x2a) {
			const end = text.indexOf('*/', index + 2);
			index = end === -1 ? text.length : end + 1;
		} else if (character === 0x5b || character === 0x7b) {
			depth++;
			if (depth > deepest) {
				deepest = depth;
				if (deepest > limit) return deepest;
			}
		} else if (character === 0x5d || character === 0x7d) {
			depth = Math.max(0, depth - 1);
		}
	}
	return deepest;
}

export const tooDeepMessage = (limit: number) => `JSON is nested more than ${limit} levels deep; this file needs far fewer`;

/**
 * A file of the program's own (catalog, what was seen) parsed: its depth bounded first, every string and
 * key sanitised after (the file may have been edited by hand or shipped with a shared folder, and its
 * text reaches the terminal), reserved keys (__proto__ …) dropped; `sanitise: false` leaves that to the
 * caller (file names that must match the folder's). A text the sanitiser would leave as it is
 * (jsonTextIsClean: as the program writes them) skips it. A problem when it is not JSON.
 */
export function parseOwnJson(text: string, maxDepth: number, options: {sanitise?: boolean} = {}): {value: unknown} | {problem: string} {
	if (jsonNestingDepth(text, maxDepth) > maxDepth) return {problem: tooDeepMessage(maxDepth)};
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		return {problem: `malformed JSON (${(error as Error).message})`};
	}
	return {value: options.sanitise === false || jsonTextIsClean(text) ? raw : sanitiseJson(raw, maxDepth).value};
}
