import {Box, useApp, useStdout} from 'ink';
import React, {useEffect, useMemo, useRef, useState} from 'react';
import type {StoryFile} from '../model/schema.js';
import {articleDateLabel, buildStoryLookup} from '../model/story-lookup.js';
import {storyCountList} from '../report/report-outline.js';
import {countNew, describeNew} from '../library/whats-new.js';
import {storyMap, whyNotOnMap} from '../map/map-story.js';
import {headerSourceLines} from './chrome-fit.js';
import type {DashboardHabits} from './dashboard-habits.js';
import {Footer} from './components/footer.js';
import {Header} from './components/header.js';
import {TooSmall} from './components/too-small.js';
import {openTargetOf} from './document-content.js';
import {runEffects, type World} from './effects.js';
import {helpLines} from './help-lines.js';
import {footerHints, keyTable as defaultKeyTable, type KeyStroke} from './keys.js';
import {computeLayout, listPanes, paneBodyHeight, type ListPaneId} from './layout.js';
import {unfoldedRow, unfoldLimit, type PaneShape} from './list-window.js';
import {documentWidthOf, findBoxOf, MainArea} from './main-area.js';
import {mapLayout} from './map-layout.js';
import {idleMapKeys, mapScreen} from './map-screen.js';
import {markNewItems} from './new-marks.js';
import {buildPaneRows, headingOf, locateItem, outletCodes} from './pane-rows.js';
import {screenGeometryOf} from './screen-geometry.js';
import {clampSelections, contextOf, initialEffects, initialState, reduce, type Action, type Effect, type Environment, type UiState} from './state.js';
import {cellWidth, type Cell} from '../text/text-fit.js';
import {useDocuments} from './use-documents.js';
import {useKeyInput} from './use-key-input.js';
import {useMapDrawing} from './use-map-drawing.js';
import {useSearchRunner, type SearchRunner} from './use-search-runner.js';
import {useTerminalSize} from './use-terminal-size.js';

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
	/** Refreshes the feeds (the R key); absent when the story was opened without the library. */
	onRefresh?: () => void;
	/** Why R does nothing here (said on the status line), when there is no onRefresh and the default reason is wrong. */
	refreshUnavailable?: string;
	/** A refresh's progress or outcome: shown as a notice when it changes. */
	status?: string;
	/** How long (ms) a typed character's search may run before its character is drawn without its results (use-search-runner.ts's inlineSearchMs). */
	inlineSearchMs?: number;
};

const nothingNew: ReadonlySet<string> = new Set();

/** From this width the search results share the screen with a preview of the selected one (fzf's --preview). */
export const previewMinimumWidth = 110;

/**
 * The dashboard: the composition root. It holds the state, runs the reducer on each action and hands
 * the effects it returns to the one interpreter (effects.ts); everything drawn comes from the state.
 */
