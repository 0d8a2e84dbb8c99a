import {describe, expect, it} from 'vitest';
import {foldName} from '../../source/text/fold-name.js';
import {placeKey} from '../../source/geo/gazetteer.js';
import {nameKey} from '../../source/library/match-entities.js';
import {slugify} from '../../source/ingest/build-story.js';

describe('foldName, the fold under every name key', () => {
	it('drops accents and case, so "Zürich", "ZURICH" and "Zurich" are one name', () => {
		expect(new Set(['Zürich', 'ZURICH', 'Zurich'].map(foldName))).toEqual(new Set(['zurich']));
	});

	it('splits compatibility forms ("ﬁ" ligature, full-width letters)', () => {
		expect(foldName('Ｋｙｉｖ ﬁnance')).toBe('kyiv finance');
	});

	it('keeps letters that are not accented Latin, Greek or Cyrillic ("ø", "ł", Chinese)', () => {
		expect(foldName('Ødegaard Łódź 北京')).toBe('ødegaard łodz 北京');
	});

	it('is the same fold in the place, entity and story-id keys', () => {
		expect(placeKey('São Paulo')).toBe('sao paulo');
		expect(nameKey('Sergeï Lavrov')).toBe('sergei lavrov');
		expect(slugify('Élysée summit')).toBe('elysee-summit');
	});
});
