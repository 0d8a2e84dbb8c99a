import {Box} from 'ink';
import React from 'react';
import {fitCells, type Cell} from '../text-fit.js';
import {windowStart} from '../windowing.js';
import {StyledLine} from './styled-line.js';

export type ListLine = {cells: Cell[]; selectable?: boolean};

type Props = {lines: ListLine[]; selectedLine: number | undefined; width: number; height: number; showSelection: boolean};

/**
 * The visible window of a list: only the rows that fit are rendered, each fitted to the width in cells.
 * The selected row gets a "▸" marker (visible without colour) and inverse video.
 */
export function ListBody({lines, selectedLine, width, height, showSelection}: Props) {
	const start = windowStart(lines.length, height, selectedLine ?? 0);
	const visible = lines.slice(start, start + height);
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			{visible.map((line, offset) => {
				const index = start + offset;
				const selected = showSelection && index === selectedLine;
				const marker: Cell = {text: selected ? '▸ ' : '  ', tone: 'accent'};
				return <StyledLine key={index} cells={fitCells([marker, ...line.cells], width)} selected={selected} />;
			})}
		</Box>
	);
}
