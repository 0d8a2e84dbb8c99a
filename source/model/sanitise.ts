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

// Invisible characters that change how a line reads or hide text in it, removed: every Unicode
// default-ignorable code point — bidi embeddings, overrides, isolates and marks (LRM, RLM, ALM), tag
// characters and the variation-selector supplement (either can carry a hidden message), zero-width
// spaces, word joiners and invisible operators, soft hyphens, Hangul fillers, a byte-order mark inside
// text — and the interlinear annotation marks. Zero-width (non-)joiners and the sixteen variation
// selectors stay: Persian, Indic scripts and emoji need them.
const invisibleControls = /(?![\u200C\u200D\uFE00-\uFE0F])[\p{Default_Ignorable_Code_Point}\uFFF9-\uFFFB]/gu;

// Line and paragraph separators (U+2028, U+2029) break lines in some terminals and editors.
const unicodeLineBreaks = /[\u2028\u2029]/g;

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
	// Lone surrogates (possible in JSON's \u escapes) become U+FFFD rather than broken bytes.
	let result = text.toWellFormed().replace(/\r\n?/g, '\n').replace(unicodeLineBreaks, '\n').replace(escapeSequences, '').replace(invisibleControls, '');
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

/** Keys that would reach an object's prototype machinery when assigned, or shadow it when read. */
export const reservedKeys = new Set(['__proto__', 'constructor', 'prototype']);

type JsonPath = Array<string | number>;
type Pending = {holder: Record<string, unknown> | unknown[]; field: string; depth: number; path: JsonPath};

/**
 * Sanitises every string and key of a freshly parsed JSON value, in place (the caller owns it), and
 * measures its nesting on the way. Iterative, so that deep nesting cannot overflow the stack; it stops
 * as soon as the depth passes `maxDepth` and reports it. Keys named `__proto__`, `constructor` or
 * `prototype` (as written, or once sanitised: "__pro\x1b[mto__") are removed and their paths returned:
 * assigning one would change the object's prototype and smuggle in fields the validator never sees.
 */
export function sanitiseJson(value: unknown, maxDepth = Number.POSITIVE_INFINITY): {value: unknown; depth: number; reservedKeyPaths: JsonPath[]} {
	const root: Record<string, unknown> = {value};
	// Containers still to visit, each with the field name its strings belong to, its depth and path.
	const pending: Pending[] = [{holder: root, field: '', depth: 0, path: []}];
	const reservedKeyPaths: JsonPath[] = [];
	let deepest = 0;
	while (pending.length > 0) {
		const {holder, field, depth, path} = pending.pop()!;
		if (depth > deepest) {
			deepest = depth;
			if (deepest > maxDepth) break;
		}
		if (Array.isArray(holder)) {
			for (let index = 0; index < holder.length; index++) visitEntry(holder, index, field, depth, path, pending);
			continue;
		}
		for (const name of Object.keys(holder)) {
			const clean = sanitiseText(name);
			// A reserved key, or one that reads as another key of the object once invisible characters
			// are gone ("ro\u200Ble" beside "role"): either would let a file smuggle in a value.
			if (reservedKeys.has(clean) || (clean !== name && Object.hasOwn(holder, clean))) {
				reservedKeyPaths.push([...path.slice(1), clean]);
				delete holder[name];
				continue;
			}
			if (clean !== name) {
				holder[clean] = holder[name];
				delete holder[name];
			}
			visitEntry(holder, clean, clean, depth, path, pending);
		}
	}
	return {value: root['value'], depth: deepest, reservedKeyPaths};
}

function visitEntry(holder: Record<string, unknown> | unknown[], key: string | number, field: string, depth: number, path: JsonPath, pending: Pending[]) {
	const current = (holder as Record<string | number, unknown>)[key];
	if (typeof current === 'string') {
		const clean = sanitiseText(current, {multiline: multilineFields.has(field)});
		if (clean !== current) (holder as Record<string | number, unknown>)[key] = clean;
	} else if (current !== null && typeof current === 'object') {
		pending.push({holder: current as Record<string, unknown>, field, depth: depth + 1, path: [...path, key]});
	}
}

// In a JSON text: a control or line separator as it is, or an escape other than \" \\ and \/ (a \u
// escape can spell any character, \n and \t change a one-line field).
const rawControls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/;
/** Escapes, each taken whole from the left (so that in \\n the n is no escape). */
const jsonEscapes = /\\([\s\S])/g;
const reservedKeyText = /"(?:__proto__|constructor|prototype)"/;

/**
 * Whether sanitiseJson would leave every string and key of this JSON text as it is, decided on the text in
 * a few native passes (a thousand catalog entries sanitised one string at a time cost more than reading
 * them): no controls, line separators or escapes but \" \\ \/, no invisible controls, no reserved key,
 * and the text in NFC. NFC of the whole is NFC of each string: a quote (like \ and /) never combines with
 * its neighbours, so normalisation never reaches across one.
 */
export function jsonTextIsClean(text: string): boolean {
	if (rawControls.test(text) || reservedKeyText.test(text)) return false;
	for (const [, escaped] of text.matchAll(jsonEscapes)) if (escaped !== '"' && escaped !== '\\' && escaped !== '/') return false;
	invisibleControls.lastIndex = 0;
	if (invisibleControls.test(text)) return false;
	return !needsWork.test(text) || text.normalize('NFC') === text;
}

// Characters JSON.stringify leaves as they are that a terminal may act on (C1 controls such as CSI,
// DEL) or that make a line read otherwise (bidi controls, line separators).
const unsafeInJson = /[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/**
 * JSON for a terminal: the same data (file names kept exactly, for scripts), with every character a
 * terminal could act on written as a \u escape. JSON.stringify already escapes C0 controls.
 */
export function terminalSafeJson(json: string): string {
	return json.replace(unsafeInJson, character => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
