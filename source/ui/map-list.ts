// The words beside (or under) the map: the places with their markers, the event stepped to, the places
// not placed, and those off the map at this zoom. Pure: lines of cells fitted to the width given.
import type {MapPaneState} from '../map/map-pane-model.js';
import {kindCodes, type CellKind} from '../map/cell-kinds.js';
import type {StoryMap} from '../map/map-story.js';
import {eventDateLabel} from '../model/story-lookup.js';
import {cellWidth as cellWidthOf, fitCellsAtWord as fitCells, type Cell} from '../text/text-fit.js';
import {wrapCells} from '../text/wrap-cells.js';

/**
 * What the drawing could not show by name (numbered places, the legend; places off the drawing) and the
 * countries it outlined: those the boundary data has.
 */
export type PictureNotes = {legend: Array<{number: number; id: string}>; outside: string[]; outlined?: string[]};

export type MapListLine = {cells: Cell[]; selected?: boolean; place?: string};

const noNotes: PictureNotes = {legend: [], outside: []};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function stepLines(model: StoryMap, map: MapPaneState, width: number): Cell[][] {
	const step = map.step === undefined ? undefined : model.steps[map.step];
	if (!step) return model.steps.length > 0 ? wrapCells([{text: `${plural(model.steps.length, 'event', 'events')} with a place: n/N steps through ${model.steps.length === 1 ? 'it' : 'them'}`, tone: 'muted'}], width) : [];
	return [
		[{text: `Event ${map.step! + 1}/${model.steps.length} · `, tone: 'heading', bold: true}, {text: eventDateLabel(step.event), tone: 'accent'}],
		...wrapCells([{text: `  ${step.event.title}`}], width),
	];
}

function namesLine(label: string, names: string[], width: number): Cell[][] {
	return names.length === 0 ? [] : wrapCells([{text: `${label}: `, tone: 'muted'}, {text: names.join(' · ')}], width);
}

/** At most `rows` lines; when some are left out, the last shown ends in "…". */
function cutToRows(lines: MapListLine[], rows: number, width: number): MapListLine[] {
	if (lines.length <= rows) return lines;
	const kept = lines.slice(0, Math.max(0, rows));
	const last = kept.at(-1);
	if (last) kept[kept.length - 1] = {...last, cells: [...fitCells(last.cells, Math.max(1, width - 2)), {text: ' …', tone: 'muted'}]};
	return kept;
}

/** The story's countries the drawing outlined (before it is drawn: those with coordinates). */
const outlinedNames = (model: StoryMap, notes: PictureNotes) =>
	notes.outlined ? model.countries.filter(country => notes.outlined!.includes(country.id) && !model.places.some(place => place.id === country.id)).map(country => country.names[0]!) : model.outlined.map(country => country.name);

/** The full list, for the column beside the map: the places windowed so that the chosen one shows. */
export function sideListLines(model: StoryMap, map: MapPaneState, notes: PictureNotes = noNotes, width: number, rows: number): MapListLine[] {
	const numbers = new Map(notes.legend.map(entry => [entry.id, entry.number]));
	const outside = new Set(notes.outside);
	const placeLines: MapListLine[] = model.places.map(place => {
		const chosen = place.id === map.selected;
		const number = numbers.get(place.id);
		const cells: Cell[] = [
			{text: chosen ? '◉ ' : '● ', tone: 'accent', bold: chosen},
			...(number === undefined ? [] : [{text: `${number} `, tone: 'accent' as const}]),
			{text: place.name, bold: chosen},
			...(outside.has(place.id) ? [{text: ' (off the map)', tone: 'muted' as const}] : []),
		];
		return {cells: fitCells(cells, width), selected: chosen, place: place.id};
	});
	const section = (lines: Cell[][]) => (lines.length > 0 ? [[], ...lines] : []).map(cells => ({cells}));
	const after: MapListLine[] = [
		...section(stepLines(model, map, width)),
		...section(namesLine('Countries (their borders)', outlinedNames(model, notes), width)),
		...section(namesLine('Not placed', model.unplaced.filter(place => !notes.outlined?.includes(place.id)).map(place => place.name), width)),
		// What the marks mean, for a screen without colour too.
		...section(wrapCells([{text: `◉ chosen · ● place · ⠒ coast · ⠂⠂ border${model.routes.length > 0 ? ' · ⠒ ⠒ journey' : ''}`, tone: 'muted'}], width)),
	];
	const heading: MapListLine = {cells: fitCells([{text: `Places · ${model.places.length}`, tone: 'heading', bold: true}], width)};
	// The places get what the rest leaves, and at least three lines; a line says how many are not shown.
	const room = Math.max(3, rows - 1 - after.length);
	let shown = placeLines;
	if (placeLines.length > room) {
		const chosen = Math.max(0, placeLines.findIndex(line => line.selected));
		const first = Math.max(0, Math.min(chosen - Math.floor((room - 1) / 2), placeLines.length - (room - 1)));
		shown = placeLines.slice(first, first + room - 1);
		shown.push({cells: fitCells([{text: `  … ${placeLines.length - shown.length} more (j/k)`, tone: 'muted'}], width)});
	}
	return cutToRows([heading, ...shown, ...after], rows, width);
}

