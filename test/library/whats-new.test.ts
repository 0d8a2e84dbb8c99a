import {describe, expect, it} from 'vitest';
import {mergeArticlesIntoStory} from '../../source/library/merge-articles.js';
import {renderAddedSince} from '../../source/library/render-since.js';
import {readSeenState, writeSeenState} from '../../source/library/seen-state-file.js';
import {addedSince, countNew, describeNew, emptySeenState, markStorySeen, newItemIds} from '../../source/library/whats-new.js';
import type {StoryFile} from '../../source/model/schema.js';
import {newCountsOf} from '../../source/library/library-cli.js';
import {storyHeaderOf} from '../../source/library/story-header.js';
import {minimalStory} from '../fixtures/minimal-story.js';
import {temporaryFolder} from '../helpers/run-cli.js';

const base = () => minimalStory() as unknown as StoryFile;

/** The minimal story with a second article and one fact from it, added on a day. */
function withUpdate(story: StoryFile, day: string): StoryFile {
	return {
		...story,
		articles: [...story.articles, {id: 'herald', outlet: 'The Herald', title: 'Council votes', published: day, publishedBasis: 'Given.', sections: [], added: day}],
		facts: [...story.facts, {id: 'fact-vote', text: 'The council voted.', category: 'key-fact', about: [], cites: [{article: 'herald', paragraph: 1, excerpt: 'The council voted'}], added: day}],
	};
}

describe('what is new', () => {
	it('marks nothing in a story the user has never opened', () => {
		expect(newItemIds(withUpdate(base(), '2024-03-08'), emptySeenState()).size).toBe(0);
	});

	it('marks what arrived since the user last saw the story, and nothing once seen again', () => {
		const seen = markStorySeen(emptySeenState(), base(), new Date('2024-03-06T09:00:00Z'));
		const updated = withUpdate(base(), '2024-03-08');
		const fresh = newItemIds(updated, seen);
		expect([...fresh].sort()).toEqual(['fact-vote', 'herald']);
		expect(countNew(updated, fresh)).toEqual({articles: 1, items: 1});
		expect(newItemIds(updated, markStorySeen(seen, updated, new Date('2024-03-08T10:00:00Z'))).size).toBe(0);
	});

	it('keeps each story apart in the state', () => {
		const other = {...base(), story: {id: 'other', title: 'Other', summary: 'Other.'}};
		const seen = markStorySeen(markStorySeen(emptySeenState(), base(), new Date()), other, new Date());
		const updatedOther = withUpdate(other, '2024-03-08');
		expect(newItemIds(updatedOther, seen).size).toBe(2);
		expect(newItemIds(base(), seen).size).toBe(0);
	});

	it('counts an item a later article confirmed as updated, in the dashboard and in the library alike', () => {
		const seen = markStorySeen(emptySeenState(), base(), new Date('2024-03-06T09:00:00Z'));
		const story = base();
		story.facts[0]!.updated = '2024-03-08';
		const fresh = newItemIds(story, seen);
		expect([...fresh]).toEqual([story.facts[0]!.id]);
		expect(countNew(story, fresh)).toEqual({articles: 0, items: 0, updated: 1});
		expect(describeNew(countNew(story, fresh), 'short')).toBe('1 updated');
		// The library reads the catalog's header, not the items: the same count.
		const header = storyHeaderOf(story);
		expect(newCountsOf({id: story.story.id, header, files: [], updatedMs: 0, sample: false} as unknown as Parameters<typeof newCountsOf>[0], seen)).toEqual({articles: 0, items: 0, updated: 1});
		// Confirmed on the day of the visit: the visit may have come after, so it does not count.
		expect(newItemIds(story, markStorySeen(seen, story, new Date('2024-03-08T10:00:00Z'))).size).toBe(0);
	});

	it('counts an item that came and was confirmed in one import as new, not updated, in the dashboard and the library alike', () => {
		const seen = markStorySeen(emptySeenState(), base(), new Date('2024-03-06T09:00:00Z'));
		const story = withUpdate(base(), '2024-03-08');
		// A second article of the same import confirmed the new fact the day it came.
		story.facts.at(-1)!.updated = '2024-03-08';
		const counted = countNew(story, newItemIds(story, seen));
		expect(counted).toEqual({articles: 1, items: 1});
		const header = storyHeaderOf(story);
		expect(newCountsOf({id: story.story.id, header, files: [], updatedMs: 0, sample: false} as unknown as Parameters<typeof newCountsOf>[0], seen)).toEqual(counted);
	});

	it('says it briefly for the header and in words for the picker', () => {
		expect(describeNew({articles: 1, items: 7}, 'short')).toBe('8 new');
		expect(describeNew({articles: 1, items: 0}, 'long')).toBe('1 new article');
		expect(describeNew({articles: 2, items: 1}, 'long')).toBe('2 new articles, 1 new item');
		expect(describeNew({articles: 0, items: 0}, 'long')).toBe('');
		expect(describeNew({articles: 1, items: 2, updated: 3}, 'long')).toBe('1 new article, 2 new items, 3 updated items');
		expect(describeNew({articles: 1, items: 2, updated: 3}, 'short')).toBe('3 new, 3 updated');
	});

	it('keeps the state in a file that survives a damaged copy', () => {
		const folder = temporaryFolder();
		const seen = markStorySeen(emptySeenState(), base(), new Date('2024-03-06T09:00:00Z'));
		expect(writeSeenState(folder, seen)).toBeUndefined();
		expect(readSeenState(folder)).toEqual(seen);
		expect(readSeenState(temporaryFolder())).toEqual(emptySeenState());
	});
});

describe('added since a day', () => {
	it('keeps only the items added on or after the day, and the differences with a new side', () => {
		const story = withUpdate(base(), '2024-03-08');
		expect(addedSince(story, '2024-03-08').facts.map(fact => fact.id)).toEqual(['fact-vote']);
		expect(addedSince(story, '2024-03-09').facts).toEqual([]);
		// The first import's items carry no day: older than any day asked for.
		expect(addedSince(story, '1990-01-01').people).toEqual([]);
	});

	it('prints what an --into added, with its sources, and says so when nothing was', () => {
		const existing = base();
		const update = withUpdate(base(), '2024-03-08');
		const imported = {...update, articles: [update.articles[1]!], facts: [update.facts[1]!], people: [], organizations: [], places: [], events: [], quotes: []};
		const merged = mergeArticlesIntoStory(existing, imported, '2024-03-08').story;
		const report = renderAddedSince(merged, '2024-03-07');
		expect(report.count).toBe(2);
		expect(report.text).toContain('The Herald, 8 Mar 2024: Council votes  [added 2024-03-08]');
		expect(report.text).toContain('The council voted.  [The Herald ¶1]');
		expect(report.text).not.toContain('Ana Lima met Ben Okoro');
		expect(renderAddedSince(merged, '2024-03-09').text).toContain('Nothing was added since 2024-03-09.');
	});
});
