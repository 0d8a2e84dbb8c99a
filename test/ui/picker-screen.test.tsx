import React from 'react';
import {describe, expect, it} from 'vitest';
import type {Library, LibraryStory} from '../../source/library/catalog.js';
import type {LibrarySession, OpenedStory} from '../../source/library/library-session.js';
import {createLibrarySearcher} from '../../source/library/library-search.js';
import {createPicker} from '../../source/library/picker-model.js';
import {emptySeenState, markStorySeen, type SeenState} from '../../source/library/whats-new.js';
import type {StoryFile} from '../../source/model/schema.js';
import {App} from '../../source/ui/app.js';
import {LibraryApp} from '../../source/ui/picker/library-app.js';
import {bundledStory, keys, mountElement} from '../helpers/render-app.js';

const size = {columns: 110, rows: 30};

const mount = mountElement;

describe('new items in the dashboard', () => {
	const newItems = new Set(['fact-entered-primorsky', 'rappler-2023-09-11']);

	it('marks new items with + in their panes and counts them in the header', async () => {
		const app = mount(<App story={bundledStory} newItems={newItems} size={size} />);
		const screen = await app.waitFor(screen => screen.includes('1 of 42'), 'the first frame');
		// The picker's words, where the title line has room for them.
		expect(screen.split('\n')[0]).toContain('1 new article, 1 new item');
		expect(screen).toMatch(/\+ \S+ +Kim crossed from North Korea/);
		expect(screen).not.toMatch(/\+ \S+ +Kim is travelling on his private/);
		await app.press('5');
		expect(await app.waitFor(screen => screen.includes('North Korea’s Kim to visit'), 'the sources pane')).toMatch(/\+ North Korea’s Kim to visit Russia/);
		app.unmount();
	});

	it('lists only the new items after +, and everything again after a second +', async () => {
		const app = mount(<App story={bundledStory} newItems={newItems} size={size} />);
		await app.waitFor(screen => screen.includes('1 of 42'), 'the first frame');
		await app.press('+');
		const only = await app.waitFor(screen => screen.includes('only new shown'), 'only the new items');
		expect(only).toContain('Kim crossed from North Korea');
		expect(only).not.toContain('Kim is travelling on his private');
		expect(only).toContain('nothing new here since your last visit');
		// The heading counts what it lists now.
		expect(only).toContain('Key facts (1 new)');
		await app.press('+');
		expect(await app.waitFor(screen => !screen.includes('only new shown'), 'every item again')).toContain('Kim is travelling on his private');
		app.unmount();
	});

	it('marks new items among search results too', async () => {
		const app = mount(<App story={bundledStory} newItems={newItems} size={size} />);
		await app.waitFor(screen => screen.includes('1 of 42'), 'the first frame');
		await app.press('/', ...'crossed from north');
		const screen = await app.waitFor(screen => /Kim crossed from North Korea/.test(screen.split('Search')[1] ?? ''), 'the results');
		expect(screen).toMatch(/\+ +fact +Kim crossed from North Korea/);
		expect(screen).not.toMatch(/\+ +place/);
		app.unmount();
	});

	it('shows no marks, count or new-only key when nothing is new', async () => {
		const app = mount(<App story={bundledStory} size={size} />);
		const screen = await app.waitFor(screen => screen.includes('1 of 42'), 'the first frame');
		expect(screen).not.toMatch(/\d+ new/);
		expect(screen).not.toContain('new only');
		expect(screen).not.toMatch(/^║\+ /m);
		app.unmount();
	});
});

