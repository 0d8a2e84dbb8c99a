import {describe, expect, it} from 'vitest';
import {addedFromFeedsSince, lastRefreshOf, recordRefresh, type RefreshRecord} from '../../source/feeds/refresh-record.js';
import type {Library, LibraryStory} from '../../source/library/catalog.js';
import {createPicker, selectedRow, setSort} from '../../source/library/picker-model.js';
import {emptySeenState} from '../../source/library/whats-new.js';
import {footerHints, type KeyStroke} from '../../source/ui/keys.js';
import {withFeedCounts} from '../../source/ui/inbox/feed-counts.js';
import {inboxContext, inboxKey, type InboxEffect, type InboxScreen} from '../../source/ui/inbox/inbox-input.js';
import {withInboxRow} from '../../source/ui/inbox/inbox-row.js';
import {pickerKey, pickerScreen} from '../../source/ui/picker/picker-input.js';
import {pickerListLines} from '../../source/ui/picker/picker-lines.js';

// The picker's side of feeds, pure: the Inbox row, the inbox screen's keys, "+ N articles from feeds".

const story = (id: string, title: string, updatedMs: number): LibraryStory => ({
	id,
	header: {id, title, from: '2024-03-01', to: '2024-03-04', outlets: ['The Gazette'], counts: {articles: 2, people: 1, organizations: 0, places: 0, facts: 2, events: 0, quotes: 0, differences: 0}},
	files: [`/library/${id}.json`],
	updatedMs,
	sample: false,
});
const library = {folder: '/library', stories: [story('ferry-strike', 'Ferry crews vote to strike', 3000), story('valencia-floods', 'Floods cut off villages near Valencia', 4000)], warnings: [], problems: [], catalogPlace: 'folder', filesRead: 0} as unknown as Library;
const key = (name: string, modifiers: Partial<KeyStroke> = {}): KeyStroke => ({name, ...modifiers});
const text = (value: string) => Array.from(value, (character): KeyStroke => ({name: character, text: character}));
const lineTexts = (lines: ReadonlyArray<{cells: ReadonlyArray<{text: string}>}>) => lines.map(line => line.cells.map(cell => cell.text).join(''));

describe('the Inbox row', () => {
	it('is pinned first with its counts, in any sort, and Enter on it opens the inbox', () => {
		const model = withInboxRow(createPicker(library, emptySeenState()), {articles: 5, groups: 2});
		const lines = lineTexts(pickerListLines(model, 0, 80, 20));
		expect(lines[0]).toContain('Inbox  5 articles in 2 groups');
		expect(selectedRow(model)?.title, 'the selection stays on the first story').toBe('Floods cut off villages near Valencia');
		const byTitle = setSort(model, 'title');
		expect(byTitle.rows[byTitle.visible[0]!]!.kind).toBe('inbox');
		const onInbox = pickerKey(pickerScreen(model), key('up'), 10);
		expect(pickerKey(onInbox.screen, key('return'), 10).effects).toEqual([{type: 'openInbox'}]);
		expect(pickerKey(onInbox.screen, key('r'), 10).screen.message).toMatch(/not a story/);
	});

	it('is not there while the inbox is empty', () => {
		const model = withInboxRow(createPicker(library, emptySeenState()), {articles: 0, groups: 0});
		expect(model.rows.some(row => row.kind === 'inbox')).toBe(false);
	});

	it('R asks for a refresh from the picker', () => {
		expect(pickerKey(pickerScreen(createPicker(library, emptySeenState())), key('R', {shift: true}), 10).effects).toEqual([{type: 'refreshFeeds'}]);
	});
});

