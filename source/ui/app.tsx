import {Box, useApp, useStdout} from 'ink';
import React, {useEffect, useMemo, useRef, useState} from 'react';
import type {StoryFile} from '../model/schema.js';
import {articleDateLabel, buildStoryLookup} from '../model/story-lookup.js';
import {storyCountList} from '../report/report-outline.js';
import {headerSourceLines} from './chrome-fit.js';
import type {DashboardHabits} from './dashboard-habits.js';
import {DocumentView} from './components/document-view.js';
import {Footer, type FindBox} from './components/footer.js';
import {Header} from './components/header.js';
import {HelpOverlay} from './components/help-overlay.js';
import {PaneView} from './components/pane-view.js';
import {SearchResults} from './components/search-results.js';
import {TooSmall} from './components/too-small.js';
import {documentContent, openTargetOf} from './document-content.js';
import {layoutDocument, matchingLines, targetKey, type DocumentContent, type LaidOutDocument, type ViewTarget} from './document.js';
import {helpLines} from './help-lines.js';
import {footerHints, keyTable as defaultKeyTable, type KeyStroke} from './keys.js';
import {computeLayout, listPanes, paneBodyHeight, visiblePaneOf, type ListPaneId} from './layout.js';
import {unfoldedRow, unfoldLimit, type PaneShape} from './list-window.js';
import {mouseAction} from './mouse-actions.js';
import {screenGeometryOf} from './screen-geometry.js';
import {buildPaneRows, headingOf, locateItem, outletCodes} from './pane-rows.js';
import {clampSelections, contextOf, initialState, reduce, type Action, type Environment, type UiState} from './state.js';
import type {Cell} from '../text/text-fit.js';
import {countNew, describeNew} from '../library/whats-new.js';
import {markNewItems} from './new-marks.js';
import {useBackgroundSearch} from './use-background-search.js';
import {useHabitEffects} from './use-habit-effects.js';
import {useKeyInput} from './use-key-input.js';
import {useTerminalSize} from './use-terminal-size.js';
import {storyMap, whyNotOnMap} from '../map/map-story.js';
import {MapPane} from './components/map-pane.js';
import {mapLayout} from './map-layout.js';
import {idleMapKeys, mapScreen} from './map-screen.js';
import {useMapDrawing} from './use-map-drawing.js';
import {itemPosition} from './windowing.js';
import type {ViewShape} from './view-navigation.js';

export type AppProps = {
	story: StoryFile;
	/** A note for the header, e.g. that the data was extracted automatically. */
	note?: string;
	/** Fixed size for tests; otherwise the terminal's, following resizes. */
	size?: {columns: number; rows: number};
	/** Limit on search results kept per query. */
	resultLimit?: number;
	/** The command line's and the config's choices: opening query, keys, mouse, OSC 52, history. */
	habits?: DashboardHabits;
	/** Ids of the articles and items added since the user's last visit: marked, counted, listable alone. */
	newItems?: ReadonlySet<string>;
	/** Back to the story picker; absent when the story was opened without one. */
	onBack?: () => void;
};

const nothingNew: ReadonlySet<string> = new Set();

/** From this width the search results share the screen with a preview of the selected one (fzf's --preview). */
export const previewMinimumWidth = 110;

/** A cache that forgets everything when it grows large (a resize storm lays out many widths). */
function memo<T>(cache: Map<string, T>, key: string, make: () => T): T {
	let value = cache.get(key);
	if (value === undefined) {
		if (cache.size > 500) cache.clear();
		value = make();
		cache.set(key, value);
	}
	return value;
}

