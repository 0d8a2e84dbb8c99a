import {readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {catalogName} from './catalog-place.js';

// What the picker's first frame is drawn from, as one short text for the key of a kept first frame
// (source/first-frame-cache.ts), read without the library's code and without reading any file: the
// picker's first frame is drawn from the catalog when it names exactly the folder's files, so what
// decides it is the folder's list of names, the catalog (beside the files or in the cache), and the
// state folder (what was seen, what refreshes brought) and the inbox. Each is taken from the file
// system's own record of changes: a folder's modification time changes whenever a name is added,
// removed or renamed in it, and a file's size, times and inode whenever it is written or replaced.
// That costs a few stat calls where listing a thousand names and hashing the catalog's bytes (0.4 MB)
// cost some 5 ms and, with node:crypto loaded for the hash, 10-20 ms of CPU before the frame. A story
// file changed in place leaves all of these as they were, as it left the names and the catalog before:
// the picker looks at the files just after its first frame and draws again (ui/first-frame.ts repaints
// a kept frame that is not the picker's own).

/** A file's or folder's record of its last change ('none' if it is not there). */
function stamp(file: string): string {
	try {
		const stat = statSync(file);
		return `${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
	} catch {
		return 'none';
	}
}

/** Each file's name and record: the state folder's files are few, and one may be rewritten in place. */
function filesIn(folder: string): string[] {
	let names: string[];
	try {
		names = readdirSync(folder).sort();
	} catch {
		return [];
	}
	return names.map(name => `${name}\u0000${stamp(path.join(folder, name))}`);
}

/**
 * The picker's first frame's inputs from the library folder, the cache folder and the state folder.
 * The cache's catalogs are one folder of files named by a hash of their library's path: its own record
 * stands for them (a catalog there is written beside and renamed in), which spares node:crypto.
 */
export function pickerFrameState(folder: string, cacheFolder: string, stateFolder: string): string {
	return JSON.stringify([path.resolve(folder), stamp(folder), stamp(path.join(folder, catalogName)), stamp(path.join(cacheFolder, 'catalogs')), filesIn(stateFolder), stamp(path.join(folder, 'inbox')), filesIn(path.join(folder, 'inbox'))]);
}
