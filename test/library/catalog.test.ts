import {existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadLibrary} from '../../source/library/catalog.js';
import {cachedCatalogPath, catalogName} from '../../source/library/catalog-file.js';
import {minimalStory} from '../fixtures/minimal-story.js';
import {storyNamed} from '../helpers/library-stories.js';
import {temporaryFolder} from '../helpers/run-cli.js';

function write(folder: string, name: string, story: unknown, mtime?: Date) {
	const file = path.join(folder, name);
	writeFileSync(file, typeof story === 'string' ? story : JSON.stringify(story));
	if (mtime) utimesSync(file, mtime, mtime);
	return file;
}

const options = () => ({cache: temporaryFolder()});

describe('the library catalog', () => {
	it('lists one story per story id, newest update first, with its header', async () => {
		const folder = temporaryFolder();
		write(folder, 'ferry.json', storyNamed('ferry', 'The ferry returns', '2024-03-01'), new Date('2024-03-01T10:00:00Z'));
		write(folder, 'floods.json', storyNamed('floods', 'Floods in the valley', '2024-04-02'), new Date('2024-04-02T10:00:00Z'));
		const library = await loadLibrary(folder, options());
		expect(library.problems).toEqual([]);
		expect(library.stories.map(story => story.header?.title)).toEqual(['Floods in the valley', 'The ferry returns']);
		expect(library.stories[0]).toMatchObject({
			id: 'floods',
			sample: false,
			files: [path.join(folder, 'floods.json')],
			header: {from: '2024-04-02', to: '2024-04-02', outlets: ['The Gazette'], counts: {articles: 1, people: 2, facts: 1, events: 2, quotes: 1}},
		});
	});

	it('keeps the catalog beside the files and reads only what changed since', async () => {
		const folder = temporaryFolder();
		write(folder, 'a.json', storyNamed('a', 'Story A'));
		const second = write(folder, 'b.json', storyNamed('b', 'Story B'));
		const cache = temporaryFolder();
		expect((await loadLibrary(folder, {cache})).filesRead).toBe(2);
		expect(existsSync(path.join(folder, catalogName))).toBe(true);
		expect((await loadLibrary(folder, {cache})).filesRead).toBe(0);
		write(second.replace(/b\.json$/, ''), 'b.json', storyNamed('b', 'Story B, updated'), new Date('2030-01-01T00:00:00Z'));
		const after = await loadLibrary(folder, {cache});
		expect(after.filesRead).toBe(1);
		expect(after.stories[0]!.header!.title).toBe('Story B, updated');
	});

	it('reads the headers from the catalog, not the files, when nothing changed', async () => {
		const folder = temporaryFolder();
		write(folder, 'a.json', storyNamed('a', 'Story A'));
		await loadLibrary(folder, options());
		// Proof that the catalog is what is read: a header changed in it (and only there) is what shows.
		const catalogFile = path.join(folder, catalogName);
		writeFileSync(catalogFile, readFileSync(catalogFile, 'utf8').replace('Story A', 'Story A from the catalog'));
		expect((await loadLibrary(folder, options())).stories[0]!.header!.title).toBe('Story A from the catalog');
	});

	it('lists a broken file as a broken story with its first problem, and the others as usual', async () => {
		const folder = temporaryFolder();
		write(folder, 'good.json', storyNamed('good', 'A good story'));
		write(folder, 'broken.json', '{"schemaVersion": 1, "story": ');
		const library = await loadLibrary(folder, options());
		const broken = library.stories.find(story => story.id === 'broken.json')!;
		expect(broken.header).toBeUndefined();
		expect(broken.problem).toMatchObject({file: path.join(folder, 'broken.json'), message: expect.stringMatching(/malformed JSON/)});
		expect(library.stories.find(story => story.id === 'good')!.problem).toBeUndefined();
	});

	it('takes files with the same story id as parts of one story, and names two parts that conflict together', async () => {
		const folder = temporaryFolder();
		const partOne = storyNamed('ferry', 'The ferry returns');
		const partTwo = storyNamed('ferry', 'The ferry returns');
		// The second part's items have their own ids: parts that fit together.
		for (const collection of ['articles', 'people', 'organizations', 'places', 'facts', 'events', 'quotes'])
			for (const item of partTwo[collection]) item.id = `${item.id}-2`;
		const renumber = (id: string) => `${id}-2`;
		partTwo.facts[0].about = partTwo.facts[0].about.map(renumber);
		partTwo.events.forEach((event: any) => (event.involves = event.involves.map(renumber)));
		partTwo.quotes[0].speaker = renumber(partTwo.quotes[0].speaker);
		partTwo.people[0].country = renumber(partTwo.people[0].country);
		for (const item of [...partTwo.facts, ...partTwo.events, ...partTwo.quotes]) item.cites[0].article = renumber(item.cites[0].article);
		write(folder, 'ferry-1.json', partOne);
		write(folder, 'ferry-2.json', partTwo);
		const fitting = await loadLibrary(folder, options());
		expect(fitting.stories).toHaveLength(1);
		expect(fitting.stories[0]).toMatchObject({id: 'ferry', header: {counts: {articles: 2, people: 4}}});
		expect(fitting.stories[0]!.problem).toBeUndefined();

		write(folder, 'ferry-copy.json', partOne);
		const conflicting = await loadLibrary(folder, options());
		expect(conflicting.stories).toHaveLength(1);
		expect(conflicting.stories[0]!.problem).toEqual({file: 'ferry-1.json and ferry-copy.json', message: expect.stringMatching(/both are parts of the story "ferry" and both have an item with the id "gazette"/)});
	});

	it('never merges stories with different ids, whatever their item ids', async () => {
		const folder = temporaryFolder();
		// Both are the minimal story, item for item: today's loader would refuse them as duplicates.
		write(folder, 'one.json', storyNamed('one', 'First story'));
		write(folder, 'two.json', storyNamed('two', 'Second story'));
		const library = await loadLibrary(folder, options());
		expect(library.stories.map(story => [story.id, story.problem])).toEqual(
			expect.arrayContaining([
				['one', undefined],
				['two', undefined],
			]),
		);
	});

	it('reads a folder that cannot hold its catalog, keeping the catalog in the cache instead', async () => {
		const folder = temporaryFolder();
		write(folder, 'a.json', storyNamed('a', 'Story A'));
		// A folder in the catalog's place: nothing can be written there, as in a read-only folder.
		mkdirSync(path.join(folder, catalogName));
		const cache = temporaryFolder();
		const first = await loadLibrary(folder, {cache});
		expect(first.stories.map(story => story.id)).toEqual(['a']);
		expect(first.catalogPlace).toBe('cache');
		expect(existsSync(cachedCatalogPath(folder, cache))).toBe(true);
		expect((await loadLibrary(folder, {cache})).filesRead).toBe(0);
	});

	it('lists the sample last, apart from a story of the user with the same id', async () => {
		const folder = temporaryFolder();
		write(folder, 'mine.json', storyNamed('test-story', 'My copy'), new Date('2001-01-01T00:00:00Z'));
		const sampleFolder = temporaryFolder();
		const sample = write(sampleFolder, 'sample.json', minimalStory(), new Date('2030-01-01T00:00:00Z'));
		const library = await loadLibrary(folder, {cache: temporaryFolder(), sample});
		expect(library.stories.map(story => [story.header!.title, story.sample])).toEqual([
			['My copy', false],
			['A test story', true],
		]);
	});

	it('treats a missing default folder as an empty library, and a missing named one as a problem', async () => {
		const missing = path.join(temporaryFolder(), 'absent');
		expect((await loadLibrary(missing, {...options(), missingIsEmpty: true})).stories).toEqual([]);
		expect((await loadLibrary(missing, options())).problems).toEqual([{file: missing, message: 'no such file'}]);
	});
});

