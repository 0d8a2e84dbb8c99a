import {mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadLibrary} from '../../source/library/catalog.js';
import {cachedCatalogPath} from '../../source/library/catalog-file.js';
import {pickerFrameState} from '../../source/library/picker-frame-state.js';
import {storyNamed} from '../helpers/library-stories.js';
import {temporaryFolder} from '../helpers/run-cli.js';

// The picker's kept first frame is keyed by what its first frame is drawn from (the folder's names, the
// catalog, the state folder, the inbox), taken from the file system's records without reading a file:
// a library that changed must never find the frame kept for it as it was.

function library() {
	const folder = temporaryFolder();
	for (const id of ['ferry', 'floods']) writeFileSync(path.join(folder, `${id}.json`), JSON.stringify(storyNamed(id, `Story about ${id}`)));
	const cache = temporaryFolder();
	const state = temporaryFolder();
	return {folder, cache, state, now: () => pickerFrameState(folder, cache, state)};
}

describe("the picker's first frame's inputs", () => {
	it('stay the same while the library does, however often it is opened and its files read', async () => {
		const {folder, cache, now} = library();
		await loadLibrary(folder, {cache});
		const before = now();
		await loadLibrary(folder, {cache});
		readFileSync(path.join(folder, 'ferry.json'));
		expect(now()).toBe(before);
	});

	it('change when a story is added, removed or renamed, before the catalog knows of it', async () => {
		const {folder, cache, now} = library();
		await loadLibrary(folder, {cache});
		const seen = new Set([now()]);
		const changes = [
			() => writeFileSync(path.join(folder, 'summit.json'), JSON.stringify(storyNamed('summit', 'Story about summit'))),
			() => rmSync(path.join(folder, 'ferry.json')),
			() => renameSync(path.join(folder, 'floods.json'), path.join(folder, 'floods-2024.json')),
		];
		for (const change of changes) {
			change();
			expect(seen.has(now()), change.toString()).toBe(false);
			seen.add(now());
		}
	});

	it('change when the catalog is written again, beside the files or in the cache', async () => {
		const {folder, cache, now} = library();
		await loadLibrary(folder, {cache});
		const before = now();
		// A story changed in place: the catalog is written again when the library is next opened.
		writeFileSync(path.join(folder, 'ferry.json'), JSON.stringify(storyNamed('ferry', 'The ferry is back')));
		await loadLibrary(folder, {cache});
		expect(now()).not.toBe(before);
		// A catalog kept in the cache (for a folder the user may not write).
		const cached = cachedCatalogPath(folder, cache);
		const withCache = now();
		mkdirSync(path.dirname(cached), {recursive: true});
		writeFileSync(cached, '{}');
		expect(now()).not.toBe(withCache);
	});

	it('change when a file of the state folder or the inbox changes', () => {
		const {folder, state, now} = library();
		const before = now();
		writeFileSync(path.join(state, 'seen.json'), '{"stories":{}}');
		const seen = now();
		expect(seen).not.toBe(before);
		writeFileSync(path.join(state, 'seen.json'), '{"stories":{"ferry":{}}}');
		expect(now()).not.toBe(seen);
		mkdirSync(path.join(folder, 'inbox'));
		const inbox = now();
		expect(inbox).not.toBe(seen);
		writeFileSync(path.join(folder, 'inbox', 'article.json'), '{}');
		expect(now()).not.toBe(inbox);
	});
});