describe('the inbox screen', () => {
	const screen: InboxScreen = {
		groups: [
			{key: 'a', title: 'Bridge shut in Lisbon', details: '2 articles · 6 Mar 2024 · Tagus Times', names: 'Lisbon'},
			{key: 'b', title: 'Dock strike in Rotterdam', details: '1 article · 5 Mar 2024 · Harbour Gazette', names: 'Rotterdam'},
		],
		stories: [
			{id: 'ferry-strike', title: 'Ferry crews vote to strike'},
			{id: 'valencia-floods', title: 'Floods cut off villages near Valencia'},
		],
		selected: 0,
	};
	const press = (start: InboxScreen, ...strokes: KeyStroke[]) => {
		let current = start;
		const effects: InboxEffect[] = [];
		for (const stroke of strokes) {
			const update = inboxKey(current, stroke);
			current = update.screen;
			effects.push(...update.effects);
		}
		return {screen: current, effects};
	};

	it('s asks a title (the group title to start from), then saves the group as a new story', () => {
		const asked = press(screen, key('j'), key('s'));
		expect(inboxContext(asked.screen)).toBe('inboxPrompt');
		expect(asked.screen.ask).toMatchObject({kind: 'save', text: 'Dock strike in Rotterdam'});
		const saved = press(asked.screen, key('u', {ctrl: true}), ...text('Port strike'), key('return'));
		expect(saved.effects).toEqual([{type: 'saveGroup', key: 'b', title: 'Port strike'}]);
		expect(press(asked.screen, key('escape')).screen.message).toBe('no story started');
	});

	it('a chooses the story from a list; d dismisses only after a yes; Esc and Backspace go back', () => {
		expect(press(screen, key('a'), key('j'), key('return')).effects).toEqual([{type: 'addGroup', key: 'a', story: 'valencia-floods'}]);
		expect(press(screen, key('d'), key('n')).effects).toEqual([]);
		expect(press(screen, key('d'), key('y')).effects).toEqual([{type: 'dismissGroup', key: 'a'}]);
		expect(press(screen, key('escape')).effects).toEqual([{type: 'leaveInbox'}]);
		expect(press(screen, key('backspace')).effects).toEqual([{type: 'leaveInbox'}]);
	});

	it('the footer shows the keys in force on each of its screens', () => {
		expect(footerHints('inbox').map(hint => hint.label)).toEqual(expect.arrayContaining(['s save', 'a add', 'd/Delete dismiss', 'Esc/Backspace back']));
		expect(footerHints('inboxChoose').map(hint => hint.label)).toEqual(expect.arrayContaining(['Enter add', 'Esc cancel']));
		expect(footerHints('inboxConfirm').map(hint => hint.label)).toEqual(expect.arrayContaining(['Enter/y yes', 'Esc/n no']));
	});
});

describe('"+ N articles from feeds"', () => {
	const record: RefreshRecord = recordRefresh(recordRefresh({version: 1, stories: {}}, '2024-03-05T10:00:00.000Z', ['ferry-strike'], new Map([['ferry-strike', 2]])), '2024-03-07T10:00:00.000Z', [], new Map([['ferry-strike', 3]]));

	it('counts what refreshes added since the last visit, all of it when never opened', () => {
		expect(addedFromFeedsSince(record, 'ferry-strike', undefined)).toBe(5);
		expect(addedFromFeedsSince(record, 'ferry-strike', '2024-03-06T00:00:00.000Z')).toBe(3);
		expect(addedFromFeedsSince(record, 'valencia-floods', undefined)).toBe(0);
		const seen = {version: 1 as const, stories: {'ferry-strike': {seenAt: '2024-03-06T00:00:00.000Z', ids: []}}};
		const lines = lineTexts(pickerListLines(withFeedCounts(createPicker(library, seen), record, seen), 0, 100, 20));
		expect(lines.find(line => line.includes('Ferry crews'))).toContain('+ 3 articles from feeds');
		expect(lines.find(line => line.includes('Floods cut off'))).not.toContain('from feeds');
	});

	it('says when a story was last refreshed: the refresh that fed it, else the last of all', () => {
		expect(lastRefreshOf(record, 'ferry-strike')).toBe('2024-03-07T10:00:00.000Z');
		expect(lastRefreshOf(recordRefresh(record, '2024-03-08T10:00:00.000Z', [], new Map()), 'valencia-floods')).toBe('2024-03-08T10:00:00.000Z');
	});
});
