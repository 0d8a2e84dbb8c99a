import {createHash} from 'node:crypto';
import {readFileSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {cachedCatalogPath, catalogName} from './catalog-place.js';

// What the picker's first frame is drawn from, as one text to hash into the key of a kept first frame
// (source/first-frame-cache.ts), read without the library's code: the folder's file names (the picker's
// first frame is drawn from the catalog when it names exactly those), the catalog's bytes (beside the
// files or in the cache), and the names, sizes and times of the files of the state folder (what was
// seen, what refreshes brought) and of the inbox. Cheap next to reading the catalog: one read of it and
// a few listings.

function bytesOf(file: string): string {
	try {
		return createHash('sha256').update(readFileSync(file)).digest('hex');
	} catch {
		return 'none';
	}
}

function namesIn(folder: string): string[] {
	try {
		return readdirSync(folder).sort();
	} catch {
		return [];
	}
}

function filesIn(folder: string): string[] {
	return namesIn(folder).map(name => {
		try {
			const stat = statSync(path.join(folder, name));
			return `${name}\u0000${stat.size}\u0000${stat.mtimeMs}`;
		} catch {
			return name;
		}
	});
}

export function pickerFrameState(folder: string, cacheFolder: string, stateFolder: string): string {
	return JSON.stringify([path.resolve(folder), namesIn(folder), bytesOf(path.join(folder, catalogName)), bytesOf(cachedCatalogPath(folder, cacheFolder)), filesIn(stateFolder), filesIn(path.join(folder, 'inbox'))]);
}
