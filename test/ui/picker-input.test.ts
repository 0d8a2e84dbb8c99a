import {describe, expect, it} from 'vitest';
import type {Library, LibraryStory} from '../../source/library/catalog.js';
import {createPicker, selectedRow} from '../../source/library/picker-model.js';
import {emptySeenState} from '../../source/library/whats-new.js';
import type {KeyStroke} from '../../source/ui/keys.js';
import {pickerKey, pickerScreen, type PickerEffect, type PickerScreen} from '../../source/ui/picker/picker-input.js';
import {pickerListLines, windowTop} from '../../source/ui/picker/picker-lines.js';

const story = (id: string, title: string, updatedMs: number, extra: Partial<LibraryStory> = {}): LibraryStory => ({
	id,
	header: {id, title, from: '2024-03-01', to: '2024-03-04', outlets: ['The Gazette'], counts: {articles: 2, people: 1, organizations: 0, places: 0, facts: 2, events: 0, quotes: 0, differences: 0}},
	files: [`/library/${id}.json`],
	updatedMs,
	sample: false,
	...extra,
});

const library: Library = {
	folder: '/library',
	stories: [
		story('ferry-strike', 'Ferry crews vote to strike', 3000),
		story('valencia-floods', 'Floods cut off villages near Valencia', 4000),
		{id: 'broken.json', files: ['/library/broken.json'], updatedMs: 1000, sample: false, problem: {file: '/library/broken.json', where: 'line 1, column 3', message: 'malformed JSON: expected a value'}},
	],
	warnings: [],
	problems: [],
	catalogPlace: 'folder',
	filesRead: 0,
};

const key = (name: string, modifiers: Partial<KeyStroke> = {}): KeyStroke => ({name, ...modifiers});
const typed = (text: string) => Array.from(text, (character): KeyStroke => ({name: character, text: character}));
/** The screen after the keys, with the effects they asked for. */
type Pressed = PickerScreen & {effects: PickerEffect[]};
const press = (screen: PickerScreen, ...strokes: KeyStroke[]): Pressed =>
	strokes.reduce<Pressed>(
		(current, stroke) => {
			const {effects: earlier, ...before} = current;
			const update = pickerKey(before, stroke, 5);
			return {...update.screen, effects: [...earlier, ...update.effects]};
		},
		{...screen, effects: []},
	);
const opened = (screen: Pressed) => screen.effects.find(effect => effect.type === 'loadStory')?.files;
const quits = (screen: Pressed) => screen.effects.some(effect => effect.type === 'quit');
const start = () => pickerScreen(createPicker(library, emptySeenState()));

describe('the story picker keys', () => {
	it('moves with j/k and arrows and opens the selected story with Enter', () => {
		let screen = press(start(), key('j'));
		expect(selectedRow(screen.model)!.id).toBe('ferry-strike');
		screen = press(screen, key('up'), key('down'), key('return'));
		expect(opened(screen)).toEqual(['/library/ferry-strike.json']);
	});

	it('does not open a broken story, and says why', () => {
		const screen = press(start(), key('j'), key('j'), key('return'));
		expect(opened(screen)).toBeUndefined();
		expect(screen.message).toContain('malformed JSON: expected a value');
	});

	it('filters after /: j and q are letters there, Esc ends typing, Esc again clears', () => {
		let screen = press(start(), key('/'), ...typed('fery'));
		expect(screen.model.query).toBe('fery');
		expect(quits(screen)).toBe(false);
		expect(screen.model.visible.map(index => screen.model.rows[index]!.id)).toEqual(['ferry-strike']);
		screen = press(screen, key('backspace'), ...typed('ry'));
		expect(screen.model.query).toBe('ferry');
		screen = press(screen, key('escape'));
		expect(screen.filtering).toBe(false);
		expect(screen.model.query).toBe('ferry');
		screen = press(screen, key('escape'));
		expect(screen.model.visible).toHaveLength(3);
		expect(quits(press(screen, key('q')))).toBe(true);
	});

	it('opens the first match of a filter with Enter while still typing', () => {
		const screen = press(start(), key('/'), ...typed('valen'), key('return'));
		expect(opened(screen)).toEqual(['/library/valencia-floods.json']);
	});
});

describe('the story picker lines', () => {
	it('shows each story as its title line and a line of dates, outlets, counts and update; broken ones with their problem', () => {
		const model = createPicker(library, emptySeenState());
		const text = pickerListLines(model, 0, 100, 20).map(line => line.cells.map(cell => cell.text).join(''));
		expect(text[0]).toMatch(/^▸ ● Floods cut off villages near Valencia/);
		expect(text[1]).toContain('1 Mar 2024 – 4 Mar 2024 · The Gazette · 2 articles, 3 items · updated 1970-01-01 00:00');
		expect(text[4]).toMatch(/^ {4}BROKEN broken\.json/);
		expect(text[5]).toContain('line 1, column 3: malformed JSON');
	});

	it('scrolls only as far as needed to keep the selection in view', () => {
		expect(windowTop(0, 4, 3, 10)).toBe(2);
		expect(windowTop(2, 3, 3, 10)).toBe(2);
		expect(windowTop(5, 1, 3, 10)).toBe(1);
		// The list shrank (a filter): the window moves back so that it stays full.
		expect(windowTop(8, 3, 3, 4)).toBe(1);
	});
});
