import {fileTimeLabel} from '../../library/file-time.js';
import type {PickerModel, PickerRow} from '../../library/picker-model.js';
import {fitCells, type Cell} from '../../text/text-fit.js';

// The picker's screen as lines of cells, pure, so that it can be tested without a terminal. Each story
// takes two lines: its title with what is new, then its dates, outlets, counts and last update.

export const linesPerStory = 2;


export function storyLines(row: PickerRow, selected: boolean, width: number, matches?: ReadonlyArray<{kind: string; label: string}>): Cell[][] {
	const pointer: Cell = {text: selected ? '▸ ' : '  ', tone: 'accent', bold: true};
	if (row.kind === 'inbox') {
		// The articles feeds brought that belong to no story yet, waiting to be started as stories.
		return [fitCells([pointer, {text: '● ', tone: 'accent', bold: true}, {text: 'Inbox', bold: true}, {text: `  ${row.counts}`, tone: 'accent', bold: true}], width), fitCells([{text: '      '}, {text: 'new articles from feeds that belong to no story yet: Enter shows them', tone: 'muted'}], width)];
	}
	if (row.problem) {
		return [
			fitCells([pointer, {text: '  '}, {text: 'BROKEN ', tone: 'warning', bold: true}, {text: row.title}], width),
			fitCells([{text: '      '}, {text: row.problem, tone: 'warning'}], width),
		];
	}
	const details = [row.dates || 'no dates', row.outlets, row.counts, `updated ${fileTimeLabel(row.updatedMs)}`].filter(Boolean).join(' · ');
	// Found by its items: the first of them in place of the details, and how many more.
	const found = matches?.[0];
	const second: Cell[] = found
		? [{text: '      ↳ '}, {text: `${found.kind} `, tone: 'muted'}, {text: found.label}, ...(matches!.length > 1 ? [{text: `  (+${matches!.length - 1} more)`, tone: 'muted' as const}] : [])]
		: [{text: '      '}, {text: details, tone: 'muted'}];
	// ● anything unseen (never opened, or new since the last visit), so that it reads without colour.
	const mark: Cell = row.unread ? {text: '● ', tone: 'accent', bold: true} : {text: '  '};
	return [
		fitCells([pointer, mark, {text: row.title, bold: true}, ...(row.fresh ? [{text: `  + ${row.fresh}`, tone: 'accent' as const, bold: true}] : []), ...(row.sample ? [{text: '  sample', tone: 'muted' as const}] : [])], width),
		fitCells(second, width),
	];
}

/** The first story shown so that the selection is on screen, keeping `top` while it already is. */
export function windowTop(top: number, selected: number, capacity: number, count: number): number {
	const size = Math.max(1, capacity);
	let next = Math.min(top, Math.max(0, count - size));
	if (selected < next) next = selected;
	if (selected >= next + size) next = selected - size + 1;
	return Math.max(0, next);
}

/** The list area: the stories from `top` that fit in `height` lines, each with whether it is selected. */
export function pickerListLines(model: PickerModel, top: number, width: number, height: number): Array<{cells: Cell[]; selected: boolean}> {
	if (model.visible.length === 0) {
		return [{cells: [{text: model.query.trim() ? `  no story matches "${model.query}"` : '  no stories', tone: 'muted'}], selected: false}];
	}
	const capacity = Math.max(1, Math.floor(height / linesPerStory));
	const lines: Array<{cells: Cell[]; selected: boolean}> = [];
	for (let position = top; position < Math.min(model.visible.length, top + capacity); position++) {
		const selected = position === model.selected;
		const index = model.visible[position]!;
		for (const cells of storyLines(model.rows[index]!, selected, width, model.itemMatches?.get(index))) lines.push({cells, selected});
	}
	return lines;
}
