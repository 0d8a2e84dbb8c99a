import {describe, expect, it} from 'vitest';
import type {Library, LibraryStory} from '../../source/library/catalog.js';
import {createPicker, moveSelection, openSelection, selectedRow, setQuery, setSort} from '../../source/library/picker-model.js';
import type {StoryHeader} from '../../source/library/story-header.js';
import {emptySeenState, type SeenState} from '../../source/library/whats-new.js';

function header(id: string, title: string, outlets: string[], articles = 1): StoryHeader {
	return {id, title, from: '2024-03-01', to: '2024-03-04', outlets, counts: {articles, people: 2, organizations: 1, places: 1, facts: 3, events: 2, quotes: 1, differences: 0}};
}

function story(id: string, title: string, updatedMs: number, extra: Partial<LibraryStory> = {}): LibraryStory {
	return {id, header: header(id, title, ['The Gazette', 'Coast News']), files: [`/library/${id}.json`], updatedMs, sample: false, ...extra};
}

const library: Library = {
	folder: '/library',
	stories: [
		story('ferry-strike', 'Ferry crews vote to strike', 3000),
		story('valencia-floods', 'Floods cut off villages near Valencia', 4000),
		{id: 'broken.json', files: ['/library/broken.json'], updatedMs: 5000, sample: false, problem: {file: '/library/broken.json', where: 'line 1, column 3', message: 'malformed JSON: expected a value'}},
		story('kim-putin-2023', 'Kim Jong Un travels to Russia', 9000, {sample: true}),
	],
	warnings: [],
	problems: [],
	catalogPlace: 'folder',
	filesRead: 0,
};

const titles = (model: ReturnType<typeof createPicker>) => model.visible.map(index => model.rows[index]!.title);

describe('the story picker model', () => {
	it('shows one row per story, newest update first, the sample last', () => {
		const model = createPicker(library, emptySeenState());
		expect(titles(model)).toEqual(['broken.json', 'Floods cut off villages near Valencia', 'Ferry crews vote to strike', 'Kim Jong Un travels to Russia']);
		expect(model.rows[0]).toMatchObject({dates: '1 Mar 2024 – 4 Mar 2024', outlets: 'The Gazette, Coast News', counts: '1 article, 10 items', fresh: ''});
	});

	it('sorts by title on request, the sample still last, keeping the selected story selected', () => {
		const onFloods = moveSelection(createPicker(library, emptySeenState()), 1);
		expect(selectedRow(onFloods)!.id).toBe('valencia-floods');
		const byTitle = setSort(onFloods, 'title');
		expect(titles(byTitle)).toEqual(['broken.json', 'Ferry crews vote to strike', 'Floods cut off villages near Valencia', 'Kim Jong Un travels to Russia']);
		expect(selectedRow(byTitle)!.id).toBe('valencia-floods');
	});

	it('filters fuzzily by title, outlet or id, typos tolerated', () => {
		const model = createPicker(library, emptySeenState());
		expect(titles(setQuery(model, 'valncia'))).toEqual(['Floods cut off villages near Valencia']);
		expect(titles(setQuery(model, 'ferry'))).toEqual(['Ferry crews vote to strike']);
		expect(titles(setQuery(model, 'zzzz'))).toEqual([]);
		expect(titles(setQuery(setQuery(model, 'ferry'), ''))).toHaveLength(4);
	});

	it('moves the selection within the rows shown and stops at the ends', () => {
		const model = createPicker(library, emptySeenState());
		expect(selectedRow(moveSelection(model, -1))!.id).toBe('broken.json');
		expect(selectedRow(moveSelection(model, 99))!.id).toBe('kim-putin-2023');
		const filtered = setQuery(model, 'ferry');
		expect(selectedRow(moveSelection(filtered, 1))!.id).toBe('ferry-strike');
		expect(moveSelection(setQuery(model, 'zzzz'), 1).selected).toBe(0);
	});

	it('opens the selected story by its files, and says why a broken one cannot be opened', () => {
		const model = createPicker(library, emptySeenState());
		expect(openSelection(model)).toEqual({cannot: 'broken.json: line 1, column 3: malformed JSON: expected a value'});
		expect(openSelection(moveSelection(model, 2))).toEqual({open: ['/library/ferry-strike.json']});
		expect(openSelection(setQuery(model, 'zzzz'))).toBeUndefined();
	});

	it('says what is new in each story since the user last saw it', () => {
		const seen: SeenState = {version: 1, stories: {'ferry-strike': {seenAt: '2024-03-02T10:00:00Z', ids: [], counts: {articles: 0, items: 7}}}};
		const row = createPicker(library, seen).rows.find(entry => entry.id === 'ferry-strike')!;
		expect(row.fresh).toBe('1 new article, 3 new items');
		expect(createPicker(library, seen).rows.find(entry => entry.id === 'valencia-floods')!.fresh).toBe('');
	});

	it('marks with unread every story never opened, and one opened with something new since; not one seen as it is', () => {
		const seen: SeenState = {
			version: 1,
			stories: {
				'ferry-strike': {seenAt: '2024-03-02T10:00:00Z', ids: [], counts: {articles: 0, items: 7}},
				'valencia-floods': {seenAt: '2024-03-02T10:00:00Z', ids: [], counts: {articles: 1, items: 10}},
			},
		};
		const unread = Object.fromEntries(createPicker(library, seen).rows.map(row => [row.id, row.unread]));
		expect(unread).toEqual({'ferry-strike': true, 'valencia-floods': false, 'broken.json': false, 'kim-putin-2023': true});
	});

	it('keeps its order while open: a story updated meanwhile stays in its place, a new one comes last', () => {
		const before = moveSelection(createPicker(library, emptySeenState()), 2);
		expect(selectedRow(before)!.id).toBe('ferry-strike');
		const later: Library = {
			...library,
			stories: [story('ferry-strike', 'Ferry crews vote to strike', 99_000), ...library.stories.filter(each => each.id !== 'ferry-strike'), story('new-one', 'A story saved meanwhile', 50_000)],
		};
		const again = createPicker(later, emptySeenState(), 'updated', before);
		expect(titles(again)).toEqual([...titles(before), 'A story saved meanwhile']);
		expect(selectedRow(again)!.id).toBe('ferry-strike');
		// Opened afresh, the newest update comes first again.
		expect(titles(createPicker(later, emptySeenState()))[0]).toBe('Ferry crews vote to strike');
		// The selected story gone (removed): the cursor stays where it was, on the row that took its place.
		const without = createPicker({...library, stories: library.stories.filter(each => each.id !== 'ferry-strike')}, emptySeenState(), 'updated', before);
		expect(without.selected).toBe(2);
	});

	it('sorts by first date, the newest first, undated and broken after, the sample last', () => {
		const dated: Library = {
			...library,
			stories: [
				story('old', 'An old story', 1, {header: {...header('old', 'An old story', ['A']), from: '2021-05-01', to: '2021-05-02'}}),
				story('undated', 'No dates at all', 2, {header: {...header('undated', 'No dates at all', ['A']), from: undefined, to: undefined}}),
				story('recent', 'A recent story', 3, {header: {...header('recent', 'A recent story', ['A']), from: '2024-06'}}),
				...library.stories.slice(2),
			],
		};
		expect(titles(setSort(createPicker(dated, emptySeenState()), 'first-date'))).toEqual(['A recent story', 'An old story', 'broken.json', 'No dates at all', 'Kim Jong Un travels to Russia']);
	});
});
