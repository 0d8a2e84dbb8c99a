import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readPickerSort, writePickerSort} from '../../source/library/picker-habit.js';
import {temporaryFolder} from '../helpers/run-cli.js';

describe('the sort the picker keeps for next time', () => {
	it('reads back the sort written, and the newest update first when the file is missing, damaged or strange', () => {
		const folder = path.join(temporaryFolder(), 'state');
		expect(readPickerSort(folder)).toBe('updated');
		expect(writePickerSort(folder, 'first-date')).toBeUndefined();
		expect(readPickerSort(folder)).toBe('first-date');
		for (const text of ['{"sort": "title"', '{"sort": "__proto__"}', '[1, 2]', 'null']) {
			writeFileSync(path.join(folder, 'picker.json'), text);
			expect(readPickerSort(folder), text).toBe('updated');
		}
	});
});
