import {Box} from 'ink';
import React from 'react';
import {DocumentView} from '../../components/document-view.js';
import {openTargetOf} from '../../document-content.js';
import type {LaidOutDocument} from '../../document.js';
import type {PaneMouseEvent, PaneMouseIntent, WholePane, WholePaneView} from '../pane-definition.js';
import {searchKeys, type SearchCommand} from './search-keys.js';
import {SearchResults} from './search-results.js';

// Search: every name, alias, role, fact, event and quote, filtered live as the query is typed, with a
// preview of the selected result beside the list when the screen is wide (fzf's --preview). It draws
// the results the state holds, which come in as an action: the view and the keys see the same list.

function SearchScreen({state, lookup, documents, newItems, previewShown, resultsWidth, width, height}: WholePaneView) {
	const searching = state.query.trim() !== '' && state.results.query !== state.query;
	const hits = state.query.trim() === '' ? [] : state.results.hits;
	const results = <SearchResults newItems={newItems} query={state.query} hits={hits} searching={searching} indexProgress={state.indexProgress} selected={state.resultIndex} focused width={resultsWidth} height={height} />;
	const selectedId = hits[state.resultIndex]?.id;
	if (!previewShown || !selectedId) return results;
	const target = openTargetOf(lookup, selectedId);
	const previewWidth = width - resultsWidth;
	const document = documents.laidOut(target, Math.max(10, previewWidth - 3));
	return (
		<Box flexDirection="row" width={width} height={height}>
			{results}
			<Preview document={document} kind={target.kind === 'reader' ? 'Reader' : 'Detail'} title={documents.contentOf(target).title} width={previewWidth} height={height} />
		</Box>
	);
}

type PreviewProps = {document: LaidOutDocument; kind: 'Detail' | 'Reader'; title: string; width: number; height: number};

/** The selected result's document from its top; memoised, since most frames while typing keep the same one. */
const Preview = React.memo(function Preview({document, kind, title, width, height}: PreviewProps) {
	return <DocumentView document={document} kind={kind} trail={[`preview: ${title}`]} view={{scroll: 0, find: ''}} width={width} height={height} />;
});

/** Lines the wheel moves at a time, as most terminals and pagers scroll. */
const wheelStep = 3;
/** The first result's row in the frame: under its top border and title line. */
const bodyRow = 2;

/** The wheel goes through the results; a click selects one, a second click (or a double one) opens it. */
function searchMouse({kind, double, column, row, drawn, state}: PaneMouseEvent): PaneMouseIntent[] {
	if (kind !== 'click') return [{type: 'command', command: kind === 'wheelUp' ? 'previousResult' : 'nextResult', times: wheelStep}];
	const results = drawn.results;
	// The preview beside the results takes no clicks.
	if (!results || column >= results.x + results.width || row < bodyRow) return [];
	const index = results.first + row - bodyRow;
	if (index >= results.count) return [];
	const select: PaneMouseIntent = {type: 'selectResult', index};
	return index === state.resultIndex || double ? [select, {type: 'command', command: 'chooseResult'}] : [select];
}

export const searchPane = {
	id: 'search',
	kind: 'whole',
	title: 'Search',
	shortTitle: 'Search',
	helpTitle: 'Search',
	// Reached by `/` (and Tab), not by a number.
	numbered: false,
	keys: searchKeys,
	keysAfter: 'previousMatch',
	view: input => <SearchScreen {...input} />,
	mouse: searchMouse,
} as const satisfies WholePane<SearchCommand>;
