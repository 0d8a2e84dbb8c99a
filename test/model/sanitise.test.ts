import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {jsonTextIsClean, sanitiseJson, sanitiseText} from '../../source/model/sanitise.js';

// Anything a terminal would act on: C0 but newline and tab, DEL, C1, the bidi controls and marks, line
// and paragraph separators, tag characters, zero-width spaces, and lone surrogates.
const unsafe = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u2028\u2029\u200B\u2060-\u2064\uFEFF\u{E0000}-\u{E007F}]|\p{Cs}|(?![\u200C\u200D\uFE00-\uFE0F])\p{Default_Ignorable_Code_Point}/u;

describe('sanitiseText', () => {
	it.each([
		['OSC 52 clipboard write', 'Evil\u001B]52;c;SGVsbG8=\u0007 Corp', 'Evil Corp'],
		['OSC 8 hyperlink', 'Link \u001B]8;;https://evil.example\u001B\\click\u001B]8;;\u001B\\ here', 'Link click here'],
		['OSC 0 window title', 'Title\u001B]0;pwned\u0007 bar', 'Title bar'],
		['CSI 2J screen clear', 'Clear\u001B[2J screen', 'Clear screen'],
		['cursor moves', 'Move\u001B[12;34H cursor\u001B[7A up', 'Move cursor up'],
		['8-bit CSI and OSC', 'C1\u009B31m red\u009D0;title\u009C done', 'C1 red done'],
		['DCS, APC, PM and SOS strings', 'a\u001BPq#0\u001B\\b\u001B_apc\u001B\\c\u001B^pm\u001B\\d\u001BXsos\u001B\\e', 'abcde'],
		['an unterminated OSC', 'before \u001B]52;c;AAAA', 'before '],
		['bidi overrides and isolates', 'Bidi \u202Eevil\u202C text \u2066iso\u2069', 'Bidi evil text iso'],
		['bidi marks LRM, RLM and ALM', 'left\u200E right\u200F arabic\u061C mark', 'left right arabic mark'],
		['tag characters (a hidden message)', 'Plain\u{E0068}\u{E0069} text', 'Plain text'],
		['zero-width spaces and joiners of words', 'pass\u200Bword\u2060s \uFEFFhere', 'passwords here'],
		['variation-selector supplement (a hidden message)', 'A\u{E0100}\u{E0142}\u{E01EF}B', 'AB'],
		['soft hyphens, Hangul fillers and a combining grapheme joiner', 'in\u00ADvisible\u3164 \uFFA0x\u034Fy', 'invisible xy'],
	])('removes %s and keeps the words around it', (_, input, output) => {
		expect(sanitiseText(input)).toBe(output);
	});

	it('shows a lone control character instead of passing it to the terminal', () => {
		expect(sanitiseText('Bell\u0007 ring')).toBe('Bell␇ ring');
		expect(sanitiseText('del\u007F')).toBe('del␡');
		expect(sanitiseText('c1 \u0085')).toBe('c1 \uFFFD');
	});

	it('turns line and paragraph separators into line breaks, or spaces where a field has one line', () => {
		expect(sanitiseText('one\u2028two\u2029three')).toBe('one two three');
		expect(sanitiseText('one\u2028two', {multiline: true})).toBe('one\ntwo');
	});

	it('keeps the joiners that scripts and emoji need, and mends a lone surrogate', () => {
		expect(sanitiseText('می\u200Cخواهم 👩\u200D💻')).toBe('می\u200Cخواهم 👩\u200D💻');
		expect(sanitiseText('half \uD800 pair')).toBe('half \uFFFD pair');
	});

	it('never lets a bidi mark, separator, tag or invisible character through, wherever it stands (property)', () => {
		const specials = ['\u200E', '\u200F', '\u061C', '\u2028', '\u2029', '\u{E0041}', '\u{E007F}', '\u200B', '\u2060', '\uFEFF', '\uD800', '\uDC00', '\u001B[', 'a', ' ', 'é'];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...specials), {maxLength: 40}), fc.boolean(), (parts, multiline) => {
				expect(sanitiseText(parts.join(''), {multiline})).not.toMatch(unsafe);
			}),
			{numRuns: 2000},
		);
	});

	it('keeps line breaks only where a field allows them', () => {
		expect(sanitiseText('one\ntwo\tthree')).toBe('one two three');
		expect(sanitiseText('one\r\ntwo\tthree', {multiline: true})).toBe('one\ntwo    three');
	});

	it('normalises to NFC', () => {
		expect(sanitiseText('Zemlianichenko cafe\u0301')).toBe('Zemlianichenko café');
	});

	it('never lets a control character, ESC or bidi control through (property)', () => {
		fc.assert(
			fc.property(fc.string({unit: 'binary', maxLength: 200}), fc.boolean(), (text, multiline) => {
				const clean = sanitiseText(text, {multiline});
				expect(clean).not.toMatch(unsafe);
				if (!multiline) expect(clean).not.toMatch(/[\n\t]/);
			}),
			{numRuns: 3000},
		);
	});

	it('leaves printable text unchanged (property)', () => {
		const printable = fc.string({unit: 'grapheme', maxLength: 80}).map(text => text.normalize('NFC')).filter(text => !unsafe.test(text) && !/[\n\t\r]/.test(text));
		fc.assert(
			fc.property(printable, text => {
				expect(sanitiseText(text)).toBe(text);
			}),
			{numRuns: 2000},
		);
	});

	it('is idempotent (property)', () => {
		fc.assert(
			fc.property(fc.string({unit: 'binary', maxLength: 120}), text => {
				const once = sanitiseText(text);
				expect(sanitiseText(once)).toBe(once);
			}),
			{numRuns: 2000},
		);
	});
});

describe('sanitiseJson', () => {
	it('cleans every string and key, however deep', () => {
		const {value: cleaned} = sanitiseJson({'k\u001B[2Jey': ['\u001B]0;x\u0007a', {b: 'c\u202Ed'}], summary: 'x\ny'}) as Record<string, unknown>;
		expect(cleaned).toEqual({key: ['a', {b: 'cd'}], summary: 'x\ny'});
	});
});

describe('jsonTextIsClean', () => {
	const pieces = ['a', 'Ольга', '박', 'e\u0301', '\u0301', 'é', '"', '\\', '/', '\n', '\t', '\u001B[2J', '\u009B', '\u202E', '\u2028', '\u200B', '\u{E0041}', '\uD800', '__proto__', ' '];
	const text = fc.array(fc.constantFrom(...pieces), {maxLength: 8}).map(parts => parts.join(''));

	it('says clean only where the sanitiser would change no string and no key (property)', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(text, text, text), {maxLength: 6}), entries => {
				const json = JSON.stringify({entries: entries.map(([key, title, outlet]) => ({[key]: title, outlets: [outlet]}))});
				if (!jsonTextIsClean(json)) return;
				const parsed = JSON.parse(json);
				expect(sanitiseJson(JSON.parse(json)).value).toEqual(parsed);
			}),
			{numRuns: 3000},
		);
	});

	it('says clean of text as the program writes it, in any script, so that reading it skips the sanitiser', () => {
		expect(jsonTextIsClean(JSON.stringify({title: 'Ольга Vasquez meets 박 in Genève', quote: 'He said "no" \\ and/or'}))).toBe(true);
		expect(jsonTextIsClean('{"title": "Poisoned\\u001b]0;title\\u0007"}')).toBe(false);
		expect(jsonTextIsClean('{"title": "cafe\u0301"}')).toBe(false);
		expect(jsonTextIsClean('{"__proto__": {"x": 1}}')).toBe(false);
	});
});
