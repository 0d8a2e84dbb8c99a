import {Box} from 'ink';
import React, {useEffect, useRef, useState} from 'react';
import type {ItemSearch, PickerModel} from '../../library/picker-model.js';
import {sanitiseText} from '../../model/sanitise.js';
import {fitHints, joinHints} from '../chrome-fit.js';
import {StyledLines} from '../components/styled-line.js';
import {footerHints} from '../keys.js';
import {fitCells, type Cell} from '../../text/text-fit.js';
import {useKeyInput} from '../use-key-input.js';
import {pickerContext, pickerKey, pickerScreen, type PickerScreen} from './picker-input.js';
import {linesPerStory, pickerListLines, windowTop} from './picker-lines.js';

type Props = {
	model: PickerModel;
	folder: string;
	/** Why the last story did not open, from the root (a file that changed since the catalog read it). */
	notice?: string;
	size: {columns: number; rows: number};
	onOpen: (files: string[], model: PickerModel) => void;
	onQuit: () => void;
	/** The library's item search, once built: the filter then also finds stories by their items. */
	searchItems?: ItemSearch;
};

// Title, filter box, list, message, hints: the list gets what the four other lines leave.
const chromeLines = 4;

/** The story picker: a thin screen over the pure picker model and picker-input's key handling. */
export function PickerView({model, folder, notice, size, onOpen, onQuit, searchItems}: Props) {
	const [screen, setScreen] = useState<PickerScreen>(() => pickerScreen(model));
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

	// The screen the keys last left, the source of truth between renders; effects run once, here.
	const current = useRef(screen);
	useKeyInput(strokes => {
		let next = current.current;
		for (const stroke of strokes) {
			const update = pickerKey(next, stroke, pageSize.current, search.current);
			next = update.screen;
			const effect = update.effects[0];
			if (!effect) continue;
			// Keys after Enter in the same read (a paste) wait: the story takes them once open.
			current.current = next;
			setScreen(next);
			if (effect.type === 'quit') onQuit();
			else onOpen(effect.files, next.model);
			return;
		}
		current.current = next;
		setScreen(next);
	});
	useEffect(() => {
		if (shownTop !== top) setTop(shownTop);
	}, [shownTop, top]);

	const {columns} = size;
	const count = screen.model.visible.length;
	const total = screen.model.rows.length;
	const title: Cell[] = [{text: 'Stories', bold: true}, {text: `  ${count === total ? total : `${count} of ${total}`} in ${sanitiseText(folder)}`, tone: 'muted'}];
	const filter: Cell[] = screen.filtering
		? [{text: '/ ', tone: 'accent', bold: true}, {text: screen.model.query}, {text: '▌', tone: 'accent'}]
		: screen.model.query
			? [{text: '/ ', tone: 'muted'}, {text: screen.model.query, tone: 'muted'}, {text: '  (/ to edit, Esc to clear)', tone: 'muted'}]
			: [{text: '/ filter', tone: 'muted'}];
	const message = screen.message ?? notice;
	const list = pickerListLines(screen.model, shownTop, columns, listHeight);
	const padding = Array.from({length: Math.max(0, listHeight - list.length)}, () => ({cells: [] as Cell[], selected: false}));
	return (
		<Box flexDirection="column" width={columns} height={height}>
			<StyledLines
				lines={[
					{cells: fitCells(title, columns)},
					{cells: fitCells(filter, columns)},
					...list.map(line => ({cells: line.cells, selected: line.selected})),
					...padding,
					{cells: message ? fitCells([{text: message, tone: 'warning'}], columns) : []},
					{cells: [{text: joinHints(fitHints(footerHints(pickerContext(screen), undefined, screen.filtering || screen.model.query ? [] : ['leaveFilter']), columns)), tone: 'muted'}]},
				]}
			/>
		</Box>
	);
}