describe('the library from its catalog first (the picker before its first frame)', () => {
	it('takes every story from the catalog when it names exactly the folder’s files, and checks the files later', async () => {
		const folder = temporaryFolder();
		const cache = temporaryFolder();
		write(folder, 'a.json', storyNamed('a', 'Story A'), new Date('2024-03-01T10:00:00Z'));
		write(folder, 'b.json', storyNamed('b', 'Story B'), new Date('2024-04-01T10:00:00Z'));
		const full = await loadLibrary(folder, {cache});
		const quick = await loadLibrary(folder, {cache, catalogFirst: true});
		expect(quick.unchecked).toBe(true);
		expect(quick.stories).toEqual(full.stories);

		// Changed in place (same name): the catalog's title until the files are looked at, as the full load does.
		write(folder, 'b.json', storyNamed('b', 'Story B, updated'), new Date('2030-01-01T00:00:00Z'));
		expect((await loadLibrary(folder, {cache, catalogFirst: true})).stories[0]!.header!.title).toBe('Story B');
		const {librarySession} = await import('../../source/library/library-session.js');
		const context = {folder, env: {XDG_CACHE_HOME: cache}, maxBytes: 1 << 24, bundledFolder: temporaryFolder(), trusted: {}};
		const session = librarySession(await loadLibrary(folder, {cache, catalogFirst: true}), {stateFolder: temporaryFolder(), maxBytes: 1 << 24, trusted: {}, context});
		expect(session.picker().rows.map(row => row.title)).toContain('Story B');
		expect(await session.check!()).toBe(true);
		expect(session.picker().rows.map(row => row.title)).toContain('Story B, updated');
	});

	it('reads the files as usual when the folder holds a file the catalog does not know, or lacks one it does', async () => {
		const folder = temporaryFolder();
		const cache = temporaryFolder();
		write(folder, 'a.json', storyNamed('a', 'Story A'));
		await loadLibrary(folder, {cache});
		write(folder, 'new.json', storyNamed('new', 'A new story'), new Date('2030-01-01T00:00:00Z'));
		const added = await loadLibrary(folder, {cache, catalogFirst: true});
		expect(added.unchecked).toBeUndefined();
		expect(added.stories.map(story => story.header?.title)).toEqual(['A new story', 'Story A']);

		rmSync(path.join(folder, 'a.json'));
		const removed = await loadLibrary(folder, {cache, catalogFirst: true});
		expect(removed.unchecked).toBeUndefined();
		expect(removed.stories.map(story => story.header?.title)).toEqual(['A new story']);
	});
});
