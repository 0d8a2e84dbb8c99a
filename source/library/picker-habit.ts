import {mkdirSync} from 'node:fs';
import path from 'node:path';
import {writeFileSafely} from '../fs/write-file-safely.js';
import type {Problem} from '../model/problem.js';
import {readOwnTextFile} from '../model/read-stories.js';
import {pickerSorts, type PickerSort} from './picker-model.js';

// The sort the user last chose in the picker, kept in the state folder ($XDG_STATE_HOME/summit-tui/
// picker.json), so that a library sorted by title opens sorted by title next time and `j Enter` from
// habit opens the same story. Read leniently (missing or damaged: the newest update first).

const habitFile = (stateFolder: string) => path.join(stateFolder, 'picker.json');

export function readPickerSort(stateFolder: string): PickerSort {
	const read = readOwnTextFile(habitFile(stateFolder), 4096);
	if (read.text === undefined) return 'updated';
	try {
		const sort = (JSON.parse(read.text) as {sort?: unknown})?.sort;
		return pickerSorts.find(each => each.sort === sort)?.sort ?? 'updated';
	} catch {
		return 'updated';
	}
}

export function writePickerSort(stateFolder: string, sort: PickerSort): Problem | undefined {
	try {
		mkdirSync(stateFolder, {recursive: true});
	} catch {
		// The write below says why.
	}
	return writeFileSafely(habitFile(stateFolder), `${JSON.stringify({sort})}\n`, {ownFile: true});
}
