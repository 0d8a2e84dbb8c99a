// The shapes of the dashboard's state, its actions and its environment, apart from the reducer
// (state.ts) so that the reducer's helper files (state-selection.ts …) need not import it for types.
import type {MapPaneState} from '../map/map-pane-model.js';
import type {ViewTarget} from './document.js';
import type {KeyStroke, KeyTableEntry} from './keys.js';
import type {ListPaneId, PaneId} from './layout.js';
import type {PaneShape} from './list-window.js';
import type {MapEnvironment} from './map-state.js';
import type {MouseEvent} from './mouse.js';
import type {HabitState} from './search-line-state.js';
import type {ViewShape} from './view-navigation.js';

/** An open detail or reader: where it is scrolled, the chosen link, and a search inside its text. */
export type OpenView = {target: ViewTarget; scroll: number; link?: number; find: string; match?: number};

/** A place Esc goes back to, and where Esc from there goes (the map opened over a detail, then its search). */
export type ReturnPoint = {focus: PaneId; views: OpenView[]; then?: ReturnPoint};

export type UiState = HabitState & {
	focus: PaneId;
	/** List panes, most recently focused first: where Esc returns from search, what a shared column shows. */
	recent: ListPaneId[];
	selection: Record<ListPaneId, number>;
	/** First row shown in each list: kept while the selection moves inside the window, so rows stay put. */
	listTop: Record<ListPaneId, number>;
	query: string;
	resultIndex: number;
	/** The latest search results the dashboard has received, and the query they answer. */
	results: {query: string; ids: string[]};
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
	/** Back to the story picker: Backspace, or Esc with nothing open (ignored where there is no picker). */
	leave: boolean;
	quit: boolean;
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
	/** What a mouse event means where it happened (mouse-actions.ts, which knows the screen), if anything. */
	mouse?: (state: UiState, event: MouseEvent, at: number) => UiState;
};

export type Action =
	| {type: 'key'; stroke: KeyStroke}
	| {type: 'results'; query: string; ids: string[]}
	| {type: 'paste'; text: string}
	| {type: 'mouse'; event: MouseEvent; at: number}
	| {type: 'notice'; text: string};