export function App({story, note, size, resultLimit = 200, habits = {}, newItems = nothingNew, onBack, onRefresh, refreshUnavailable, status, inlineSearchMs}: AppProps) {
	// Fault injection for the end-to-end test of the error screen; nothing else sets it.
	if (process.env['SUMMIT_TUI_FAULT'] === 'render') throw new Error('injected render fault (SUMMIT_TUI_FAULT=render)');
	const {exit} = useApp();
	const terminal = useTerminalSize();
	const {columns, rows} = size ?? terminal;

	const lookup = useMemo(() => buildStoryLookup(story), [story]);
	const allPanes = useMemo(() => buildPaneRows(lookup), [lookup]);
	const header = useMemo(() => {
		const codes = outletCodes(story.articles.map(article => article.outlet));
		// One entry per outlet and date: the versions of one article a refresh added are one source, "×2".
		const labels = new Map<string, {outlet: string; count: number}>();
		for (const article of story.articles) {
			const label = `${article.outlet} ${articleDateLabel(article)}`;
			const seen = labels.get(label);
			labels.set(label, {outlet: article.outlet, count: (seen?.count ?? 0) + 1});
		}
		const sources: Cell[][] = [...labels].map(([label, {outlet, count}]) => [{text: `${codes.get(outlet)} `, tone: 'accent' as const, bold: true}, {text: count > 1 ? `${label} ×${count}` : label}]);
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
	// The help offers the way back to the picker only when there is one (a story opened from the library).
	const helpTable = useMemo(() => (onBack ? table : table.filter(entry => entry.command !== 'leaveStory')), [table, onBack]);
	const {stdout} = useStdout();
	const [state, setState] = useState<UiState>(() => ({...initialState({query: habits.query, history: habits.history}), ...(habits.notice ? {notice: habits.notice} : {})}));
	const panes = useMemo(() => markNewItems(allPanes, newItems, state.newOnly), [allPanes, newItems, state.newOnly]);
	const fresh = useMemo(() => {
		// The picker's and `library`'s words when the title line has room for them, else the short sum.
		const counts = countNew(story, newItems);
		const long = describeNew(counts, 'long');
		const counted = cellWidth(`${story.story.title}    ${long}${note ? `  ${note}` : ''}`) <= columns ? long : describeNew(counts, 'short');
		return counted && state.newOnly ? `${counted} · only new shown` : counted;
	}, [story, newItems, state.newOnly, note, columns]);

	const layout = computeLayout(columns, rows, 1 + headerLines.length);
	const mainHeight = layout.tooSmall ? 0 : layout.mainHeight;
	const mainWidth = layout.tooSmall ? 0 : layout.width;
	const body = paneBodyHeight(mainHeight);
	const mapCanvas = mapLayout(mainWidth, mainHeight).canvas;
	const documents = useDocuments(lookup);
	const documentWidth = documentWidthOf(mainWidth);

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

	const drawing = useMapDrawing(state.focus === 'map');
	const shownMap = useMemo(() => (state.focus === 'map' && !layout.tooSmall ? mapScreen(mapModel, state.map, drawing, mainWidth, mainHeight) : undefined), [state.focus, state.map, drawing, mapModel, mainWidth, mainHeight]);
	const previewShown = !layout.tooSmall && mainWidth >= previewMinimumWidth;
	const resultsWidth = previewShown ? Math.floor(mainWidth / 2) : mainWidth;

	const environment: Environment = {
		panes: shapes,
		locate: id => locateItem(panes, id),
		openTarget: id => openTargetOf(lookup, id),
		links: target => documents.contentOf(target).links,
		view: target => documents.shapeOf(target, documentWidth),
		helpLines: state.help.open ? helpLines(Math.max(10, mainWidth - 3), helpTable).length : 0,
		// Lists, details, results and help all sit in a frame of the main area's height.
		pageSize: body,
		keyTable: table,
		map: {...mapIds, size: mapCanvas ?? {columns: 0, rows: 0}},
		// Where things are on the screen, from the numbers the frame below is drawn with: what a click hits.
		screen: current => screenGeometryOf(current, {layout, shapes, panes, body, mainHeight, resultsWidth, map: shownMap}),
	};
	const environmentRef = useRef(environment);
	environmentRef.current = environment;

	// The runtime: the state the reducer last returned (rendered through React), and the effects it asked for.
	const current = useRef(state);
	const world = useRef<World | undefined>(undefined);
	const searchRef = useRef<SearchRunner | undefined>(undefined);
	const dispatch = (actions: Action[]) => {
		let next = current.current;
		let effects: Effect[] = [];
		for (const action of actions) {
			const update = reduce(next, action, environmentRef.current);
			next = update.state;
			effects.push(...update.effects);
			// Keys read after q or Backspace in one go are not for this dashboard any more.
			if (update.effects.some(effect => effect.type === 'quit' || effect.type === 'leave')) break;
		}
		// A quick search's results go in the frame that shows its typed character (one frame a key, not two).
		const asked = effects.findLast(effect => effect.type === 'runSearch');
		const hits = asked && searchRef.current?.answerNow(asked.query);
		if (asked && hits) {
			const update = reduce(next, {type: 'results', query: asked.query, hits}, environmentRef.current);
			next = update.state;
			effects = [...effects.filter(effect => effect.type !== 'runSearch'), ...update.effects];
		}
		current.current = clampSelections(next, environmentRef.current);
		setState(current.current);
		if (world.current) runEffects(effects, world.current);
	};
	const lastKeyAt = useRef(0);
	// The lookup's indexes (items by id, mentions: the first result's preview) are built in idle time, before the search index.
	const search = useSearchRunner(story, resultLimit, lastKeyAt, dispatch, () => lookup.indexSteps(), inlineSearchMs);
	searchRef.current = search;
	world.current = {lookup, habits, stdout, notice: text => dispatch([{type: 'notice', text}]), quit: exit, leave: onBack, refresh: onRefresh, refreshUnavailable, search: query => search.search(query)};
	useEffect(() => runEffects(initialEffects(current.current), world.current!), []);
	useEffect(() => {
		if (status) dispatch([{type: 'notice', text: status}]);
	}, [status]);

	useKeyInput(
		(strokes: KeyStroke[]) => {
			lastKeyAt.current = performance.now();
			dispatch(strokes.map((stroke): Action => ({type: 'key', stroke})));
		},
		{
			onPaste: text => dispatch([{type: 'paste', text}]),
			onMouse: events => {
				if (habits.mouse === false) return;
				const at = performance.now();
				dispatch(events.map((event): Action => ({type: 'mouse', event, at})));
			},
		},
	);

	if (layout.tooSmall) return <TooSmall columns={columns} rows={rows} />;

	const context = contextOf(state);
	const searching = state.query.trim() !== '' && state.results.query !== state.query;
	const omit = [...(onBack ? [] : ['leaveStory' as const]), ...(newItems.size > 0 ? [] : ['toggleNewOnly' as const]), ...idleMapKeys(mapModel, state.map, context, mapCanvas !== undefined)];
	return (
		<Box flexDirection="column" width={layout.width} height={layout.height}>
			<Header title={header.title} lines={headerLines} note={note} fresh={fresh} width={layout.width} />
			<MainArea state={state} layout={layout} lookup={lookup} documents={documents} panes={panes} shapes={shapes} map={{model: mapModel, screen: shownMap}} newItems={newItems} table={helpTable} previewShown={previewShown} resultsWidth={resultsWidth} />
			<Footer query={state.query} cursor={state.cursor} notice={state.notice} searching={context === 'search'} find={findBoxOf(state, documents, mainWidth)} inView={state.views.length > 0 && !state.help.open} resultCount={searching ? undefined : state.query.trim() === '' ? 0 : state.results.hits.length} indexProgress={state.indexProgress} hints={footerHints(context, table, omit)} width={layout.width} />
		</Box>
	);
}
