import fc from 'fast-check';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {createStringWidth, isSimpleText, knownSimple, segmentationNeeded} from '../../source/text/cell-width.js';

// The stand-in must give string-width's answer for every text; it may only be faster.
let loads = 0;
const fast = createStringWidth(() => {
	loads++;
	return stringWidth;
});

describe('cell widths without segmentation for simple text', () => {
	it('agrees with string-width on every code point of the first plane and a sample of the others', () => {
		// A code point the stand-in hands to string-width, with the same text and options, gets string-width's
		// answer by construction: the reference is computed only for those it measures itself, and what it
		// hands over is not measured at all (the other planes are mostly unassigned, which is handed over).
		type Handover = {input: string; options?: {ambiguousIsNarrow?: boolean}};
		let handedOver: Handover | undefined;
		const watched = createStringWidth(() => (input, options) => {
			handedOver = {input, options};
			return Number.NaN;
		});
		const disagreements: string[] = [];
		let measuredItself = 0;
		for (let codePoint = 0; codePoint <= 0x10ffff; codePoint += codePoint < 0x10000 ? 1 : 7) {
			if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
			const character = String.fromCodePoint(codePoint);
			for (const ambiguousIsNarrow of [true, false]) {
				handedOver = undefined;
				const width = watched(character, {ambiguousIsNarrow});
				// Set by the call above (a closure TypeScript cannot follow).
				const given = handedOver as Handover | undefined;
				if (given) {
					if (given.input !== character || given.options?.ambiguousIsNarrow !== ambiguousIsNarrow) disagreements.push(`${codePoint.toString(16)}: handed over changed`);
					continue;
				}
				measuredItself++;
				if (width !== stringWidth(character, {ambiguousIsNarrow})) disagreements.push(codePoint.toString(16));
			}
		}
		expect(disagreements).toEqual([]);
		// Latin, Cyrillic, CJK, Hangul syllables and the rest of the simple text: tens of thousands of code points.
		expect(measuredItself).toBeGreaterThan(100_000);
	}, 60_000);

	it('agrees with string-width on texts mixing scripts, emoji, marks, joiners and colours', () => {
		const pieces = ['a', 'Ж', 'é', 'e\u0301', '北', '한', '\u1100\u1161', '🙂', '👍🏽', '👨‍👩‍👧', '🇰🇷', '1\uFE0F\u20E3', '©', '©\uFE0F', '—', '’', '◉', '╔', 'ｶﾞ', '\u0D4E\u0D15', '\u200B', '\t', '\u001B[31m', '\u001B[0m', ' '];
		fc.assert(
			fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({unit: 'grapheme', maxLength: 4})), {maxLength: 12}), fc.boolean(), (parts, ambiguousIsNarrow) => {
				const text = parts.join('');
				expect(fast(text, {ambiguousIsNarrow})).toBe(stringWidth(text, {ambiguousIsNarrow}));
			}),
			{numRuns: 3000},
		);
	});

	it('leaves string-width unloaded for Latin, Cyrillic, CJK, punctuation and box drawing', () => {
		loads = 0;
		const measure = createStringWidth(() => {
			loads++;
			return stringWidth;
		});
		expect(measure('Kim Jong Un — “Vladivostok” 北朝鮮 Москва ╔═◉▸')).toBe(stringWidth('Kim Jong Un — “Vladivostok” 北朝鮮 Москва ╔═◉▸'));
		expect(loads).toBe(0);
		expect(isSimpleText('e\u0301')).toBe(false);
		expect(measure('🙂')).toBe(2);
		expect(loads).toBe(1);
	});
});

describe('characters known simple without the full test', () => {
	it('are each a cluster of their own by the full test, so lines of them measure as before', () => {
		for (const [from, to] of knownSimple) {
			for (let code = from; code <= to; code++) expect(segmentationNeeded(String.fromCodePoint(code)), code.toString(16)).toBe(false);
		}
		// And a line of them is simple; one with a mark or an emoji still is not.
		expect(isSimpleText('│ ▸ fact   …the Khasan crossing · 3 ▌│')).toBe(true);
		expect(isSimpleText('│ e\u0301 │')).toBe(false);
		expect(isSimpleText('│ 👍 │')).toBe(false);
	});
});
