import {Box} from 'ink';
import React, {type ReactNode} from 'react';
import {focusBorderColor} from '../theme.js';
import {cellWidth, fitCellsAtWord, type Cell} from '../../text/text-fit.js';
import {StyledLine} from './styled-line.js';

type Props = {width: number; height: number; focused: boolean; title: Cell[]; position?: string; children: ReactNode};

/**
 * A bordered pane. Focus shows three ways: a double border, a "◉" before the title, and colour.
 * The title line carries the position marker ("12/31") on the right.
 */
export function Frame({width, height, focused, title, position, children}: Props) {
	const inner = Math.max(1, width - 2);
	const marker: Cell = {text: focused ? '◉ ' : '  ', tone: 'accent'};
	const right = position ? ` ${position}` : '';
	const titleCells = fitCellsAtWord([marker, ...title], Math.max(1, inner - cellWidth(right)));
	const gap = Math.max(0, inner - cellWidth(right) - titleCells.reduce((sum, cell) => sum + cellWidth(cell.text), 0));
	return (
		<Box flexDirection="column" width={width} height={height} borderStyle={focused ? 'double' : 'single'} borderColor={focused ? focusBorderColor : 'gray'}>
			<StyledLine cells={[...titleCells, {text: ' '.repeat(gap)}, {text: right, tone: 'muted'}]} />
			{children}
		</Box>
	);
}
