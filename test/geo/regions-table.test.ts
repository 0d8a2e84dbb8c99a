import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {regionIndex, regionKey, regionTable, type RegionRecord} from '../../source/geo/regions.js';

// The bundle reads the regions through the build's index (regions-index.json) and parses a record only
// when a lookup needs it; the sources parse the whole table. Both must give the same divisions for every key.

const bytes = readFileSync(new URL('../../source/geo/regions.json', import.meta.url));
const records = JSON.parse(bytes.toString('utf8')) as RegionRecord[];
// The index as the build writes it: through JSON.
const index = JSON.parse(JSON.stringify(regionIndex(records))) as ReturnType<typeof regionIndex>;

describe('the regions table', () => {
	it('finds the same divisions for every key and part, with and without the index', () => {
		const lazy = regionTable(bytes, index);
		const whole = regionTable(bytes, undefined);
		const keys = [...index.keys.split('\n'), ...index.parts.split('\n')];
		expect(keys.length).toBeGreaterThan(10_000);
		for (const key of [...keys, 'no such region', '']) {
			expect(lazy.named(key)).toEqual(whole.named(key));
			expect(lazy.joining(key)).toEqual(whole.joining(key));
		}
		expect(lazy.named(regionKey('Amur'))?.map(region => region.country)).toEqual(['RU']);
		// The same objects on every lookup, as the loaded table gave.
		expect(lazy.named(regionKey('Ontario'))).toBe(lazy.named(regionKey('Ontario')));
	});

	it('parses the table whole when its layout is not one record per line', () => {
		const oneLine = Buffer.from(JSON.stringify(records));
		expect(regionTable(oneLine, index).named(regionKey('Texas'))).toEqual(regionTable(bytes, index).named(regionKey('Texas')));
	});
});