export function App({story, note, size, resultLimit = 200, habits = {}, newItems = nothingNew, onBack}: AppProps) {
	// Fault injection for the end-to-end test of the error screen; nothing else sets it.
	if (process.env['SUMMIT_TUI_FAULT'] === 'render') throw new Error('injected render fault (SUMMIT_TUI_FAULT=render)');
	const {exit} = useApp();
	const terminal = useTerminalSize();
	const {columns, rows} = size ?? terminal;

	const lookup = useMemo(() => buildStoryLookup(story), [story]);
	const allPanes = useMemo(() => buildPaneRows(lookup), [lookup]);
	const header = useMemo(() => {
		const codes = outletCodes(story.articles.map(article => article.outlet));
		const sources: Cell[] = story.articles.flatMap((article, index) => [
			...(index > 0 ? [{text: ' · ', tone: 'muted' as const}] : []),
			{text: `${codes.get(article.outlet)} `, tone: 'accent' as const, bold: true},
			{text: `${article.outlet} ${articleDateLabel(article)}`},
		]);
		return {title: story.story.title, sources, counts: storyCountList(lookup)};
	}, [story, lookup]);
	const headerLines = useMemo(() => headerSourceLines(header.sources, header.counts, columns), [header, columns]);
	const mapModel = useMemo(() => storyMap(story), [story]);
	// The map as the reducer sees it, by ids: made once a story, not on every key.
	const mapIds = useMemo(
		() => ({
			places: mapModel.places.map(place => place.id),
			steps: mapModel.steps.map(step => ({event: step.event.id, place: step.place.id})),
			outlined: mapModel.outlined.map(country => country.id),
			whyNot: (id: string) => whyNotOnMap(story, id),
		}),
		[mapModel, story],
	);

	const table = habits.keyTable ?? defaultKeyTable;
	const {stdout} = useStdout();
	const [state, setState] = useState<UiState>(() => ({...initialState({query: habits.query, history: habits.history}), ...(habits.notice ? {notice: habits.notice} : {})}));
	const panes = useMemo(() => markNewItems(allPanes, newItems, state.newOnly), [allPanes, newItems, state.newOnly]);
	const fresh = useMemo(() => {
		const counted = describeNew(countNew(story, newItems), 'short');
		return counted && state.newOnly ? `${counted} · only new shown` : counted;
	}, [story, newItems, state.newOnly]);
	const lastKeyAt = useRef(0);
	const search = useBackgroundSearch(story, state.query, state.focus === 'search' || state.query !== '', lastKeyAt, resultLimit);
	const {hits, searching, indexProgress, answers} = search;

	const layout = computeLayout(columns, rows, 1 + headerLines.length);
	const mainHeight = layout.tooSmall ? 0 : layout.mainHeight;
	const mainWidth = layout.tooSmall ? 0 : layout.width;
	const body = paneBodyHeight(mainHeight);
	const mapCanvas = mapLayout(mainWidth, mainHeight).canvas;

	// Documents: content from the story (their links), laid out per width (their lines).
	const contents = useRef(new Map<string, DocumentContent>());
	const layouts = useRef(new Map<string, LaidOutDocument>());
	const contentOf = (target: ViewTarget) => memo(contents.current, targetKey(target), () => documentContent(lookup, target));
	const documentWidth = Math.max(10, mainWidth - 3);
	const laidOut = (target: ViewTarget) => memo(layouts.current, `${documentWidth}:${targetKey(target)}`, () => layoutDocument(contentOf(target), documentWidth));
	const viewShape = (target: ViewTarget): ViewShape => {
		const document = laidOut(target);
		return {lineCount: document.lines.length, linkSpans: document.linkSpans, anchor: document.anchor, matchLines: query => matchingLines(document, query)};
	};

	// Each list's shape at the width of the column that shows it.
	const paneWidths = new Map<ListPaneId, number>();
	if (!layout.tooSmall) for (const column of layout.columns) for (const pane of column.panes) paneWidths.set(pane, column.width - 2);
	const shapes = useMemo(
		() =>
			Object.fromEntries(
				listPanes.map(pane => {
					const rowsOf = panes[pane];
					const width = paneWidths.get(pane) ?? 40;
					const shape: PaneShape = {
						ids: rowsOf.ids,
						rowOf: rowsOf.selectableRows,
						rowCount: rowsOf.rows.length,
						isHeading: row => rowsOf.rows[row]?.heading === true,
						headingOf: row => headingOf(rowsOf, row),
						linesOf: index => unfoldedRow(rowsOf.rows[rowsOf.selectableRows[index]!]!, width, unfoldLimit(body)).length,
					};
					return [pane, shape];
				}),
			) as Record<ListPaneId, PaneShape>,
		[panes, [...paneWidths.values()].join(','), body],
	);

	// Where things are on the screen, from the numbers the frame below is drawn with: what a click hits.
	const previewShown = !layout.tooSmall && mainWidth >= previewMinimumWidth;
	const resultsWidth = previewShown ? Math.floor(mainWidth / 2) : mainWidth;
	const screenGeometry = (current: UiState) => screenGeometryOf(current, {layout, shapes, panes, body, mainHeight, resultsWidth, map: shownMap});

	const environment: Environment = {
		panes: shapes,
		locate: id => locateItem(panes, id),
		openTarget: id => openTargetOf(lookup, id),
		links: target => contentOf(target).links,
		view: viewShape,
		helpLines: state.help.open ? helpLines(Math.max(10, mainWidth - 3), table).length : 0,
		// Lists, details, results and help all sit in a frame of the main area's height.
		pageSize: body,
		keyTable: table,
		map: {...mapIds, size: mapCanvas ?? {columns: 0, rows: 0}},
		mouse: (current, event, at) => mouseAction(current, event, at, screenGeometry(current), environmentRef.current),
	};
	const environmentRef = useRef(environment);
	environmentRef.current = environment;

	const dispatch = (actions: Action[]) =>
		setState(current => {
			let next = current;
			for (const action of actions) next = reduce(next, action, environmentRef.current);
			return clampSelections(next, environmentRef.current);
		});
	// Results reach the reducer as an action: it holds them instead of calling the search engine. A key
	// press carries the results on screen along (those of an older query while a search runs), so that
	// it acts on what the user sees even when it comes before the effect below has run.
	const resultIds = useMemo(() => hits.map(hit => hit.id), [hits]);
	const shownResults = useRef<Action | undefined>(undefined);
	shownResults.current = {type: 'results', query: answers, ids: resultIds};
	const withResults = (actions: Action[]) => dispatch([...(shownResults.current ? [shownResults.current] : []), ...actions]);
	useKeyInput(
		(strokes: KeyStroke[]) => {
			lastKeyAt.current = performance.now();
			withResults(strokes.map((stroke): Action => ({type: 'key', stroke})));
		},
		{
			onPaste: text => withResults([{type: 'paste', text}]),
			onMouse: events => {
				if (habits.mouse === false) return;
				const at = performance.now();
				withResults(events.map((event): Action => ({type: 'mouse', event, at})));
			},
		},
	);

	const drawing = useMapDrawing(state.focus === 'map');
	const shownMap = useMemo(() => (state.focus === 'map' && !layout.tooSmall ? mapScreen(mapModel, state.map, drawing, mainWidth, mainHeight) : undefined), [state.focus, state.map, drawing, mapModel, mainWidth, mainHeight]);
	useHabitEffects(state, {lookup, habits, stdout, notice: text => dispatch([{type: 'notice', text}])});

	useEffect(() => {
		if (shownResults.current) dispatch([shownResults.current]);
	}, [resultIds, answers]);

	useEffect(() => {
		if (state.quit) exit();
	}, [state.quit, exit]);
	useEffect(() => {
		if (state.leave) onBack?.();
	}, [state.leave, onBack]);

	if (layout.tooSmall) return <TooSmall columns={columns} rows={rows} />;

	const context = contextOf(state);
	const topView = state.views.at(-1);
	let main;
	let find: FindBox | undefined;
	if (state.help.open) {
		main = <HelpOverlay width={mainWidth} height={mainHeight} scroll={state.help.scroll} table={table} />;
	} else if (topView) {
		const document = laidOut(topView.target);
		const trail = state.views.map(view => contentOf(view.target).title);
		if (state.finding || topView.find) {
			const matches = matchingLines(document, topView.find);
			const current = topView.match === undefined ? undefined : matches.indexOf(topView.match);
			find = {text: topView.find, typing: state.finding, matches: matches.length, current: current !== undefined && current >= 0 ? current : undefined};
		}
		main = <DocumentView document={document} kind={topView.target.kind === 'reader' ? 'Reader' : 'Detail'} trail={trail} view={topView} width={mainWidth} height={mainHeight} />;
	} else if (state.focus === 'map') {
		const chosen = state.map.selected === undefined ? -1 : mapModel.places.findIndex(place => place.id === state.map.selected);
		main = <MapPane screen={shownMap!} zoom={state.map.view.zoom} position={chosen >= 0 ? itemPosition(chosen, mapModel.places.length) : undefined} focused width={mainWidth} height={mainHeight} />;
	} else if (state.focus === 'search') {
		// The results on screen may be newer (and fewer) than those the state has received yet: the
		// selection drawn is one of those shown.
		const shownResult = Math.min(state.resultIndex, Math.max(0, hits.length - 1));
		const results = <SearchResults newItems={newItems} query={state.query} hits={hits} searching={searching} indexProgress={indexProgress} selected={shownResult} focused width={resultsWidth} height={mainHeight} />;
		const selectedId = hits[shownResult]?.id;
		if (previewShown && selectedId) {
			const target = openTargetOf(lookup, selectedId);
			const previewWidth = mainWidth - resultsWidth;
			const document = memo(layouts.current, `${previewWidth - 3}:${targetKey(target)}`, () => layoutDocument(contentOf(target), Math.max(10, previewWidth - 3)));
			main = (
				<Box flexDirection="row" width={mainWidth} height={mainHeight}>
					{results}
					<DocumentView document={document} kind={target.kind === 'reader' ? 'Reader' : 'Detail'} trail={[`preview: ${contentOf(target).title}`]} view={{target, scroll: 0, find: ''}} width={previewWidth} height={mainHeight} />
				</Box>
			);
		} else {
			main = results;
		}
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
							shape={shapes[visible]}
							selection={state.selection[visible]}
							top={state.listTop[visible]}
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
			<Header title={header.title} lines={headerLines} note={note} fresh={fresh} width={layout.width} />
			{main}
			<Footer query={state.query} cursor={state.cursor} notice={state.notice} searching={context === 'search'} find={find} inView={topView !== undefined && !state.help.open} resultCount={searching ? undefined : hits.length} indexProgress={indexProgress} hints={footerHints(context, table, [...(onBack ? [] : ['leaveStory' as const]), ...(newItems.size > 0 ? [] : ['toggleNewOnly' as const]), ...idleMapKeys(mapModel, state.map, context, mapCanvas !== undefined)])} width={layout.width} />
		</Box>
	);
}
