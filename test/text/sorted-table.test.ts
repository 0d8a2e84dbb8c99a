import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {openSortedTable, rowLookup, sortedTableText} from '../../source/text/sorted-table.js';

describe('sorted table', () => {
	const rows: Array<[string, string]> = [
		['paris', 'Paris\tFR'],
		['par', 'Par\tGB'],
		['paris', 'Paris\tUS'],
		['são paulo', 'São Paulo\tBR'],
		['sao paulo', 'Sao Paulo\tBR'],
		['zürich', 'Zürich\tCH'],
		['a', 'first'],
	];
	const lookup = openSortedTable(Buffer.from(sortedTableText(rows)));

	it('finds every value of a key, in the order given, and none for an unknown key or a prefix of a key', () => {
		expect(lookup('paris')).toEqual(['Paris\tFR', 'Paris\tUS']);
		expect(lookup('par')).toEqual(['Par\tGB']);
		expect(lookup('pari')).toEqual([]);
		expect(lookup('parisx')).toEqual([]);
		expect(lookup('')).toEqual([]);
		expect(lookup('zzz')).toEqual([]);
	});

	it('finds keys and values beyond ASCII, and the first and last lines', () => {
		expect(lookup('são paulo')).toEqual(['São Paulo\tBR']);
		expect(lookup('sao paulo')).toEqual(['Sao Paulo\tBR']);
		expect(lookup('zürich')).toEqual(['Zürich\tCH']);
		expect(lookup('a')).toEqual(['first']);
	});

	it('refuses a key with a tab or a value with a line break (the table could not be read back)', () => {
		expect(() => sortedTableText([['a\tb', 'x']])).toThrow(/tab/);
		expect(() => sortedTableText([['a', 'x\ny']])).toThrow(/line break/);
	});

	it('gives back what a map of the same rows gives, for any rows', () => {
		const key = fc.string({unit: fc.constantFrom('a', 'b', 'é', ' ', '語', '😀'), maxLength: 4});
		fc.assert(
			fc.property(fc.array(fc.tuple(key, fc.string({maxLength: 5}).filter(value => !value.includes('\n'))), {maxLength: 40}), key, (pairs, probe) => {
				// The file's lookup (the bundle's) and the in-memory one (the sources') answer alike.
				const table = openSortedTable(Buffer.from(sortedTableText(pairs)));
				const inMemory = rowLookup(pairs);
				for (const wanted of [...pairs.map(([other]) => other), probe]) {
					const expected = pairs.filter(([other]) => other === wanted).map(([, value]) => value);
					expect(table(wanted)).toEqual(expected);
					expect(inMemory(wanted)).toEqual(expected);
				}
			}),
		);
	});
});
