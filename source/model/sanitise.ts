// One sanitiser for all text that enters the program from outside (story files, queries, file names),
// so that nothing it prints can drive the terminal: no escape sequences (clipboard writes, window
// titles, hyperlinks, cursor moves, screen clears), no control characters, no bidi overrides that make a
// line read differently than it is.

// ESC-introduced sequences, 7-bit and their 8-bit C1 forms:
// - CSI: ESC [ or 0x9B, parameters and intermediates, one final byte;
// - OSC, DCS, SOS, PM, APC: ESC ] P X ^ _ or 0x9D 0x90 0x98 0x9E 0x9F, a payload, then BEL or ST
//   (ESC \ or 0x9C), or the end of the text when unterminated;
// - any other ESC and the one character after it (charset selection, keypad modes, resets).
const escapeSequences =
	/(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?|(?:\u001B[\]PX^_]|[\u009D\u0090\u0098\u009E\u009F])[^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?|\u001B[\u0020-\u007E]?/g;

// Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/g;

// What is left of C0 (but tab and newline), DEL and C1 after whole sequences are gone.
const controlCharacters = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export type SanitiseOptions = {
	/** Keep line breaks (long texts); otherwise they become spaces (names, titles, queries). */
	multiline?: boolean;
};

/**
 * Removes escape sequences and bidi controls, shows other control characters as visible symbols
 * (U+2400 block, e.g. BEL as ␇) so that nothing is silently lost, and normalises to NFC.
 */
// Anything the sanitiser may change: controls (tab and newline included), bidi controls, and any
// non-ASCII text (which NFC may recompose). Plain printable ASCII, most of any story, skips all work.
const needsWork = /[^\u0020-\u007E]/;

export function sanitiseText(text: string, options: SanitiseOptions = {}): string {
	if (!needsWork.test(text)) return text;
	let result = text.replace(/\r\n?/g, '\n').replace(escapeSequences, '').replace(bidiControls, '');
	result = result.replace(controlCharacters, character => {
		const code = character.codePointAt(0)!;
		if (code < 0x20) return String.fromCodePoint(0x2400 + code);
		if (code === 0x7f) return '\u2421';
		return '\uFFFD';
	});
	result = options.multiline ? result.replace(/\t/g, '    ') : result.replace(/[\t\n]/g, ' ');
	return result.normalize('NFC');
}

// Fields whose text may run over several lines.
const multilineFields = new Set(['summary', 'description', 'note', 'publishedBasis', 'dateBasis', 'context']);

/**
 * Sanitises every string and key of a freshly parsed JSON value, in place (the caller owns it), and
 * measures its nesting on the way. Iterative, so that deep nesting cannot overflow the stack; it stops
 * as soon as the depth passes `maxDepth` and reports it.
 */
export function sanitiseJson(value: unknown, maxDepth = Number.POSITIVE_INFINITY): {value: unknown; depth: number} {
	const root: Record<string, unknown> = {value};
	// Containers still to visit, each with the field name its strings belong to and its depth.
	const pending: Array<{holder: Record<string, unknown> | unknown[]; field: string; depth: number}> = [{holder: root, field: '', depth: 0}];
	let deepest = 0;
	while (pending.length > 0) {
		const {holder, field, depth} = pending.pop()!;
		if (depth > deepest) {
			deepest = depth;
			if (deepest > maxDepth) break;
		}
		if (Array.isArray(holder)) {
			for (let index = 0; index < holder.length; index++) visitEntry(holder, index, field, depth, pending);
			continue;
		}
		for (const name of Object.keys(holder)) {
			const clean = sanitiseText(name);
			if (clean !== name) {
				holder[clean] = holder[name];
				delete holder[name];
			}
			visitEntry(holder, clean, clean, depth, pending);
		}
	}
	return {value: root['value'], depth: deepest};
}

function visitEntry(
	holder: Record<string, unknown> | unknown[],
	key: string | number,
	field: string,
	depth: number,
	pending: Array<{holder: Record<string, unknown> | unknown[]; field: string; depth: number}>,
) {
	const current = (holder as Record<string | number, unknown>)[key];
	if (typeof current === 'string') {
		const clean = sanitiseText(current, {multiline: multilineFields.has(field)});
		if (clean !== current) (holder as Record<string | number, unknown>)[key] = clean;
	} else if (current !== null && typeof current === 'object') {
		pending.push({holder: current as Record<string, unknown>, field, depth: depth + 1});
	}
}
