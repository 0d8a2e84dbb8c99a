import {eastAsianWidth} from 'get-east-asian-width';
import stripAnsi from 'strip-ansi';

// Terminal cell widths without the cost of full grapheme segmentation where it cannot matter.
// string-width segments every string into grapheme clusters and tests each against the RGI emoji
// property; building its segmenter and compiling that pattern costs about 25 ms, paid before the first
// frame (Ink measures every line it draws). Most text is "simple": every code point is a cluster of its
// own and takes its East Asian Width (Latin, Cyrillic, CJK, punctuation, box drawing). Only text with
// marks, emoji, joiners, variation selectors, Hangul jamo, controls or halfwidth forms needs the full
// algorithm, and gets it from string-width itself, loaded on first need.

type StringWidth = (input: string, options?: {ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean}) => number;

// Everything that can join a cluster, change width by context, or be an emoji: marks, controls and
// format characters (joiners, variation selectors, tags), unassigned and private-use code points,
// emoji and their modifiers, regional indicators, Hangul jamo, halfwidth and fullwidth forms, and the
// few letters that prefix the next one (Grapheme_Cluster_Break=Prepend, e.g. U+0D4E).
const needsSegmentation =
	/[\p{M}\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Default_Ignorable_Code_Point}\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\uFF00-\uFFEF\u0D4E\u{111C2}\u{111C3}\u{1193F}\u{11941}\u{11A3A}\u{11A84}-\u{11A89}\u{11D46}]/u;

/**
 * Characters known simple, tested first: printable ASCII and what the dashboard draws on every line
 * (box drawing and block elements for frames, "…", "·", "▸"). Testing a whole line against the property
 * classes above took a few per cent of a typed key's CPU; this class is a few ranges. Each character
 * here is checked against needsSegmentation by test/text/cell-width.test.ts.
 */
export const knownSimple: ReadonlyArray<readonly [from: number, to: number]> = [[0x20, 0x7e], [0xb7, 0xb7], [0x2026, 0x2026], [0x2500, 0x259f], [0x25b8, 0x25b8]];
const codeUnit = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
const onlyKnownSimple = new RegExp(`^[${knownSimple.map(([from, to]) => (from === to ? codeUnit(from) : `${codeUnit(from)}-${codeUnit(to)}`)).join('')}]*$`);

/** Whether each code point of the text is a cluster of its own with its East Asian Width. */
export function isSimpleText(text: string): boolean {
	return onlyKnownSimple.test(text) || !needsSegmentation.test(text);
}

/** The full test (exported for the test of knownSimple). */
export const segmentationNeeded = (text: string): boolean => needsSegmentation.test(text);

// get-east-asian-width answers by a chain of range tests per call, and every character of every line
// drawn is measured (the first frame measured some 10,000): the answers for the Basic Multilingual Plane
// are kept as they are found, one table per reading of ambiguous characters (0: not asked yet).
const knownWidths = [new Uint8Array(0x10000), new Uint8Array(0x10000)] as const;

/** eastAsianWidth (1 or 2), remembered for the Basic Multilingual Plane. */
export function widthOfCodePoint(codePoint: number, ambiguousAsWide = false): number {
	if (codePoint > 0xffff) return eastAsianWidth(codePoint, {ambiguousAsWide});
	const known = knownWidths[ambiguousAsWide ? 1 : 0];
	return (known[codePoint] ||= eastAsianWidth(codePoint, {ambiguousAsWide}));
}

/** The width of simple text (see isSimpleText): the sum of its code points' East Asian Widths. */
export function simpleWidth(text: string, ambiguousAsWide = false): number {
	let width = 0;
	// By code point as for…of reads them, without a string a character (beyond Latin-1 each is new garbage).
	for (let at = 0; at < text.length; at++) {
		const codePoint = text.codePointAt(at)!;
		if (codePoint > 0xffff) at++;
		width += widthOfCodePoint(codePoint, ambiguousAsWide);
	}
	return width;
}

/** A string-width with the same answers, computing simple text itself and loading the full one lazily. */
export function createStringWidth(loadFull: () => StringWidth): StringWidth {
	let full: StringWidth | undefined;
	return (input, options = {}) => {
		if (typeof input !== 'string' || input.length === 0) return 0;
		const text = !options.countAnsiEscapeCodes && (input.includes('\u001B') || input.includes('\u009B')) ? stripAnsi(input) : input;
		if (/^[\u0020-\u007E]*$/.test(text)) return text.length;
		if (isSimpleText(text)) return simpleWidth(text, options.ambiguousIsNarrow === false);
		full ??= loadFull();
		return full(input, options);
	};
}
