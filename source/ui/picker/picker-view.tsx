import {Box} from 'ink';
import React, {useEffect, useRef, useState} from 'react';
import {sortLabel, type ItemSearch, type PickerModel} from '../../library/picker-model.js';
import {sanitiseText} from '../../model/sanitise.js';
import {fitHints, joinHints} from '../chrome-fit.js';
import {StyledLines} from '../components/styled-line.js';
import {helpLines} from '../help-lines.js';
import {footerHints, keyTable as defaultKeyTable, type KeyTableEntry} from '../keys.js';
import {cellWidth, fitCells, fitCellsAtWord, tailThatFits, type Cell} from '../../text/text-fit.js';
import {useKeyInput} from '../use-key-input.js';
import {pickerContext, pickerContexts, pickerKey, pickerScreen, type PickerEffect, type PickerScreen} from './picker-input.js';
import {linesPerStory, pickerListLines, windowTop} from './picker-lines.js';

type Props = {
	model: PickerModel;
	folder: string;
	/** Why the last story did not open, from the root (a file that changed since the catalog read it). */
	notice?: string;
	size: {columns: number; rows: number};
	/** Open, rename or remove a story (quit is onQuit), with the picker as the keys left it. */
	onEffect: (effect: Exclude<PickerEffect, {type: 'quit'}>, model: PickerModel) => void;
	onQuit: () => void;
	/** The library's item search, once built: the filter then also finds stories by their items. */
	searchItems?: ItemSearch;
	/** Called when the user sorts the stories another way (to keep it for the next time). */
	onSort?: (sort: PickerModel['sort']) => void;
	/** The key table in force (the config's when it rebinds keys). */
	table?: readonly KeyTableEntry[];
	/** A refresh's progress, on the bottom line when nothing else is there. */
	status?: string;
};

// Title, filter box, list, message, hints: the list gets what the four other lines leave.
const chromeLines = 4;

/** The story picker: a thin screen over the pure picker model and picker-input's key handling. */
export function PickerView({model, folder, notice, size, onEffect, onQuit, onSort, searchItems, table = defaultKeyTable, status}: Props) {
	// The root's notice is the first message: like any message, it goes with the next key.
	const [screen, setScreen] = useState<PickerScreen>(() => ({...pickerScreen(model), ...(notice ? {message: notice} : {})}));
	const [top, setTop] = useState(0);
	// Draw at most rows - 1 lines: a full-height frame makes Ink clear the screen on every render.
	const height = Math.max(1, size.rows - 1);
	const listHeight = Math.max(linesPerStory, height - chromeLines);
	const capacity = Math.floor(listHeight / linesPerStory);
	const shownTop = windowTop(top, screen.model.selected, capacity, screen.model.visible.length);
	// Read through a ref: the key handler outlives the render in which the search became ready.
	const search = useRef(searchItems);
	search.current = searchItems;
	const pageSize = useRef(capacity);
	pageSize.current = capacity;
	const keys = useRef(table);
	keys.current = table;

	// The screen the keys last left, the source of truth between renders; effects run once, here.
	const current = useRef(screen);
	useKeyInput(strokes => {
		let next = current.current;
		for (const stroke of strokes) {
			const update = pickerKey(next, stroke, pageSize.current, search.current, keys.current);
			next = update.screen;
			const effect = update.effects[0];
			if (!effect) continue;
			// Keys after Enter in the same read (a paste) wait: the story takes them once open.
			current.current = next;
			setScreen(next);
			if (effect.type === 'quit') onQuit();
			else onEffect(effect, next.model);
			return;
		}
		current.current = next;
		setScreen(next);
	});
	useEffect(() => {
		if (shownTop !== top) setTop(shownTop);
	}, [shownTop, top]);
	// A sort the user chose (not the one the picker opened with) is kept for the next time.
	const sortShown = useRef(model.sort);
	useEffect(() => {
		if (screen.model.sort === sortShown.current) return;
		sortShown.current = screen.model.sort;
		onSort?.(screen.model.sort);
	}, [screen.model.sort, onSort]);

	const {columns} = size;
	// Stories counted, not the Inbox row.
	const count = screen.model.visible.filter(index => screen.model.rows[index]!.kind === 'story').length;
	const total = screen.model.rows.filter(row => row.kind === 'story').length;
	const title: Cell[] = [
		{text: 'Stories', bold: true},
		{text: `  ${count === total ? total : `${count} of ${total}`}`, tone: 'muted'},
		// The order in force, so that a list sorted by title is not taken for the newest first.
		{text: ` · by ${sortLabel(screen.model.sort)}`, tone: 'accent'},
		{text: ` · ${sanitiseText(folder)}`, tone: 'muted'},
	];
	const filter: Cell[] = screen.filtering
		? [{text: '/ ', tone: 'accent', bold: true}, {text: screen.model.query}, {text: '▌', tone: 'accent'}]
		: screen.model.query
			? [{text: '/ ', tone: 'muted'}, {text: screen.model.query, tone: 'muted'}, {text: '  (/ to edit, Esc to clear)', tone: 'muted'}]
			: [{text: '/ filter', tone: 'muted'}];
	const {message} = screen;
	const context = pickerContext(screen);
	const list = screen.helpOpen
		? helpLines(Math.max(20, columns - 2), table, pickerContexts)
				.slice(0, listHeight)
				.map(cells => ({cells: fitCells(cells, columns), selected: false}))
		: pickerListLines(screen.model, shownTop, columns, listHeight);
	const bottom: Cell[] = screen.prompt
		? screen.prompt.kind === 'rename'
			? [{text: 'New title: ', tone: 'accent', bold: true}, {text: tailThatFits(screen.prompt.text, columns - 'New title: '.length - 1)}, {text: '▌', tone: 'accent'}]
			: [{text: `Remove "${screen.prompt.title}" to the library's trash? `, tone: 'warning', bold: true}, {text: `(summit-tui library restore ${screen.prompt.id} brings it back)`, tone: 'muted'}]
		: message
			? [{text: message, tone: 'warning'}]
			: status
				? [{text: status, tone: 'accent'}]
				: [];
	const omit = screen.filtering || screen.model.query ? [] : (['leaveFilter'] as const);
	const padding = Array.from({length: Math.max(0, listHeight - list.length)}, () => ({cells: [] as Cell[], selected: false}));
	return (
		<Box flexDirection="column" width={columns} height={height}>
			<StyledLines
				lines={[
					{cells: fitCells(title, columns)},
					{cells: fitCells(filter, columns)},
					...list.map(line => ({cells: line.cells, selected: line.selected})),
					...padding,
					{cells: fitCellsAtWord(bottom, columns)},
					{cells: [{text: joinHints(fitHints(footerHints(context, table, omit), columns)), tone: 'muted'}]},
				]}
			/>
		</Box>
	);
}
