import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
// Ink's own sanitiser, which the bundle replaces (source/build-plugins.mjs); Ink's exports do not name the file.
import inkSanitizeAnsi from '../../node_modules/ink/build/sanitize-ansi.js';
import sanitizeAnsi from '../../source/text/sanitize-ansi-bundled.js';

// Ink strips from a Text what would move the cursor or clear the screen and keeps colours and links;
// the bundle's stand-in must keep and strip exactly the same, whatever the text holds.

const pieces = ['a', 'word ', '北京', 'e\u0301', '🙂', '\n', '\t', '\u0007', '\u001B', '\u009B', '\u009C', '\u0085', '\u00A0', '[', 'm', ';', '31', '\\'];
const sequences = ['\u001B[31m', '\u001B[39m', '\u001B[1;2m', '\u001B[38:5:208m', '\u001B[m', '\u001B[2K', '\u001B[?25l', '\u001B[1 q', '\u001B]8;;https://example.org/\u0007', '\u001B]8;;\u001B\\', '\u009B31m', '\u001BM', '\u001B(B', '\u001B[31', '\u001BP1$r\u001B\\', '\u001B[>0m', '\u001B[3 m'];
const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...sequences), fc.string({maxLength: 3})), {maxLength: 16}).map(parts => parts.join(''));

describe("the bundle's sanitiser for Ink's Text", () => {
	it("gives Ink's answer for any mix of text, SGR codes, other sequences and control characters", () => {
		fc.assert(
			fc.property(text, value => {
				expect(sanitizeAnsi(value)).toBe(inkSanitizeAnsi(value));
			}),
			{numRuns: 3000},
		);
	});

	it('keeps coloured text as it is and still strips what moves the cursor', () => {
		expect(sanitizeAnsi('\u001B[2mdim\u001B[22m · \u001B[38;5;208morange\u001B[39m')).toBe('\u001B[2mdim\u001B[22m · \u001B[38;5;208morange\u001B[39m');
		expect(sanitizeAnsi('\u001B[31mred\u001B[2K\u001B[39m')).toBe('\u001B[31mred\u001B[39m');
		expect(sanitizeAnsi('a\u009B2Jb')).toBe(inkSanitizeAnsi('a\u009B2Jb'));
	});
});
