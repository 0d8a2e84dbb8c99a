// The map pane's body as lines of cells, with what the mouse needs to know about them: where each
// marker is and which place each line of the list names. Pure, given the drawing function (loaded
// lazily by the app); the pane component only draws these lines.
import type {MapPaneState} from '../map/map-pane-model.js';
import type {Context} from './key-rows.js';
import type {StoryMap} from '../map/map-story.js';
import type {MapMarker} from '../map/map-view.js';
import type {PlacedLabel} from '../map/place-labels.js';
import {paneBodyHeight} from './frame-size.js';
import {mapLayout, type MapLayout} from './map-layout.js';
import type {MapCommand} from './panes/map/map-keys.js';
import {pictureRowCells, placesOnlyLines, sideListLines, underListLines, type MapListLine} from './map-list.js';
import {cellWidth, fitCells, lineWidth, type Cell} from '../text/text-fit.js';
import type {MapDrawing} from './use-map-drawing.js';

export type MapScreen = {
	layout: MapLayout;
	/** The body's lines, each exactly as wide as the pane's inside. */
	lines: Cell[][];
	markers: MapMarker[];
	/** Where the places' names are on the drawing: a click on a name chooses its place too. */
	labels: PlacedLabel[];
	/** The place each line of the list names, by the list's line. */
	listPlaces: Array<string | undefined>;
};

const pad = (cells: Cell[], width: number): Cell[] => {
	const fitted = fitCells(cells, width);
	const gap = width - lineWidth(fitted);
	return gap > 0 ? [...fitted, {text: ' '.repeat(gap)}] : fitted;
};

export function mapScreen(model: StoryMap, map: MapPaneState, drawing: MapDrawing, width: number, height: number): MapScreen {
	const layout = mapLayout(width, height);
	const inner = Math.max(1, width - 2);
	const body = paneBodyHeight(height);
	const {canvas} = layout;
	const ready = drawing && 'ready' in drawing ? drawing.ready : undefined;
	// The boundary data is read on the first drawing: a failure there is said in the pane, never a crash.
	let failed = drawing && 'failed' in drawing ? drawing.failed : undefined;
	let picture: ReturnType<NonNullable<typeof ready>['drawStoryMap']> | undefined;
	try {
		picture = canvas && ready && model.places.length > 0 ? ready.drawStoryMap(model, canvas, {selected: map.selected, view: map.view}) : undefined;
	} catch (error) {
		failed = error instanceof Error ? error.message : String(error);
	}
	const notes = picture ? {legend: picture.legend, outside: picture.outside, outlined: picture.outlined} : undefined;

	let drawn: Cell[][] = [];
	if (canvas) {
		const message = model.places.length === 0 ? 'No place in this story has coordinates, so there is nothing to draw.' : failed !== undefined ? `The map could not be drawn: ${failed}` : picture ? undefined : 'Drawing the map…';
		drawn = message ? [[{text: message, tone: 'muted'}]] : picture!.lines.map((line, row) => pictureRowCells(line, picture!.kinds[row]!));
	}
	// The list keeps a cell from the frame on its right, and from the drawing a rule and a cell.
	const beside = layout.list.x > 0;
	const listWidth = Math.max(1, layout.list.width - (beside ? 2 : 1));
	const list: MapListLine[] = !canvas ? placesOnlyLines(model, map, listWidth, layout.list.rows) : beside ? sideListLines(model, map, notes, listWidth, layout.list.rows) : underListLines(model, map, notes, listWidth);

	const lines = Array.from({length: body}, (_, row): Cell[] => {
		if (!canvas) return pad(list[row]?.cells ?? [], inner);
		if (beside) return [...pad(drawn[row] ?? [], canvas.columns), {text: '│', tone: 'muted'}, {text: ' '}, ...pad(list[row]?.cells ?? [], layout.list.width - 1)];
		return pad(row < canvas.rows ? (drawn[row] ?? []) : (list[row - canvas.rows]?.cells ?? []), inner);
	});
	return {layout, lines, markers: picture?.markers ?? [], labels: picture?.labels ?? [], listPlaces: list.map(line => line.place)};
}

/** The map's keys that would do nothing now, which the footer leaves out: all of them without places. */
export function idleMapKeys(model: StoryMap, map: MapPaneState, context: Context, drawn = true): Array<MapCommand | 'openSelected'> {
	if (context !== 'map') return [];
	// Too small for a drawing: choosing and opening places still work, zoom and pan do not.
	if (!drawn && model.places.length > 0) return ['zoomIn', 'panLeft', 'fitMap'];
	if (model.places.length === 0) return ['zoomIn', 'panLeft', 'fitMap', 'nextStep', 'nextPlace', 'openSelected'];
	return [...(model.steps.length === 0 ? ['nextStep' as const] : []), ...(map.selected === undefined ? ['openSelected' as const] : [])];
}

/** The place at a cell of the body (relative to it): a marker within a cell of the pointer, or a list line. */
export function placeAt(screen: MapScreen, column: number, row: number): string | undefined {
	const {canvas, list} = screen.layout;
	if (inPlaceList(screen, column, row)) return screen.listPlaces[row - list.y];
	if (!canvas || column < 0 || row < 0 || column >= canvas.columns || row >= canvas.rows) return undefined;
	// A marker or a name right under the pointer first; then a marker a cell away.
	const exact = screen.markers.find(marker => marker.column === column && marker.row === row)?.id ?? screen.labels.find(label => label.row === row && column >= label.column && column < label.column + cellWidth(label.text))?.id;
	if (exact) return exact;
	let nearest: {id: string; distance: number} | undefined;
	for (const marker of screen.markers) {
		const distance = Math.max(Math.abs(marker.column - column), Math.abs(marker.row - row));
		if (distance <= 1 && (!nearest || distance < nearest.distance)) nearest = {id: marker.id, distance};
	}
	return nearest?.id;
}

/** Whether a cell of the body is in the list of places (where the wheel moves the choice, not the zoom). */
export function inPlaceList(screen: MapScreen, column: number, row: number): boolean {
	const {list} = screen.layout;
	return column >= list.x && row >= list.y && column < list.x + list.width && row < list.y + list.rows;
}
