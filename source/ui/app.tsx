import {Box, useApp, useInput} from 'ink';
import React, {useEffect, useMemo, useRef, useState} from 'react';
import type {StoryFile} from '../model/schema.js';
import {articleDateLabel, buildStoryLookup} from '../model/story-lookup.js';
import {storyCounts} from '../report/report-outline.js';
import {DetailView} from './components/detail-view.js';
import {Footer} from './components/footer.js';
import {Header} from './components/header.js';
import {HelpOverlay} from './components/help-overlay.js';
import {PaneView} from './components/pane-view.js';
import {SearchResults} from './components/search-results.js';
import {TooSmall} from './components/too-small.js';
import {buildDetailDocument, type DetailDocument} from './detail-document.js';
import {helpLines} from './help-lines.js';
import {footerHints, toKeyStrokes} from './keys.js';
import {computeLayout, listPanes, paneBodyHeight, visiblePaneOf, type ListPaneId} from './layout.js';
import {buildPaneRows, locateItem, outletCodes} from './pane-rows.js';
import {clampSelections, contextOf, initialState, reduceKey, type Environment, type UiState} from './state.js';
import type {Cell} from './text-fit.js';
import {useBackgroundSearch} from './use-background-search.js';
import {useTerminalSize} from './use-terminal-size.js';

export type AppProps = {
	story: StoryFile;
	/** A note for the header, e.g. that the data was extracted automatically. */
	note?: string;
	/** Fixed size for tests; otherwise the terminal's, following resizes. */
	size?: {columns: number; rows: number};
	/** Limit on search results kept per query. */
	resultLimit?: number;
};

export function App({story, note, size, resultLimit = 200}: AppProps) {
	// Fault injection for the end-to-end test of the error screen; nothing else sets it.
	if (process.env['SUMMIT_TUI_FAULT'] === 'render') throw new Error('injected render fault (SUMMIT_TUI_FAULT=render)');
	const {exit} = useApp();
	const terminal = useTerminalSize();
	const {columns, rows} = size ?? terminal;

	const lookup = useMemo(() => buildStoryLookup(story), [story]);
	const panes = useMemo(() => buildPaneRows(lookup), [lookup]);
	const paneIds = useMemo(
		() => Object.fromEntries(listPanes.map(pane => [pane, panes[pane].ids])) as Record<ListPaneId, string[]>,
		[panes],
	);
	const header = useMemo(() => {
		const codes = outletCodes(story.articles.map(article => article.outlet));
		const sources: Cell[] = story.articles.flatMap((article, index) => [
			...(index > 0 ? [{text: ' · ', tone: 'muted' as const}] : []),
			{text: `${codes.get(article.outlet)} `, tone: 'accent' as const, bold: true},
			{text: `${article.outlet} ${articleDateLabel(article)}`},
		]);
		return {title: story.story.title, sources, counts: storyCounts(lookup)};
	}, [story, lookup]);

	const [state, setState] = useState<UiState>(initialState);
	const lastKeyAt = useRef(0);
	const search = useBackgroundSearch(story, state.query, state.focus === 'search' || state.query !== '', lastKeyAt, resultLimit);
	const {hits, searching, indexProgress} = search;

	const layout = computeLayout(columns, rows);
	const mainHeight = layout.tooSmall ? 0 : layout.mainHeight;
	const mainWidth = layout.tooSmall ? 0 : layout.width;

	// Details are laid out for the current width; their links do not depend on it.
	const detailCache = useRef(new Map<string, DetailDocument>());
	const detailAt = (id: string, width: number): DetailDocument => {
		const key = `${width}:${id}`;
		let document = detailCache.current.get(key);
		if (!document) {
			document = buildDetailDocument(lookup, id, width);
			detailCache.current.set(key, document);
		}
		return document;
	};
	const topDetail = state.detail.at(-1);
	const detailDocument = topDetail && !layout.tooSmall ? detailAt(topDetail.id, mainWidth - 3) : undefined;
	const body = paneBodyHeight(mainHeight);

	const environment: Environment = {
		paneIds,
		resultIds: search.resultIds,
		locate: id => locateItem(lookup, panes, id),
		links: id => detailAt(id, 80).links,
		detailOverflow: detailDocument ? Math.max(0, detailDocument.lines.length - body) : 0,
		helpOverflow: state.help.open ? Math.max(0, helpLines(Math.max(10, mainWidth - 3)).length - body) : 0,
		// Lists, details, results and help all sit in a frame of the main area's height.
		pageSize: body,
	};
	const environmentRef = useRef(environment);
	environmentRef.current = environment;

	useInput((input, key) => {
		lastKeyAt.current = performance.now();
		setState(current => {
			let next = current;
			for (const stroke of toKeyStrokes(input, key)) next = reduceKey(next, stroke, environmentRef.current);
			return clampSelections(next, environmentRef.current);
		});
	});

	useEffect(() => {
		if (state.quit) exit();
	}, [state.quit, exit]);

	if (layout.tooSmall) return <TooSmall columns={columns} rows={rows} />;

	const context = contextOf(state);
	let main;
	if (state.help.open) {
		main = <HelpOverlay width={mainWidth} height={mainHeight} scroll={state.help.scroll} />;
	} else if (topDetail && detailDocument) {
		const trail = state.detail.map(entry => detailAt(entry.id, 80).title);
		main = <DetailView document={detailDocument} trail={trail} link={topDetail.link} scroll={topDetail.scroll} width={mainWidth} height={mainHeight} />;
	} else if (state.focus === 'search') {
		main = <SearchResults query={state.query} hits={hits} searching={searching} indexProgress={indexProgress} selected={state.resultIndex} focused width={mainWidth} height={mainHeight} />;
	} else {
		main = (
			<Box flexDirection="row" width={mainWidth} height={mainHeight}>
				{layout.columns.map(column => {
					const visible = visiblePaneOf(column, state.focus, state.recent.find(pane => column.panes.includes(pane)));
					return (
						<PaneView
							key={column.panes.join('+')}
							panes={column.panes}
							visible={visible}
							rows={panes[visible]}
							selection={state.selection[visible]}
							focused={state.focus === visible}
							width={column.width}
							height={mainHeight}
						/>
					);
				})}
			</Box>
		);
	}

	return (
		<Box flexDirection="column" width={layout.width} height={layout.height}>
			<Header title={header.title} sources={header.sources} counts={header.counts} note={note} width={layout.width} />
			{main}
			<Footer query={state.query} searching={state.focus === 'search' && context === 'search'} resultCount={searching ? undefined : hits.length} indexProgress={indexProgress} hints={footerHints(context)} width={layout.width} />
		</Box>
	);
}
