import {describe, expect, it} from 'vitest';
import type {Library, LibraryStory} from '../../source/library/catalog.js';
import {createPicker, selectedRow} from '../../source/library/picker-model.js';
import {emptySeenState} from '../../source/library/whats-new.js';
import {applyKeyOverrides, parseKeySpec} from '../../source/config/key-bindings.js';
import {footerHints, keyTable, type KeyStroke, type KeyTableEntry} from '../../source/ui/keys.js';
import {helpLines} from '../../source/ui/help-lines.js';
import {pickerContext, pickerContexts, pickerKey, pickerScreen, type PickerEffect, type PickerScreen} from '../../source/ui/picker/picker-input.js';
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
const pressWith = (table: readonly KeyTableEntry[], screen: PickerScreen, ...strokes: KeyStroke[]): Pressed =>
	strokes.reduce<Pressed>(
		(current, stroke) => {
			const {effects: earlier, ...before} = current;
			const update = pickerKey(before, stroke, 5, undefined, table);
			return {...update.screen, effects: [...earlier, ...update.effects]};
		},
		{...screen, effects: []},
	);
const press = (screen: PickerScreen, ...strokes: KeyStroke[]): Pressed => pressWith(keyTable, screen, ...strokes);
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

const ids = (screen: PickerScreen) => screen.model.visible.map(index => screen.model.rows[index]!.id);
const selected = (screen: PickerScreen) => selectedRow(screen.model)!.id;

describe('the story picker keys: ends, sort, rename, remove, help', () => {
	it('goes to the last story with G (and End) and back to the first with g (and Home)', () => {
		expect(selected(press(start(), key('G', {shift: true})))).toBe('broken.json');
		expect(selected(press(start(), key('end')))).toBe('broken.json');
		expect(selected(press(start(), key('G', {shift: true}), key('g')))).toBe('valencia-floods');
		expect(selected(press(start(), key('j'), key('home')))).toBe('valencia-floods');
	});

	it('sorts by last update, title and first date in turn with s, the selected story staying selected', () => {
		let screen = press(start(), key('j'));
		expect(screen.model.sort).toBe('updated');
		screen = press(screen, key('s'));
		expect(screen.model.sort).toBe('title');
		expect(ids(screen)).toEqual(['broken.json', 'ferry-strike', 'valencia-floods']);
		expect(selected(screen)).toBe('ferry-strike');
		screen = press(screen, key('s'));
		expect(screen.model.sort).toBe('first-date');
		screen = press(screen, key('s'));
		expect(screen.model.sort).toBe('updated');
	});

	it('renames after a line that asks for the new title, prefilled; Esc leaves it as it was', () => {
		let screen = press(start(), key('r'));
		expect(screen.prompt).toEqual({kind: 'rename', id: 'valencia-floods', title: 'Floods cut off villages near Valencia', text: 'Floods cut off villages near Valencia'});
		expect(pickerContext(screen)).toBe('pickerPrompt');
		// Letters that are keys elsewhere (q, j, s, d) are typed here.
		screen = press(screen, key('w', {ctrl: true}), ...typed('Spain: q&a, jds'), key('backspace'));
		expect(screen.prompt).toMatchObject({text: 'Floods cut off villages near Spain: q&a, jd'});
		expect(quits(screen)).toBe(false);
		const saved = press(screen, key('return'));
		expect(saved.effects).toEqual([{type: 'renameStory', id: 'valencia-floods', title: 'Floods cut off villages near Spain: q&a, jd'}]);
		expect(saved.prompt).toBeUndefined();
		const cancelled = press(screen, key('escape'));
		expect(cancelled.effects).toEqual([]);
		expect(cancelled.prompt).toBeUndefined();
		expect(cancelled.message).toBe('not renamed');
	});

	it('removes only after a yes (y or Enter); n or Esc keeps the story', () => {
		const asked = press(start(), key('j'), key('d'));
		expect(asked.prompt).toEqual({kind: 'remove', id: 'ferry-strike', title: 'Ferry crews vote to strike'});
		expect(pickerContext(asked)).toBe('pickerConfirm');
		// Keys other than yes and no do nothing while it asks.
		expect(press(asked, key('j'), key('q')).prompt).toBeDefined();
		expect(press(asked, key('y')).effects).toEqual([{type: 'removeStory', id: 'ferry-strike'}]);
		expect(press(asked, key('return')).effects).toEqual([{type: 'removeStory', id: 'ferry-strike'}]);
		for (const no of [key('n'), key('escape')]) {
			const kept = press(asked, no);
			expect(kept.effects).toEqual([]);
			expect(kept.message).toBe('not removed');
		}
	});

	it('neither renames nor removes a broken file or the sample, and says why', () => {
		const broken = press(start(), key('G', {shift: true}), key('d'));
		expect(broken.prompt).toBeUndefined();
		expect(broken.message).toContain('broken');
		const withSample = pickerScreen(createPicker({...library, stories: [...library.stories, {...library.stories[0]!, id: 'kim-putin-2023', header: {...library.stories[0]!.header!, id: 'kim-putin-2023'}, sample: true}]}, emptySeenState()));
		const sample = press(withSample, key('G', {shift: true}), key('r'));
		expect(sample.prompt).toBeUndefined();
		expect(sample.message).toBe('the sample is not yours to rename');
	});

	it('takes its keys from the config: "quit": "x" makes x quit and q not, and x is still typed in the filter', () => {
		const stroke = parseKeySpec('x') as KeyStroke;
		const {table, conflicts} = applyKeyOverrides(keyTable, [{command: 'quit', keys: [{stroke, where: ['keys', 'quit']}]}]);
		expect(conflicts).toEqual([]);
		expect(quits(pressWith(table, start(), key('q')))).toBe(false);
		expect(quits(pressWith(table, start(), stroke))).toBe(true);
		const filtering = pressWith(table, start(), key('/'), ...typed('xq'));
		expect(quits(filtering)).toBe(false);
		expect(filtering.model.query).toBe('xq');
		// The footer and the help say so.
		const footer = footerHints('picker', table).map(hint => hint.label);
		expect(footer).toContain('x/Ctrl-c quit');
		expect(footer.join('  ')).not.toContain('q/');
		const help = helpLines(100, table, pickerContexts).map(cells => cells.map(cell => cell.text).join(''));
		expect(help.find(line => line.includes('quit'))).toMatch(/^ {2}x, Ctrl-c +quit/);
	});

	it('shows its help with ?, and Esc or ? closes it', () => {
		const help = press(start(), key('?'));
		expect(help.helpOpen).toBe(true);
		expect(press(help, key('j')).model.selected).toBe(0);
		expect(press(help, key('escape')).helpOpen).toBe(false);
		expect(press(help, key('?')).helpOpen).toBe(false);
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
