import {Box} from 'ink';
import React from 'react';
import type {StoryMap} from '../map/map-story.js';
import type {StoryLookup} from '../model/story-lookup.js';
import {DocumentView} from './components/document-view.js';
import type {FindBox} from './components/footer.js';
import {HelpOverlay} from './components/help-overlay.js';
import {PaneView} from './components/pane-view.js';
import {matchingLines} from './document.js';
import type {KeyTableEntry} from './keys.js';
import {visiblePaneOf, type Layout, type ListPaneId} from './layout.js';
import type {PaneShape} from './list-window.js';
import type {MapScreen} from './map-screen.js';
import type {PaneRows} from './pane-rows.js';
import {isWholePane, numberedPanes, paneById, paneNumber} from './panes/pane-list.js';
import type {WholePane} from './panes/pane-definition.js';
import type {UiState} from './state-types.js';
import type {Documents} from './use-documents.js';

// What the area between header and footer shows for a state: the help, an open detail or reader, a
// pane with a screen of its own (the map, search), or the list panes in their columns. Drawn from the
// state alone; the panes' views come from their declarations (panes/).

export type MainAreaProps = {
	state: UiState;
	layout: Extract<Layout, {tooSmall: false}>;
	lookup: StoryLookup;
	documents: Documents;
	panes: Record<ListPaneId, PaneRows>;
	shapes: Record<ListPaneId, PaneShape>;
	map: {model: StoryMap; screen?: MapScreen};
	newItems: ReadonlySet<string>;
	table: readonly KeyTableEntry[];
	previewShown: boolean;
	resultsWidth: number;
};

/** The width documents are laid out at in the main area: inside the frame and the marker column. */
export const documentWidthOf = (mainWidth: number) => Math.max(10, mainWidth - 3);

/** The footer's box for a search inside the open view, when one is typed or kept. */
export function findBoxOf(state: UiState, documents: Documents, mainWidth: number): FindBox | undefined {
	const top = state.views.at(-1);
	if (state.help.open || !top || !(state.finding || top.find)) return undefined;
	const matches = matchingLines(documents.laidOut(top.target, documentWidthOf(mainWidth)), top.find);
	const current = top.match === undefined ? undefined : matches.indexOf(top.match);
	return {text: top.find, typing: state.finding, matches: matches.length, current: current !== undefined && current >= 0 ? current : undefined};
}

export function MainArea({state, layout, lookup, documents, panes, shapes, map, newItems, table, previewShown, resultsWidth}: MainAreaProps) {
	const {width, mainHeight: height} = layout;
	if (state.help.open) return <HelpOverlay width={width} height={height} scroll={state.help.scroll} table={table} />;
	const top = state.views.at(-1);
	if (top) {
		const trail = state.views.map(view => documents.contentOf(view.target).title);
		return <DocumentView document={documents.laidOut(top.target, documentWidthOf(width))} kind={top.target.kind === 'reader' ? 'Reader' : 'Detail'} trail={trail} view={top} width={width} height={height} />;
	}
	if (isWholePane(state.focus)) {
		const pane = paneById(state.focus) as WholePane;
		const number = numberedPanes.includes(state.focus) ? paneNumber(state.focus) : 0;
		return pane.view({width, height, number, lookup, documents, newItems, previewShown, resultsWidth, state, map});
	}
	return (
		<Box flexDirection="row" width={width} height={height}>
			{layout.columns.map(column => {
				const visible = visiblePaneOf(column, state.focus, state.recent.find(pane => column.panes.includes(pane)));
				return (
					<PaneView
						key={column.panes.join('+')}
						panes={column.panes}
						visible={visible}
						rows={panes[visible]}
						shape={shapes[visible]}
						selection={state.selection[visible]}
						top={state.listTop[visible]}
						focused={state.focus === visible}
						width={column.width}
						height={height}
					/>
				);
			})}
		</Box>
	);
}
