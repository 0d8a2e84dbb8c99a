import fc from 'fast-check';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {buildStoryLookup} from '../../source/model/story-lookup.js';
import type {StoryFile} from '../../source/model/schema.js';
import {minimalStory} from '../fixtures/minimal-story.js';
import {compareAscii, localeOrder, rootOrderedLocale} from '../../source/text/locale-order.js';
import {quotesBySpeaker} from '../../source/ui/pane-rows.js';

// The reference: ICU's collator for English, which is what localeCompare uses under an English or C locale.
const english = new Intl.Collator('en-US');
const sign = (value: number) => Math.sign(value);
const printable = fc.string({unit: fc.integer({min: 0x20, max: 0x7e}).map(code => String.fromCharCode(code)), maxLength: 8});
// Names are mostly letters and spaces with a hyphen, an apostrophe or a dot: random ones of those meet ties of case more often.
const nameLike = fc.string({unit: fc.constantFrom('a', 'A', 'b', 'B', 'z', 'Z', ' ', '-', "'", '.', '0'), maxLength: 6});

describe('locale order without ICU', () => {
	it('orders printable ASCII as English collation does', () => {
		for (const generator of [printable, nameLike]) {
			fc.assert(
				fc.property(generator, generator, (a, b) => {
					expect(compareAscii(a, b)).toBe(sign(english.compare(a, b)));
				}),
				{numRuns: 3000},
			);
		}
	});

	it('orders every pair of printable characters as English collation does', () => {
		const characters = Array.from({length: 0x7f - 0x20}, (_, index) => String.fromCharCode(0x20 + index));
		for (const a of characters) for (const b of characters) expect(compareAscii(a, b)).toBe(sign(english.compare(a, b)));
	});

	it('orders names as English collation does: case after letters, spaces and hyphens before letters', () => {
		const names = ['van Dijk', 'Van Dijk', 'Vance', 'O\'Brien', 'OBrien', 'Obama', 'Jean-Luc', 'Jean Luc', 'Jeanluc', 'al-Assad', 'Al Assad', 'Ali', 'X', 'x'];
		expect([...names].sort(localeOrder)).toEqual([...names].sort(english.compare));
	});

	it('leaves text with other characters to localeCompare, so accented and mixed names keep their order', () => {
		expect(compareAscii('Élodie', 'Eloise')).toBeUndefined();
		expect(compareAscii('Zoë', 'Zoe')).toBeUndefined();
		const names = ['Zoë', 'Zoe', 'Zoé Ader', 'Élodie', 'Eloise', 'Łukasz', 'Lukas', 'Øyvind', 'Oliver', 'Ödön', 'Odile', 'Çelik', 'Celik', '李明', 'Ana'];
		expect([...names].sort(localeOrder)).toEqual([...names].sort((a, b) => a.localeCompare(b)));
	});

	it('trusts its own order only for English, C and POSIX locales, taking the locale as ICU does', () => {
		expect(rootOrderedLocale({})).toBe(true);
		expect(rootOrderedLocale({LANG: 'C.UTF-8'})).toBe(true);
		expect(rootOrderedLocale({LANG: 'en_GB.UTF-8'})).toBe(true);
		expect(rootOrderedLocale({LANG: 'POSIX'})).toBe(true);
		// Danish collation puts "aa" after "z"; LC_ALL, then LC_MESSAGES, then LANG name ICU's locale.
		expect(rootOrderedLocale({LANG: 'da_DK.UTF-8'})).toBe(false);
		expect(rootOrderedLocale({LANG: 'en_US.UTF-8', LC_MESSAGES: 'lt_LT.UTF-8'})).toBe(false);
		expect(rootOrderedLocale({LANG: 'en_US.UTF-8', LC_ALL: 'sv_SE.UTF-8'})).toBe(false);
		expect(rootOrderedLocale({LANG: 'da_DK.UTF-8', LC_ALL: ''})).toBe(false);
		expect(rootOrderedLocale({LANG: 'de_DE.UTF-8', LC_COLLATE: 'C'})).toBe(false);
		expect(rootOrderedLocale({LANG: 'english'})).toBe(false);
	});
});

describe('the quotes pane before the first frame', () => {
	afterEach(() => vi.restoreAllMocks());

	it('sorts speakers of plain names without localeCompare (which would load ICU before the first frame)', () => {
		const base = minimalStory();
		const person = (id: string, name: string) => ({id, name, aliases: [], role: 'Speaker', description: 'Says things.'});
		const cites = base.quotes[0]!.cites;
		const story = {
			...base,
			people: [person('p1', 'Mara Voss'), person('p2', 'mara voss'), person('p3', 'Ari Lund'), person('p4', 'Ari-Lund')],
			quotes: ['p1', 'p2', 'p3', 'p4'].map((speaker, index) => ({id: `q${index}`, speaker, text: 'Words', cites})),
			facts: [],
			events: [],
		} as unknown as StoryFile;
		const compare = vi.spyOn(String.prototype, 'localeCompare');
		const lookup = buildStoryLookup(story);
		const names = quotesBySpeaker(lookup).map(group => lookup.nameOf(group.speaker!));
		// Under a locale whose order is not the root's (LANG=da_DK…), localeCompare is right and is called.
		if (rootOrderedLocale(process.env)) expect(compare).not.toHaveBeenCalled();
		expect(names).toEqual(['Ari Lund', 'Ari-Lund', 'mara voss', 'Mara Voss']);
	});
});