/** A library of two good stories and a broken file, served from memory; a visit is recorded in `seen`. */
function memorySession(first: StoryFile, second: StoryFile) {
	const entry = (story: StoryFile, updatedMs: number): LibraryStory => ({
		id: story.story.id,
		header: {id: story.story.id, title: story.story.title, from: '2023-09-11', to: '2023-09-12', outlets: ['Forbes'], counts: {articles: story.articles.length, people: story.people.length, organizations: story.organizations.length, places: story.places.length, facts: story.facts.length, events: story.events.length, quotes: story.quotes.length, differences: 0}},
		files: [`/library/${story.story.id}.json`],
		updatedMs,
		sample: false,
	});
	const library: Library = {
		folder: '/library',
		stories: [entry(first, 2000), entry(second, 1000), {id: 'broken.json', files: ['/library/broken.json'], updatedMs: 500, sample: false, problem: {file: '/library/broken.json', message: 'malformed JSON: expected a value'}}],
		warnings: [],
		problems: [],
		catalogPlace: 'folder',
		filesRead: 0,
	};
	// `searchable`: the stories as their files hold them now (a test may change one behind the picker's back).
	const state = {seen: emptySeenState() as SeenState, opened: [] as string[], removed: [] as string[], searchable: [first, second], searchBuilds: 0};
	const session: LibrarySession = {
		picker: before => createPicker(library, state.seen, 'updated', before),
		async rename(id, title) {
			const story = library.stories.find(each => each.id === id)!;
			story.header = {...story.header!, title};
			return {done: `renamed to "${title}"`};
		},
		async remove(id) {
			state.removed.push(id);
			library.stories = library.stories.filter(each => each.id !== id);
			return {done: `removed ${id}`};
		},
		async open(files) {
			const story = [first, second].find(each => files[0] === `/library/${each.story.id}.json`)!;
			state.opened.push(story.story.id);
			const opened: OpenedStory = {
				story,
				newItems: new Set(),
				close: () => {
					state.seen = markStorySeen(state.seen, story, new Date(0));
					return undefined;
				},
			};
			return opened;
		},
		async itemSearch() {
			state.searchBuilds += 1;
			const searcher = createLibrarySearcher(state.searchable.map(story => ({story, files: [`/library/${story.story.id}.json`]})));
			return (query: string) => searcher.search(query, 200);
		},
	};
	return {session, state};
}

