import {factsPane} from './facts.js';
import {mapPane} from './map/map-pane.js';
import type {ListPane, PaneDefinition, WholePane} from './pane-definition.js';
import {peoplePane} from './people.js';
import {quotesPane} from './quotes.js';
import {searchPane} from './search/search-pane.js';
import {sourcesPane} from './sources.js';
import {timelinePane} from './timeline.js';

// The dashboard's panes, one row each, in the order Tab and the number keys go through them. The
// layout, the focus keys, the footer, the help, the tab strips and the mouse are made from this list.

export const panes = [factsPane, timelinePane, peoplePane, quotesPane, sourcesPane, mapPane, searchPane] as const satisfies readonly PaneDefinition[];

type Pane = (typeof panes)[number];
export type PaneId = Pane['id'];
export type ListPaneId = Extract<Pane, {kind: 'list'}>['id'];
export type WholePaneId = Extract<Pane, {kind: 'whole'}>['id'];
/** The commands of the panes' own key rows (the map's zoom, the search's results). */
type CommandsOf<P> = P extends {keys: infer Keys} ? keyof Keys & string : never;
export type PaneCommand = CommandsOf<Pane>;

const isList = (pane: PaneDefinition): pane is ListPane => pane.kind === 'list';
const isWhole = (pane: PaneDefinition): pane is WholePane => pane.kind === 'whole';

export const paneOrder: PaneId[] = panes.map(pane => pane.id);
export const listPaneDefinitions = (panes as readonly PaneDefinition[]).filter(isList) as Array<ListPane & {id: ListPaneId}>;
export const wholePaneDefinitions = (panes as readonly PaneDefinition[]).filter(isWhole) as Array<WholePane & {id: WholePaneId}>;
export const listPanes: ListPaneId[] = listPaneDefinitions.map(pane => pane.id);
/** The panes a number key focuses, in order: key 1 is the first. */
export const numberedPanes: PaneId[] = panes.filter(pane => pane.kind === 'list' || pane.numbered).map(pane => pane.id);

export const paneTitles = Object.fromEntries(panes.map(pane => [pane.id, pane.title])) as Record<PaneId, string>;
/** Shorter names for a cramped tab bar: still words, never bare numbers. */
export const shortPaneTitles = Object.fromEntries(panes.map(pane => [pane.id, pane.shortTitle])) as Record<PaneId, string>;

/** The number key of a pane (0 for one without, as search). */
export const paneNumber = (pane: PaneId) => numberedPanes.indexOf(pane) + 1;
export const paneById = (id: PaneId): PaneDefinition => panes.find(pane => pane.id === id)!;
export const isWholePane = (id: PaneId): id is WholePaneId => wholePaneDefinitions.some(pane => pane.id === id);
