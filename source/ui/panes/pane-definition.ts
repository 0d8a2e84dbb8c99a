import type {ReactElement} from 'react';
import type {MapPaneState} from '../../map/map-pane-model.js';
import type {StoryMap} from '../../map/map-story.js';
import type {StoryLookup} from '../../model/story-lookup.js';
import type {SearchHit} from '../../search/search.js';
import type {KeyRow} from '../key-rows.js';
import type {RowContext, Row} from '../list-rows.js';
import type {MapScreen} from '../map-screen.js';
import type {Documents} from '../use-documents.js';

// What a pane is: one file (a list) or one folder (a pane with its own screen) declares it, and one row
// in pane-list.ts adds it. Layout, focus keys, the footer, the help, the tab strip and the mouse are
// made from these declarations (lazygit's views with their controllers: bindings live with the pane).

type PaneBase = {
	id: string;
	/** In a tab strip and frame title: "Key facts"; `shortTitle` when cramped: "Facts" (words, never bare numbers). */
	title: string;
	shortTitle: string;
	/** What the help says its number key opens: "People (organisations, places)". */
	helpTitle: string;
};

/** Where a list pane sits: its column in the wide (three columns) and medium (two) layouts; narrow has one. */
export type ColumnPlacement = {wide: number; medium: number};

/** A list pane: rows of items under headings, drawn in a column it may share with other lists (as tabs). */
export type ListPane = PaneBase & {
	kind: 'list';
	column: ColumnPlacement;
	rows(context: RowContext): Row[];
};

/** What a pane with a screen of its own is drawn from. Its fields are what such panes read. */
export type WholePaneView = {
	width: number;
	height: number;
	/** Its number key, shown in its title. */
	number: number;
	lookup: StoryLookup;
	documents: Documents;
	newItems: ReadonlySet<string>;
	/** From this width the search results share the screen with a preview. */
	previewShown: boolean;
	resultsWidth: number;
	state: {query: string; resultIndex: number; results: {query: string; hits: SearchHit[]}; indexProgress: number; map: MapPaneState};
	map: {model: StoryMap; screen?: MapScreen};
};

/** A mouse event on a pane's own screen, at a cell relative to its frame (the main area's top left). */
export type PaneMouseEvent = {
	kind: 'wheelUp' | 'wheelDown' | 'click';
	/** A second click on the same cell soon after the first. */
	double: boolean;
	column: number;
	row: number;
	/** What the pane drew there, from the numbers it was drawn with. */
	drawn: {map?: MapScreen; results?: {x: number; width: number; first: number; count: number}};
	state: {resultIndex: number; map: {selected?: string}};
};

/** What a mouse event on a pane asks for: commands (as its keys would) or a choice of what is under it. */
export type PaneMouseIntent =
	| {type: 'command'; command: string; times?: number}
	| {type: 'selectResult'; index: number}
	| {type: 'choosePlace'; place: string; keepStep?: boolean};

/**
 * A pane with a screen of its own while focused (the map, search). `numbered`: reached by a number key
 * (search is reached by `/`). `keys`: its own rows of the key table, a record by its commands, placed in
 * the table (and so in the footer and help) after `keysAfter`, or after the pane keys when absent.
 */
export type WholePane<Command extends string = string> = PaneBase & {
	kind: 'whole';
	numbered: boolean;
	keys: Record<Command, KeyRow>;
	keysAfter?: string;
	view(input: WholePaneView): ReactElement;
	/** How the mouse maps onto its screen. */
	mouse(event: PaneMouseEvent): PaneMouseIntent[];
};

export type PaneDefinition = ListPane | WholePane;
