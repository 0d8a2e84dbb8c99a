// Names beside markers without overlaps, greedily: the selected place first, then in the order given
// (the caller puts the most important first). A name that fits nowhere becomes a number beside its
// marker and a line in the legend, so that every place is either labelled or listed.

import {cellWidth, fitText} from '../text/text-fit.js';

export type LabelledMarker = {id: string; name: string; column: number; row: number; selected?: boolean};
/** `legend`: a number standing for the name, which is listed in the legend. */
export type PlacedLabel = {id: string; text: string; column: number; row: number; legend?: boolean};

type Size = {columns: number; rows: number};

export function placeLabels(markers: LabelledMarker[], size: Size): {labels: PlacedLabel[]; legend: Array<{number: number; id: string; name: string}>} {
	const key = (column: number, row: number) => `${column},${row}`;
	const markerCells = new Set(markers.map(marker => key(marker.column, marker.row)));
	const labelCells = new Set<string>();
	// A label covers no marker and no other label, and keeps a blank cell from both on either side: a
	// name that touched another place's marker would read as that place's.
	// Its own marker may stand beside it: that is where a legend number goes.
	const fits = (column: number, row: number, length: number, own: LabelledMarker) => {
		if (row < 0 || row >= size.rows || column < 0 || column + length > size.columns) return false;
		for (let index = -1; index <= length; index++) {
			const cell = key(column + index, row);
			const isOwn = column + index === own.column && row === own.row;
			if (labelCells.has(cell) || (markerCells.has(cell) && !(isOwn && (index === -1 || index === length)))) return false;
		}
		return true;
	};
	const take = (label: PlacedLabel) => {
		for (let index = 0; index < cellWidth(label.text); index++) labelCells.add(key(label.column + index, label.row));
	};
	const order = [...markers].sort((a, b) => Number(Boolean(b.selected)) - Number(Boolean(a.selected)));
	const labels: PlacedLabel[] = [];
	const legend: Array<{number: number; id: string; name: string}> = [];
	for (const marker of order) {
		// Widths in cells: a name in CJK takes two a character.
		const text = fitText(marker.name, Math.max(1, size.columns - 2));
		const length = cellWidth(text);
		const candidates: Array<[number, number]> = [
			[marker.column + 2, marker.row],
			[marker.column - 1 - length, marker.row],
			[marker.column - Math.floor(length / 2), marker.row - 1],
			[marker.column - Math.floor(length / 2), marker.row + 1],
			[marker.column + 1, marker.row - 1],
			[marker.column + 1, marker.row + 1],
		];
		const spot = candidates.find(([column, row]) => fits(column, row, length, marker));
		if (spot) {
			const label = {id: marker.id, text, column: spot[0], row: spot[1]};
			labels.push(label);
			take(label);
			continue;
		}
		const number = legend.length + 1;
		legend.push({number, id: marker.id, name: marker.name});
		const digits = String(number);
		const numberSpot = ([
			[marker.column + 1, marker.row],
			[marker.column - digits.length, marker.row],
			[marker.column, marker.row - 1],
			[marker.column, marker.row + 1],
		] as Array<[number, number]>).find(([column, row]) => fits(column, row, digits.length, marker));
		if (numberSpot) {
			const label = {id: marker.id, text: digits, column: numberSpot[0], row: numberSpot[1], legend: true};
			labels.push(label);
			take(label);
		}
	}
	return {labels, legend};
}
