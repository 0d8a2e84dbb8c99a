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
});
