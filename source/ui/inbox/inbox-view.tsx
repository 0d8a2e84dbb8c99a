import {Box} from 'ink';
import React, {useRef, useState} from 'react';
import {plural} from '../../model/labels.js';
import {sanitiseText} from '../../model/sanitise.js';
import {cellWidth, fitCells, fitCellsAtWord, tailThatFits, type Cell} from '../../text/text-fit.js';
import {fitHints, joinHints} from '../chrome-fit.js';
import {StyledLines} from '../components/styled-line.js';
import {helpLines} from '../help-lines.js';
import {footerHints, keyTable as defaultKeyTable, type KeyTableEntry} from '../keys.js';
import {useKeyInput} from '../use-key-input.js';
import {inboxContext, inboxKey, type InboxEffect, type InboxGroupLine, type InboxScreen, type StoryChoice} from './inbox-input.js';

type Props = {
	groups: InboxGroupLine[];
	stories: StoryChoice[];
	folder: string;
	/** What the last action did, or the refresh's progress. */
	notice?: string;
	status?: string;
	size: {columns: number; rows: number};
	onEffect: (effect: InboxEffect) => void;
	table?: readonly KeyTableEntry[];
};

const linesPerGroup = 3;
// Title, list, bottom line, hints.
const chromeLines = 3;

const contexts = ['inbox', 'inboxPrompt', 'inboxConfirm', 'inboxChoose'] as const;

/** The window of `count` entries of `size` that keeps `selected` on screen. */
const windowStart = (selected: number, capacity: number, count: number) => Math.max(0, Math.min(selected - capacity + 1 > 0 ? selected - capacity + 1 : 0, count - capacity));

/** The inbox's groups: each with its title, articles, dates, outlets and main names; keys from the one table. */
export function InboxView({groups, stories, folder, notice, status, size, onEffect, table = defaultKeyTable}: Props) {
	const [screen, setScreen] = useState<InboxScreen>(() => ({groups, stories, selected: 0, ...(notice ? {message: notice} : {})}));
	const current = useRef(screen);
	const keys = useRef(table);
	keys.current = table;
	useKeyInput(strokes => {
		let next = current.current;
		for (const stroke of strokes) {
			const update = inboxKey(next, stroke, keys.current);
			next = update.screen;
			const effect = update.effects[0];
			if (!effect) continue;
			current.current = next;
			setScreen(next);
			onEffect(effect);
			return;
		}
		current.current = next;
		setScreen(next);
	});

	const {columns} = size;
	const height = Math.max(1, size.rows - 1);
	const listHeight = Math.max(linesPerGroup, height - chromeLines);
	const title: Cell[] = [{text: 'Inbox', bold: true}, {text: `  ${plural(groups.length, 'group')}`, tone: 'muted'}, {text: ` · ${sanitiseText(folder)}`, tone: 'muted'}];
	const {ask} = screen;
	let list: Array<{cells: Cell[]; selected: boolean}>;
	if (screen.helpOpen) {
		list = helpLines(Math.max(20, columns - 2), table, contexts).slice(0, listHeight).map(cells => ({cells: fitCells(cells, columns), selected: false}));
	} else if (ask?.kind === 'add') {
		// The stories to add the group to, in place of the groups while the choice is made.
		const capacity = Math.max(1, listHeight - 1);
		const top = windowStart(ask.selected, capacity, stories.length);
		list = [
			{cells: fitCells([{text: `Add "${ask.title}" to which story?`, tone: 'accent', bold: true}], columns), selected: false},
			...stories.slice(top, top + capacity).map((story, offset) => ({cells: fitCells([{text: top + offset === ask.selected ? '▸ ' : '  ', tone: 'accent', bold: true}, {text: story.title, bold: true}, {text: `  ${story.id}`, tone: 'muted'}], columns), selected: top + offset === ask.selected})),
		];
	} else if (groups.length === 0) {
		list = [{cells: [{text: '  the inbox is empty', tone: 'muted'}], selected: false}];
	} else {
		const capacity = Math.max(1, Math.floor(listHeight / linesPerGroup));
		const top = windowStart(screen.selected, capacity, groups.length);
		list = groups.slice(top, top + capacity).flatMap((group, offset) => {
			const selected = top + offset === screen.selected;
			return [
				{cells: fitCells([{text: selected ? '▸ ' : '  ', tone: 'accent', bold: true}, {text: group.title, bold: true}], columns), selected},
				{cells: fitCells([{text: '    '}, {text: group.details, tone: 'muted'}], columns), selected},
				{cells: fitCells([{text: '    '}, {text: group.names || 'no names in common', tone: group.names ? undefined : 'muted'}], columns), selected},
			];
		});
	}
	const padding = Array.from({length: Math.max(0, listHeight - list.length)}, () => ({cells: [] as Cell[], selected: false}));
	const bottom: Cell[] =
		ask?.kind === 'save'
			? [{text: 'New story, title: ', tone: 'accent', bold: true}, {text: tailThatFits(ask.text, columns - 'New story, title: '.length - 1)}, {text: '▌', tone: 'accent'}]
			: ask?.kind === 'dismiss'
				? [{text: `Dismiss "${ask.title}"? `, tone: 'warning', bold: true}, {text: "(its articles go to the inbox's dismissed folder)", tone: 'muted'}]
				: screen.message
					? [{text: screen.message, tone: 'warning'}]
					: status
						? [{text: status, tone: 'accent'}]
						: [];
	return (
		<Box flexDirection="column" width={columns} height={height}>
			<StyledLines
				lines={[
					{cells: fitCells(title, columns)},
					...list,
					...padding,
					{cells: fitCellsAtWord(bottom, columns)},
					{cells: [{text: joinHints(fitHints(footerHints(inboxContext(screen), table), columns)), tone: 'muted'}]},
				]}
			/>
		</Box>
	);
}
