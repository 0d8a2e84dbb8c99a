import chalk from 'chalk';
import {Text} from 'ink';
import React from 'react';
import {toneColors} from '../theme.js';
import type {Cell} from '../../text/text-fit.js';

/**
 * A fitted line of cells as one styled string. Blocks of lines go to Ink as a single Text: nested Text
 * per cell meant hundreds of React and layout nodes per frame, and Ink redoes its output per frame.
 */
export function styledText(cells: Cell[], selected = false): string {
	const text = cells.length === 0 ? ' ' : cells.map(cell => {
		const color = toneColors[cell.tone ?? 'normal'];
		// A theme may give #rrggbb; the shipped colours are chalk's names.
		let styled = color ? (color.startsWith('#') ? chalk.hex(color)(cell.text) : chalk[color as 'gray'](cell.text)) : cell.text;
		if (cell.bold) styled = chalk.bold(styled);
		return styled;
	}).join('');
	return selected ? chalk.inverse(text) : text;
}

type LineProps = {cells: Cell[]; selected?: boolean};

/** One screen line. The caller has already fitted it to its width. */
export const StyledLine = React.memo(function StyledLine({cells, selected = false}: LineProps) {
	return <Text wrap="truncate-end">{styledText(cells, selected)}</Text>;
});

type LinesProps = {lines: Array<{cells: Cell[]; selected?: boolean}>};

/** A block of fitted lines as one Text node. */
export function StyledLines({lines}: LinesProps) {
	return <Text wrap="truncate-end">{lines.map(line => styledText(line.cells, line.selected)).join('\n')}</Text>;
}