/** Two lines under a narrow map: the chosen place and event, then the numbered and unplaced places. */
export function underListLines(model: StoryMap, map: MapPaneState, notes: PictureNotes = noNotes, width: number): MapListLine[] {
	const place = model.places.find(each => each.id === map.selected);
	const step = map.step === undefined ? undefined : model.steps[map.step];
	const first: Cell[] = place
		? [{text: '◉ ', tone: 'accent', bold: true}, {text: place.name, bold: true}, ...(step ? [{text: ` · ${eventDateLabel(step.event)} `, tone: 'accent' as const}, {text: step.event.title}] : [])]
		: [{text: `${model.places.length} places · j/k choose one${model.steps.length > 0 ? ' · n/N events' : ''}`, tone: 'muted'}];
	const names = new Map(model.places.map(each => [each.id, each.name]));
	// The second line: the legend's numbers, then what is off the map, then what is not placed, as far as it goes.
	const groups: Array<[string, string[]]> = [
		['', notes.legend.map(entry => `${entry.number} ${names.get(entry.id) ?? ''}`)],
		['Off the map: ', notes.outside.map(id => names.get(id) ?? id)],
		['Not placed: ', model.unplaced.filter(each => !notes.outlined?.includes(each.id)).map(each => each.name)],
	];
	const second = groups.filter(([, items]) => items.length > 0).flatMap(([label, items], index): Cell[] => [...(index > 0 ? [{text: ' · ', tone: 'muted' as const}] : []), ...(label ? [{text: label, tone: 'muted' as const}] : []), {text: items.join(' · ')}]);
	return [{cells: fitCells(first, width)}, {cells: fitCells(second, width)}];
}

/** The pane too small for a map: the places as a list, as the issue of a map in text cells asks. */
export function placesOnlyLines(model: StoryMap, map: MapPaneState, width: number, rows: number): MapListLine[] {
	const lines: MapListLine[] = [
		{cells: fitCells([{text: 'Too small for a map; the places:', tone: 'muted'}], width)},
		...model.places.map(place => ({cells: fitCells([{text: place.id === map.selected ? '◉ ' : '● ', tone: 'accent' as const}, {text: place.name}], width), selected: place.id === map.selected, place: place.id})),
		...namesLine('Not placed', model.unplaced.map(place => place.name), width).map(cells => ({cells})),
	];
	const chosen = Math.max(0, lines.findIndex(line => line.selected));
	const first = Math.max(0, Math.min(chosen - rows + 1, lines.length - rows));
	return lines.slice(chosen >= rows ? first : 0, (chosen >= rows ? first : 0) + rows);
}

const kindTones: Record<CellKind, Cell['tone']> = {line: 'muted', outline: 'normal', countryName: 'heading', route: 'accent', marker: 'accent', selectedMarker: 'match', label: 'normal', selectedLabel: 'match'};
const boldKinds = new Set<CellKind>(['marker', 'selectedMarker', 'selectedLabel']);
const kindOfCode = new Map((Object.entries(kindCodes) as Array<[CellKind, string]>).map(([kind, code]) => [code, kind]));

/**
 * One line of the drawing as cells to colour: coasts and borders muted, routes and markers in the accent,
 * the chosen place in the match colour. `kinds` has a code per cell (map-view.ts); a wide character of a
 * label takes two cells and one code after the other.
 */
export function pictureRowCells(line: string, kinds: string): Cell[] {
	const cells: Cell[] = [];
	let column = 0;
	for (const character of line) {
		const kind = kindOfCode.get(kinds[column] ?? kindCodes.line) ?? 'line';
		const tone = kindTones[kind];
		const bold = boldKinds.has(kind);
		const last = cells.at(-1);
		if (last && last.tone === tone && Boolean(last.bold) === bold) last.text += character;
		else cells.push({text: character, tone, ...(bold ? {bold} : {})});
		// Braille and ASCII are one cell; a label's other characters are measured.
		const point = character.codePointAt(0)!;
		column += point < 0x1100 || (point >= 0x2800 && point <= 0x28ff) ? 1 : cellWidthOf(character);
	}
	return cells;
}
