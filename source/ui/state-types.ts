import type {MapPaneState} from '../map/map-pane-model.js';
import type {SearchHit} from '../search/search.js';
import type {ViewTarget} from './document.js';
import type {Command, KeyStroke, KeyTableEntry} from './keys.js';
import type {ListPaneId, PaneId} from './panes/pane-list.js';
import type {PaneShape} from './list-window.js';
import type {MapEnvironment} from './panes/map/map-commands.js';
import type {MouseEvent} from './mouse.js';
import type {ScreenGeometry} from './screen-shape.js';
import type {HabitState, Target} from './search-line-state.js';
import type {ViewShape} from './view-navigation.js';

// The dashboard's types, shared by the reducer (state.ts) and its helpers (state-selection.ts, the panes),
// in a file of their own so that none of them imports another to reach them.

/** An open detail or reader: where it is scrolled, the chosen link, and a search inside its text. */
export type OpenView = {target: ViewTarget; scroll: number; link?: number; find: string; match?: number};

/** A place Esc goes back to, and where Esc from there goes (the map opened over a detail, then its search). */
export type ReturnPoint = {focus: PaneId; views: OpenView[]; then?: ReturnPoint};

/** The latest search results the dashboard has received and the query they answer (an older one while a search runs). */
export type SearchResults = {query: string; hits: SearchHit[]};

export type UiState = HabitState & {
	focus: PaneId;
	/** List panes, most recently focused first: where Esc returns from search, what a shared column shows. */
	recent: ListPaneId[];
	selection: Record<ListPaneId, number>;
	/** First row shown in each list: kept while the selection moves inside the window, so rows stay put. */
	listTop: Record<ListPaneId, number>;
	query: string;
	resultIndex: number;
	results: SearchResults;
	/** Share of the story the search has indexed, 0 to 1. */
	indexProgress: number;
	/** Enter was pressed before the results of the query arrived: open the first one when they do. */
	chooseWhenReady: boolean;
	/** Back-stack of open details and readers; empty when none is open. */
	views: OpenView[];
	/** Typing a search inside the open view. */
	finding: boolean;
	help: {open: boolean; scroll: number};
	/** The map pane: its zoom and pan, the chosen place, the event stepped to. */
	map: MapPaneState;
	/** Where Esc from the map or search goes back to, when it is not the last list pane. */
	returnTo?: ReturnPoint;
	/** Only the items new since the last visit are listed. */
	newOnly: boolean;
};

/** What the reducer needs to know about the story and the screen at the moment of an action. */
export type Environment = {
	panes: Record<ListPaneId, PaneShape>;
	locate(id: string): {pane: ListPaneId; index: number} | undefined;
	/** What Enter on a list item opens (an article opens in the reader). */
	openTarget(id: string): ViewTarget;
	/** The links of a document, from the story (the same at every width). */
	links(target: ViewTarget): ViewTarget[];
	/** A document as laid out at the current width. */
	view(target: ViewTarget): ViewShape;
	helpLines: number;
	/** Rows visible in the focused list, document, results or help: one page. */
	pageSize: number;
	/** The key table in force: the config's when it rebinds keys. */
	keyTable?: readonly KeyTableEntry[];
	/** The story's places and steps on the map (none when no place has coordinates). */
	map?: MapEnvironment;
	/** Where things are on the screen for a state, from the numbers it is drawn with: what a click hits. */
	screen?: (state: UiState) => ScreenGeometry;
};

export type Action =
	| {type: 'key'; stroke: KeyStroke}
	| {type: 'results'; query: string; hits: SearchHit[]}
	| {type: 'indexProgress'; share: number}
	| {type: 'paste'; text: string}
	| {type: 'mouse'; event: MouseEvent; at: number}
	| {type: 'notice'; text: string};

/**
 * What the reducer asks the world to do, as values (Elm's and bubbletea's commands): one interpreter
 * (effects.ts) carries them out, and answers with actions (a notice, search results).
 */
export type Effect =
	| {type: 'copy'; target: Target}
	| {type: 'open'; target: Target}
	| {type: 'quit'}
	/** Back to the story picker (ignored where there is none). */
	| {type: 'leave'}
	/** Refresh the feeds (ignored where the story was opened without the library). */
	| {type: 'refresh'}
	| {type: 'saveHistory'; entries: string[]}
	| {type: 'runSearch'; query: string};

export type Update = {state: UiState; effects: Effect[]};

/** What a mouse event asks for, once the screen says what is under it: applied by the reducer like keys. */
export type MouseIntent =
	| {type: 'command'; command: Command; times?: number}
	| {type: 'selectItem'; pane: ListPaneId; index: number}
	| {type: 'selectResult'; index: number}
	| {type: 'choosePlace'; place: string; keepStep?: boolean};