describe('the story picker screen', () => {
	const other: StoryFile = {...bundledStory, story: {...bundledStory.story, id: 'other-story', title: 'Another developing story'}};

	it('lists the stories, newest first, a broken file as broken with its problem', async () => {
		const {session} = memorySession(bundledStory, other);
		const app = mount(<LibraryApp session={session} folder="/library" size={size} />);
		const screen = await app.waitFor(screen => screen.includes('Stories'), 'the picker');
		const lines = screen.split('\n');
		expect(lines.findIndex(line => line.includes('Kim Jong Un travels'))).toBeLessThan(lines.findIndex(line => line.includes('Another developing story')));
		expect(screen).toMatch(/BROKEN broken\.json\n +malformed JSON: expected a value/);
		expect(screen).toMatch(/▸ [● ] Kim Jong Un travels/);
		app.unmount();
	});

	it('opens the selected story in the dashboard and comes back to the picker with Backspace and with Esc', async () => {
		const {session, state} = memorySession(bundledStory, other);
		const app = mount(<LibraryApp session={session} folder="/library" size={size} />);
		await app.waitFor(screen => screen.includes('Stories'), 'the picker');
		await app.press('j', keys.enter);
		await app.waitFor(screen => screen.includes('1 of 42') && screen.startsWith('Another developing story'), 'the second story');
		await app.press('j');
		await app.waitFor(screen => screen.includes('2 of 42'), 'the story taking the first key');
		await app.press('\u007F');
		let screen = await app.waitFor(screen => screen.startsWith('Stories'), 'the picker again');
		expect(screen).toMatch(/▸ [● ] Another developing story/);
		expect(state.seen.stories['other-story']).toBeDefined();
		await app.press('k', keys.enter);
		await app.waitFor(screen => screen.startsWith('Kim Jong Un travels'), 'the first story');
		// Esc with a detail open closes the detail; with nothing open it goes back.
		await app.press(keys.enter);
		await app.waitFor(screen => screen.includes('Detail'), 'a detail');
		await app.press(keys.escape);
		await app.waitFor(screen => !screen.includes('Detail  ') && screen.startsWith('Kim Jong Un'), 'the story again');
		await app.press(keys.escape);
		screen = await app.waitFor(screen => screen.startsWith('Stories'), 'the picker after Esc');
		expect(state.opened).toEqual(['other-story', 'kim-putin-2023']);
		app.unmount();
	});

	it('offers the way back in the help of a story opened from the picker', async () => {
		const {session} = memorySession(bundledStory, other);
		const app = mount(<LibraryApp session={session} folder="/library" size={size} />);
		await app.waitFor(screen => screen.includes('Stories'), 'the picker');
		await app.press(keys.enter);
		await app.waitFor(screen => screen.includes('1 of 42'), 'the story');
		await app.press('?', 'G');
		await app.waitFor(screen => /Backspace +back to the story picker/.test(screen), 'the help, with the way back');
		app.unmount();
	});

	it('keeps the end of a long new title in sight while it is typed, and renames with Enter', async () => {
		const {session} = memorySession(bundledStory, other);
		const app = mount(<LibraryApp session={session} folder="/library" size={size} />);
		await app.waitFor(screen => screen.includes('Stories'), 'the picker');
		await app.press('r', '\u0015', ...'A very long title '.repeat(12), ...'that ends here');
		const typing = await app.waitFor(screen => screen.includes('ends here▌'), 'the end of the title, with the cursor');
		expect(typing).toMatch(/New title: …/);
		await app.press(keys.enter);
		await app.waitFor(screen => screen.startsWith('Stories') && screen.includes('renamed to'), 'the story renamed');
		app.unmount();
	});

	it('finds a story by what it holds: / with a name only its items have lists it, with the item', async () => {
		const {session} = memorySession(bundledStory, other);
		const app = mount(<LibraryApp session={session} folder="/library" size={size} />);
		await app.waitFor(screen => screen.includes('Stories'), 'the picker');
		await app.press('/', ...'peskov');
		const screen = await app.waitFor(screen => screen.includes('↳'), 'a story found by its items');
		const lines = screen.split('\n');
		const found = lines.findIndex(line => line.includes('↳'));
		// The story whose people include Dmitry Peskov, with him under its title.
		expect(lines[found - 1]).toContain(bundledStory.story.title);
		expect(lines[found]).toMatch(/↳ person Dmitry Peskov/);
		await app.press(keys.enter);
		await app.waitFor(screen => screen.includes('1 of 42'), 'that story open');
		app.unmount();
	});

	it('searches what the stories hold after the library is read again (a rename), not what they held at start', async () => {
		const {session, state} = memorySession(bundledStory, other);
		const app = mount(<LibraryApp session={session} folder="/library" size={size} />);
		await app.waitFor(screen => screen.includes('Stories'), 'the picker');
		// The other story gained a person since the picker opened (an import in another window).
		const newcomer = {...bundledStory.people[0]!, id: 'zed-quixote', name: 'Zed Quixote', aliases: []};
		state.searchable = [bundledStory, {...other, people: [...other.people, newcomer]}];
		await app.press('j', 'r', '\u0015', ...'Renamed story', keys.enter);
		await app.waitFor(screen => screen.includes('renamed to'), 'the story renamed');
		await app.press('/', ...'quixote');
		const screen = await app.waitFor(screen => screen.includes('↳'), 'the story found by its new item');
		expect(screen).toMatch(/↳ person Zed Quixote/);
		expect(state.searchBuilds).toBe(2);
		app.unmount();
	});

	it('says why a broken story does not open and stays in the picker', async () => {
		const {session, state} = memorySession(bundledStory, other);
		const app = mount(<LibraryApp session={session} folder="/library" size={size} />);
		await app.waitFor(screen => screen.includes('Stories'), 'the picker');
		await app.press('j', 'j', keys.enter);
		const screen = await app.waitFor(screen => screen.includes('cannot open'), 'the reason');
		expect(screen).toContain('cannot open broken.json: malformed JSON');
		expect(state.opened).toEqual([]);
		app.unmount();
	});
});
