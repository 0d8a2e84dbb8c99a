import React from 'react';
import {tabBar} from '../chrome-fit.js';
import {paneBodyHeight, paneNumber, paneTitles, shortPaneTitles, type ListPaneId} from '../layout.js';
import {listWindow, type PaneShape} from '../list-window.js';
import type {PaneRows} from '../pane-rows.js';
import {cellWidth, type Cell} from '../../text/text-fit.js';
import {itemPosition} from '../windowing.js';
import {Frame} from './frame.js';
import {ListBody} from './list-body.js';

type Props = {
	/** The panes sharing this column; the title becomes a tab strip when there are several. */
	panes: ListPaneId[];
	visible: ListPaneId;
	rows: PaneRows;
	shape: PaneShape;
	selection: number;
	top: number;
	focused: boolean;
	width: number;
	height: number;
};

/** Tab strip or title: "[1 Key facts] │ 2 Timeline", shortened by words (never to bare digits) when cramped. */
export function paneTitleCells(panes: ListPaneId[], visible: ListPaneId, width: number): Cell[] {
	const tabs = panes.map(pane => ({number: paneNumber(pane), name: paneTitles[pane], short: shortPaneTitles[pane]}));
	return tabBar(tabs, panes.indexOf(visible), width);
}

export const PaneView = React.memo(function PaneView({panes, visible, rows, shape, selection, top, focused, width, height}: Props) {
	const position = itemPosition(selection, rows.ids.length);
	// The frame's title line: two borders, the focus marker, a space before the position.
	const title = paneTitleCells(panes, visible, width - 2 - 2 - 1 - cellWidth(position));
	const body = paneBodyHeight(height);
	return (
		<Frame width={width} height={height} focused={focused} title={title} position={position}>
			<ListBody lines={listWindow(rows.rows, shape, selection, top, width - 2, body, focused)} width={width - 2} height={body} />
		</Frame>
	);
});
