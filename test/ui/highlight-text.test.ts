import {describe, expect, it} from 'vitest';
import {highlightCells, highlightText} from '../../source/ui/highlight-text.js';
import type {Cell} from '../../source/text/text-fit.js';

const marked = (cells: Cell[]) => cells.filter(cell => cell.tone === 'match').map(cell => cell.text);

describe('the one highlighter', () => {
	it('marks a match that runs across two cells, keeping each cell’s own style around it', () => {
		const cells: Cell[] = [{text: 'Kim Jo', tone: 'muted'}, {text: 'ng Un', bold: true}];
		const result = highlightCells(cells, [[4, 7]]);
		expect(result.map(cell => cell.text).join('')).toBe('Kim Jong Un');
		expect(marked(result)).toEqual(['Jo', 'ng']);
		expect(result[0]).toEqual({text: 'Kim ', tone: 'muted'});
		expect(result.at(-1)).toEqual({text: ' Un', bold: true});
	});

	it('finds every occurrence of typed text, whatever its case, for the find inside a detail', () => {
		expect(marked(highlightText([{text: 'Kim met kim in KIM city'}], 'kim'))).toEqual(['Kim', 'kim', 'KIM']);
		const untouched: Cell[] = [{text: 'nothing here'}];
		expect(highlightText(untouched, 'kim')).toBe(untouched);
	});
});
