import React from 'react';
import {paneBodyHeight, paneNumber, paneTitles, type ListPaneId} from '../layout.js';
import type {PaneRows} from '../pane-rows.js';
import {cellWidth, type Cell} from '../text-fit.js';
import {positionLabel} from '../windowing.js';
import {Frame} from './frame.js';
import {ListBody} from './list-body.js';

type Props = {
	/** The panes sharing this column; the title becomes a tab strip when there are several. */
	panes: ListPaneId[];
	visible: ListPaneId;
	rows: PaneRows;
	selection: number;
	focused: boolean;
	width: number;
	height: number;
};

/** Tab strip or title: "1 Key facts │ 2 Timeline", with inactive tabs shortened to numbers when cramped. */
export function paneTitleCells(panes: ListPaneId[], visible: ListPaneId, width: number): Cell[] {
	// The shown tab is bracketed when there are several, so it reads without colour.
	const label = (pane: ListPaneId, short: boolean) => {
		if (pane !== visible) return short ? `${paneNumber(pane)}` : `${paneNumber(pane)} ${paneTitles[pane]}`;
		return panes.length > 1 ? `[${paneNumber(pane)} ${paneTitles[pane]}]` : `${paneNumber(pane)} ${paneTitles[pane]}`;
	};
	const build = (short: boolean): Cell[] =>
		panes.flatMap((pane, index) => [
			...(index > 0 ? [{text: short ? ' ' : ' │ ', tone: 'muted' as const}] : []),
			pane === visible ? {text: label(pane, short), bold: true, tone: 'accent' as const} : {text: label(pane, short), tone: 'muted' as const},
		]);
	const full = build(false);
	return full.reduce((sum, cell) => sum + cellWidth(cell.text), 0) <= width ? full : build(true);
}

export const PaneView = React.memo(function PaneView({panes, visible, rows, selection, focused, width, height}: Props) {
	const selectedLine = rows.selectableRows[selection];
	const title = paneTitleCells(panes, visible, width - 12);
	return (
		<Frame width={width} height={height} focused={focused} title={title} position={positionLabel(selection, rows.ids.length)}>
			<ListBody
				lines={rows.rows}
				selectedLine={selectedLine}
				width={width - 2}
				height={paneBodyHeight(height)}
				unfoldSelected={focused}
			/>
		</Frame>
	);
});
